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

// Scratch reused across calls (the codecs run on one thread at a time): per-group maxima and
// reciprocal scales, grown on demand.
let maxScratch = new Int32Array(1024)
let invScratch = new Float64Array(1024)

/** Bytes the scales of a segment take, padded so its codes start on a 4-byte boundary. */
export function scaleBytes(count: number): number {
  return (count * 2 + 3) & ~3
}

/**
 * Largest |x| of each group of src[start..start+n), as fp32 bits (for non-negative floats integer
 * order is float order, and NaN/Inf patterns sort above every finite value). One flat pass with four
 * branch-free chains: restarting a loop per 64-value group, or a data-dependent branch, costs up to
 * half the throughput.
 */
function groupMaxBits(src: Float32Array, start: number, n: number, groupSize: number, out: Int32Array): void {
  const b = new Int32Array(src.buffer, src.byteOffset + start * 4, n)
  let m0 = 0
  let m1 = 0
  let m2 = 0
  let m3 = 0
  let g = 0
  let k = 0
  let i = 0
  // groupSize is a multiple of 8, so a quad never straddles two groups.
  for (; i + 3 < n; i += 4) {
    m0 = Math.max(m0, b[i]! & 0x7fffffff)
    m1 = Math.max(m1, b[i + 1]! & 0x7fffffff)
    m2 = Math.max(m2, b[i + 2]! & 0x7fffffff)
    m3 = Math.max(m3, b[i + 3]! & 0x7fffffff)
    k += 4
    if (k === groupSize) {
      out[g++] = Math.max(m0, m1, m2, m3)
      m0 = 0
      m1 = 0
      m2 = 0
      m3 = 0
      k = 0
    }
  }
  for (; i < n; i++) {
    m0 = Math.max(m0, b[i]! & 0x7fffffff)
    k++
  }
  if (k > 0) out[g] = Math.max(m0, m1, m2, m3)
}

/**
 * Quantizes `n` values of `src` from `start` in groups of `groupSize` (a multiple of 8). Writes
 * ceil(n / groupSize) fp16 scale bits at `scales[sOff..]` and packedBytes(n, bits) bytes at
 * `codes[cOff..]`; whole groups go out as 32-bit words when their codes start on a 4-byte boundary.
 * Stochastic rounding draws from xorshift32 seeded by `seed`. Throws ValidationError on NaN/Inf
 * (E_NON_FINITE) or a group beyond fp16 range (E_CODEC_RANGE); nothing is written to `scales` or
 * `codes` before the whole input has been checked.
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
  const qmax = qmaxOf(bits)
  const end = start + n
  const groups = Math.ceil(n / groupSize)
  if (maxScratch.length < groups) {
    maxScratch = new Int32Array(groups)
    invScratch = new Float64Array(groups)
  }
  const gmax = maxScratch
  const inv = invScratch
  groupMaxBits(src, start, n, groupSize, gmax)
  const gmaxF = new Float32Array(gmax.buffer, 0, groups)
  for (let g = 0; g < groups; g++) {
    if (gmax[g]! > F32_MAX_BITS) {
      const s0 = start + g * groupSize
      throw nonFiniteError(codec, firstNonFinite(src, s0, Math.min(s0 + groupSize, end)) - start, 'input')
    }
  }
  for (let g = 0; g < groups; g++) {
    const h = scaleBitsFor(codec, gmaxF[g]!, qmax, g * groupSize)
    scales[sOff + g] = h
    const scale = F16_TABLE[h]!
    inv[g] = scale > 0 ? 1 / scale : 0
  }
  const stochastic = rounding === 'stochastic'
  let rng = seed >>> 0 || 0x2545f491
  const groupBytes = (groupSize * bits) >>> 3
  const wordPath = !stochastic && (bits === 8 || bits === 4 || bits === 2) && groupBytes % 4 === 0 && (codes.byteOffset + cOff) % 4 === 0
  const words = wordPath ? new Uint32Array(codes.buffer, codes.byteOffset + cOff, (codes.length - cOff) >>> 2) : undefined
  const off = qmax + 0.5
  for (let g = 0; g < groups; g++) {
    const s0 = start + g * groupSize
    const e0 = Math.min(s0 + groupSize, end)
    const c = cOff + g * groupBytes
    const iv = inv[g]!
    if (stochastic) {
      rng = packStochastic(src, s0, e0, bits, iv, qmax, codes, c, rng)
      continue
    }
    // x * inv lies in [-qmax, qmax] (the scale was rounded up), so x * inv + qmax + 0.5 > 0 and `| 0`
    // is floor: round to nearest, ties away from the lower code.
    if (words !== undefined) {
      const w0 = (c - cOff) >>> 2
      let i = s0
      let w = w0
      if (bits === 8) {
        w = packWords8(src, s0, e0, iv, off, words, w0)
        i = s0 + (w - w0) * 4
      } else if (bits === 4) {
        w = packWords4(src, s0, e0, iv, off, words, w0)
        i = s0 + (w - w0) * 8
      } else {
        w = packWords2(src, s0, e0, iv, off, words, w0)
        i = s0 + (w - w0) * 16
      }
      // The tail of a short last group goes byte by byte.
      if (i < e0) packNearest(src, i, e0, bits, iv, off, codes, cOff + w * 4)
      continue
    }
    packNearest(src, s0, e0, bits, iv, off, codes, c)
  }
}

function packWords8(src: Float32Array, s0: number, e0: number, inv: number, off: number, words: Uint32Array, w: number): number {
  for (let i = s0; i + 3 < e0; i += 4) {
    words[w++] =
      ((src[i]! * inv + off) | 0) |
      (((src[i + 1]! * inv + off) | 0) << 8) |
      (((src[i + 2]! * inv + off) | 0) << 16) |
      (((src[i + 3]! * inv + off) | 0) << 24)
  }
  return w
}

function packWords4(src: Float32Array, s0: number, e0: number, inv: number, off: number, words: Uint32Array, w: number): number {
  for (let i = s0; i + 7 < e0; i += 8) {
    words[w++] =
      ((src[i]! * inv + off) | 0) |
      (((src[i + 1]! * inv + off) | 0) << 4) |
      (((src[i + 2]! * inv + off) | 0) << 8) |
      (((src[i + 3]! * inv + off) | 0) << 12) |
      (((src[i + 4]! * inv + off) | 0) << 16) |
      (((src[i + 5]! * inv + off) | 0) << 20) |
      (((src[i + 6]! * inv + off) | 0) << 24) |
      (((src[i + 7]! * inv + off) | 0) << 28)
  }
  return w
}

function packWords2(src: Float32Array, s0: number, e0: number, inv: number, off: number, words: Uint32Array, w: number): number {
  for (let i = s0; i + 15 < e0; i += 16) {
    let acc = 0
    for (let k = 0; k < 16; k++) acc |= ((src[i + k]! * inv + off) | 0) << (2 * k)
    words[w++] = acc
  }
  return w
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
