// The replicas' AdamW second moments, shared by rows: every `every` steps each replica of a
// CocktailSGD group sends the mean of v over each row of each tensor (its last dimension: a token's
// row of wte or lm_head, a neuron's input weights), the group averages them (an all-reduce of one
// bf16 value per row, in two rounds of its own beside the parameter sync's), and each replica rescales each
// row of its own v so that the row's mean becomes the group's, keeping the row's shape.
//
// Why: under CocktailSGD every replica steps AdamW on its own gradient and the group averages the
// steps. Adam divides each replica's gradient by that replica's own magnitude, so where the replicas
// saw very different gradients the average goes wrong: a token in one replica's batch pulls its
// lm_head row hard there, while the other replica pushes the same row gently the other way, and both
// steps come out about lr long, so they cancel where all-reduce AdamW (one v of the mean gradient)
// would move the row by lr. Sharing v puts the large gradient into both denominators: the replica
// that saw the token keeps its step and the other's shrinks. The imbalance lives in rows (tokens,
// neurons), so one value per row carries it: measured in packages/worker/bench/codecs-results/.
// Rows, not values, because v averaged value by value costs as much as the parameter sync itself.
// bf16, not fp16: second moments span far more than fp16's range.
//
// Bad input: the all-reduce refuses bad messages and NaN/Inf (nobody applies the step); a mean below
// zero is refused the same way on every replica, since all decode the same bytes. v is changed only
// after every check passed.
import { ValidationError } from '@tandem/proto'
import { AllReduce } from './all-reduce.js'
import { chunkOf } from './chunks.js'
import type { SyncReport } from './cocktail-sgd.js'
import { CodecErrorCode } from './errors.js'
import type { UpdateExchange } from './exchange.js'
import { SkipReason } from './update-messages.js'

/** Shape of one tensor in the stage's parameter order: its length and its row length (last dimension). */
export interface MomentTensor {
  length: number
  rowLength: number
}

export interface SecondMomentShareInit {
  /** Share every this many steps (after steps every-1, 2*every-1, ...); 0 never shares. */
  every: number
}

export class SecondMomentShare {
  readonly every: number
  /** Values per share: one per row of every tensor. */
  readonly rows: number
  private readonly layout: readonly MomentTensor[]
  private readonly reduce: AllReduce
  private readonly means: Float32Array
  private readonly own: Float64Array

  constructor(components: { exchange: UpdateExchange }, layout: readonly MomentTensor[], init: SecondMomentShareInit) {
    if (!Number.isSafeInteger(init.every) || init.every < 0) throw new RangeError(`second-moment share: every must be a whole number >= 0, got ${init.every}`)
    let rows = 0
    for (const t of layout) {
      if (!Number.isSafeInteger(t.rowLength) || t.rowLength < 1 || t.length % t.rowLength !== 0) {
        throw new RangeError(`second-moment share: a tensor of ${t.length} values does not split into rows of ${t.rowLength}`)
      }
      rows += t.length / t.rowLength
    }
    this.every = init.every
    this.rows = rows
    this.layout = layout
    this.reduce = new AllReduce(components, rows, { bf16: true, rounds: ['moment-scatter', 'moment-gather'] })
    this.means = new Float32Array(rows)
    this.own = new Float64Array(rows)
  }

  /** Whether step `step` shares (every replica of the group decides alike from the step alone). */
  due(step: number): boolean {
    return this.every > 0 && (step + 1) % this.every === 0
  }

  /**
   * Shares the rows of `v` (one second-moment array per tensor, in layout order) and rescales them
   * in place. When the report says not applied, `v` is unchanged. Rejects only when the exchange
   * does (a peer gone, an abort).
   */
  async share(v: readonly Float32Array[], step: number, options: { signal?: AbortSignal } = {}): Promise<SyncReport> {
    if (v.length !== this.layout.length || v.some((t, i) => t.length !== this.layout[i]!.length)) {
      throw new ValidationError(CodecErrorCode.SYNC_SIZE, 'second-moment share: the tensors differ from the layout this share was built for')
    }
    const { means, own } = this
    let r = 0
    for (let t = 0; t < v.length; t++) {
      const x = v[t]!
      const len = this.layout[t]!.rowLength
      for (let a = 0; a < x.length; a += len, r++) {
        let s = 0
        for (let i = a; i < a + len; i++) s += x[i]!
        own[r] = s / len
        means[r] = own[r]!
      }
    }
    const report = await this.reduce.mean(means, step, options)
    if (!report.applied) return report
    for (let k = 0; k < means.length; k++) {
      if (!(means[k]! >= 0)) {
        // Every replica decoded the same bytes (the chunk's owner sent them to all), so every
        // replica refuses here alike, naming that owner.
        const owner = chunkOf(k, this.rows, this.reduce.size)
        report.applied = false
        report.skip = { reason: SkipReason.BAD_MESSAGE, culprit: owner, chunk: owner }
        return report
      }
    }
    r = 0
    for (let t = 0; t < v.length; t++) {
      const x = v[t]!
      const len = this.layout[t]!.rowLength
      for (let a = 0; a < x.length; a += len, r++) {
        const target = means[r]!
        const factor = target / own[r]!
        if (own[r]! > 0 && Number.isFinite(factor)) {
          for (let i = a; i < a + len; i++) x[i] = x[i]! * factor
        } else {
          // A row this replica never saw a gradient for takes the group's mean, flat.
          x.fill(target, a, a + len)
        }
      }
    }
    return report
  }
}
