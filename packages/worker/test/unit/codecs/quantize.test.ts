// The k-bit block kernels against a plain per-element reference: the word-at-a-time kernels (8, 4
// and 2 bits) and the byte path must write exactly the bytes the format defines, wherever the
// codes start and however the last group ends.
import { describe, expect, it } from 'vitest'
import { F16_TO_F32, f16BitsCeil } from '../../../src/codecs/half.js'
import { dequantizeBlocks, packedBytes, quantizeBlocks } from '../../../src/codecs/quantize.js'
import { gaussian } from './helpers.js'

/** The format, one element at a time: fp16 ceiling of max/qmax per group, u = floor(x / s + qmax + 0.5). */
function reference(src: Float32Array, start: number, n: number, bits: number, group: number) {
  const qmax = 2 ** (bits - 1) - 1
  const groups = Math.ceil(n / group)
  const scales = new Uint16Array(groups)
  const codes = new Uint8Array(packedBytes(n, bits))
  const decoded = new Float32Array(n)
  for (let g = 0; g < groups; g++) {
    const from = g * group
    const to = Math.min(n, from + group)
    let m = 0
    for (let i = from; i < to; i++) m = Math.max(m, Math.abs(src[start + i]!))
    const h = m === 0 ? 0 : f16BitsCeil(m / qmax)
    scales[g] = h
    const s = F16_TO_F32[h]!
    const inv = s > 0 ? 1 / s : 0
    for (let i = from; i < to; i++) {
      const u = Math.floor(src[start + i]! * inv + qmax + 0.5)
      if (u < 0 || u > 2 * qmax) throw new Error(`reference code ${u} outside 0..${2 * qmax}`)
      // Groups start on a byte (group sizes are multiples of 8), element i at bits [i*k, i*k + k).
      for (let b = 0; b < bits; b++) {
        if ((u >>> b) & 1) {
          const bit = i * bits + b
          codes[bit >>> 3] = codes[bit >>> 3]! | (1 << (bit & 7))
        }
      }
      decoded[i] = (u - qmax) * s
    }
  }
  return { scales, codes, decoded }
}

describe('block quantization kernels', () => {
  it('write the reference bytes and decode to the reference values for every width, group, length and offset', () => {
    for (const bits of [2, 3, 4, 5, 6, 7, 8]) {
      for (const group of [8, 24, 64, 128]) {
        for (const n of [0, 1, 7, 8, group - 1, group, group + 1, 1000, 4099]) {
          for (const [start, cOff] of [[0, 0], [3, 0], [0, 1], [5, 4]] as const) {
            const src = gaussian(start + n, bits * 7919 + group * 31 + n, 2)
            if (n > 20) src[start + 9] = 0
            if (n > 40) for (let i = 0; i < Math.min(group, n - 24); i++) src[start + 24 + i] = 0 // an all-zero stretch
            const ref = reference(src, start, n, bits, group)
            const nScales = Math.ceil(n / group)
            const scales = new Uint16Array(nScales + 1)
            const codes = new Uint8Array(cOff + packedBytes(n, bits) + 4)
            quantizeBlocks('q', src, start, n, bits, group, 'nearest', 0, scales, 1, codes, cOff)
            const where = `${bits} bits, group ${group}, n ${n}, start ${start}, codes at ${cOff}`
            expect(Buffer.from(scales.buffer, 2, nScales * 2).equals(Buffer.from(ref.scales.buffer)), where).toBe(true)
            expect(Buffer.from(codes.subarray(cOff, cOff + ref.codes.length)).equals(Buffer.from(ref.codes)), where).toBe(true)
            const out = new Float32Array(n + 2)
            dequantizeBlocks(scales, 1, codes, cOff, n, bits, group, out, 2)
            expect(Buffer.from(out.buffer, 8, n * 4).equals(Buffer.from(ref.decoded.buffer)), where).toBe(true)
          }
        }
      }
    }
  })

  it('give the same bytes in a second width after a first (no state carried between calls)', () => {
    const src = gaussian(4096, 5)
    const run = (bits: number) => {
      const scales = new Uint16Array(64)
      const codes = new Uint8Array(packedBytes(4096, bits))
      quantizeBlocks('q', src, 0, 4096, bits, 64, 'nearest', 0, scales, 0, codes, 0)
      return Buffer.concat([Buffer.from(scales.buffer), Buffer.from(codes)])
    }
    const first = run(4)
    run(8)
    run(2)
    expect(run(4).equals(first)).toBe(true)
  })
})
