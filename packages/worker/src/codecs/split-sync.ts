// A stage's CocktailSGD sync in two parts: the token embedding (wte) by its largest blocks, the rest
// by the shared random subset, each a CocktailSgd of its own on rounds of its own.
//
// Why: an embedding row moves only while its token was in a recent batch (Adam's momentum fades in
// a few dozen steps), so the embedding's delta is a few rows out of 50400, different on each
// replica. The random subset spends the same bits on every row and makes a changed row wait ~1/ratio
// steps for its turn; a bitmask over blocks (1/64 of a bit per value) lets the moving rows go every
// step for the same bytes. Everywhere else (lm_head above all: every row moves every step, by about
// lr under Adam) the largest blocks are simply the oldest ones and the random subset trains better.
// Measured: codecs-results/README.md ("embedding blocks").
//
// When the rest of the stage is small beside the embedding (no more values than the embedding's
// block budget, as in the tiny model, whose stage 0 is 97% embedding), it joins the embedding in one
// block-mode sync instead: the embedding's moving rows leave most of that budget unused, so the
// layers' blocks go every step rather than every 1/ratio steps (cocktailSyncFor).
//
// The two parts decide alone (a NaN in one part skips that part on every replica; the other may
// apply), so each part's replicas still agree bit for bit; the report merges both.
import { CocktailSgd, type CocktailSgdInit, type SyncReport } from './cocktail-sgd.js'
import type { UpdateExchange } from './exchange.js'

export interface SplitRange {
  start: number
  end: number
}

/**
 * The CocktailSGD sync of one stage: the random subset when the stage has no embedding (or
 * `embeddingBlockRatio` is 0); one block-mode sync of the whole stage when the rest of it is no
 * larger than the embedding's block budget; else the embedding by blocks and the rest by the subset.
 */
export function cocktailSyncFor(
  components: { exchange: UpdateExchange },
  paramCount: number,
  embedding: SplitRange | undefined,
  embeddingBlockRatio: number,
  init: CocktailSgdInit,
): CocktailSgd | SplitCocktailSgd {
  if (embedding === undefined || embeddingBlockRatio <= 0) return new CocktailSgd(components, paramCount, init)
  const embeddingLength = embedding.end - embedding.start
  if (paramCount - embeddingLength <= embeddingBlockRatio * embeddingLength) {
    return new CocktailSgd(components, paramCount, { ...init, blockRatio: embeddingBlockRatio })
  }
  return new SplitCocktailSgd(components, paramCount, embedding, embeddingBlockRatio, init)
}

export class SplitCocktailSgd {
  readonly size: number
  readonly paramCount: number
  /** The embedding's part (block mode) and the rest's (random subset). */
  readonly embedding: CocktailSgd
  readonly rest: CocktailSgd
  private readonly range: SplitRange
  private readonly restBuffer: Float32Array

  /**
   * `range` is where the embedding sits in the stage's flat parameter vector; `embeddingBlockRatio`
   * the share of its blocks sent per step. `init` applies to both parts.
   */
  constructor(components: { exchange: UpdateExchange }, paramCount: number, range: SplitRange, embeddingBlockRatio: number, init: CocktailSgdInit = {}) {
    if (!(range.start >= 0 && range.start < range.end && range.end <= paramCount)) {
      throw new RangeError(`split sync: embedding range [${range.start}, ${range.end}) is not inside ${paramCount} values`)
    }
    if (!(embeddingBlockRatio > 0 && embeddingBlockRatio <= 1)) throw new RangeError(`split sync: block ratio must be in (0, 1], got ${embeddingBlockRatio}`)
    this.size = components.exchange.size
    this.paramCount = paramCount
    this.range = range
    this.embedding = new CocktailSgd(components, range.end - range.start, {
      ...init,
      blockRatio: embeddingBlockRatio,
      rounds: ['embedding-scatter', 'embedding-gather'],
    })
    this.rest = new CocktailSgd(components, paramCount - (range.end - range.start), { ...init, blockRatio: 0 })
    this.restBuffer = new Float32Array(this.rest.paramCount)
  }

  get warmupSteps(): number {
    return this.rest.warmupSteps
  }

  resetUnaligned(params: Float32Array): void {
    this.embedding.resetUnaligned(this.embeddingView(params))
    this.rest.resetUnaligned(this.gatherRest(params))
  }

  /** CocktailSgd.settle on both parts: `params` becomes the synchronised model. */
  settle(params: Float32Array): void {
    this.embedding.settle(this.embeddingView(params))
    const rest = this.gatherRest(params)
    this.rest.settle(rest)
    this.scatterRest(rest, params)
  }

  reset(params: Float32Array): void {
    this.embedding.reset(this.embeddingView(params))
    this.rest.reset(this.gatherRest(params))
  }

  /** CocktailSgd.sync over both parts, concurrently; `params` is updated in place. */
  async sync(params: Float32Array, step: number, options: { signal?: AbortSignal } = {}): Promise<SyncReport> {
    if (params.length !== this.paramCount) throw new RangeError(`split sync: ${params.length} values handed to a sync of ${this.paramCount}`)
    const rest = this.gatherRest(params)
    const [a, b] = await Promise.all([this.embedding.sync(this.embeddingView(params), step, options), this.rest.sync(rest, step, options)])
    this.scatterRest(rest, params)
    const report: SyncReport = {
      step,
      applied: a.applied && b.applied,
      compressed: a.compressed || b.compressed,
      bytesSent: a.bytesSent + b.bytesSent,
      bytesFp16: a.bytesFp16 + b.bytesFp16,
      refused: [...a.refused, ...b.refused],
    }
    const skip = a.skip ?? b.skip
    if (skip !== undefined) report.skip = skip
    return report
  }

  private embeddingView(params: Float32Array): Float32Array {
    return params.subarray(this.range.start, this.range.end)
  }

  private gatherRest(params: Float32Array): Float32Array {
    const { start, end } = this.range
    const out = this.restBuffer
    out.set(params.subarray(0, start), 0)
    out.set(params.subarray(end), start)
    return out
  }

  private scatterRest(rest: Float32Array, params: Float32Array): void {
    const { start, end } = this.range
    params.set(rest.subarray(0, start), 0)
    params.set(rest.subarray(start), end)
  }
}
