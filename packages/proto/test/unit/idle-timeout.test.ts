import { afterEach, describe, expect, it, vi } from 'vitest'
import { IdleTimeout } from '../../src/idle-timeout.js'

describe('IdleTimeout', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('fires only after the given silence, however long the whole thing takes', () => {
    vi.useFakeTimers()
    const idle = new IdleTimeout(1_000)
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(900)
      expect(idle.signal.aborted).toBe(false)
      idle.touch()
    }
    vi.advanceTimersByTime(999)
    expect(idle.signal.aborted).toBe(false)
    vi.advanceTimersByTime(1)
    expect(idle.signal.aborted).toBe(true)
    expect((idle.signal.reason as Error).name).toBe('TimeoutError')
    expect((idle.signal.reason as Error).message).toBe('nothing moved for 1000 ms')
  })

  it('follows its parent, and stops after clear()', () => {
    vi.useFakeTimers()
    const parent = new AbortController()
    const idle = new IdleTimeout(1_000, parent.signal)
    parent.abort(new Error('stopping'))
    expect(idle.signal.aborted).toBe(true)
    expect((idle.signal.reason as Error).message).toBe('stopping')
    const done = new IdleTimeout(1_000)
    done.clear()
    vi.advanceTimersByTime(5_000)
    expect(done.signal.aborted).toBe(false)
    const late = new AbortController()
    late.abort(new Error('already'))
    expect(new IdleTimeout(1_000, late.signal).signal.aborted).toBe(true)
    expect(() => new IdleTimeout(0)).toThrow(RangeError)
  })
})
