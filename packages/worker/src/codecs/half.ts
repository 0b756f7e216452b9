// IEEE binary16 (fp16) and bfloat16 (bf16) kernels for the codecs: fp32 -> 16 bits rounds to
// nearest, ties to even, with the range check fused into the loop (a codec refuses what the format
// cannot hold instead of sending inf); fp16 -> fp32 is one table lookup, bf16 -> fp32 a shift.
// Arrays hold raw bits, little-endian on the wire.

/** Largest finite fp16 value. */
export const F16_MAX = 65504

/** All 65536 fp16 bit patterns as fp32 values (256 KiB, built at module load: ~1 ms). */
export const F16_TO_F32: Float32Array = buildF16Table()

function buildF16Table(): Float32Array {
  const t = new Float32Array(65536)
  for (let h = 0; h < 65536; h++) {
    const s = h & 0x8000 ? -1 : 1
    const e = (h >>> 10) & 0x1f
    const m = h & 0x3ff
    if (e === 0) t[h] = s * m * 2 ** -24
    else if (e === 0x1f) t[h] = m === 0 ? s * Number.POSITIVE_INFINITY : Number.NaN
    else t[h] = s * (1 + m / 1024) * 2 ** (e - 15)
  }
  return t
}

const scratchF32 = new Float32Array(1)
const scratchU32 = new Uint32Array(scratchF32.buffer)

/** The bits of `x` rounded to fp32. */
export function f32Bits(x: number): number {
  scratchF32[0] = x
  return scratchU32[0]!
}

// |x| < 2^-14: the result is an fp16 subnormal (or zero). Kept out of the hot loop: activations and
// updates rarely hold values this small, and the branch is well predicted.
function subnormalBits(a: number): number {
  if (a < 0x33000000) return 0 // at most 2^-25: rounds to zero (the tie at 2^-25 goes to even, 0)
  const e = a >>> 23
  const m = (a & 0x7fffff) | 0x800000
  const shift = 126 - e // 14..24: m * 2^(e - 150) expressed in units of 2^-24
  let q = m >>> shift
  const rest = m & ((1 << shift) - 1)
  const half = 1 << (shift - 1)
  if (rest > half || (rest === half && (q & 1) === 1)) q++
  return q // a carry into 0x400 is the smallest normal: the right encoding
}

/**
 * fp32 bits -> fp16 bits, round to nearest even. Finite values at or beyond 65520 become ±inf and
 * NaN becomes a quiet NaN: callers that must not produce those check the range first (the array
 * kernel below does).
 */
export function f32BitsToF16Bits(b: number): number {
  const a = b & 0x7fffffff
  const sign = (b >>> 16) & 0x8000
  if (a < 0x38800000) return sign | subnormalBits(a)
  if (a < 0x477ff000) return sign | ((a - 0x38000000 + 0xfff + ((a >>> 13) & 1)) >>> 13)
  return sign | (a > 0x7f800000 ? 0x7e00 : 0x7c00)
}

/**
 * Converts `n` values of `src` from `srcStart` into fp16 bits at `dst[dstStart..]`. Returns the
 * index (into src) of the first value that is NaN, infinite, or too large for fp16 (|x| >= 65520,
 * which would round to inf), or -1 when every value converted. On a bad value the output is not
 * usable and the caller must not send it.
 */
export function f32ToF16Array(
  src: Float32Array,
  srcStart: number,
  n: number,
  dst: Uint16Array,
  dstStart: number,
): number {
  const bits = new Int32Array(src.buffer, src.byteOffset + srcStart * 4, n)
  const dstByte = dst.byteOffset + dstStart * 2
  let flag = 0
  let i = 0
  if (dstByte % 4 === 0) {
    // Fast pass: two values per 32-bit store, no branch. The formula is right for fp16 normals;
    // `flag` goes negative when any value lies outside them (zero, subnormal, overflow, inf, NaN),
    // and then the exact pass below fixes those up.
    const words = new Int32Array(dst.buffer, dstByte, n >>> 1)
    for (let w = 0; i + 1 < n; i += 2, w++) {
      const b0 = bits[i]!
      const b1 = bits[i + 1]!
      const a0 = b0 & 0x7fffffff
      const a1 = b1 & 0x7fffffff
      flag |= (a0 - 0x38800000) | (0x477fefff - a0) | (a1 - 0x38800000) | (0x477fefff - a1)
      const h0 = ((a0 - 0x37fff001 + ((a0 >> 13) & 1)) >> 13) | ((b0 >> 16) & 0x8000)
      const h1 = ((a1 - 0x37fff001 + ((a1 >> 13) & 1)) >> 13) | ((b1 >> 16) & 0x8000)
      words[w] = (h0 & 0xffff) | (h1 << 16) // out-of-range values give garbage here, fixed below
    }
  }
  let bad = -1
  // Fix-up pass, only when some value lay outside the normal range: a scan that rewrites just those.
  if (flag < 0) {
    for (let k = 0; k < i; k++) {
      const a = bits[k]! & 0x7fffffff
      if (a >= 0x38800000 && a < 0x477ff000) continue
      if (a < 0x38800000) dst[dstStart + k] = subnormalBits(a) | ((bits[k]! >> 16) & 0x8000)
      else if (bad < 0) bad = srcStart + k
    }
  }
  // Exact pass for the tail (or a misaligned destination).
  for (let k = i; k < n; k++) {
    const b = bits[k]!
    const a = b & 0x7fffffff
    let h: number
    if (a >= 0x38800000 && a < 0x477ff000) h = (a - 0x37fff001 + ((a >> 13) & 1)) >> 13
    else if (a < 0x38800000) h = subnormalBits(a)
    else {
      h = 0x7c00
      if (bad < 0) bad = srcStart + k
    }
    dst[dstStart + k] = h | ((b >> 16) & 0x8000)
  }
  return bad
}

/**
 * Converts `n` fp16 values at `src[srcStart..]` to fp32 at `dst[dstStart..]`. Returns the index
 * (into src) of the first inf/NaN pattern, or -1: a payload with one is refused by the caller.
 */
export function f16ToF32Array(
  src: Uint16Array,
  srcStart: number,
  n: number,
  dst: Float32Array,
  dstStart: number,
): number {
  const t = F16_TO_F32
  // (h & 0x7c00) + 0x400 reaches 0x8000 exactly when the exponent is all ones (inf or NaN).
  let flag = 0
  let i = 0
  const srcByte = src.byteOffset + srcStart * 2
  if (srcByte % 4 === 0) {
    const words = new Uint32Array(src.buffer, srcByte, n >>> 1)
    for (let w = 0; i + 1 < n; i += 2, w++) {
      const x = words[w]!
      const lo = x & 0xffff
      const hi = x >>> 16
      flag |= ((lo & 0x7c00) + 0x400) | ((hi & 0x7c00) + 0x400)
      dst[dstStart + i] = t[lo]!
      dst[dstStart + i + 1] = t[hi]!
    }
  }
  for (; i < n; i++) {
    const h = src[srcStart + i]!
    flag |= (h & 0x7c00) + 0x400
    dst[dstStart + i] = t[h]!
  }
  if ((flag & 0x8000) === 0) return -1
  for (let k = 0; k < n; k++) if ((src[srcStart + k]! & 0x7c00) === 0x7c00) return srcStart + k
  return -1
}

/**
 * fp32 -> bf16 bits, rounding to nearest even; the inputs must be finite (the caller checks).
 * Returns the index of the first value that rounds past bf16's largest finite value, or -1.
 */
export function f32ToBf16Array(src: Float32Array, dst: Uint16Array): number {
  const bits = new Uint32Array(src.buffer, src.byteOffset, src.length)
  for (let i = 0; i < src.length; i++) {
    const b = bits[i]!
    const h = (b + 0x7fff + ((b >>> 16) & 1)) >>> 16
    if ((h & 0x7f80) === 0x7f80) return i
    dst[i] = h
  }
  return -1
}

/** bf16 bits -> fp32 (exact). Returns the index of the first inf/NaN pattern, or -1. */
export function bf16ToF32Array(src: Uint16Array, dst: Float32Array): number {
  const out = new Uint32Array(dst.buffer, dst.byteOffset, dst.length)
  for (let i = 0; i < src.length; i++) {
    const h = src[i]!
    if ((h & 0x7f80) === 0x7f80) return i
    out[i] = h << 16
  }
  return -1
}

/**
 * The smallest fp16 value >= x (x >= 0 finite), as bits: used for quantizer scales, so that
 * |value| / scale never exceeds the largest code. Returns 0x7c00 (inf) when x > 65504.
 */
export function f16BitsCeil(x: number): number {
  if (x <= 0) return 0
  let h = f32BitsToF16Bits(f32Bits(x))
  if (h >= 0x7c00) return 0x7c00
  if (F16_TO_F32[h]! < x) h++
  return h
}
