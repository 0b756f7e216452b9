/**
 * StageRuntime: forward and backward passes of one pipeline stage (a contiguous range of GPT-J's
 * global layers) on ONNX Runtime, in a worker thread that owns the sessions.
 *
 * Usage (worker daemon):
 *
 *   const rt = await StageRuntime.create(
 *     { config, range: { start: 0, end: 14 }, microBatch: 1, seq: 2048, device: 'cpu', precision: 'fp32' },
 *     params, // Map<HF name, Float32Array> holding at least stageParams(config, range); copied once
 *   )
 *   // per step:
 *   rt.zeroGrad()
 *   for (const mb of microBatches) {                        // any schedule: GPipe, 1F1B, ...
 *     const f = await rt.forward(mb.index, first ? { batch } : { batch, hidden })   // hidden: [b, T, C] float32
 *     // not last stage: f.hidden -> next stage;  last stage: f.loss (mean over f.tokens scored tokens)
 *   }
 *   for (const mb of reversed) {
 *     const b = await rt.backward(mb.index, last ? undefined : gradFromNextStage)   // [b, T, C] float32
 *     // not first stage: b.gradInput -> previous stage
 *   }
 *   if (rt.gradientsFinite()) optimizer.step(rt.params(), rt.gradients())   // both live, in place
 *   await rt.close()
 *
 * - Every stage gets the micro-batch's TokenBatch: masks and rotary positions come from
 *   segmentIds/prefixMask, the last stage reads labels, stage 0 reads inputIds.
 * - The last stage runs forward and backward in one pass at forward() (it needs no gradient from
 *   downstream): its parameter gradients are accumulated then, with the seed `lossScale` (the
 *   option of forward(), else setLossScale(), default 1), and backward(mb) returns the stashed
 *   gradInput. Gradients are those of lossScale * (mean loss of that micro-batch); to weight
 *   micro-batches by their token counts, pass lossScale = scale * tokens / totalTokens.
 * - Parameter gradients accumulate over micro-batches until zeroGrad(). params() and gradients()
 *   return the same live Maps every time; update parameters in place (AdamW(rt.params()) does) or
 *   with setParams(). Their Float32Arrays move to the session thread for each pass and back (the
 *   bytes are never copied: ONNX Runtime's binding refuses SharedArrayBuffers), so read the arrays
 *   from the Map between passes and do not hold on to them across a pass; during a pass the Maps
 *   must not be touched (params()/gradients() throw then).
 * - forward() and backward() copy hidden/gradOutput by default; pass { transfer: true } to move
 *   their buffers to the session thread instead (the caller's arrays are then detached).
 * - gradientsFinite() is false when any accumulated gradient is NaN or infinite since the last
 *   zeroGrad() (the loss scaler then skips the step). The first pass after zeroGrad() writes
 *   straight into the accumulators unchecked (AdamW's norm pass catches non-finite values anyway);
 *   gradientsFinite() checks those on demand.
 * - Errors: shapes or token ids that do not fit throw ValidationError; a missing execution
 *   provider throws UserError at create(); more than MICRO_BATCHES_IN_FLIGHT_MAX forwards without
 *   their backward throw LimitError.
 */
import { LimitError, type TokenBatch, ValidationError } from '@tandem/proto'
import { gradSqSum } from './adamw.js'
import type { GPTJConfig, LayerRange } from './config.js'
import { stageParams } from './config.js'
import type { GeluMode, LinearMode } from './gptj-graph.js'
import { IGNORE_LABEL } from './gptj-graph.js'
import type { Device, SessionSettings } from './session/ort-options.js'
import { assertDeviceInstalled } from './session/ort-session.js'
import type { RunRequest, RunResult, TensorMsg } from './session/protocol.js'
import { SessionHost } from './session/session-host.js'
import { type ActivationMode, buildStageGraphs, IO, type Precision } from './stage-graph.js'

/** Forwards awaiting their backward, per stage: a 1F1B or GPipe schedule keeps at most the number of micro-batches per step. */
export const MICRO_BATCHES_IN_FLIGHT_MAX = 256

export interface StageRuntimeInit {
  config: GPTJConfig
  range: LayerRange
  /** Rows per micro-batch and tokens per row (the graphs are built for these shapes). */
  microBatch: number
  seq: number
  device?: Device
  /** fp32 (default) or fp16 compute with fp32 master weights (GPU providers). */
  precision?: Precision
  /** Intra-op threads (default: all cores). */
  threads?: number
  /** Non-last stages: recompute the forward inside the backward (default) or keep its activations. */
  activations?: ActivationMode
  /** Last stage: also return the logits [b, T, V] from forward(). */
  logits?: boolean
  linear?: LinearMode
  /** gelu_new as FastGelu (default on cpu: exact, fewer nodes) or as primitive ops (default elsewhere: FastGelu is not measured there). */
  gelu?: GeluMode
  /** false: evaluation only (forward graph alone; forward()/backward() refuse). Default true. */
  train?: boolean
  /** ONNX Runtime memory pattern (see SessionSettings.memPattern). */
  memPattern?: boolean
}

export type StageInput = { batch: TokenBatch } | { batch: TokenBatch; hidden: Float32Array }

export interface ForwardOptions {
  /** Last stage: the backward seed (loss scale times micro-batch weight). */
  lossScale?: number
  /** Move hidden's buffer to the session thread instead of copying it. */
  transfer?: boolean
}

export interface ForwardResult {
  /** [b, T, C] float32: the stage's output (all but the last stage). */
  hidden?: Float32Array
  /** Mean cross-entropy of this micro-batch over its scored tokens (last stage). */
  loss?: number
  /** Scored tokens in this micro-batch (last stage). */
  tokens?: number
  /** [b, T, V] float32 (last stage, when created with logits: true). */
  logits?: Float32Array
  /** Time spent in ONNX Runtime, ms. */
  runMs: number
}

export interface BackwardResult {
  /** [b, T, C] float32: gradient for the previous stage (all but stage 0). */
  gradInput?: Float32Array
  /**
   * false when this micro-batch's parameter gradients hold NaN or infinity; undefined when not
   * checked per micro-batch (the first pass after zeroGrad(): see gradientsFinite()).
   */
  finite?: boolean
  runMs: number
}

interface InFlight {
  gradInput?: Float32Array
  finite?: boolean
  runMs?: number
}

export class StageRuntime {
  readonly init: Readonly<StageRuntimeInit>
  readonly first: boolean
  readonly last: boolean
  readonly #host: SessionHost
  readonly #params: Map<string, Float32Array>
  readonly #grads: Map<string, Float32Array>
  readonly #inFlight = new Map<number, InFlight>()
  readonly #activations: ActivationMode
  #fresh = true
  #finite = true
  /** The accumulators were written by a 'set' pass that did not check them. */
  #unchecked = false
  #lossScale = 1
  #closed = false

  private constructor(init: StageRuntimeInit, host: SessionHost, params: Map<string, Float32Array>, grads: Map<string, Float32Array>) {
    this.init = init
    this.first = init.range.start === 0
    this.last = init.range.end === init.config.nLayer
    this.#host = host
    this.#params = params
    this.#grads = grads
    this.#activations = init.activations ?? 'recompute'
  }

  /** Builds the stage's graphs, starts the session thread and copies the stage's parameters in. */
  static async create(init: StageRuntimeInit, params: Map<string, Float32Array>): Promise<StageRuntime> {
    const device = init.device ?? 'cpu'
    assertDeviceInstalled(device)
    const specs = stageParams(init.config, init.range)
    const mine = new Map<string, Float32Array>()
    const grads = new Map<string, Float32Array>()
    for (const s of specs) {
      const src = params.get(s.name)
      const n = s.shape.reduce((a, b) => a * b, 1)
      if (!src) throw new ValidationError('E_PARAM_MISSING', `parameter ${s.name} is missing for layers [${init.range.start}, ${init.range.end})`)
      if (src.length !== n) throw new ValidationError('E_PARAM_SHAPE', `parameter ${s.name} has ${src.length} values, expected [${s.shape.join(', ')}]`)
      mine.set(s.name, Float32Array.from(src))
      if (init.train !== false) grads.set(s.name, new Float32Array(n))
    }
    // The worker thread starts while the graphs are built.
    const host = new SessionHost()
    let graphs: ReturnType<typeof buildStageGraphs>
    try {
      graphs = buildStageGraphs({
        config: init.config,
        range: init.range,
        batch: init.microBatch,
        seq: init.seq,
        precision: init.precision,
        logits: init.logits,
        linear: init.linear,
        gelu: init.gelu ?? (device === 'cpu' ? 'fused' : 'primitive'),
      })
    } catch (err) {
      await host.close()
      throw err
    }
    const rt = new StageRuntime(init, host, mine, grads)
    for (const sp of specs) rt.#shapes.set(sp.name, sp.shape)
    try {
      const settings: SessionSettings = { device, threads: init.threads, memPattern: init.memPattern }
      if (init.train === false) {
        await host.create('eval', graphs.forward.bytes, settings)
        rt.#forwardOnlyReady = true
      } else if (rt.last) {
        await host.create('fused', graphs.fused.bytes, settings)
      } else if (rt.#activations === 'saved') {
        await host.create('fwd', graphs.savedForward.bytes, settings)
        await host.create('bwd', graphs.savedBackward.bytes, settings)
        rt.#saved = graphs.saved
      } else {
        await host.create('fwd', graphs.forward.bytes, settings)
        await host.create('bwd', graphs.backward.bytes, settings)
      }
      rt.#forwardOnly = graphs.forward.bytes
      rt.#settings = settings
    } catch (err) {
      await host.close()
      throw err
    }
    return rt
  }

  #saved: string[] = []
  #shapes = new Map<string, number[]>()
  /** Serialises passes: the parameter and gradient arrays are lent to the session thread for each. */
  #queue: Promise<unknown> = Promise.resolve()
  #lent = false

  #group(m: Map<string, Float32Array>): Record<string, TensorMsg> {
    const out: Record<string, TensorMsg> = {}
    for (const [name, data] of m) out[name] = { type: 'float32', dims: this.#shapes.get(name)!, data }
    return out
  }

  #restore(m: Map<string, Float32Array>, back: Record<string, TensorMsg> | undefined): void {
    if (!back) return
    for (const [name, t] of Object.entries(back)) m.set(name, t.data as Float32Array)
  }

  /** One session run with the parameters (and, when accumulating, the gradients) lent to it. */
  #run(req: Omit<RunRequest, 'groups'>, transfer: ArrayBuffer[]): Promise<RunResult> {
    const next = this.#queue.then(async () => {
      const groups: Record<string, Record<string, TensorMsg>> = { params: this.#group(this.#params) }
      if (req.accumulate) groups.grads = this.#group(this.#grads)
      this.#lent = true
      try {
        const r = await this.#host.run({ ...req, groups }, transfer)
        this.#restore(this.#params, r.groups.params)
        this.#restore(this.#grads, r.groups.grads)
        return r
      } catch (err) {
        const back = (err as { lentGroups?: Record<string, Record<string, TensorMsg>> }).lentGroups
        this.#restore(this.#params, back?.params)
        this.#restore(this.#grads, back?.grads)
        throw err
      } finally {
        this.#lent = false
      }
    })
    this.#queue = next.catch(() => undefined)
    return next
  }

  #assertHome(what: string): void {
    if (this.#lent) throw new Error(`StageRuntime.${what}() while a pass is in flight: await the pass first`)
  }
  #forwardOnly: Uint8Array | null = null
  #forwardOnlyReady = false
  #settings: SessionSettings = { device: 'cpu' }

  setLossScale(scale: number): void {
    this.#lossScale = scale
  }

  /** The stage's parameters (live views: in-place updates are seen by the next pass). */
  params(): Map<string, Float32Array> {
    this.#assertHome('params')
    return this.#params
  }

  /** Copies values into the stage's parameters (names it does not hold are ignored). */
  setParams(map: Map<string, Float32Array>): void {
    this.#assertHome('setParams')
    for (const [name, dst] of this.#params) {
      const src = map.get(name)
      if (!src) continue
      if (src.length !== dst.length) throw new ValidationError('E_PARAM_SHAPE', `parameter ${name} has ${src.length} values, expected ${dst.length}`)
      if (src !== dst) dst.set(src)
    }
  }

  /** Accumulated parameter gradients since zeroGrad() (live views). */
  gradients(): Map<string, Float32Array> {
    this.#assertHome('gradients')
    if (this.#fresh) {
      for (const g of this.#grads.values()) g.fill(0)
    }
    return this.#grads
  }

  /** Starts a new accumulation (the next backward overwrites instead of adding: no memset). */
  zeroGrad(): void {
    this.#fresh = true
    this.#finite = true
    this.#unchecked = false
  }

  gradientsFinite(): boolean {
    if (this.#unchecked) {
      this.#assertHome('gradientsFinite')
      this.#finite &&= Number.isFinite(gradSqSum(this.#grads.values()))
      this.#unchecked = false
    }
    return this.#finite
  }

  #checkBatch(batch: TokenBatch): void {
    const { microBatch: B, seq: T, config } = this.init
    if (batch.batch !== B || batch.seq !== T) {
      throw new ValidationError('E_BATCH_SHAPE', `batch is [${batch.batch}, ${batch.seq}], this stage runs [${B}, ${T}]`)
    }
    const n = B * T
    for (const [field, arr] of [
      ['inputIds', batch.inputIds],
      ['labels', batch.labels],
      ['segmentIds', batch.segmentIds],
      ['prefixMask', batch.prefixMask],
    ] as const) {
      if (arr.length !== n) throw new ValidationError('E_BATCH_SHAPE', `batch.${field} has ${arr.length} values, expected ${n}`)
    }
    if (this.first) {
      for (let i = 0; i < n; i++) {
        const t = batch.inputIds[i]!
        if (!(t >= 0 && t < config.vocabSize)) throw new ValidationError('E_TOKEN_RANGE', `batch.inputIds[${i}] = ${t} is outside 0..${config.vocabSize - 1}`)
      }
    }
    if (this.last) {
      for (let i = 0; i < n; i++) {
        const l = batch.labels[i]!
        if (l !== IGNORE_LABEL && !(l >= 0 && l < config.vocabSize)) {
          throw new ValidationError('E_LABEL_RANGE', `batch.labels[${i}] = ${l} is neither ${IGNORE_LABEL} nor inside 0..${config.vocabSize - 1}`)
        }
      }
    }
  }

  #batchFeeds(batch: TokenBatch): Record<string, TensorMsg> {
    const dims = [batch.batch, batch.seq]
    const feeds: Record<string, TensorMsg> = {
      [IO.segmentIds]: { type: 'int32', dims, data: batch.segmentIds },
      [IO.prefixMask]: { type: 'bool', dims, data: batch.prefixMask },
    }
    if (this.first) feeds[IO.inputIds] = { type: 'int32', dims, data: batch.inputIds }
    if (this.last) feeds[IO.labels] = { type: 'int32', dims, data: batch.labels }
    return feeds
  }

  #hiddenMsg(h: Float32Array, what: string, transfer: boolean): { msg: TensorMsg; transfer: ArrayBuffer[] } {
    const { microBatch: B, seq: T, config } = this.init
    if (h.length !== B * T * config.nEmbd) throw new ValidationError('E_HIDDEN_SHAPE', `${what} has ${h.length} values, expected [${B}, ${T}, ${config.nEmbd}]`)
    const data = transfer ? h : h.slice()
    const buf = data.buffer
    return { msg: { type: 'float32', dims: [B, T, config.nEmbd], data }, transfer: buf instanceof ArrayBuffer ? [buf] : [] }
  }

  /** Records a pass's finiteness: undefined means a 'set' pass left the accumulators unchecked. */
  #noteFinite(finite: boolean | undefined): boolean | undefined {
    if (finite === undefined) this.#unchecked = true
    else this.#finite &&= finite
    return finite
  }

  #accumulate(): { group: string; prefix: string; mode: 'add' | 'set' } {
    const mode = this.#fresh ? 'set' : 'add'
    this.#fresh = false
    return { group: 'grads', prefix: IO.gradPrefix, mode }
  }

  /** Runs the stage's forward for micro-batch `mb` (the last stage: forward and backward). */
  async forward(mb: number, input: StageInput, opts: ForwardOptions = {}): Promise<ForwardResult> {
    if (this.#closed) throw new Error('StageRuntime is closed')
    if (this.init.train === false) throw new Error('StageRuntime was created with train: false; use evaluate()')
    if (this.#inFlight.has(mb)) throw new ValidationError('E_MICRO_BATCH', `micro-batch ${mb} is already in flight`)
    if (this.#inFlight.size >= MICRO_BATCHES_IN_FLIGHT_MAX) throw new LimitError('E_IN_FLIGHT', `more than ${MICRO_BATCHES_IN_FLIGHT_MAX} micro-batches await their backward`)
    this.#checkBatch(input.batch)
    const feeds = this.#batchFeeds(input.batch)
    const transfer: ArrayBuffer[] = []
    if (!this.first) {
      if (!('hidden' in input)) throw new ValidationError('E_HIDDEN_MISSING', `layers [${this.init.range.start}, ${this.init.range.end}) need the previous stage's hidden states`)
      const h = this.#hiddenMsg(input.hidden, 'hidden', opts.transfer === true)
      feeds[IO.hiddenIn] = h.msg
      transfer.push(...h.transfer)
    }
    if (this.last) {
      feeds[IO.lossScale] = { type: 'float32', dims: [], data: Float32Array.of(opts.lossScale ?? this.#lossScale) }
      const fetch = [IO.loss, IO.tokens, ...(this.first ? [] : [IO.gradHiddenIn]), ...(this.init.logits ? [IO.logits] : [])]
      const r = await this.#run({ session: 'fused', feeds, fetch, accumulate: this.#accumulate() }, transfer)
      const finite = this.#noteFinite(r.finite)
      this.#inFlight.set(mb, { gradInput: r.outputs[IO.gradHiddenIn]?.data as Float32Array | undefined, finite, runMs: 0 })
      return {
        loss: (r.outputs[IO.loss]!.data as Float32Array)[0]!,
        tokens: (r.outputs[IO.tokens]!.data as Float32Array)[0]!,
        logits: r.outputs[IO.logits]?.data as Float32Array | undefined,
        runMs: r.runMs,
      }
    }
    const key = `mb${mb}`
    const keep = { key, feeds: true, outputs: this.#activations === 'saved' ? this.#saved : [] }
    const r = await this.#run({ session: 'fwd', feeds, keep, fetch: [IO.hiddenOut] }, transfer)
    this.#inFlight.set(mb, {})
    return { hidden: r.outputs[IO.hiddenOut]!.data as Float32Array, runMs: r.runMs }
  }

  /** Runs micro-batch `mb`'s backward, adding its parameter gradients to the accumulators. */
  async backward(mb: number, gradOutput?: Float32Array, opts: { transfer?: boolean } = {}): Promise<BackwardResult> {
    if (this.#closed) throw new Error('StageRuntime is closed')
    const state = this.#inFlight.get(mb)
    if (!state) throw new ValidationError('E_MICRO_BATCH', `micro-batch ${mb} has no forward awaiting its backward`)
    if (this.last) {
      this.#inFlight.delete(mb)
      return { gradInput: state.gradInput, finite: state.finite, runMs: state.runMs ?? 0 }
    }
    if (!gradOutput) throw new ValidationError('E_GRAD_MISSING', `layers [${this.init.range.start}, ${this.init.range.end}) need the gradient of their output`)
    const g = this.#hiddenMsg(gradOutput, 'gradOutput', opts.transfer === true)
    this.#inFlight.delete(mb)
    const r = await this.#run(
      {
        session: 'bwd',
        feeds: { [IO.gradHiddenOut]: g.msg },
        stash: `mb${mb}`,
        fetch: this.first ? [] : [IO.gradHiddenIn],
        accumulate: this.#accumulate(),
      },
      g.transfer,
    )
    const finite = this.#noteFinite(r.finite)
    return { gradInput: r.outputs[IO.gradHiddenIn]?.data as Float32Array | undefined, finite, runMs: r.runMs }
  }

  /** Forward only (evaluation): no gradients, nothing kept for a backward. */
  async evaluate(input: StageInput): Promise<ForwardResult> {
    if (this.#closed) throw new Error('StageRuntime is closed')
    this.#checkBatch(input.batch)
    if (!this.#forwardOnlyReady) {
      await this.#host.create('eval', this.#forwardOnly!, this.#settings)
      this.#forwardOnlyReady = true
    }
    const feeds = this.#batchFeeds(input.batch)
    if (!this.first) {
      if (!('hidden' in input)) throw new ValidationError('E_HIDDEN_MISSING', 'this stage needs the previous stage\'s hidden states')
      feeds[IO.hiddenIn] = this.#hiddenMsg(input.hidden, 'hidden', false).msg
    }
    const r = await this.#run({ session: 'eval', feeds }, [])
    return {
      hidden: r.outputs[IO.hiddenOut]?.data as Float32Array | undefined,
      loss: r.outputs[IO.loss] ? (r.outputs[IO.loss]!.data as Float32Array)[0] : undefined,
      tokens: r.outputs[IO.tokens] ? (r.outputs[IO.tokens]!.data as Float32Array)[0] : undefined,
      logits: r.outputs[IO.logits]?.data as Float32Array | undefined,
      runMs: r.runMs,
    }
  }

  /** Micro-batches whose forward ran and whose backward has not. */
  inFlight(): number[] {
    return [...this.#inFlight.keys()]
  }

  /** Forgets a micro-batch's forward (e.g. a step abandoned mid-way). */
  async discard(mb: number): Promise<void> {
    if (this.#inFlight.delete(mb) && !this.last) await this.#host.drop(`mb${mb}`)
  }

  /** Stops the session thread (safe twice). */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#inFlight.clear()
    await this.#host.close()
  }
}
