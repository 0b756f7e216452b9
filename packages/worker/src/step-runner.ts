// One training step of one worker, after the plan has placed it: the pipeline schedule, the
// data-parallel sync of its stage, the global gradient norm across the stages of its replica, and
// the optimizer. The daemon runs it over libp2p; the in-process reference runs the very same code
// with frames handed from inbox to inbox, so the two can be compared number for number.
import { type AdamWInit, DynamicLossScaler, type GPTJConfig, gradSqSum, type LayerRange, stageParams } from '@tandem/model'
import { type control, type Frame, type TokenBatch, tensor } from '@tandem/proto'
import { AllReduce } from './codecs/all-reduce.js'
import { CocktailSgd, type SyncReport } from './codecs/cocktail-sgd.js'
import { DEFAULT_EMBEDDING_BLOCK_RATIO, DEFAULT_MOMENT_SHARE_EVERY } from './codecs/constants.js'
import { type MomentTensor, SecondMomentShare } from './codecs/second-moment-share.js'
import { cocktailSyncFor, SplitCocktailSgd } from './codecs/split-sync.js'
import { createCodec } from './codecs/create-codec.js'
import type { FrameSender } from './frame-links.js'
import type { Inbox } from './inbox.js'
import { type PipelineStepResult, runPipelineStep } from './pipeline.js'
import type { ScheduleKind } from './schedule.js'
import type { StageCompute } from './stage-compute.js'
import { BadFrameError, StageLinks } from './stage-links.js'
import type { StageState } from './stage-state.js'
import { type TrafficCounters, TrafficKind } from './traffic.js'
import { LinkExchange } from './update-exchange.js'

const { FrameKind, DType } = tensor

/** Inbox kind of the per-step gradient-norm messages between the stages of a replica. */
export const NORM_KIND = 100
export const NORM_TENSOR = 'grad-sq-sum'

/** What the data pipeline gives stage 0: the replica's micro-batches of a step. */
export interface BatchSource {
  batchesFor(step: number, replica: number, replicaCount: number, microBatches: number): TokenBatch[]
}

/** Everything a plan epoch sets up for one worker. */
export interface StepContext {
  runId: string
  epoch: number
  self: string
  config: GPTJConfig
  range: LayerRange
  stage: number
  stages: number
  replica: number
  replicas: number
  microBatches: number
  rows: number
  seq: number
  schedule: ScheduleKind
  links: StageLinks
  /** The data-parallel group of this stage in rank order (self included): names a sync's culprit. */
  group: readonly string[]
  /** Workers of this replica, in stage order (self included): the gradient-norm exchange. */
  replicaChain: string[]
  sync: AllReduce | CocktailSgd | SplitCocktailSgd | undefined
  /** Under CocktailSGD: the replicas' AdamW second moments shared by rows (undefined: never). */
  moments: SecondMomentShare | undefined
  batches: BatchSource | undefined
  /**
   * fp16 compute: the dynamic loss scale. Every worker of the plan starts the epoch from the plan's
   * scale and sees the same overflow verdicts (see trainStep), so every stage of a replica, and
   * every replica under plain all-reduce, holds the same scale at every step. Undefined: fp32.
   */
  scaler: DynamicLossScaler | undefined
  /** Where this worker's frames go (activations protocol) and where its own arrive. */
  sender: FrameSender
  inbox: Inbox<Frame>
}

export interface EpochPlacement {
  runId: string
  epoch: number
  self: string
  config: GPTJConfig
  stage: number
  stages: number
  replica: number
  replicas: number
  range: LayerRange
  prevPeer: string
  nextPeer: string
  microBatches: number
  rows: number
  seq: number
  schedule: ScheduleKind
  replicaChain: string[]
  /** Peers of this stage in replica order (self included). */
  group: string[]
  codecs: control.ICodecSettings
  seed: number
  /** fp16 runs: the loss scaler's settings and its scale at the epoch's resume step. */
  lossScale?: { scale: number; growthInterval: number; growthFactor: number }
}

/** The loss-scale settings of a plan, or undefined when it computes in fp32 (no scaling). */
export function lossScaleOf(plan: control.IPlan): EpochPlacement['lossScale'] {
  const h = plan.hyper ?? {}
  if (h.computeDtype !== 'fp16' || h.dynamicLossScale !== true) return undefined
  const scale = plan.lossScale && plan.lossScale > 0 && Number.isFinite(plan.lossScale) ? plan.lossScale : h.lossScaleInit || 65536
  return { scale, growthInterval: h.lossScaleWindow || 2000, growthFactor: h.lossScaleFactor && h.lossScaleFactor > 1 ? h.lossScaleFactor : 2 }
}

/** Codec options carried in a CodecSpec's params (UTF-8 JSON from the coordinator); {} when absent or unreadable. */
export function parseCodecParams(params: Uint8Array | null | undefined): Record<string, number> {
  if (params == null || params.byteLength === 0) return {}
  try {
    const o = JSON.parse(new TextDecoder().decode(params)) as unknown
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return {}
    return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'number' && Number.isFinite(v))) as Record<string, number>
  } catch {
    return {}
  }
}

/**
 * R for the local AdamW's replica-corrected second moment (AdamW `replicas`): under CocktailSGD
 * each of the stage's R replicas steps on its own gradient and the group averages the deltas, so
 * each divides by an estimate of the all-reduce second moment (codecs-results/README.md: with one
 * replica's own, the averaged step is up to sqrt(R) too short). All-reduce (one step on the mean
 * gradient) and a lone replica: 1, plain AdamW. A re-plan builds a new sync, so R follows the plan.
 */
export function localAdamReplicas(sync: StepContext['sync']): number {
  return sync instanceof CocktailSgd || sync instanceof SplitCocktailSgd ? sync.size : 1
}

/** Where tensor `name` sits in the stage's flat parameter vector (stageParams order), if the stage holds it. */
export function tensorRange(config: GPTJConfig, range: LayerRange, params: ReadonlyMap<string, Float32Array>, name: string): { start: number; end: number } | undefined {
  let offset = 0
  for (const t of stageParams(config, range)) {
    const n = params.get(t.name)!.length
    if (t.name === name) return { start: offset, end: offset + n }
    offset += n
  }
  return undefined
}

/** Each tensor's length and row length (its last dimension) in stageParams order: the second-moment share's layout. */
export function momentLayout(config: GPTJConfig, range: LayerRange, params: ReadonlyMap<string, Float32Array>): MomentTensor[] {
  return stageParams(config, range).map((t) => ({ length: params.get(t.name)!.length, rowLength: t.shape[t.shape.length - 1]! }))
}

/** The token embedding's place in the stage's flat parameter vector, if the stage holds it. */
export function embeddingRange(config: GPTJConfig, range: LayerRange, params: ReadonlyMap<string, Float32Array>): { start: number; end: number } | undefined {
  return tensorRange(config, range, params, 'transformer.wte.weight')
}

/** AdamW settings from the plan's hyper-parameters. */
export function optimizerInit(hyper: control.IHyperParams): AdamWInit {
  return {
    lr: hyper.learningRate ?? 1e-5,
    beta1: hyper.beta1 || 0.9,
    beta2: hyper.beta2 || 0.999,
    eps: hyper.epsilon || 1e-8,
    weightDecay: hyper.weightDecay ?? 0,
    clipNorm: hyper.gradClipNorm && hyper.gradClipNorm > 0 ? hyper.gradClipNorm : Number.POSITIVE_INFINITY,
    schedule: { warmupSteps: Number(hyper.warmupSteps ?? 0) },
  }
}

/**
 * The links, data-parallel sync and codecs of one epoch. `updates` carries UPDATE frames (its own
 * protocol in the daemon). The sync starts from `params` (identical on every replica).
 */
export function buildStepContext(
  p: EpochPlacement,
  io: { activations: FrameSender; updates: FrameSender; inbox: Inbox<Frame>; traffic: TrafficCounters },
  params: ReadonlyMap<string, Float32Array>,
  batches: BatchSource | undefined,
): StepContext {
  const { codecs } = p
  const fwdId = codecs.activationsForward?.codec || 'fp32'
  const bwdId = codecs.activationsBackward?.codec || 'fp32'
  const fwdInit = parseCodecParams(codecs.activationsForward?.params)
  const bwdInit = parseCodecParams(codecs.activationsBackward?.params)
  const links = new StageLinks(
    {
      runId: p.runId, epoch: p.epoch, self: p.self, stage: p.stage, replica: p.replica,
      prevPeer: p.prevPeer, nextPeer: p.nextPeer,
      rows: p.rows, seq: p.seq, nEmbd: p.config.nEmbd, vocabSize: p.config.vocabSize,
      forwardCodec: createCodec(fwdId, fwdInit),
      backwardCodec: createCodec(bwdId, bwdInit),
      forwardDecoder: createCodec(fwdId, fwdInit),
      backwardDecoder: createCodec(bwdId, bwdInit),
    },
    io.activations,
    io.inbox,
    io.traffic,
  )
  let sync: StepContext['sync']
  let moments: SecondMomentShare | undefined
  if (p.group.length > 1) {
    const u = codecs.updates ?? {}
    const id = u.codec || 'fp32'
    const exchange = new LinkExchange({ runId: p.runId, epoch: p.epoch, self: p.self, stage: p.stage, group: p.group, codec: id }, io.updates, io.inbox, io.traffic)
    const names = stageParams(p.config, p.range).map((s) => s.name)
    const n = names.reduce((a, name) => a + params.get(name)!.length, 0)
    if (id === 'cocktail') {
      const o = parseCodecParams(u.params) as { warmupSteps?: number; bits?: number; topK?: number; subset?: number; shareMoments?: number; embeddingBlocks?: number }
      const init = {
        // The same subsets on every replica of the stage, different across stages.
        seed: p.seed + p.stage,
        ...(o.warmupSteps !== undefined ? { warmupSteps: o.warmupSteps } : {}),
        ...(o.bits !== undefined ? { bits: o.bits } : {}),
        ...(o.topK !== undefined ? { topkRatio: o.topK } : {}),
        ...(o.subset !== undefined ? { randomRatio: o.subset } : {}),
      }
      // The stage holding the token embedding syncs it by blocks (split-sync.ts), unless the run says 0.
      const blocks = o.embeddingBlocks ?? DEFAULT_EMBEDDING_BLOCK_RATIO
      const c = cocktailSyncFor({ exchange }, n, embeddingRange(p.config, p.range, params), blocks, init)
      // Replicas may hold different models at the resume step (each survivor's includes its own
      // residual): the first sync averages whole models, then the group runs from one model with
      // empty error buffers (chunk ownership may have changed with the group).
      c.resetUnaligned(flattenNames(params, names))
      sync = c
      const every = o.shareMoments ?? DEFAULT_MOMENT_SHARE_EVERY
      if (every > 0) {
        moments = new SecondMomentShare({ exchange }, momentLayout(p.config, p.range, params), { every })
      }
    } else {
      sync = new AllReduce({ exchange }, n, { half: id === 'fp16' })
    }
  }
  return {
    runId: p.runId, epoch: p.epoch, self: p.self, config: p.config, range: p.range,
    stage: p.stage, stages: p.stages, replica: p.replica, replicas: p.replicas,
    microBatches: p.microBatches, rows: p.rows, seq: p.seq, schedule: p.schedule,
    links, group: p.group, replicaChain: p.replicaChain, sync, moments, batches, sender: io.activations, inbox: io.inbox,
    scaler: p.lossScale === undefined ? undefined : new DynamicLossScaler({ initScale: p.lossScale.scale, growthInterval: p.lossScale.growthInterval, growthFactor: p.lossScale.growthFactor }),
  }
}

export interface StepOutcome {
  pipeline: PipelineStepResult
  applied: boolean
  /** Squared global gradient norm (all stages of the replica, after the data-parallel mean). */
  globalSq: number
  gradNorm: number
  syncMs: number
  optimizerMs: number
  totalMs: number
  sync?: SyncReport
  /** The second-moment share, on the steps that had one. */
  moments?: SyncReport
  /** Some stage of this replica overflowed (NaN/Inf gradients or activations): the update was skipped. */
  overflow: boolean
  /** The loss scale this step ran with, and the one the next step runs with (1 and 1 in fp32). */
  lossScale: number
  nextLossScale: number
}

/**
 * Runs step `step` of `ctx` on `rt` and updates `state` to state step + 1 (the previous state is
 * kept in its snapshot ring). Rejects when a neighbour's frame never comes or is bad, or on abort.
 */
export async function trainStep(
  ctx: StepContext,
  state: StageState,
  rt: StageCompute,
  step: number,
  traffic: TrafficCounters,
  options: { signal: AbortSignal; onPhase?: (phase: 'pipeline' | 'sync' | 'optimizer') => void },
): Promise<StepOutcome> {
  const { signal } = options
  const t0 = performance.now()
  const scale = ctx.scaler?.scale ?? 1
  // The last stage seeds its backward with scale / micro-batches: every gradient upstream carries the scale.
  if (ctx.scaler !== undefined) rt.setLossScale(scale / ctx.microBatches)
  options.onPhase?.('pipeline')
  const pipeline = await runPipelineStep(
    step,
    { stage: ctx.stage, stages: ctx.stages, microBatches: ctx.microBatches, schedule: ctx.schedule },
    rt,
    ctx.links,
    ctx.batches === undefined ? undefined : (s) => ctx.batches!.batchesFor(s, ctx.replica, ctx.replicas, ctx.microBatches),
    { signal },
  )
  options.onPhase?.('sync')
  const s0 = performance.now()
  const names = stageParams(ctx.config, ctx.range).map((s) => s.name)
  const grads = rt.gradients()
  let report: SyncReport | undefined
  let moments: SyncReport | undefined
  if (ctx.sync instanceof AllReduce) {
    // Plain data parallelism: the mean gradient, then the same optimizer step on every replica.
    const flat = flattenNames(grads, names)
    report = await ctx.sync.mean(flat, step, { signal })
    unflattenNames(flat, grads, names)
  }
  // A skipped all-reduce (NaN/Inf somewhere in this stage's group) reports NaN: every stage of this
  // replica then skips too, and since every replica's stage saw the same skip, the whole plan skips
  // the step alike (no replica moves one stage and not another). Norms are of unscaled gradients.
  // Likewise when this stage had to send zeros in place of a non-finite tensor.
  const mine = pipeline.overflow || (report !== undefined && !report.applied) ? Number.NaN : gradSqSum(names.map((n) => grads.get(n)!), 1 / scale)
  const globalSq = await exchangeNorms(ctx, step, mine, signal)
  const syncMs = performance.now() - s0
  options.onPhase?.('optimizer')
  const o0 = performance.now()
  state.snapshot()
  // An overflow anywhere in the replica (NaN from any stage, a skipped all-reduce included) skips
  // the update on every stage alike, as they all hold the same globalSq; in fp16 it also backs the
  // scale off, and clean steps grow it after the window.
  const overflow = !Number.isFinite(globalSq)
  ctx.scaler?.update(overflow)
  const opt = overflow ? { applied: false, gradNorm: Number.NaN } : state.optimizer.step(grads, { gradSqSumGlobal: globalSq, gradScale: 1 / scale, replicas: localAdamReplicas(ctx.sync) })
  if (ctx.sync instanceof CocktailSgd || ctx.sync instanceof SplitCocktailSgd) {
    // CocktailSGD: local optimizer step, then the group agrees on one model from compressed deltas
    // (and every few steps on the rows of the second moments; every replica shares at the same
    // steps, overflow or not, since the step alone decides).
    const flat = flattenNames(state.params, names)
    try {
      if (ctx.moments?.due(step)) {
        const st = state.optimizer.state()
        moments = await ctx.moments.share(names.map((n) => st.get(n)!.v), step, { signal })
      }
      report = await ctx.sync.sync(flat, step, { signal })
    } catch (err) {
      // The local update must not outlive a step that did not complete.
      state.revertStep()
      throw err
    }
    unflattenNames(flat, state.params, names)
  }
  if (report !== undefined) traffic.addRaw(TrafficKind.UPDATE, report.bytesFp16 * 2)
  state.step = step + 1
  const optimizerMs = performance.now() - o0
  return {
    pipeline,
    applied: opt.applied && (report === undefined || report.applied),
    globalSq,
    gradNorm: opt.gradNorm,
    syncMs,
    optimizerMs,
    totalMs: performance.now() - t0,
    ...(report !== undefined ? { sync: report } : {}),
    ...(moments !== undefined ? { moments } : {}),
    overflow,
    lossScale: scale,
    nextLossScale: ctx.scaler?.scale ?? 1,
  }
}

/** Sum of the squared gradient over every stage of this replica (exact global-norm clipping). */
async function exchangeNorms(ctx: StepContext, step: number, mine: number, signal: AbortSignal): Promise<number> {
  if (ctx.replicaChain.length <= 1) return mine
  const payload = new Uint8Array(new Float64Array([mine]).buffer)
  for (const peer of ctx.replicaChain) {
    if (peer === ctx.self) continue
    ctx.sender
      .send(peer, {
        runId: ctx.runId, epoch: ctx.epoch, step, microBatch: 0, kind: FrameKind.FRAME_KIND_AUX, codec: 'raw', dtype: DType.DTYPE_UINT8,
        shape: [8], tensorName: NORM_TENSOR, sender: ctx.self, stageIndex: ctx.stage, replicaIndex: ctx.replica,
      }, payload)
      .catch(() => {}) // a lost link shows as the peer's missing norm below
  }
  let total = 0
  // Summed in stage order on every stage, so every stage gets the same bits.
  for (const peer of ctx.replicaChain) {
    if (peer === ctx.self) {
      total += mine
      continue
    }
    const f = await ctx.inbox.take({ epoch: ctx.epoch, step, kind: NORM_KIND, microBatch: 0, from: peer }, { signal })
    if (f.payload.byteLength !== 8) throw new BadFrameError(peer, new Error('a gradient-norm frame must carry 8 bytes'))
    const v = new Float64Array(f.payload.slice().buffer)[0]!
    if (v < 0) throw new BadFrameError(peer, new Error(`gradient norm square ${v} is negative`))
    total += v
  }
  return total
}

/** Inbox kind of a received frame (norm frames are AUX frames with their own key). */
export function inboxKind(h: tensor.ITensorFrameHeader): number {
  const kind = h.kind ?? 0
  return kind === FrameKind.FRAME_KIND_AUX && h.tensorName === NORM_TENSOR ? NORM_KIND : kind
}

/** Tensors `names` of a map as one vector. */
export function flattenNames(map: ReadonlyMap<string, Float32Array>, names: readonly string[]): Float32Array {
  let n = 0
  for (const name of names) n += map.get(name)!.length
  const out = new Float32Array(n)
  let at = 0
  for (const name of names) {
    const t = map.get(name)!
    out.set(t, at)
    at += t.length
  }
  return out
}

export function unflattenNames(flat: Float32Array, map: ReadonlyMap<string, Float32Array>, names: readonly string[]): void {
  let at = 0
  for (const name of names) {
    const t = map.get(name)!
    t.set(flat.subarray(at, at + t.length))
    at += t.length
  }
}
