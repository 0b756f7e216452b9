import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { autoLayout } from '../../src/auto-layout.js'
import type { LayoutMember } from '../../src/layout.js'
import { parseRunConfig } from '../../src/run-config.js'

const run = parseRunConfig({ model: { preset: 'tiny' }, parallelism: 'auto', globalBatch: 8, microBatch: 2, steps: 10 }, 'run.json')
const member = (id: string, layerSeconds: number): LayoutMember => ({
  workerId: id,
  layerSeconds,
  memoryBytes: 4 * 1024 ** 3,
  benchmark: { microBatch: 2, seqLen: 128, nEmbd: 64 },
})

describe('autoLayout (placement planner as a layout strategy)', () => {
  const strategy = autoLayout({ model: PRESETS.tiny, run, links: () => [], timeBoundMs: 500 })
  const base = { nLayer: 4, globalBatch: 8, microBatch: 2 }

  it('places every cell on a distinct member and splits all layers', () => {
    const members = [member('a', 0.01), member('b', 0.01), member('c', 0.02), member('d', 0.04)]
    const r = strategy({ ...base, members })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { layout } = r
    expect(layout.stages[0]!.start).toBe(0)
    expect(layout.stages.at(-1)!.end).toBe(4)
    expect(layout.cells).toHaveLength(layout.stages.length * layout.replicas)
    expect(new Set(layout.cells.map((c) => c.workerId)).size).toBe(layout.cells.length)
    expect(layout.predictedStepMs).toBeGreaterThan(0)
    // Same input, same answer, without a second search.
    expect(strategy({ ...base, members })).toBe(r)
  })

  it('keeps the current layout when nothing changed (hysteresis)', () => {
    const members = [member('a', 0.01), member('b', 0.01), member('c', 0.01)]
    const first = strategy({ ...base, members })
    if (!first.ok) throw new Error(first.reason)
    const again = strategy({ ...base, members, current: first.layout })
    if (!again.ok) throw new Error(again.reason)
    expect(again.layout.cells).toEqual(first.layout.cells)
    expect(again.layout.stages).toEqual(first.layout.stages)
  })

  it('waits when there is nobody to place', () => {
    expect(strategy({ ...base, members: [] }).ok).toBe(false)
  })
})
