import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { F16_TO_F32, f16BitsCeil, f16ToF32Array, f32Bits, f32BitsToF16Bits, f32ToF16Array } from '../../../src/codecs/half.js'

// Independent reference: the nearest fp16 value by binary search over the sorted positive table,
// ties to the even pattern.
const POSITIVE = Array.from({ length: 0x7c00 }, (_, h) => F16_TO_F32[h]!)
function referenceBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0
  const a = Math.abs(x)
  if (Number.isNaN(x)) return 0x7e00
  if (a >= 65520) return sign | 0x7c00
  let lo = 0
  let hi = 0x7bff
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (POSITIVE[mid]! <= a) lo = mid
    else hi = mid - 1
  }
  if (lo === 0x7bff || POSITIVE[lo] === a) return sign | lo
  const down = a - POSITIVE[lo]!
  const up = POSITIVE[lo + 1]! - a
  if (down < up) return sign | lo
  if (up < down) return sign | (lo + 1)
  return sign | (lo % 2 === 0 ? lo : lo + 1)
}

describe('fp16 kernels', () => {
  it('every fp16 value survives fp16 -> fp32 -> fp16', () => {
    const wrong: number[] = []
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0) continue // NaN payloads are not kept
      if (f32BitsToF16Bits(f32Bits(F16_TO_F32[h]!)) !== h) wrong.push(h)
    }
    expect(wrong).toEqual([])
  })

  it('rounds fp32 to the nearest fp16, ties to even, as the reference does', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(f32BitsToF16Bits(f32Bits(x))).toBe(referenceBits(Math.fround(x)))
      }),
      { numRuns: 20000 },
    )
    // Halfway cases around subnormals, normals and the top of the range.
    for (const h of [0, 1, 2, 0x3ff, 0x400, 0x401, 0x3c00, 0x3c01, 0x7bfe]) {
      const mid = (F16_TO_F32[h]! + F16_TO_F32[h + 1]!) / 2
      expect(f32BitsToF16Bits(f32Bits(mid))).toBe(referenceBits(mid))
      expect(f32BitsToF16Bits(f32Bits(-mid))).toBe(referenceBits(-mid))
    }
    expect(f32BitsToF16Bits(f32Bits(65519.99))).toBe(0x7bff)
    expect(f32BitsToF16Bits(f32Bits(65520))).toBe(0x7c00)
    expect(f32BitsToF16Bits(f32Bits(2 ** -25))).toBe(0)
    expect(f32BitsToF16Bits(f32Bits(2 ** -25 * 1.0001))).toBe(1)
  })

  it('the array kernels agree with the scalar conversion on mixed zeros, subnormals and normals, at any offset', () => {
    const pick = [0, -0, 1e-8, -3e-6, 6.1e-5, 1, -2.5, 65504, 0.333, 1e-30]
    fc.assert(
      fc.property(fc.array(fc.nat(pick.length - 1), { maxLength: 40 }), fc.nat(3), fc.nat(3), (idx, so, dso) => {
        const src = new Float32Array(idx.length + so)
        idx.forEach((k, i) => {
          src[so + i] = pick[k]!
        })
        const dst = new Uint16Array(idx.length + dso)
        expect(f32ToF16Array(src, so, idx.length, dst, dso)).toBe(-1)
        for (let i = 0; i < idx.length; i++) expect(dst[dso + i]).toBe(f32BitsToF16Bits(f32Bits(src[so + i]!)))
        const back = new Float32Array(idx.length + 1)
        expect(f16ToF32Array(dst, dso, idx.length, back, 1)).toBe(-1)
        for (let i = 0; i < idx.length; i++) expect(back[1 + i]).toBe(F16_TO_F32[dst[dso + i]!])
      }),
    )
  })

  it('the array kernels report the first value fp16 cannot carry', () => {
    const src = new Float32Array([1, 2, 65520, Number.NaN])
    const dst = new Uint16Array(4)
    expect(f32ToF16Array(src, 0, 4, dst, 0)).toBe(2)
    expect(f32ToF16Array(src, 0, 2, dst, 0)).toBe(-1)
    const back = new Float32Array(4)
    expect(f16ToF32Array(new Uint16Array([0x3c00, 0x7c00]), 0, 2, back, 0)).toBe(1)
    expect(back[0]).toBe(1)
  })

  it('rounds scales up, never down', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 65504, noNaN: true }), (x) => {
        const h = f16BitsCeil(x)
        expect(F16_TO_F32[h]!).toBeGreaterThanOrEqual(x)
        if (h > 0) expect(F16_TO_F32[h - 1]!).toBeLessThan(x)
      }),
    )
    expect(f16BitsCeil(70000)).toBe(0x7c00)
  })
})
