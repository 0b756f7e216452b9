// Fixed-point k-bit quantization kernels (k in 2..8), shared by the activation codecs and the update
// codec. Symmetric: code u = round(x / scale) + qmax with qmax = 2^(k-1) - 1, so u lies in
// [0, 2^k - 2] and decodes to (u - qmax) * scale; one fp16 scale per group, rounded *up* to an fp16
// value so no code ever clips. Codes are packed little-endian, element i at bits [i*k, i*k + k) of
// the stream. Tight loops, no allocation per element; k = 8, 4, 2 with nearest rounding have their
// own loops (the defaults), the rest go through a bit accumulator.
import { nonFiniteError, rangeError } from './errors.js'
import { F16_TO_F32, f16BitsCeil } from './half.js'
import { xorshift32 } from './rng.js'

export type Rounding = 'nearest' | 'stochastic'

/** Bytes that n packed k-bit codes take. */
export function packedBytes(n: number, bits: number): number {
  return Math.ceil((n * bits) / 8)
}

/** Largest code magnitude for k bits (symmetric). */
export function qmaxOf(bits: number): number {
  return 2 ** (bits - 1) - 1
}

function firstNonFinite(src: Float32Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!Number.isFinite(src[i]!)) return i
  return from
}

/** Scale bits for a group whose largest magnitude is m; refuses what fp16 cannot hold. */
function scaleBitsFor(codec: string, m: number, qmax: number, index: number): number {
  const h = f16BitsCeil(m / qmax)
  if (h >= 0x7c00) throw rangeError(codec, index, m)
  return h
}

/** Largest finite fp32 as bits: a group maximum above it means a NaN or an infinity in the group. */
const F32_MAX_BITS = 0x7f7fffff
const F32_MAX = 3.4028234663852886e38

// Module-local alias: a hot loop must not go through an import binding.
const F16_TABLE = F16_TO_F32

/** Bytes the scales of a segment take, padded so its codes start on a 4-byte boundary. */
export function scaleBytes(count: number): number {
  return (count * 2 + 3) & ~3
}

/** Scale bits for a group whose largest |x| has fp32 bits `mb`: the fp16 ceiling of max / qmax. */
function scaleBitsOf(codec: string, mb: number, qmax: number, index: number): number {
  scratchU32[0] = mb
  const m = scratchF32[0]!
  const s = m / qmax
  scratchF32[0] = s
  const b = scratchU32[0]!
  // Normal fp16 range: round the fp32 value up to fp16 in integer arithmetic, then make sure the
  // result is not below the exact quotient (the fp32 rounding may have gone down).
  if (b >= 0x38800000 && b < 0x477fe000) {
    let h = (b - 0x38000000 + 0x1fff) >>> 13
    if (F16_TABLE[h]! < s) h++
    return h
  }
  return scaleBitsFor(codec, m, qmax, index)
}

const scratchF32 = new Float32Array(1)
const scratchU32 = new Uint32Array(scratchF32.buffer)

/**
 * Quantizes `n` values of `src` from `start` in groups of `groupSize` (a multiple of 8). Writes
 * ceil(n / groupSize) fp16 scale bits at `scales[sOff..]` and packedBytes(n, bits) bytes at
 * `codes[cOff..]`. One pass: each group's maximum is taken, then the group is packed while it is
 * still in the L1 cache (two passes over the whole tensor cost a third more). Stochastic rounding
 * draws from xorshift32 seeded by `seed`. Throws ValidationError on NaN/Inf (E_NON_FINITE) or a
 * group beyond fp16 range (E_CODEC_RANGE); the output is then partly written and must be dropped.
 *
 * Round to nearest at 8, 4 and 2 bits has one small kernel per width that writes whole 32-bit
 * words: one function serving every width was deoptimised by V8 as soon as a second width ran in
 * the same process (q4 encode fell from 0.23 to 0.08 GB/s after one q8 encode), so each width
 * keeps its own monomorphic loop.
 */
export function quantizeBlocks(
  codec: string,
  src: Float32Array,
  start: number,
  n: number,
  bits: number,
  groupSize: number,
  rounding: Rounding,
  seed: number,
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
): void {
  if (n === 0) return
  const groupBytes = (groupSize * bits) >>> 3
  const wordPath =
    rounding === 'nearest' && (bits === 8 || bits === 4 || bits === 2) && groupBytes % 4 === 0 && (codes.byteOffset + cOff) % 4 === 0
  if (!wordPath) {
    quantizeGeneric(codec, src, start, n, bits, groupSize, rounding, seed, scales, sOff, codes, cOff, start)
    return
  }
  const ib = new Int32Array(src.buffer, src.byteOffset, src.length)
  const words = new Uint32Array(codes.buffer, codes.byteOffset + cOff, (codes.length - cOff) >>> 2)
  const full = Math.floor(n / groupSize)
  const wordsPerGroup = groupBytes >>> 2
  if (bits === 4) quantizeFull4(codec, src, ib, start, full, groupSize, scales, sOff, words)
  else if (bits === 8) quantizeFull8(codec, src, ib, start, full, groupSize, scales, sOff, words)
  else quantizeFull2(codec, src, ib, start, full, groupSize, scales, sOff, words)
  // The short last group goes byte by byte.
  if (full * groupSize < n) {
    const tail = start + full * groupSize
    quantizeGeneric(codec, src, tail, n - full * groupSize, bits, groupSize, 'nearest', 0, scales, sOff + full, codes, cOff + full * wordsPerGroup * 4, start)
  }
}

/**
 * Largest |x| of src[s0..e0) as fp32 bits: for non-negative floats integer order is float order,
 * and NaN/Inf patterns sort above every finite value. Branch-free (max(a, b) = a + (d & ~(d >> 31))
 * with d = b - a, exact for non-negative int32): within a group of 64 random values the running
 * maximum changes often enough that a compare-and-branch mispredicts, and this loop measured 1.5x
 * faster than Math.max or a ternary. Runs of 8 reduce as a tree, so the chain to `m` is one step per 8.
 */
function groupMaxBits(ib: Int32Array, s0: number, e0: number): number {
  let m = 0
  let i = s0
  for (; i + 7 < e0; i += 8) {
    const a0 = ib[i]! & 0x7fffffff
    const a1 = ib[i + 1]! & 0x7fffffff
    const a2 = ib[i + 2]! & 0x7fffffff
    const a3 = ib[i + 3]! & 0x7fffffff
    const a4 = ib[i + 4]! & 0x7fffffff
    const a5 = ib[i + 5]! & 0x7fffffff
    const a6 = ib[i + 6]! & 0x7fffffff
    const a7 = ib[i + 7]! & 0x7fffffff
    let d0 = (a1 - a0) | 0
    let d1 = (a3 - a2) | 0
    const d2 = (a5 - a4) | 0
    const d3 = (a7 - a6) | 0
    const b0 = a0 + (d0 & ~(d0 >> 31))
    const b1 = a2 + (d1 & ~(d1 >> 31))
    const b2 = a4 + (d2 & ~(d2 >> 31))
    const b3 = a6 + (d3 & ~(d3 >> 31))
    d0 = (b1 - b0) | 0
    d1 = (b3 - b2) | 0
    const c0 = b0 + (d0 & ~(d0 >> 31))
    const c1 = b2 + (d1 & ~(d1 >> 31))
    d0 = (c1 - c0) | 0
    const c = c0 + (d0 & ~(d0 >> 31))
    d0 = (c - m) | 0
    m = m + (d0 & ~(d0 >> 31))
  }
  for (; i < e0; i++) {
    const d = ((ib[i]! & 0x7fffffff) - m) | 0
    m = m + (d & ~(d >> 31))
  }
  return m
}

/** The fp16 scale bits of a group whose largest |x| has bits `mb` (0 for an all-zero group); throws on NaN/Inf. */
function groupScale(codec: string, src: Float32Array, mb: number, qmax: number, s0: number, e0: number, start: number): number {
  if (mb > F32_MAX_BITS) throw nonFiniteError(codec, firstNonFinite(src, s0, e0) - start, 'input')
  return mb === 0 ? 0 : scaleBitsOf(codec, mb, qmax, s0 - start)
}

// x * inv lies in [-qmax, qmax] (the scale was rounded up), so x * inv + qmax + 0.5 > 0 and `| 0`
// is floor: round to nearest, ties away from the lower code. Full groups only.
function quantizeFull4(codec: string, src: Float32Array, ib: Int32Array, start: number, groups: number, groupSize: number, scales: Uint16Array, sOff: number, words: Uint32Array): void {
  const off = 7.5
  let w = 0
  for (let g = 0; g < groups; g++) {
    const s0 = start + g * groupSize
    const e0 = s0 + groupSize
    const h = groupScale(codec, src, groupMaxBits(ib, s0, e0), 7, s0, e0, start)
    scales[sOff + g] = h
    const scale = F16_TABLE[h]!
    const iv = scale > 0 ? 1 / scale : 0
    for (let i = s0; i < e0; i += 8) {
      words[w++] =
        ((src[i]! * iv + off) | 0) |
        (((src[i + 1]! * iv + off) | 0) << 4) |
        (((src[i + 2]! * iv + off) | 0) << 8) |
        (((src[i + 3]! * iv + off) | 0) << 12) |
        (((src[i + 4]! * iv + off) | 0) << 16) |
        (((src[i + 5]! * iv + off) | 0) << 20) |
        (((src[i + 6]! * iv + off) | 0) << 24) |
        (((src[i + 7]! * iv + off) | 0) << 28)
    }
  }
}

function quantizeFull8(codec: string, src: Float32Array, ib: Int32Array, start: number, groups: number, groupSize: number, scales: Uint16Array, sOff: number, words: Uint32Array): void {
  const off = 127.5
  let w = 0
  for (let g = 0; g < groups; g++) {
    const s0 = start + g * groupSize
    const e0 = s0 + groupSize
    const h = groupScale(codec, src, groupMaxBits(ib, s0, e0), 127, s0, e0, start)
    scales[sOff + g] = h
    const scale = F16_TABLE[h]!
    const iv = scale > 0 ? 1 / scale : 0
    for (let i = s0; i < e0; i += 4) {
      words[w++] =
        ((src[i]! * iv + off) | 0) |
        (((src[i + 1]! * iv + off) | 0) << 8) |
        (((src[i + 2]! * iv + off) | 0) << 16) |
        (((src[i + 3]! * iv + off) | 0) << 24)
    }
  }
}

function quantizeFull2(codec: string, src: Float32Array, ib: Int32Array, start: number, groups: number, groupSize: number, scales: Uint16Array, sOff: number, words: Uint32Array): void {
  const off = 1.5
  let w = 0
  for (let g = 0; g < groups; g++) {
    const s0 = start + g * groupSize
    const e0 = s0 + groupSize
    const h = groupScale(codec, src, groupMaxBits(ib, s0, e0), 1, s0, e0, start)
    scales[sOff + g] = h
    const scale = F16_TABLE[h]!
    const iv = scale > 0 ? 1 / scale : 0
    for (let i = s0; i < e0; i += 16) {
      words[w++] =
        ((src[i]! * iv + off) | 0) |
        (((src[i + 1]! * iv + off) | 0) << 2) |
        (((src[i + 2]! * iv + off) | 0) << 4) |
        (((src[i + 3]! * iv + off) | 0) << 6) |
        (((src[i + 4]! * iv + off) | 0) << 8) |
        (((src[i + 5]! * iv + off) | 0) << 10) |
        (((src[i + 6]! * iv + off) | 0) << 12) |
        (((src[i + 7]! * iv + off) | 0) << 14) |
        (((src[i + 8]! * iv + off) | 0) << 16) |
        (((src[i + 9]! * iv + off) | 0) << 18) |
        (((src[i + 10]! * iv + off) | 0) << 20) |
        (((src[i + 11]! * iv + off) | 0) << 22) |
        (((src[i + 12]! * iv + off) | 0) << 24) |
        (((src[i + 13]! * iv + off) | 0) << 26) |
        (((src[i + 14]! * iv + off) | 0) << 28) |
        (((src[i + 15]! * iv + off) | 0) << 30)
    }
  }
}

// Any width, either rounding, groups packed through a bit accumulator (each group starts on a byte:
// groupSize is a multiple of 8).
function quantizeGeneric(
  codec: string,
  src: Float32Array,
  start: number,
  n: number,
  bits: number,
  groupSize: number,
  rounding: Rounding,
  seed: number,
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
  /** Where index 0 of error reports is (the caller's start: this may be its tail). */
  indexBase: number,
): void {
  const qmax = qmaxOf(bits)
  const end = start + n
  const groups = Math.ceil(n / groupSize)
  const stochastic = rounding === 'stochastic'
  let rng = seed >>> 0 || 0x2545f491
  const groupBytes = (groupSize * bits) >>> 3
  const ib = new Int32Array(src.buffer, src.byteOffset, src.length)
  const off = qmax + 0.5
  for (let g = 0; g < groups; g++) {
    const s0 = start + g * groupSize
    const e0 = Math.min(s0 + groupSize, end)
    const h = groupScale(codec, src, groupMaxBits(ib, s0, e0), qmax, s0, e0, indexBase)
    scales[sOff + g] = h
    const scale = F16_TABLE[h]!
    const iv = scale > 0 ? 1 / scale : 0
    const c = cOff + g * groupBytes
    if (stochastic) rng = packStochastic(src, s0, e0, bits, iv, qmax, codes, c, rng)
    else packNearest(src, s0, e0, bits, iv, off, codes, c)
  }
}

// Round-to-nearest packing through a bit accumulator (any k; the start must be on a byte).
function packNearest(
  src: Float32Array,
  from: number,
  to: number,
  bits: number,
  inv: number,
  off: number,
  codes: Uint8Array,
  c: number,
): void {
  let acc = 0
  let nb = 0
  for (let i = from; i < to; i++) {
    acc |= ((src[i]! * inv + off) | 0) << nb
    nb += bits
    if (nb >= 8) {
      codes[c++] = acc & 0xff
      acc >>>= 8
      nb -= 8
    }
  }
  if (nb > 0) codes[c] = acc & 0xff
}

// Stochastic rounding: u = floor(x * inv + qmax + r), r uniform in [0, 1): unbiased, E[u] = x/scale + qmax.
// x * inv + qmax + r can fall a hair below 0 (then `| 0` gives 0) or reach 2^k - 1 (still k bits).
function packStochastic(
  src: Float32Array,
  s0: number,
  e0: number,
  bits: number,
  inv: number,
  qmax: number,
  codes: Uint8Array,
  c: number,
  rng: number,
): number {
  let acc = 0
  let nb = 0
  let s = rng
  for (let i = s0; i < e0; i++) {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    const r = (s >>> 0) * 2.3283064365386963e-10
    acc |= ((src[i]! * inv + qmax + r) | 0) << nb
    nb += bits
    if (nb >= 8) {
      codes[c++] = acc & 0xff
      acc >>>= 8
      nb -= 8
    }
  }
  if (nb > 0) codes[c] = acc & 0xff
  return xorshift32(s >>> 0 || 0x2545f491)
}

/**
 * Inverse of quantizeBlocks: writes n values at `dst[dOff..]`. Scale bits must be finite (checked
 * by the caller with `checkScales`); every decoded value is then finite.
 */
export function dequantizeBlocks(
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
  n: number,
  bits: number,
  groupSize: number,
  dst: Float32Array,
  dOff: number,
): void {
  const groupBytes = (groupSize * bits) >>> 3
  // Whole groups of 8, 4 and 2-bit codes read as 32-bit words (one load per 4, 8 or 16 values:
  // 2.3x faster than byte reads at 8 bits, 1.7x at 4), one kernel per width as for encoding.
  if ((bits === 8 || bits === 4 || bits === 2) && groupBytes % 4 === 0 && (codes.byteOffset + cOff) % 4 === 0 && n >= groupSize) {
    const full = Math.floor(n / groupSize)
    const words = new Uint32Array(codes.buffer, codes.byteOffset + cOff, (full * groupBytes) >>> 2)
    if (bits === 8) dequantizeFull8(scales, sOff, words, full, groupSize, dst, dOff)
    else if (bits === 4) dequantizeFull4(scales, sOff, words, full, groupSize, dst, dOff)
    else dequantizeFull2(scales, sOff, words, full, groupSize, dst, dOff)
    const done = full * groupSize
    if (done < n) dequantizeBytes(scales, sOff + full, codes, cOff + full * groupBytes, n - done, bits, groupSize, dst, dOff + done)
    return
  }
  dequantizeBytes(scales, sOff, codes, cOff, n, bits, groupSize, dst, dOff)
}

function dequantizeFull8(scales: Uint16Array, sOff: number, words: Uint32Array, groups: number, groupSize: number, dst: Float32Array, dOff: number): void {
  let w = 0
  let o = dOff
  for (let g = 0; g < groups; g++) {
    const s = F16_TABLE[scales[sOff + g]!]!
    for (const e = o + groupSize; o < e; o += 4) {
      const v = words[w++]!
      dst[o] = ((v & 255) - 127) * s
      dst[o + 1] = (((v >>> 8) & 255) - 127) * s
      dst[o + 2] = (((v >>> 16) & 255) - 127) * s
      dst[o + 3] = ((v >>> 24) - 127) * s
    }
  }
}

function dequantizeFull4(scales: Uint16Array, sOff: number, words: Uint32Array, groups: number, groupSize: number, dst: Float32Array, dOff: number): void {
  let w = 0
  let o = dOff
  for (let g = 0; g < groups; g++) {
    const s = F16_TABLE[scales[sOff + g]!]!
    for (const e = o + groupSize; o < e; o += 8) {
      const v = words[w++]!
      dst[o] = ((v & 15) - 7) * s
      dst[o + 1] = (((v >>> 4) & 15) - 7) * s
      dst[o + 2] = (((v >>> 8) & 15) - 7) * s
      dst[o + 3] = (((v >>> 12) & 15) - 7) * s
      dst[o + 4] = (((v >>> 16) & 15) - 7) * s
      dst[o + 5] = (((v >>> 20) & 15) - 7) * s
      dst[o + 6] = (((v >>> 24) & 15) - 7) * s
      dst[o + 7] = ((v >>> 28) - 7) * s
    }
  }
}

function dequantizeFull2(scales: Uint16Array, sOff: number, words: Uint32Array, groups: number, groupSize: number, dst: Float32Array, dOff: number): void {
  let w = 0
  let o = dOff
  for (let g = 0; g < groups; g++) {
    const s = F16_TABLE[scales[sOff + g]!]!
    for (const e = o + groupSize; o < e; o += 16) {
      const v = words[w++]!
      dst[o] = ((v & 3) - 1) * s
      dst[o + 1] = (((v >>> 2) & 3) - 1) * s
      dst[o + 2] = (((v >>> 4) & 3) - 1) * s
      dst[o + 3] = (((v >>> 6) & 3) - 1) * s
      dst[o + 4] = (((v >>> 8) & 3) - 1) * s
      dst[o + 5] = (((v >>> 10) & 3) - 1) * s
      dst[o + 6] = (((v >>> 12) & 3) - 1) * s
      dst[o + 7] = (((v >>> 14) & 3) - 1) * s
      dst[o + 8] = (((v >>> 16) & 3) - 1) * s
      dst[o + 9] = (((v >>> 18) & 3) - 1) * s
      dst[o + 10] = (((v >>> 20) & 3) - 1) * s
      dst[o + 11] = (((v >>> 22) & 3) - 1) * s
      dst[o + 12] = (((v >>> 24) & 3) - 1) * s
      dst[o + 13] = (((v >>> 26) & 3) - 1) * s
      dst[o + 14] = (((v >>> 28) & 3) - 1) * s
      dst[o + 15] = ((v >>> 30) - 1) * s
    }
  }
}

// Any width, byte reads (the tail of a short last group, unaligned codes, 3/5/6/7 bits).
function dequantizeBytes(
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
  n: number,
  bits: number,
  groupSize: number,
  dst: Float32Array,
  dOff: number,
): void {
  const qmax = qmaxOf(bits)
  const groups = Math.ceil(n / groupSize)
  const groupBytes = (groupSize * bits) >>> 3
  const mask = (1 << bits) - 1
  const t = F16_TABLE
  for (let g = 0; g < groups; g++) {
    const s = t[scales[sOff + g]!]!
    const len = Math.min(groupSize, n - g * groupSize)
    let o = dOff + g * groupSize
    const oe = o + len
    let c = cOff + g * groupBytes
    if (bits === 8) {
      for (; o < oe; o++) dst[o] = (codes[c++]! - qmax) * s
    } else if (bits === 4) {
      for (; o + 1 < oe; o += 2) {
        const b = codes[c++]!
        dst[o] = ((b & 15) - qmax) * s
        dst[o + 1] = ((b >>> 4) - qmax) * s
      }
      if (o < oe) dst[o] = ((codes[c]! & 15) - qmax) * s
    } else if (bits === 2) {
      for (; o + 3 < oe; o += 4) {
        const b = codes[c++]!
        dst[o] = ((b & 3) - qmax) * s
        dst[o + 1] = (((b >>> 2) & 3) - qmax) * s
        dst[o + 2] = (((b >>> 4) & 3) - qmax) * s
        dst[o + 3] = ((b >>> 6) - qmax) * s
      }
      for (let sh = 0; o < oe; o++, sh += 2) dst[o] = (((codes[c]! >>> sh) & 3) - qmax) * s
    } else {
      let acc = 0
      let nb = 0
      for (; o < oe; o++) {
        if (nb < bits) {
          acc |= codes[c++]! << nb
          nb += 8
        }
        dst[o] = ((acc & mask) - qmax) * s
        acc >>>= bits
        nb -= bits
      }
    }
  }
}

/**
 * Per-channel quantization of a row-major [rows, channels] tensor: one fp16 scale per channel (the
 * largest magnitude of that channel over all rows). Writes `channels` scales and packedBytes(n, bits)
 * code bytes (a single bit stream over the whole tensor).
 */
export function quantizeChannels(
  codec: string,
  src: Float32Array,
  n: number,
  bits: number,
  channels: number,
  rounding: Rounding,
  seed: number,
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
): void {
  const qmax = qmaxOf(bits)
  const m = new Float64Array(channels)
  for (let row = 0; row < n; row += channels) {
    for (let ch = 0; ch < channels; ch++) m[ch] = Math.max(m[ch]!, Math.abs(src[row + ch]!))
  }
  for (let ch = 0; ch < channels; ch++) {
    if (!(m[ch]! <= F32_MAX)) throw nonFiniteError(codec, firstNonFinite(src, 0, n), 'input')
  }
  const inv = new Float64Array(channels)
  for (let ch = 0; ch < channels; ch++) {
    const h = scaleBitsFor(codec, m[ch]!, qmax, ch)
    scales[sOff + ch] = h
    const s = F16_TABLE[h]!
    inv[ch] = s > 0 ? 1 / s : 0
  }
  const stochastic = rounding === 'stochastic'
  let rng = seed >>> 0 || 0x2545f491
  let acc = 0
  let nb = 0
  let c = cOff
  const off = qmax + 0.5
  for (let i = 0, ch = 0; i < n; i++) {
    let r = 0.5
    if (stochastic) {
      rng ^= rng << 13
      rng ^= rng >>> 17
      rng ^= rng << 5
      r = (rng >>> 0) * 2.3283064365386963e-10
    }
    acc |= ((src[i]! * inv[ch]! + (stochastic ? qmax + r : off)) | 0) << nb
    if (++ch === channels) ch = 0
    nb += bits
    if (nb >= 8) {
      codes[c++] = acc & 0xff
      acc >>>= 8
      nb -= 8
    }
  }
  if (nb > 0) codes[c] = acc & 0xff
}

/** Inverse of quantizeChannels. */
export function dequantizeChannels(
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
  n: number,
  bits: number,
  channels: number,
  dst: Float32Array,
): void {
  const qmax = qmaxOf(bits)
  const mask = (1 << bits) - 1
  const s = new Float64Array(channels)
  for (let ch = 0; ch < channels; ch++) s[ch] = F16_TABLE[scales[sOff + ch]!]!
  let acc = 0
  let nb = 0
  let c = cOff
  for (let i = 0, ch = 0; i < n; i++) {
    if (nb < bits) {
      acc |= codes[c++]! << nb
      nb += 8
    }
    dst[i] = ((acc & mask) - qmax) * s[ch]!
    acc >>>= bits
    nb -= bits
    if (++ch === channels) ch = 0
  }
}

/** Index of the first inf/NaN scale pattern, or -1. */
export function checkScales(scales: Uint16Array, sOff: number, count: number): number {
  for (let g = 0; g < count; g++) if ((scales[sOff + g]! & 0x7c00) === 0x7c00) return g
  return -1
}
