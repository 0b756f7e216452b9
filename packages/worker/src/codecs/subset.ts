// The update codec's random subset, derived by every replica from (seed, step, chunk) alone, so no
// index travels: the elements chunkStart + offset + j * stride. The offset walks a seeded random
// permutation of 0..stride-1, one per step, so within every `stride` consecutive steps each element
// is in exactly one subset (sampling without replacement, which bounds how long an element's error
// can wait), and which offset comes when differs per chunk and per cycle.
import { seedOf, xorshift32 } from './rng.js'

export interface Subset {
  /** Distance between chosen elements. */
  stride: number
  /** First chosen element, relative to the chunk start (0 <= offset < stride). */
  offset: number
  /** Chosen elements in a chunk of `length`: ceil((length - offset) / stride), or 0. */
  count: number
}

/** Stride for a subset ratio: round(1 / ratio), at least 1 (ratio 1 = every element). */
export function strideFor(ratio: number): number {
  if (!(ratio > 0 && ratio <= 1)) throw new RangeError(`subset ratio must be in (0, 1], got ${ratio}`)
  return Math.max(1, Math.round(1 / ratio))
}

export function subsetFor(seed: number, step: number, chunk: number, length: number, stride: number): Subset {
  const cycle = Math.floor(step / stride)
  const pos = step - cycle * stride
  // Fisher-Yates over 0..stride-1, seeded by (seed, cycle, chunk); only the prefix up to `pos` is needed.
  const perm = new Int32Array(stride)
  for (let i = 0; i < stride; i++) perm[i] = i
  let rng = seedOf(seed, cycle, chunk)
  for (let i = 0; i <= pos; i++) {
    rng = xorshift32(rng)
    const j = i + (rng % (stride - i))
    const t = perm[i]!
    perm[i] = perm[j]!
    perm[j] = t
  }
  const offset = perm[pos]!
  const count = length > offset ? Math.ceil((length - offset) / stride) : 0
  return { stride, offset, count }
}
