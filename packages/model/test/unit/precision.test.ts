import { describe, expect, it } from 'vitest'
import { DynamicLossScaler } from '../../src/loss-scaler.js'

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
