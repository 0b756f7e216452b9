// Seeded test data for the codec tests.
import type { SyncRound, UpdateExchange } from '../../../src/codecs/exchange.js'

/** Wraps an exchange endpoint so that every round it takes part in is recorded in `seen`. */
export function recordRounds(e: UpdateExchange, seen: SyncRound[]): UpdateExchange {
  return {
    size: e.size,
    rank: e.rank,
    exchange: (step, round, out, o) => {
      seen.push(round)
      return e.exchange(step, round, out, o)
    },
  }
}

/** mulberry32: a tiny seeded generator of floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** n normal values with standard deviation `scale` (Box-Muller). */
export function gaussian(n: number, seed: number, scale = 1): Float32Array {
  const r = rng(seed)
  const out = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    const u = r() || 1e-12
    out[i] = scale * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r())
  }
  return out
}
