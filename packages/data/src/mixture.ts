// Which source the k-th draw of the stream comes from. Draws are grouped in blocks of
// MIXTURE_BLOCK_DRAWS; each block holds floor(w * B) draws of each source plus the leftover slots
// drawn by weight, shuffled by a seeded generator. So the order is random, the proportions hold to
// within a block's rounding at any length, and draw k is a pure function of (seed, weights, k).
import { ValidationError } from '@tandem/proto'
import { MIXTURE_BLOCK_DRAWS } from './constants.js'
import { Rng } from './rng.js'

const STREAM_MIXTURE = 0x6d697831 // 'mix1': keeps this stream apart from the others of the seed

export class MixtureSampler {
  readonly weights: readonly number[]
  private cachedBlock = -1
  private cached: Uint16Array = new Uint16Array(0)

  /** weights: one per source, non-negative, not all zero (normalised here). */
  constructor(
    weights: readonly number[],
    private readonly seed: number,
    private readonly blockDraws = MIXTURE_BLOCK_DRAWS,
  ) {
    const total = weights.reduce((a, b) => a + b, 0)
    if (!(total > 0) || weights.some((w) => !(w >= 0) || !Number.isFinite(w)) || weights.length > 0xffff) {
      throw new ValidationError('E_MIXTURE', `mixture weights must be non-negative numbers, not all zero; got [${weights.join(', ')}].`)
    }
    this.weights = weights.map((w) => w / total)
  }

  /** Source index of draw k (k = 0, 1, 2, …). */
  sourceAt(k: number): number {
    const b = Math.floor(k / this.blockDraws)
    if (b !== this.cachedBlock) {
      this.cached = this.block(b)
      this.cachedBlock = b
    }
    return this.cached[k - b * this.blockDraws]!
  }

  private block(b: number): Uint16Array {
    const rng = new Rng(this.seed, STREAM_MIXTURE, b)
    const B = this.blockDraws
    const out = new Uint16Array(B)
    let at = 0
    const fractions: number[] = []
    this.weights.forEach((w, s) => {
      const whole = Math.floor(w * B + 1e-9)
      out.fill(s, at, at + whole)
      at += whole
      fractions.push(Math.max(0, w * B - whole))
    })
    const fracTotal = fractions.reduce((a, c) => a + c, 0)
    while (at < B) {
      let u = rng.next() * fracTotal
      let s = 0
      while (s < fractions.length - 1 && u >= fractions[s]!) u -= fractions[s++]!
      out[at++] = s
    }
    for (let i = B - 1; i > 0; i--) {
      const j = rng.int(i + 1)
      const t = out[i]!
      out[i] = out[j]!
      out[j] = t
    }
    return out
  }
}
