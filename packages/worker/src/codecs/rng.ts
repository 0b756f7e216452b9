// Small deterministic integer hashing and random numbers for the codecs: every replica and both
// ends of a link derive the same stream from (seed, step, index) without talking.

/** A 32-bit avalanche hash of two 32-bit integers (murmur3 finaliser over a mixed pair). */
export function mix32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hash of a list of integers (seed, step, micro-batch, chunk, ...); never 0 (xorshift needs that). */
export function seedOf(...parts: number[]): number {
  let h = 0x6a09e667
  for (const p of parts) h = mix32(h, p >>> 0) ^ mix32(Math.floor(p / 2 ** 32) >>> 0, h)
  return h === 0 ? 0x2545f491 : h >>> 0
}

/** xorshift32 step: the state must be non-zero; returns the next state (unsigned). */
export function xorshift32(s: number): number {
  s ^= s << 13
  s ^= s >>> 17
  s ^= s << 5
  return s >>> 0
}

/** A seeded uniform integer in [0, n) from a state; returns [value, nextState]. */
export function randomBelow(state: number, n: number): [number, number] {
  const next = xorshift32(state)
  return [Math.floor((next / 2 ** 32) * n), next]
}
