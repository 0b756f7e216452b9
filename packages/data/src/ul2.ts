// UL2 (Tay et al. 2022) in its decoder-only, prefix-LM form, as GPT-JT used it. Instructions: the
// prompt is the bidirectional prefix and the answer is scored. Text: the S-denoiser splits it at a
// random point (prefix | scored continuation); the R and X denoisers, optional, corrupt spans and
// ask for them back: prefix = text with each span replaced by a sentinel, scored part = each
// sentinel followed by its span (T5's format). Paradigm tokens ([NLU]/[S2S]/[NLG]) are not used.
import { SENTINEL_BASE_ID, SENTINEL_COUNT_MAX, UL2_R, UL2_X } from './constants.js'
import type { TokenizedExample } from './example.js'
import type { Rng } from './rng.js'

/** Relative rates of the denoisers for text examples (need not sum to 1). */
export interface Ul2Options {
  s: number
  r: number
  x: number
}

/** GPT-JT: prefix-LM (S) only. */
export const DEFAULT_UL2: Ul2Options = { s: 1, r: 0, x: 0 }

export type Denoiser = 'instruction' | 'S' | 'R' | 'X'

export function chooseDenoiser(ex: { kind: TokenizedExample['kind']; length: number }, opts: Ul2Options, rng: Rng): Denoiser {
  if (ex.kind === 'instruction') return 'instruction'
  const total = opts.s + opts.r + opts.x
  const u = rng.next() * total
  const d: Denoiser = u < opts.s ? 'S' : u < opts.s + opts.r ? 'R' : 'X'
  // Span corruption needs room for at least one kept and one corrupted token.
  return d !== 'S' && spanCount(ex.length, d) === 0 ? 'S' : d
}

/** Number of corrupted spans for a text of `length` tokens (0: too short to corrupt). */
export function spanCount(length: number, denoiser: 'R' | 'X'): number {
  const { meanSpan, rate } = denoiser === 'R' ? UL2_R : UL2_X
  const k = Math.max(1, Math.round((length * rate) / meanSpan))
  return Math.min(k, SENTINEL_COUNT_MAX, Math.floor(length / 2))
}

/** Length after the transform: span corruption adds two sentinels per span. */
export function transformedLength(length: number, denoiser: Denoiser): number {
  return denoiser === 'R' || denoiser === 'X' ? length + 2 * spanCount(length, denoiser) : length
}

export interface Ul2Example {
  tokens: Int32Array
  /** Tokens [0, prefixLen) are the bidirectional prefix, not scored. */
  prefixLen: number
}

/** Applies the denoiser; rng makes the random split or spans (the same rng gives the same result). */
export function applyUl2(ex: TokenizedExample, denoiser: Denoiser, rng: Rng): Ul2Example {
  const n = ex.tokens.length
  if (denoiser === 'instruction') return { tokens: ex.tokens, prefixLen: ex.prefixLen }
  if (denoiser === 'S') {
    // At least one prefix token (a segment's first token has nothing to be predicted from) and,
    // when there are two or more tokens, at least one scored token.
    return { tokens: ex.tokens, prefixLen: n < 2 ? n : 1 + rng.int(n - 1) }
  }
  const k = spanCount(n, denoiser)
  const { rate } = denoiser === 'R' ? UL2_R : UL2_X
  const noise = Math.min(n - k, Math.max(k, Math.round(n * rate)))
  const noiseParts = randomComposition(noise, k, rng)
  const keepParts = randomComposition(n - noise, k, rng)
  const out = new Int32Array(n + 2 * k)
  const prefixLen = n - noise + k
  let src = 0
  let p = 0 // prefix write position
  let t = prefixLen // target write position
  for (let j = 0; j < k; j++) {
    out.set(ex.tokens.subarray(src, src + keepParts[j]!), p)
    p += keepParts[j]!
    src += keepParts[j]!
    out[p++] = SENTINEL_BASE_ID + j
    out[t++] = SENTINEL_BASE_ID + j
    out.set(ex.tokens.subarray(src, src + noiseParts[j]!), t)
    t += noiseParts[j]!
    src += noiseParts[j]!
  }
  return { tokens: out, prefixLen }
}

/** total split into `parts` positive integers, uniformly among compositions (parts <= total). */
function randomComposition(total: number, parts: number, rng: Rng): number[] {
  // parts - 1 distinct cut points in 1..total-1 (Floyd's sampling), sorted.
  const cuts = new Set<number>()
  for (let j = total - parts + 1; j < total; j++) {
    const c = 1 + rng.int(j)
    cuts.add(cuts.has(c) ? j : c)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: number[] = []
  let prev = 0
  for (const c of sorted) {
    out.push(c - prev)
    prev = c
  }
  out.push(total - prev)
  return out
}
