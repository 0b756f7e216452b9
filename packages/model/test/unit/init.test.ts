import { describe, expect, it } from 'vitest'
import { PRESETS, modelParams, stageParams } from '../../src/config.js'
import { Xoshiro128, initKind, initParams } from '../../src/init.js'
import { differingTensors } from './exactness-helpers.js'

const config = { ...PRESETS.tiny, vocabSize: 1000 }

describe('GPT-J initialisation', () => {
  it('is reproducible from the seed and differs between seeds', () => {
    const a = initParams(config, 42)
    const b = initParams(config, 42)
    const c = initParams(config, 43)
    expect(differingTensors(a, b)).toEqual([])
    expect(differingTensors(a, c).filter((n) => initKind(n) === 'normal').length).toBe([...a.keys()].filter((n) => initKind(n) === 'normal').length)
    expect([...a.keys()]).toEqual(modelParams(config).map((s) => s.name))
  })

  it('gives a stage exactly the values the whole model gives its layers', () => {
    const whole = initParams(config, 7)
    for (const range of [{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 1, end: 3 }]) {
      const stage = initParams(config, 7, range)
      expect([...stage.keys()]).toEqual(stageParams(config, range).map((s) => s.name))
      expect(differingTensors(stage, new Map([...stage.keys()].map((n) => [n, whole.get(n)!])))).toEqual([])
    }
  })

  it('follows _init_weights: Normal(0, initializer_range) weights, zero biases, LayerNorm 1/0', () => {
    const p = initParams(config, 1)
    for (const [name, x] of p) {
      const kind = initKind(name)
      if (kind === 'ones') expect(x.every((v) => v === 1), name).toBe(true)
      if (kind === 'zeros') expect(x.every((v) => v === 0), name).toBe(true)
    }
    expect(initKind('transformer.h.0.ln_1.bias')).toBe('zeros')
    expect(initKind('transformer.ln_f.weight')).toBe('ones')
    expect(initKind('lm_head.weight')).toBe('normal')
    expect(initKind('lm_head.bias')).toBe('zeros')
    expect(initKind('transformer.h.3.mlp.fc_in.bias')).toBe('zeros')
    expect(initKind('transformer.h.3.attn.out_proj.weight')).toBe('normal')
    // moments of 64k samples: mean 0 +- 4 sigma/sqrt(n), std 0.02 within 1%, kurtosis of a normal
    const w = p.get('transformer.wte.weight')!
    let s1 = 0
    let s2 = 0
    let s4 = 0
    for (const v of w) {
      s1 += v
      s2 += v * v
      s4 += v ** 4
    }
    const n = w.length
    expect(Math.abs(s1 / n)).toBeLessThan((4 * 0.02) / Math.sqrt(n))
    expect(Math.sqrt(s2 / n) / 0.02).toBeCloseTo(1, 1)
    expect(s4 / n / (s2 / n) ** 2).toBeCloseTo(3, 0)
    expect(initParams(config, 1, undefined, { std: 0.5 }).get('lm_head.weight')!.some((v) => Math.abs(v) > 1)).toBe(true)
  })

  it('draws uint32 values, distinct streams per (seed, stream), and refuses bad seeds', () => {
    const r = new Xoshiro128(0)
    const xs = Array.from({ length: 1000 }, () => r.next())
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true)
    expect(new Set(xs).size).toBe(1000)
    expect(new Xoshiro128(0, 1).next()).not.toBe(new Xoshiro128(0, 2).next())
    expect(new Xoshiro128(2 ** 40).next()).not.toBe(new Xoshiro128(0).next())
    expect(() => new Xoshiro128(-1)).toThrow(RangeError)
  })
})
