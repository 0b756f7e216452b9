import { describe, expect, it } from 'vitest'
import { AdamW } from '../../src/adamw.js'
import { f16ToF32, f32ToF16 } from '../../src/fp16.js'
import { DynamicLossScaler } from '../../src/loss-scaler.js'
import { scaledStep, unscaledGradSqSum } from '../../src/precision.js'

describe('dynamic loss scaler', () => {
  it('halves and skips on overflow, doubles after growthInterval clean steps', () => {
    const s = new DynamicLossScaler({ initScale: 1024, growthInterval: 3 })
    expect(s.scale).toBe(1024)
    expect(s.gradScale).toBe(1 / 1024)
    expect(s.update(true)).toEqual({ skip: true, scale: 512 })
    expect(s.update(false)).toEqual({ skip: false, scale: 512 })
    expect(s.update(false)).toEqual({ skip: false, scale: 512 })
    expect(s.update(false)).toEqual({ skip: false, scale: 1024 })
    expect(s.state()).toEqual({ scale: 1024, goodSteps: 0 })
    s.update(false)
    s.update(true) // an overflow resets the count of clean steps
    expect(s.state()).toEqual({ scale: 512, goodSteps: 0 })
  })

  it('stays within [minScale, maxScale]', () => {
    const s = new DynamicLossScaler({ initScale: 2, minScale: 1, maxScale: 4, growthInterval: 1 })
    s.update(true)
    s.update(true)
    expect(s.scale).toBe(1)
    for (let i = 0; i < 5; i++) s.update(false)
    expect(s.scale).toBe(4)
  })

  it('exports and restores its state, refusing nonsense', () => {
    const a = new DynamicLossScaler()
    expect(a.scale).toBe(65536)
    a.update(false)
    const b = new DynamicLossScaler()
    b.loadState(a.state())
    expect(b.state()).toEqual({ scale: 65536, goodSteps: 1 })
    expect(() => b.loadState({ scale: Number.NaN, goodSteps: 0 })).toThrow(RangeError)
    expect(() => new DynamicLossScaler({ backoffFactor: 2 })).toThrow(RangeError)
  })
})

describe('a step under dynamic loss scaling', () => {
  const fp16 = (x: Float32Array) => f16ToF32(f32ToF16(x)) // what an fp16 gradient holds

  it('equals the fp32 step when the scaled fp16 gradients fit, and skips with backoff when they overflow', () => {
    const g32 = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i) * 1e-3)
    const ref = new Map([['w.weight', Float32Array.from({ length: 64 }, (_, i) => Math.cos(i))]])
    const mixed = new Map([['w.weight', ref.get('w.weight')!.slice()]])
    new AdamW(ref, { lr: 1e-2 }).step(new Map([['w.weight', g32]]))

    const opt = new AdamW(mixed, { lr: 1e-2 })
    const scaler = new DynamicLossScaler({ initScale: 2 ** 30, maxScale: 2 ** 30 })
    // 1e-3 * 2^30 = 1e6 > 65504: fp16 overflows to inf, the step is skipped and the scale halves
    const over = scaledStep(opt, scaler, new Map([['w.weight', fp16(g32.map((x) => x * scaler.scale))]]))
    expect(over).toMatchObject({ applied: false, lossScale: 2 ** 30, nextLossScale: 2 ** 29 })
    expect(opt.stepCount).toBe(0)
    while (scaler.scale > 2 ** 16) scaler.update(true)
    const r = scaledStep(opt, scaler, new Map([['w.weight', fp16(g32.map((x) => x * scaler.scale))]]))
    expect(r).toMatchObject({ applied: true, lossScale: 2 ** 16 })
    const a = mixed.get('w.weight')!
    const b = ref.get('w.weight')!
    // Adam normalises the update, so fp16's 2^-11 relative rounding of g barely shows in the weights
    for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-5)
  })

  it('skips on every stage when the coordinator reports an overflow elsewhere', () => {
    const p = new Map([['w.weight', new Float32Array([1, 2])]])
    const scaler = new DynamicLossScaler({ initScale: 8 })
    const r = scaledStep(new AdamW(p), scaler, new Map([['w.weight', new Float32Array([1, 1])]]), { overflowAnywhere: true })
    expect(r.applied).toBe(false)
    expect(p.get('w.weight')).toEqual(new Float32Array([1, 2]))
    expect(scaler.scale).toBe(4)
    expect(unscaledGradSqSum(new Map([['w.weight', new Float32Array([8, 0])]]), new DynamicLossScaler({ initScale: 4 }))).toBe(4)
  })
})
