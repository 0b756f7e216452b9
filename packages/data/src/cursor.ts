// The data cursor: where the training stream stands (seed, step, draws, per-source positions) and
// the pure function from that state to any replica's micro-batches of the step. The coordinator
// owns it and stores toJSON() in checkpoints; stage-0 workers rebuild it with fromJSON() and take
// their share. Each step's global batch is planned from the state alone (example lengths only),
// then split evenly across replicas and micro-batches, so a different replica count at a step
// boundary re-divides the same sequences: nothing is repeated or lost.
import { IGNORE_INDEX, type TokenBatch, UserError, ValidationError } from '@tandem/proto'
import type { Dataset } from './dataset.js'
import { fitInstruction, type TokenizedExample } from './example.js'
import { MixtureSampler } from './mixture.js'
import { hashInts, hashString, permuteIndex, Rng } from './rng.js'
import { applyUl2, chooseDenoiser, DEFAULT_UL2, type Denoiser, spanCount, transformedLength, type Ul2Options } from './ul2.js'

const STREAM_SHUFFLE = 0x73687566 // 'shuf'
const STREAM_UL2 = 0x756c3232 // 'ul22'
const CURSOR_FORMAT = 'tandem-data-cursor'
const CURSOR_VERSION = 1

export interface CursorInit {
  /** Sequences per step (the global batch; GPT-JT: 64). */
  globalBatch: number
  /** Tokens per sequence (GPT-JT: 2048); defaults to the dataset's prepared length. */
  seqLen?: number
  /** Seed of every random choice (mixture order, shuffles, UL2 splits). Default 0. */
  seed?: number
  /** Weights by source name; defaults to the dataset's. Sources left out get weight 0. */
  weights?: Readonly<Record<string, number>>
  /** Denoiser rates for text examples; default S only (GPT-JT). */
  ul2?: Partial<Ul2Options>
}

export interface CursorState {
  /** The step whose batch this cursor yields. */
  step: number
  /** Mixture draws consumed so far. */
  draws: number
  /** Examples consumed so far from each source (in dataset source order), across epochs. */
  positions: number[]
}

/** One example placed in a row. */
export interface Segment {
  source: number
  /** Position in the source's stream (epoch * examples + offset). */
  position: number
  /** Example index in the source (this epoch's shuffle of position). */
  index: number
  denoiser: Denoiser
  /** Tokens it takes in the row. */
  length: number
}

export interface StepPlan {
  step: number
  /** globalBatch rows, each a list of segments (the rest of the row is padding). */
  rows: Segment[][]
  /** Tokens that are not padding. */
  tokens: number
  examples: number
  next: CursorState
}

export interface BatchRequest {
  step: number
  replica: number
  replicaCount: number
  microBatches: number
}

/** JSON form of a cursor, stored in checkpoints. */
export interface CursorJSON {
  format: typeof CURSOR_FORMAT
  version: number
  dataset: string
  seed: number
  globalBatch: number
  seqLen: number
  /** As given (not normalised). */
  weights: Record<string, number>
  ul2: Ul2Options
  step: number
  draws: number
  positions: Record<string, number>
}

/** Rows [start, start + count) of the global batch belong to this replica; shares differ by at most one. */
export function replicaShare(globalBatch: number, replica: number, replicaCount: number): { start: number; count: number } {
  const base = Math.floor(globalBatch / replicaCount)
  const extra = globalBatch % replicaCount
  return { start: replica * base + Math.min(replica, extra), count: base + (replica < extra ? 1 : 0) }
}

/** Sizes of `parts` micro-batches over `rows` rows, as even as possible (larger first). */
export function splitEvenly(rows: number, parts: number): number[] {
  const base = Math.floor(rows / parts)
  const extra = rows % parts
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0))
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0

export class DataCursor {
  readonly dataset: Dataset
  readonly seed: number
  readonly globalBatch: number
  readonly seqLen: number
  /** Normalised, in dataset source order. */
  readonly weights: readonly number[]
  /** As given (what toJSON stores, so every rebuild normalises the same numbers bit for bit). */
  private readonly rawWeights: readonly number[]
  readonly ul2: Ul2Options
  readonly state: Readonly<CursorState>
  private readonly sampler: MixtureSampler
  private readonly sourceKeys: number[]
  private memo: StepPlan | undefined

  constructor(dataset: Dataset, init: CursorInit, state?: CursorState) {
    this.dataset = dataset
    this.seed = init.seed ?? 0
    this.globalBatch = init.globalBatch
    this.seqLen = init.seqLen ?? dataset.exampleTokensMax
    this.ul2 = { ...DEFAULT_UL2, ...init.ul2 }
    if (!Number.isSafeInteger(this.seed) || this.seed < 0) throw new UserError(`the data seed must be a whole number >= 0, got ${this.seed}.`)
    if (!Number.isSafeInteger(this.globalBatch) || this.globalBatch < 1) throw new UserError(`the global batch must be a whole number >= 1, got ${this.globalBatch}.`)
    if (!Number.isSafeInteger(this.seqLen) || this.seqLen < 2) throw new UserError(`the sequence length must be a whole number >= 2, got ${this.seqLen}.`)
    const { s, r, x } = this.ul2
    if (![s, r, x].every((v) => Number.isFinite(v) && v >= 0) || s + r + x <= 0) {
      throw new UserError(`UL2 denoiser rates must be non-negative numbers, not all zero; got s=${s}, r=${r}, x=${x}.`)
    }
    const names = dataset.sources.map((src) => src.name)
    const given = init.weights
    if (given !== undefined) {
      for (const [name, w] of Object.entries(given)) {
        if (!names.includes(name)) throw new UserError(`the mixture names source '${name}', which dataset ${dataset.description} does not have (it has ${names.join(', ')}).`)
        if (!(Number.isFinite(w) && w >= 0)) throw new UserError(`the weight of source '${name}' must be a number >= 0, got ${w}.`)
      }
    }
    this.rawWeights = dataset.sources.map((src) => (given === undefined ? src.weight : (given[src.name] ?? 0)))
    const usable = this.rawWeights.map((w, i) => (dataset.sources[i]!.examples === 0 ? 0 : w))
    if (!usable.some((w) => w > 0)) throw new UserError(`no source of dataset ${dataset.description} has both examples and a positive weight.`)
    const total = usable.reduce((a, b) => a + b, 0)
    this.weights = usable.map((w) => w / total)
    this.sampler = new MixtureSampler(this.weights, this.seed)
    this.sourceKeys = names.map(hashString)
    const st = state ?? { step: 0, draws: 0, positions: names.map(() => 0) }
    if (!isCount(st.step) || !isCount(st.draws) || st.positions.length !== names.length || !st.positions.every(isCount)) {
      throw new ValidationError('E_CURSOR', `cursor state is malformed: ${JSON.stringify(st)}.`)
    }
    this.state = { step: st.step, draws: st.draws, positions: [...st.positions] }
  }

  get step(): number {
    return this.state.step
  }

  /** The cursor for the following step. */
  next(): DataCursor {
    return this.withState(this.plan().next)
  }

  /** The cursor at a later (or the same) step: the steps between are planned from lengths only. */
  at(step: number): DataCursor {
    if (!isCount(step) || step < this.step) {
      throw new ValidationError('E_CURSOR_STEP', `the cursor is at step ${this.step} and cannot go back to step ${step}; resume from the cursor saved with that step.`)
    }
    let c: DataCursor = this
    while (c.step < step) c = c.next()
    return c
  }

  /** The same stream position with other settings (e.g. a new global batch after a resize). */
  with(init: Partial<CursorInit>): DataCursor {
    return new DataCursor(this.dataset, { ...this.init(), ...init }, this.state)
  }

  /** Which examples fill each row of this step (deterministic; reads lengths, not tokens). */
  plan(): StepPlan {
    if (this.memo !== undefined) return this.memo
    const ds = this.dataset
    const positions = [...this.state.positions]
    let k = this.state.draws
    let tokens = 0
    let examples = 0
    const rows: Segment[][] = []
    for (let r = 0; r < this.globalBatch; r++) {
      const row: Segment[] = []
      let fill = 0
      while (fill < this.seqLen) {
        const source = this.sampler.sourceAt(k)
        const position = positions[source]!
        const index = this.exampleIndex(source, position)
        const kind = ds.exampleKind(source, index)
        const stored = ds.exampleLength(source, index)
        const rng = this.exampleRng(source, position)
        const denoiser = chooseDenoiser({ kind, length: Math.min(stored, this.seqLen) }, this.ul2, rng)
        const length = transformedLength(this.inputLength(stored, denoiser), denoiser)
        if (fill + length > this.seqLen) break
        row.push({ source, position, index, denoiser, length })
        fill += length
        k++
        positions[source]!++
      }
      tokens += fill
      examples += row.length
      rows.push(row)
    }
    this.memo = { step: this.step, rows, tokens, examples, next: { step: this.step + 1, draws: k, positions } }
    return this.memo
  }

  /**
   * The micro-batches of one replica for `step` (this cursor's step or a later one). Pure: the
   * same cursor and request give the same batches on any machine.
   */
  batchesFor(req: BatchRequest): TokenBatch[] {
    const { replica, replicaCount, microBatches } = req
    if (!isCount(replicaCount) || replicaCount < 1 || replicaCount > this.globalBatch) {
      throw new ValidationError('E_BATCH_REQUEST', `replicaCount must be 1..${this.globalBatch} (the global batch), got ${replicaCount}.`)
    }
    if (!isCount(replica) || replica >= replicaCount) {
      throw new ValidationError('E_BATCH_REQUEST', `replica must be 0..${replicaCount - 1}, got ${replica}.`)
    }
    const share = replicaShare(this.globalBatch, replica, replicaCount)
    if (!isCount(microBatches) || microBatches < 1 || microBatches > share.count) {
      throw new ValidationError('E_BATCH_REQUEST', `microBatches must be 1..${share.count} (this replica's rows), got ${microBatches}.`)
    }
    const plan = this.at(req.step).plan()
    const out: TokenBatch[] = []
    let row = share.start
    for (const size of splitEvenly(share.count, microBatches)) {
      out.push(this.materialize(plan.rows.slice(row, row + size)))
      row += size
    }
    return out
  }

  toJSON(): CursorJSON {
    const names = this.dataset.sources.map((s) => s.name)
    return {
      format: CURSOR_FORMAT,
      version: CURSOR_VERSION,
      dataset: this.dataset.id,
      seed: this.seed,
      globalBatch: this.globalBatch,
      seqLen: this.seqLen,
      weights: Object.fromEntries(names.map((n, i) => [n, this.rawWeights[i]!])),
      ul2: { ...this.ul2 },
      step: this.state.step,
      draws: this.state.draws,
      positions: Object.fromEntries(names.map((n, i) => [n, this.state.positions[i]!])),
    }
  }

  /** Rebuilds a cursor saved by toJSON(); the dataset must be the one it was made for. */
  static fromJSON(dataset: Dataset, json: unknown): DataCursor {
    const j = json as Partial<CursorJSON> | null
    if (typeof j !== 'object' || j === null || j.format !== CURSOR_FORMAT) {
      throw new ValidationError('E_CURSOR', 'this is not a Tandem data cursor (format field missing or different).')
    }
    if (j.version !== CURSOR_VERSION) {
      throw new ValidationError('E_CURSOR', `data cursor version ${j.version} is not supported (this Tandem reads version ${CURSOR_VERSION}).`)
    }
    if (j.dataset !== dataset.id) {
      throw new UserError(`the saved data cursor belongs to dataset ${j.dataset}, but ${dataset.description} is ${dataset.id}; open the dataset the run was started with.`, undefined, 'E_CURSOR_DATASET')
    }
    const positions = dataset.sources.map((s) => j.positions?.[s.name])
    if (!positions.every(isCount)) throw new ValidationError('E_CURSOR', 'the data cursor lacks a valid position for every source.')
    return new DataCursor(
      dataset,
      { seed: j.seed!, globalBatch: j.globalBatch!, seqLen: j.seqLen!, weights: j.weights!, ul2: j.ul2! },
      { step: j.step!, draws: j.draws!, positions: positions as number[] },
    )
  }

  private init(): CursorInit {
    const weights = Object.fromEntries(this.dataset.sources.map((s, i) => [s.name, this.rawWeights[i]!]))
    return { seed: this.seed, globalBatch: this.globalBatch, seqLen: this.seqLen, weights, ul2: this.ul2 }
  }

  private withState(state: CursorState): DataCursor {
    return new DataCursor(this.dataset, this.init(), state)
  }

  /** Each epoch of a source visits its examples once, in an order set by (seed, source, epoch). */
  private exampleIndex(source: number, position: number): number {
    const n = this.dataset.sources[source]!.examples
    const epoch = Math.floor(position / n)
    return permuteIndex(position - epoch * n, n, hashInts(this.seed, STREAM_SHUFFLE, this.sourceKeys[source]!, epoch))
  }

  private exampleRng(source: number, position: number): Rng {
    return new Rng(this.seed, STREAM_UL2, this.sourceKeys[source]!, position)
  }

  /** Tokens of the stored example that are used, so that the transformed example fits seqLen. */
  private inputLength(stored: number, denoiser: Denoiser): number {
    let n = Math.min(stored, this.seqLen)
    if (denoiser === 'R' || denoiser === 'X') while (n + 2 * spanCount(n, denoiser) > this.seqLen) n--
    return n
  }

  /** Builds the rows of a plan into one TokenBatch. */
  private materialize(rows: Segment[][]): TokenBatch {
    const seq = this.seqLen
    const batch = rows.length
    const inputIds = new Int32Array(batch * seq).fill(this.dataset.eotId)
    const labels = new Int32Array(batch * seq).fill(IGNORE_INDEX)
    const segmentIds = new Int32Array(batch * seq)
    const prefixMask = new Uint8Array(batch * seq)
    rows.forEach((row, r) => {
      let at = r * seq
      row.forEach((seg, i) => {
        const { tokens, prefixLen } = this.segmentTokens(seg)
        inputIds.set(tokens, at)
        segmentIds.fill(i + 1, at, at + tokens.length)
        prefixMask.fill(1, at, at + prefixLen)
        // The first token of a segment is never scored: the position before it is another example.
        for (let t = Math.max(prefixLen, 1); t < tokens.length; t++) labels[at + t] = tokens[t]!
        at += tokens.length
      })
    })
    return { batch, seq, inputIds, labels, segmentIds, prefixMask }
  }

  private segmentTokens(seg: Segment): { tokens: Int32Array; prefixLen: number } {
    const stored = this.dataset.example(seg.source, seg.index)
    const rng = this.exampleRng(seg.source, seg.position)
    const denoiser = chooseDenoiser({ kind: stored.kind, length: Math.min(stored.tokens.length, this.seqLen) }, this.ul2, rng)
    let ex: TokenizedExample = stored
    if (stored.kind === 'instruction') ex = fitInstruction(stored, this.seqLen)
    else ex = { ...stored, tokens: stored.tokens.subarray(0, this.inputLength(stored.tokens.length, denoiser)) }
    const out = applyUl2(ex, denoiser, rng)
    if (out.tokens.length !== seg.length) {
      throw new ValidationError('E_DATASET_CHANGED', `example ${seg.index} of source ${this.dataset.sources[seg.source]!.name} has ${out.tokens.length} tokens where the plan expected ${seg.length}; the dataset changed under the cursor.`)
    }
    return out
  }
}
