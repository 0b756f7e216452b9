import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kthLargest, popcount, topkMask } from '../../../src/codecs/top-k.js'

describe('top-k', () => {
  it('kthLargest agrees with sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 300 }), fc.nat(), (xs, kk) => {
        const a = Float32Array.from(xs)
        const k = 1 + (kk % a.length)
        const sorted = Array.from(a).sort((p, q) => q - p)
        expect(kthLargest(a.slice(), a.length, k)).toBe(sorted[k - 1])
      }),
    )
  })

  it('keeps exactly the k largest magnitudes, ties by position, never zeros', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 200 }), fc.nat(250), (xs, k) => {
        const v = Float32Array.from(xs)
        const mask = new Uint8Array(Math.ceil(v.length / 8) + 1)
        const kept = new Float32Array(v.length)
        const count = topkMask(v, v.length, k, mask, kept)
        const nonZero = xs.filter((x) => x !== 0).length
        expect(count).toBe(Math.min(k, nonZero))
        expect(popcount(mask, mask.length)).toBe(count)
        // Reference: stable sort by magnitude, descending, take k non-zeros.
        const order = xs
          .map((x, i) => ({ x, i }))
          .filter((e) => e.x !== 0)
          .sort((p, q) => Math.abs(q.x) - Math.abs(p.x) || p.i - q.i)
          .slice(0, k)
          .map((e) => e.i)
          .sort((p, q) => p - q)
        const chosen: number[] = []
        for (let i = 0; i < v.length; i++) if ((mask[i >> 3]! >> (i & 7)) & 1) chosen.push(i)
        expect(chosen).toEqual(order)
        expect(Array.from(kept.subarray(0, count))).toEqual(order.map((i) => xs[i]))
      }),
    )
  })
})
