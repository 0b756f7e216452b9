// Counter-based randomness: every random choice of the data stream is a hash of (seed, purpose,
// counters), so any step's data can be rebuilt from the cursor alone on any machine, in any order.
// Integer arithmetic only (Math.imul): the same bits everywhere.

/** 32-bit avalanche (murmur3's finalizer). */
function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A uint32 hash of a list of integers (each taken as up to 53 bits). */
export function hashInts(...values: number[]): number {
  let h = 0x9e3779b9
  for (const v of values) {
    const lo = v >>> 0
    const hi = Math.floor(v / 2 ** 32) >>> 0
    h = fmix(Math.imul(h ^ lo, 0xcc9e2d51) + 0x6b43a9b5)
    h = fmix(Math.imul(h ^ hi, 0x1b873593) + 0xe6546b64)
  }
  return h
}

/** A uint32 hash of a string (for stable per-name streams). */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return fmix(h >>> 0)
}

/** Small sequential generator (sfc32) for work inside one counter-addressed unit. */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(...key: number[]) {
    this.a = hashInts(...key, 1)
    this.b = hashInts(...key, 2)
    this.c = hashInts(...key, 3)
    this.d = 1
    for (let i = 0; i < 12; i++) this.nextU32()
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 2 ** 32
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
}

/**
 * A bijection of [0, n) chosen by key: a 4-round Feistel network on the smallest even number of
 * bits that covers n, with cycle-walking back into range. O(1) memory, so a source of millions of
 * examples is shuffled per epoch without a permutation table.
 */
export function permuteIndex(i: number, n: number, key: number): number {
  if (n <= 1) return 0
  let bits = 2
  while (2 ** bits < n) bits += 2
  const half = bits / 2
  const size = 2 ** half
  let x = i
  do {
    let left = Math.floor(x / size)
    let right = x % size
    for (let round = 0; round < 4; round++) {
      const f = hashInts(key, round, right) % size
      const next = (left ^ f) >>> 0
      left = right
      right = next % size
    }
    x = left * size + right
  } while (x >= n)
  return x
}
