import { initParams, type LayerRange, PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { StageState } from '../../src/stage-state.js'

// A micro config: small tensors, the same code paths as the presets.
const config = { ...PRESETS.tiny, vocabSize: 97, nEmbd: 8, nHead: 2, rotaryDim: 2, nInner: 16, nLayer: 2 }
const range: LayerRange = { start: 0, end: 2 }

function fakeStep(s: StageState, value: number): void {
  s.snapshot()
  const grads = new Map([...s.params].map(([n, p]) => [n, new Float32Array(p.length).fill(value)]))
  s.optimizer.step(grads)
  s.step++
}

describe('StageState', () => {
  it('keeps earlier states in a bounded ring and rolls back to any of them exactly', () => {
    const s = new StageState(config, range, initParams(config, 1, range), 0, { lr: 0.1 }, { retainSteps: 2 })
    const at0 = s.tensorsAt(0, true).map((t) => t.data.slice())
    fakeStep(s, 1)
    const at1 = s.tensorsAt(1, true).map((t) => t.data.slice())
    fakeStep(s, 2)
    fakeStep(s, 3)
    expect(s.heldSteps()).toEqual([3, 2, 1])
    expect(s.holds(0)).toBe(false)
    s.rollbackTo(1)
    expect(s.step).toBe(1)
    expect(s.adamStepAt(1)).toBe(1)
    for (const [i, t] of s.tensorsAt(1, true).entries()) expect(t.data).toEqual(at1[i])
    expect(s.heldSteps()).toEqual([1])
    expect(() => s.rollbackTo(0)).toThrow(/no state of step 0/)
    expect(at0.length).toBe(at1.length)
  })

  it('reverts a locally applied update of a step that did not complete', () => {
    const s = new StageState(config, range, initParams(config, 1, range), 4, { lr: 0.1 })
    const before = s.tensorsAt(4, true).map((t) => t.data.slice())
    s.snapshot()
    s.optimizer.step(new Map([...s.params].map(([n, p]) => [n, new Float32Array(p.length).fill(1)])))
    s.revertStep()
    expect(s.step).toBe(4)
    expect(s.optimizer.stepCount).toBe(0)
    expect(s.tensorsAt(4, true).map((t) => t.data)).toEqual(before)
  })

  it('loads transferred tensors and refuses foreign or partial ones', () => {
    const a = new StageState(config, range, initParams(config, 1, range), 0, { lr: 0.1 })
    fakeStep(a, 1)
    const b = new StageState(config, range, initParams(config, 2, range), 0, { lr: 0.1 })
    b.load(1, a.adamStepAt(1), a.tensorsAt(1, true).map((t) => ({ ...t, data: t.data.slice() })))
    expect(b.step).toBe(1)
    expect(b.optimizer.stepCount).toBe(1)
    for (const [n, p] of a.params) expect(b.params.get(n)).toEqual(p)
    const params = a.tensorsAt(1, false)
    expect(() => b.load(1, 1, params.slice(1))).toThrow(/no value for parameter/)
    expect(() => b.load(1, 1, [{ ...params[0]!, name: 'transformer.h.9.ln_1.weight' }])).toThrow(/does not belong/)
    // Only layer 1 of the stage: the embedding belongs to layer 0's range.
    const part = a.tensorsOfRange(1, { start: 1, end: 2 }, false)
    expect(part.every((t) => t.layer >= 1)).toBe(true)
  })
})
