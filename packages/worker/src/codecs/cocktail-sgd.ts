// CocktailSGD's update sync (Wang et al. 2023) among the data-parallel replicas of one stage. Each
// replica runs its optimizer step locally, then the group agrees on a new synchronised model:
//   1. every replica forms its delta (local model minus the last synchronised model), takes a
//      random subset of each chunk (from a shared seed and the step: no indices on the wire), keeps
//      the top-k by magnitude inside it (a bitmask over the subset), quantizes the kept values to k
//      bits with one fp16 scale per 128 values, and sends chunk j to its owner, replica j (round 1,
//      all-to-all);
//   2. each owner averages what it received for its chunk, adds its own aggregator error,
//      compresses again the same way and sends the result to everyone (round 2, all-to-all);
//   3. everyone adds the decoded aggregate to the synchronised model (identical on all replicas).
// Error feedback on the sender is folded into the local model, as in the reference implementation:
// after a sync a replica's model is the synchronised model plus what its compression has not sent
// yet (its sender error), so the next gradient sees all of its own progress and the next delta
// carries the residual along. Replicas therefore differ by their residuals; `state().synced` is the
// model they agree on (what a checkpoint stores). The aggregator keeps its own error per chunk.
// The first `warmupSteps` steps send dense fp32 deltas (uncompressed warm-up: no residual).
//
// Bad input and NaN/Inf: a replica whose update holds NaN/Inf sends "skip" for every chunk; an
// owner that receives a skip or refuses a message (wrong step/chunk/subset/length, non-finite
// payload) sends "skip" for its chunk; a replica that sees any skip in round 2 applies nothing,
// keeps its error buffers as they were and returns to its model before the step (synchronised
// model + old residual). Every replica reaches the same verdict from the same bytes, so an update
// with NaN/Inf is never applied anywhere. The report names the replica at fault so the daemon can
// log it with the peer and count it.
import { ValidationError } from '@tandem/proto'
import { chunkRange } from './chunks.js'
import type { EncodedTensor } from './codec.js'
import {
  DEFAULT_UPDATE_BITS,
  DEFAULT_UPDATE_BUCKET,
  DEFAULT_UPDATE_RANDOM_RATIO,
  DEFAULT_UPDATE_TOPK_RATIO,
  DEFAULT_UPDATE_WARMUP_STEPS,
} from './constants.js'
import { CodecErrorCode } from './errors.js'
import { messageBytes, type SyncRound, type UpdateExchange } from './exchange.js'
import { firstNonFiniteIndex } from './float-codecs.js'
import { strideFor, type Subset, subsetFor } from './subset.js'
import {
  type BlockSettings,
  blocksMessage,
  type ChunkExpectation,
  denseMessage,
  isValidUpdateBits,
  readBlocks,
  readDense,
  readSparse,
  readUpdateHeader,
  SkipReason,
  type SparseSettings,
  skipMessage,
  type UpdateHeader,
  sparseMessage,
} from './update-messages.js'

export const COCKTAIL_CODEC_ID = 'cocktail'

export interface CocktailSgdComponents {
  exchange: UpdateExchange
}

export interface CocktailSgdInit {
  /** Share of each chunk in a step's random subset (default 1/6). */
  randomRatio?: number
  /** Share of the subset kept by magnitude (default 1: all, no mask). */
  topkRatio?: number
  /** Bits per kept value: 1 (signs with a mean-magnitude scale per bucket) or 2..8 (symmetric fixed point); default 1. */
  bits?: number
  /**
   * Send the largest-norm blocks of each chunk instead of a random subset: this share of the blocks
   * per step, with a bitmask over the blocks (0 or absent: the random subset).
   */
  blockRatio?: number
  /** Values per block in block mode (default 64; a multiple of 8). */
  blockSize?: number
  /** The two rounds this sync uses (default scatter, gather): a second sync in the same step needs its own. */
  rounds?: readonly [SyncRound, SyncRound]
  /** Bits of the aggregated chunk in round 2 (default: `bits`; a diagnostic of the bench). */
  gatherBits?: number
  /** Values per fp16 scale (default 128; a multiple of 8). */
  bucketSize?: number
  /** Steps below this send dense fp32 deltas (default 10). */
  warmupSteps?: number
  /** Shared seed of the random subsets: every replica of the group must use the same one. */
  seed?: number
}

/** A message this replica refused, with the replica that sent it (for logs and bad-peer counters). */
export interface RefusedMessage {
  from: number
  round: SyncRound
  error: Error
}

export interface SyncReport {
  step: number
  /** True when the new synchronised model was applied; false when the step was skipped. */
  applied: boolean
  /** False during the uncompressed warm-up. */
  compressed: boolean
  /** Bytes this replica sent to others in both rounds (payload + params). */
  bytesSent: number
  /** Bytes the same two rounds would send as dense fp16, for the compression ratio. */
  bytesFp16: number
  /** When skipped: why, which replica caused it (NO_CULPRIT if unknown), and which chunk showed it. */
  skip?: { reason: number; culprit: number; chunk: number }
  refused: RefusedMessage[]
}

export interface CocktailState {
  /** The last synchronised model (identical on every replica). */
  synced: Float32Array
  /** What this replica's compression has not yet sent (whole vector): its model minus `synced`. */
  senderError: Float32Array
  /** What this replica's aggregation has not yet sent (its own chunk). */
  serverError: Float32Array
}

interface Skip {
  reason: number
  culprit: number
  chunk: number
}

export class CocktailSgd {
  readonly paramCount: number
  readonly size: number
  readonly rank: number
  readonly warmupSteps: number
  readonly stride: number
  private readonly settings: SparseSettings
  private readonly gatherSettings: SparseSettings
  private readonly blocks: BlockSettings | undefined
  private readonly scatterRound: SyncRound
  private readonly gatherRound: SyncRound
  private readonly seed: number
  private readonly exchange: UpdateExchange
  private synced: Float32Array
  private senderError: Float32Array
  private serverError: Float32Array
  private initialised = false
  /** The next sync sends whole models and takes their mean (see resetUnaligned). */
  private aligning = false

  constructor(components: CocktailSgdComponents, paramCount: number, init: CocktailSgdInit = {}) {
    this.exchange = components.exchange
    this.size = components.exchange.size
    this.rank = components.exchange.rank
    if (!Number.isSafeInteger(paramCount) || paramCount < 0) throw new RangeError(`cocktail: bad parameter count ${paramCount}`)
    this.paramCount = paramCount
    const bits = init.bits ?? DEFAULT_UPDATE_BITS
    if (!isValidUpdateBits(bits)) throw new RangeError(`cocktail: bits must be 1..8, got ${bits}`)
    const bucket = init.bucketSize ?? DEFAULT_UPDATE_BUCKET
    if (!Number.isInteger(bucket) || bucket < 8 || bucket % 8 !== 0) throw new RangeError(`cocktail: bucket must be a multiple of 8, got ${bucket}`)
    const topkRatio = init.topkRatio ?? DEFAULT_UPDATE_TOPK_RATIO
    if (!(topkRatio > 0 && topkRatio <= 1)) throw new RangeError(`cocktail: top-k ratio must be in (0, 1], got ${topkRatio}`)
    this.settings = { bits, bucket, topkRatio }
    this.gatherSettings = { ...this.settings, bits: init.gatherBits ?? bits }
    const blockRatio = init.blockRatio ?? 0
    if (!(blockRatio >= 0 && blockRatio <= 1)) throw new RangeError(`cocktail: block ratio must be in [0, 1], got ${blockRatio}`)
    const block = init.blockSize ?? 64
    if (!Number.isInteger(block) || block < 8 || block % 8 !== 0) throw new RangeError(`cocktail: block size must be a multiple of 8, got ${block}`)
    this.blocks = blockRatio > 0 ? { block, ratio: blockRatio, bits } : undefined
    const rounds = init.rounds ?? ['scatter', 'gather']
    this.scatterRound = rounds[0]
    this.gatherRound = rounds[1]
    this.stride = strideFor(init.randomRatio ?? DEFAULT_UPDATE_RANDOM_RATIO)
    this.warmupSteps = init.warmupSteps ?? DEFAULT_UPDATE_WARMUP_STEPS
    this.seed = (init.seed ?? 0) >>> 0
    this.synced = new Float32Array(paramCount)
    this.senderError = new Float32Array(paramCount)
    this.serverError = new Float32Array(chunkRange(paramCount, this.size, this.rank).length)
  }

  /** Share of the blocks sent per step in block mode; 0 when the sync uses the random subset. */
  get blockRatio(): number {
    return this.blocks?.ratio ?? 0
  }

  /** Starts from `params` (every replica must pass the same values), with empty error buffers. */
  reset(params: Float32Array): void {
    this.checkSize(params)
    this.synced.set(params)
    this.senderError.fill(0)
    this.serverError.fill(0)
    this.initialised = true
    this.aligning = false
  }

  /**
   * Starts a group whose replicas may hold different models: after a re-plan each survivor keeps its
   * own model (the old synchronised model plus its own residual) and a joiner holds its source's.
   * Resetting each to its own model would freeze those differences into every later sync (each adds
   * the same aggregate to a different base) and drop every residual. Instead the first sync sends
   * whole models, dense fp32, and every replica takes their mean: the residuals are applied
   * (averaged, as a sync would have) and the group agrees again. Until that sync succeeds a skipped
   * step returns each replica to its own model.
   */
  resetUnaligned(params: Float32Array): void {
    this.reset(params)
    this.aligning = true
  }

  /**
   * Makes `params` the synchronised model and drops this replica's unsent residual, so that every
   * replica holds the same model: call it before a checkpoint upload, a state transfer or a
   * re-plan (a new group resets from identical parameters). Costs the residual's progress, nothing else.
   */
  settle(params: Float32Array): void {
    this.checkSize(params)
    params.set(this.synced)
    this.senderError.fill(0)
  }

  /** The buffers a checkpoint or a state transfer carries (views, not copies). */
  state(): CocktailState {
    return { synced: this.synced, senderError: this.senderError, serverError: this.serverError }
  }

  loadState(s: CocktailState): void {
    this.checkSize(s.synced)
    this.checkSize(s.senderError)
    if (s.serverError.length !== this.serverError.length) {
      throw new ValidationError(CodecErrorCode.SYNC_SIZE, `cocktail: aggregator error of ${s.serverError.length} values, chunk has ${this.serverError.length}`)
    }
    this.synced.set(s.synced)
    this.senderError.set(s.senderError)
    this.serverError.set(s.serverError)
    this.initialised = true
  }

  /**
   * Synchronises step `step`. `params` holds this replica's model after its local optimizer step
   * (its model as the last sync left it, plus that step); on return it holds the new synchronised
   * model plus this replica's residual (when the step was skipped: the model as the last sync left
   * it). Rejects only when the exchange does (a peer gone, an abort): the caller then re-plans.
   */
  async sync(params: Float32Array, step: number, options: { signal?: AbortSignal } = {}): Promise<SyncReport> {
    this.checkSize(params)
    if (!this.initialised) this.reset(params)
    const compressed = step >= this.warmupSteps && !this.aligning
    const refused: RefusedMessage[] = []
    const subsets = new Array<Subset>(this.size)
    const blockMode = compressed && this.blocks !== undefined
    for (let j = 0; j < this.size; j++) {
      const length = chunkRange(this.paramCount, this.size, j).length
      // Block mode sends whichever blocks are largest: its "subset" is the whole chunk.
      subsets[j] = blockMode ? { stride: 1, offset: 0, count: length } : subsetFor(this.seed, step, j, length, this.stride)
    }

    // Round 1: my delta (+ error) of chunk j to its owner j.
    const reconSender: Float32Array[] = []
    const out1 = this.buildOutgoing(params, step, compressed, subsets, reconSender)
    const in1 = await this.exchange.exchange(step, this.scatterRound, out1, options)

    // Aggregate my chunk.
    const mine = this.expect(step, this.scatterRound, this.rank)
    const subset = subsets[this.rank]!
    const width = compressed ? subset.count : mine.chunkLength
    const agg = new Float32Array(width)
    const tmp = new Float32Array(width)
    let skip: Skip | undefined
    for (let j = 0; j < this.size; j++) {
      try {
        const m = in1[j]!
        const h = readUpdateHeader(COCKTAIL_CODEC_ID, m)
        if (h.kind === 'skip') {
          skip ??= { reason: h.reason, culprit: h.culprit, chunk: this.rank }
          continue
        }
        this.decode(m, h, mine, subset, compressed, 'scatter', tmp)
        for (let k = 0; k < width; k++) agg[k] = agg[k]! + tmp[k]! / this.size
      } catch (err) {
        refused.push({ from: j, round: this.scatterRound, error: err as Error })
        skip ??= { reason: SkipReason.BAD_MESSAGE, culprit: j, chunk: this.rank }
      }
    }

    // Round 2: my aggregated chunk to everyone.
    const gather = this.expect(step, this.gatherRound, this.rank)
    let reconServer: Float32Array | undefined
    let message: EncodedTensor
    if (skip !== undefined) {
      message = skipMessage(COCKTAIL_CODEC_ID, gather, skip.reason, skip.culprit)
    } else if (!compressed) {
      message = denseMessage(COCKTAIL_CODEC_ID, gather, agg, 'fp32')
    } else {
      const { offset, stride } = subset
      for (let k = 0; k < width; k++) agg[k] = agg[k]! + this.serverError[offset + k * stride]!
      reconServer = new Float32Array(width)
      try {
        message = this.encode(gather, subset, agg, 'gather', reconServer)
      } catch {
        skip = { reason: SkipReason.RANGE, culprit: this.rank, chunk: this.rank }
        message = skipMessage(COCKTAIL_CODEC_ID, gather, skip.reason, skip.culprit)
      }
    }
    const out2 = new Array<EncodedTensor>(this.size).fill(message)
    const in2 = await this.exchange.exchange(step, this.gatherRound, out2, options)

    // Decode every chunk's aggregate before changing anything: all or nothing.
    const decoded: Float32Array[] = []
    let verdict: Skip | undefined
    for (let j = 0; j < this.size; j++) {
      const e = this.expect(step, this.gatherRound, j)
      const d = new Float32Array(compressed ? subsets[j]!.count : e.chunkLength)
      try {
        const m = in2[j]!
        const h = readUpdateHeader(COCKTAIL_CODEC_ID, m)
        if (h.kind === 'skip') {
          verdict ??= { reason: h.reason, culprit: h.culprit, chunk: j }
        } else this.decode(m, h, e, subsets[j]!, compressed, 'gather', d)
      } catch (err) {
        // The owner sent these same bytes to every replica, so every replica refuses them too.
        refused.push({ from: j, round: this.gatherRound, error: err as Error })
        verdict ??= { reason: SkipReason.BAD_MESSAGE, culprit: j, chunk: j }
      }
      decoded.push(d)
    }

    const report: SyncReport = {
      step,
      applied: verdict === undefined,
      compressed,
      bytesSent: this.sentBytes(out1) + this.sentBytes(out2),
      bytesFp16: this.fp16Bytes(),
      refused,
    }
    if (verdict !== undefined) report.skip = verdict
    else this.commit(params, compressed, subsets, reconSender, agg, reconServer, decoded)
    const synced = this.synced
    const e = this.senderError
    for (let i = 0; i < this.paramCount; i++) params[i] = synced[i]! + e[i]!
    return report
  }

  private buildOutgoing(
    params: Float32Array,
    step: number,
    compressed: boolean,
    subsets: Subset[],
    reconSender: Float32Array[],
  ): EncodedTensor[] {
    const skipAll = (reason: number): EncodedTensor[] =>
      subsets.map((_, j) => skipMessage(COCKTAIL_CODEC_ID, this.expect(step, this.scatterRound, j), reason, this.rank))
    if (firstNonFiniteIndex(params) >= 0) return skipAll(SkipReason.NON_FINITE)
    const out: EncodedTensor[] = []
    for (let j = 0; j < this.size; j++) {
      const e = this.expect(step, this.scatterRound, j)
      const { start, length } = chunkRange(this.paramCount, this.size, j)
      if (!compressed) {
        const d = new Float32Array(length)
        if (this.aligning) d.set(params.subarray(start, start + length))
        else for (let i = 0; i < length; i++) d[i] = params[start + i]! - this.synced[start + i]!
        out.push(denseMessage(COCKTAIL_CODEC_ID, e, d, 'fp32'))
        continue
      }
      const { offset, stride, count } = subsets[j]!
      const v = new Float32Array(count)
      // params = synced + residual + this step's update: the delta carries the residual along.
      for (let k = 0, i = start + offset; k < count; k++, i += stride) v[k] = params[i]! - this.synced[i]!
      const recon = new Float32Array(count)
      try {
        out.push(this.encode(e, subsets[j]!, v, 'scatter', recon))
      } catch (err) {
        const code = (err as { code?: string }).code
        return skipAll(code === CodecErrorCode.NON_FINITE ? SkipReason.NON_FINITE : SkipReason.RANGE)
      }
      reconSender.push(recon)
    }
    return out
  }

  // Applies a step every replica accepted: error buffers first (they need the old model), then the model.
  private commit(
    params: Float32Array,
    compressed: boolean,
    subsets: Subset[],
    reconSender: Float32Array[],
    agg: Float32Array,
    reconServer: Float32Array | undefined,
    decoded: Float32Array[],
  ): void {
    const synced = this.synced
    if (compressed) {
      const e = this.senderError
      // The new residual: the whole delta (the same float expression as in buildOutgoing), minus what was sent.
      for (let i = 0; i < this.paramCount; i++) e[i] = params[i]! - synced[i]!
      for (let j = 0; j < this.size; j++) {
        const { start } = chunkRange(this.paramCount, this.size, j)
        const { offset, stride, count } = subsets[j]!
        const r = reconSender[j]!
        for (let k = 0, i = start + offset; k < count; k++, i += stride) e[i] = e[i]! - r[k]!
      }
      const { offset, stride, count } = subsets[this.rank]!
      for (let k = 0; k < count; k++) this.serverError[offset + k * stride] = agg[k]! - reconServer![k]!
    }
    // Dense (warm-up) steps send the whole delta, residual included: nothing is left over.
    if (!compressed) this.senderError.fill(0)
    for (let j = 0; j < this.size; j++) {
      const { start, length } = chunkRange(this.paramCount, this.size, j)
      const d = decoded[j]!
      if (compressed) {
        const { offset, stride, count } = subsets[j]!
        for (let k = 0, i = start + offset; k < count; k++, i += stride) synced[i] = synced[i]! + d[k]!
      } else if (this.aligning) {
        synced.set(d, start)
      } else {
        for (let i = 0; i < length; i++) synced[start + i] = synced[start + i]! + d[i]!
      }
    }
    this.aligning = false
  }

  // A compressed chunk of round 1 or 2: its largest blocks in block mode, else the subset's values.
  private encode(e: ChunkExpectation, subset: Subset, v: Float32Array, round: 'scatter' | 'gather', recon: Float32Array): EncodedTensor {
    if (this.blocks !== undefined) return blocksMessage(COCKTAIL_CODEC_ID, e, v, this.blocks, recon)
    return sparseMessage(COCKTAIL_CODEC_ID, e, subset, v, round === 'gather' ? this.gatherSettings : this.settings, recon)
  }

  // Decodes a chunk's message as `encode` (or a warm-up step's dense values) wrote it.
  private decode(m: EncodedTensor, h: UpdateHeader, e: ChunkExpectation, subset: Subset, compressed: boolean, round: 'scatter' | 'gather', out: Float32Array): void {
    if (!compressed) readDense(COCKTAIL_CODEC_ID, m, h, e, out)
    else if (this.blocks !== undefined) readBlocks(COCKTAIL_CODEC_ID, m, h, e, this.blocks, out)
    else readSparse(COCKTAIL_CODEC_ID, m, h, e, subset, round === 'gather' ? this.gatherSettings : this.settings, out)
  }

  private expect(step: number, round: SyncRound, chunk: number): ChunkExpectation {
    return { step, round, chunk, chunkLength: chunkRange(this.paramCount, this.size, chunk).length }
  }

  private sentBytes(out: readonly EncodedTensor[]): number {
    let b = 0
    for (let j = 0; j < out.length; j++) if (j !== this.rank) b += messageBytes(out[j]!)
    return b
  }

  // Dense fp16 through the same two rounds: my chunks to the other owners, my chunk to the others.
  private fp16Bytes(): number {
    let b = 0
    for (let j = 0; j < this.size; j++) if (j !== this.rank) b += chunkRange(this.paramCount, this.size, j).length * 2
    return b + chunkRange(this.paramCount, this.size, this.rank).length * 2 * (this.size - 1)
  }

  private checkSize(v: Float32Array): void {
    if (v.length !== this.paramCount) {
      throw new ValidationError(CodecErrorCode.SYNC_SIZE, `cocktail: ${v.length} values handed to a sync of ${this.paramCount}`, {
        expected: this.paramCount,
        actual: v.length,
      })
    }
  }
}
