// Conversions between fp32 and the two 16-bit float formats checkpoints use: IEEE binary16 (F16)
// and bfloat16 (BF16). fp32 -> 16 bits rounds to nearest, ties to even (as PyTorch's `.half()` and
// `.bfloat16()` do); 16 bits -> fp32 is exact. Arrays hold raw bits (Uint16Array).

const scratch = new Float32Array(1)
const scratchBits = new Uint32Array(scratch.buffer)

/** fp32 bits -> binary16 bits, round to nearest even; overflow -> ±inf; NaN stays NaN (quiet). */
function f32BitsToF16Bits(b: number): number {
  const sign = (b >>> 16) & 0x8000
  const exp = (b >>> 23) & 0xff
  const mant = b & 0x7fffff
  if (exp === 0xff) return sign | 0x7c00 | (mant !== 0 ? 0x200 | (mant >>> 13) : 0)
  const e = exp - 112 // rebias 127 -> 15
  if (e >= 0x1f) return sign | 0x7c00
  if (e <= 0) {
    // binary16 subnormal (or zero): value = m * 2^-24 with m = (1.mant) shifted right by `shift`
    const shift = 14 - e
    if (shift > 24) return sign // below half the smallest subnormal: rounds to zero
    const m = mant | 0x800000
    let q = m >>> shift
    const rest = m & ((1 << shift) - 1)
    const half = 1 << (shift - 1)
    if (rest > half || (rest === half && (q & 1) === 1)) q++
    return sign | q // q may carry into the smallest normal, which is the right encoding
  }
  let h = (e << 10) | (mant >>> 13)
  const rest = mant & 0x1fff
  if (rest > 0x1000 || (rest === 0x1000 && (h & 1) === 1)) h++ // a carry into exp 31 gives inf: correct
  return sign | h
}

let f16Table: Float32Array | undefined

/** All 65536 binary16 values as fp32 (256 KiB, built once on first use). */
function f16ToF32Table(): Float32Array {
  if (f16Table) return f16Table
  const t = new Float32Array(65536)
  for (let h = 0; h < 65536; h++) {
    const s = h & 0x8000 ? -1 : 1
    const e = (h >>> 10) & 0x1f
    const m = h & 0x3ff
    if (e === 0) t[h] = s * m * 2 ** -24
    else if (e === 0x1f) t[h] = m === 0 ? s * Infinity : Number.NaN
    else t[h] = s * (1 + m / 1024) * 2 ** (e - 15)
  }
  f16Table = t
  return t
}

/** fp32 -> binary16 bits. `out` may be given to avoid an allocation. */
export function f32ToF16(src: Float32Array, out: Uint16Array = new Uint16Array(src.length)): Uint16Array {
  const bits = new Uint32Array(src.buffer, src.byteOffset, src.length)
  for (let i = 0; i < src.length; i++) out[i] = f32BitsToF16Bits(bits[i]!)
  return out
}

/** binary16 bits -> fp32 (exact). */
export function f16ToF32(src: Uint16Array, out: Float32Array = new Float32Array(src.length)): Float32Array {
  const t = f16ToF32Table()
  for (let i = 0; i < src.length; i++) out[i] = t[src[i]!]!
  return out
}

/** fp32 -> bfloat16 bits, round to nearest even; NaN stays NaN. */
export function f32ToBf16(src: Float32Array, out: Uint16Array = new Uint16Array(src.length)): Uint16Array {
  const bits = new Uint32Array(src.buffer, src.byteOffset, src.length)
  for (let i = 0; i < src.length; i++) {
    const b = bits[i]!
    if ((b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0) out[i] = (b >>> 16) | 0x40
    else out[i] = (b + 0x7fff + ((b >>> 16) & 1)) >>> 16
  }
  return out
}

/** bfloat16 bits -> fp32 (exact: bfloat16 is the top half of an fp32). */
export function bf16ToF32(src: Uint16Array, out: Float32Array = new Float32Array(src.length)): Float32Array {
  const bits = new Uint32Array(out.buffer, out.byteOffset, out.length)
  for (let i = 0; i < src.length; i++) bits[i] = src[i]! << 16
  return out
}

/** One fp32 value rounded through binary16 (for tests and tolerances). */
export function roundToF16(x: number): number {
  scratch[0] = x
  return f16ToF32Table()[f32BitsToF16Bits(scratchBits[0]!)]!
}

/** Largest finite binary16 value. */
export const F16_MAX = 65504
