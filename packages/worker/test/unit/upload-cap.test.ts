// The donor's upload cap: one shaper for every peer, so frames to different peers queue behind
// each other and the total leaves at the cap (computed on a manual clock, nothing timed).
import { describe, expect, it } from 'vitest'
import type { ShaperClock } from '../../src/link-shaper.js'
import { mbpsToBytesPerS, uploadCapShaper } from '../../src/upload-cap.js'

function manualClock(): ShaperClock & { t: number } {
  return { t: 0, nowMs() { return this.t }, sleepUntil: async () => {} }
}

describe('upload cap', () => {
  it('converts Mbit/s to bytes per second', () => {
    expect(mbpsToBytesPerS(8)).toBe(1_000_000)
  })

  it('serialises frames to every peer at the cap, all together', () => {
    const clock = manualClock()
    const cap = uploadCapShaper(mbpsToBytesPerS(8), { clock })
    // Three 500 kB frames handed over at once (to three peers, through the one shaper): 0.5, 1, 1.5 s.
    expect([cap.admit(500_000), cap.admit(500_000), cap.admit(500_000)]).toEqual([500, 1000, 1500])
    // After an idle second, a frame leaves at once and takes its own time only.
    clock.t = 2500
    expect(cap.admit(250_000)).toBe(2750)
    expect(cap.bytesAdmitted).toBe(1_750_000)
  })

  it('refuses a cap of zero', () => {
    expect(() => uploadCapShaper(0)).toThrow(RangeError)
  })
})
