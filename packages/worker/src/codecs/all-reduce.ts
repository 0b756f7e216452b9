// Plain mean all-reduce over the same exchange as CocktailSGD (reduce-scatter to chunk owners, then
// all-gather), with dense fp32 or fp16 values: the uncompressed baseline the compressed sync is
// compared with, and the simple path for gradients. Same rules for bad input: a replica whose
// vector holds NaN/Inf sends "skip", and then no replica changes its vector.
import { ValidationError } from '@tandem/proto'
import { chunkRange } from './chunks.js'
import type { EncodedTensor } from './codec.js'
import { CodecErrorCode } from './errors.js'
import { messageBytes, type SyncRound, type UpdateExchange } from './exchange.js'
import type { RefusedMessage, SyncReport } from './cocktail-sgd.js'
import {
  type ChunkExpectation,
  type DensePrecision,
  denseMessage,
  readDense,
  readUpdateHeader,
  SkipReason,
  skipMessage,
} from './update-messages.js'

export interface AllReduceComponents {
  exchange: UpdateExchange
}

export interface AllReduceInit {
  /** Send fp16 values instead of fp32 (the codec id becomes 'fp16'). */
  half?: boolean
  /** Send bf16 values (codec id 'bf16'): fp32's range at 8 bits of precision. Overrides `half`. */
  bf16?: boolean
  /** The two rounds this reduction uses (default scatter, gather). */
  rounds?: readonly [SyncRound, SyncRound]
}

export class AllReduce {
  readonly codec: DensePrecision
  readonly length: number
  /** Replicas in the group. */
  readonly size: number
  private readonly exchange: UpdateExchange
  private readonly rounds: readonly [SyncRound, SyncRound]

  constructor(components: AllReduceComponents, length: number, init: AllReduceInit = {}) {
    this.exchange = components.exchange
    this.length = length
    this.size = components.exchange.size
    this.codec = init.bf16 === true ? 'bf16' : init.half === true ? 'fp16' : 'fp32'
    this.rounds = init.rounds ?? ['scatter', 'gather']
  }

  /** Replaces `vec` by the mean over the replicas (unchanged when the step is skipped). */
  async mean(vec: Float32Array, step: number, options: { signal?: AbortSignal } = {}): Promise<SyncReport> {
    if (vec.length !== this.length) {
      throw new ValidationError(CodecErrorCode.SYNC_SIZE, `all-reduce: ${vec.length} values handed to a sync of ${this.length}`)
    }
    const { size, rank } = this.exchange
    const refused: RefusedMessage[] = []
    const [scatter, gather] = this.rounds
    const expect = (round: SyncRound, chunk: number): ChunkExpectation => ({
      step,
      round,
      chunk,
      chunkLength: chunkRange(this.length, size, chunk).length,
    })

    const out1: EncodedTensor[] = []
    for (let j = 0; j < size; j++) {
      const { start, length } = chunkRange(this.length, size, j)
      try {
        out1.push(denseMessage(this.codec, expect(scatter, j), vec.subarray(start, start + length), this.codec))
      } catch (err) {
        const reason = (err as { code?: string }).code === CodecErrorCode.NON_FINITE ? SkipReason.NON_FINITE : SkipReason.RANGE
        out1.length = 0
        for (let k = 0; k < size; k++) out1.push(skipMessage(this.codec, expect(scatter, k), reason, rank))
        break
      }
    }
    const in1 = await this.exchange.exchange(step, scatter, out1, options)

    const mine = expect(scatter, rank)
    const sum = new Float32Array(mine.chunkLength)
    const tmp = new Float32Array(mine.chunkLength)
    let skip: { reason: number; culprit: number; chunk: number } | undefined
    for (let j = 0; j < size; j++) {
      try {
        const h = readUpdateHeader(this.codec, in1[j]!)
        if (h.kind === 'skip') {
          skip ??= { reason: h.reason, culprit: h.culprit, chunk: rank }
          continue
        }
        readDense(this.codec, in1[j]!, h, mine, tmp)
        for (let i = 0; i < tmp.length; i++) sum[i] = sum[i]! + tmp[i]!
      } catch (err) {
        refused.push({ from: j, round: scatter, error: err as Error })
        skip ??= { reason: SkipReason.BAD_MESSAGE, culprit: j, chunk: rank }
      }
    }
    for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! / size
    let message: EncodedTensor
    if (skip !== undefined) message = skipMessage(this.codec, expect(gather, rank), skip.reason, skip.culprit)
    else {
      try {
        message = denseMessage(this.codec, expect(gather, rank), sum, this.codec)
      } catch {
        skip = { reason: SkipReason.RANGE, culprit: rank, chunk: rank }
        message = skipMessage(this.codec, expect(gather, rank), skip.reason, skip.culprit)
      }
    }
    const out2 = new Array<EncodedTensor>(size).fill(message)
    const in2 = await this.exchange.exchange(step, gather, out2, options)

    const decoded: Float32Array[] = []
    let verdict: typeof skip
    for (let j = 0; j < size; j++) {
      const e = expect(gather, j)
      const d = new Float32Array(e.chunkLength)
      try {
        const h = readUpdateHeader(this.codec, in2[j]!)
        if (h.kind === 'skip') verdict ??= { reason: h.reason, culprit: h.culprit, chunk: j }
        else readDense(this.codec, in2[j]!, h, e, d)
      } catch (err) {
        refused.push({ from: j, round: gather, error: err as Error })
        verdict ??= { reason: SkipReason.BAD_MESSAGE, culprit: j, chunk: j }
      }
      decoded.push(d)
    }
    let bytesSent = 0
    for (let j = 0; j < size; j++) if (j !== rank) bytesSent += messageBytes(out1[j]!) + messageBytes(out2[j]!)
    let bytesFp16 = 0
    for (let j = 0; j < size; j++) if (j !== rank) bytesFp16 += chunkRange(this.length, size, j).length * 2
    bytesFp16 += mine.chunkLength * 2 * (size - 1)
    const report: SyncReport = { step, applied: verdict === undefined, compressed: false, bytesSent, bytesFp16, refused }
    if (verdict !== undefined) {
      report.skip = verdict
      return report
    }
    for (let j = 0; j < size; j++) vec.set(decoded[j]!, chunkRange(this.length, size, j).start)
    return report
  }
}
