// 1-bit quantization for the update codec: each value becomes its sign, and each group of values
// shares one fp16 scale, the group's mean |x| (the scale that minimises the squared error of
// sign(x) * scale). Bit i of the code stream (little-endian within a byte) is 1 for x >= 0.
//
// Why it exists: the update codec carries what it does not send in error feedback, so what matters
// is how much of a vector one message removes per bit. The symmetric 2-bit code (levels -s, 0, s
// with s = the group's maximum) rounds most values of a bell-shaped or heavy-tailed group to zero:
// it removes 39-45% of the squared norm of Gaussian, Laplace or Student-t(3) groups of 128. Signs
// with the mean-|x| scale remove 41-64% at half the bits, so the same bytes cover a twice-larger
// random subset (`bench codecs` prints both: "contraction").
import { nonFiniteError, rangeError } from './errors.js'
import { F16_TO_F32, f32Bits, f32BitsToF16Bits } from './half.js'

const F16_TABLE = F16_TO_F32
/** fp16's largest finite value. */
const F16_MAX = 65504

/**
 * Writes ceil(n / groupSize) fp16 scale bits at `scales[sOff..]` and ceil(n / 8) bytes of signs at
 * `codes[cOff..]` for `n` values of `src` from `start`. Throws ValidationError on NaN/Inf
 * (E_NON_FINITE) or a group whose mean magnitude fp16 cannot hold (E_CODEC_RANGE); the output is then
 * partly written and must be dropped. `groupSize` must be a multiple of 8.
 */
export function quantizeSigns(
  codec: string,
  src: Float32Array,
  start: number,
  n: number,
  groupSize: number,
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
): void {
  let g = sOff
  for (let base = 0; base < n; base += groupSize) {
    const len = Math.min(groupSize, n - base)
    let sum = 0
    const from = start + base
    for (let i = from, e = from + len; i < e; i++) sum += Math.abs(src[i]!)
    // A NaN or an infinity makes the sum NaN or infinite; find it for the error message.
    if (!Number.isFinite(sum)) {
      for (let i = from, e = from + len; i < e; i++) if (!Number.isFinite(src[i]!)) throw nonFiniteError(codec, i, 'input')
    }
    const mean = sum / len
    if (mean > F16_MAX) throw rangeError(codec, from, mean)
    scales[g++] = f32BitsToF16Bits(f32Bits(mean))
    // Whole bytes of 8 signs; a group is a multiple of 8 except the last, whose tail byte is partial.
    let o = cOff + (base >>> 3)
    let i = from
    const e = from + len
    for (; i + 8 <= e; i += 8) {
      codes[o++] =
        (src[i]! >= 0 ? 1 : 0) |
        (src[i + 1]! >= 0 ? 2 : 0) |
        (src[i + 2]! >= 0 ? 4 : 0) |
        (src[i + 3]! >= 0 ? 8 : 0) |
        (src[i + 4]! >= 0 ? 16 : 0) |
        (src[i + 5]! >= 0 ? 32 : 0) |
        (src[i + 6]! >= 0 ? 64 : 0) |
        (src[i + 7]! >= 0 ? 128 : 0)
    }
    if (i < e) {
      let b = 0
      for (let k = 0; i < e; i++, k++) if (src[i]! >= 0) b |= 1 << k
      codes[o] = b
    }
  }
}

/** Inverse of quantizeSigns: n values at `dst[dOff..]`. Scales must be finite (checkScales). */
export function dequantizeSigns(
  scales: Uint16Array,
  sOff: number,
  codes: Uint8Array,
  cOff: number,
  n: number,
  groupSize: number,
  dst: Float32Array,
  dOff: number,
): void {
  let g = sOff
  for (let base = 0; base < n; base += groupSize) {
    const len = Math.min(groupSize, n - base)
    const s = F16_TABLE[scales[g++]!]!
    const neg = -s
    for (let k = 0; k < len; k++) {
      const i = base + k
      dst[dOff + i] = (codes[cOff + (i >>> 3)]! >>> (i & 7)) & 1 ? s : neg
    }
  }
}

/** Whether the padding bits after n signs are zero (a well-formed payload has no stray bits). */
export function signPaddingIsZero(codes: Uint8Array, cOff: number, n: number): boolean {
  const rest = n & 7
  return rest === 0 || codes[cOff + (n >>> 3)]! >>> rest === 0
}
