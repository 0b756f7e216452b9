// Turns a membership decision into the Plan message every member receives (control.proto): per
// worker its stage, layer range, replica, neighbours, data-parallel group, batch rows and where to
// get each piece of its state, plus the run's hyper-parameters, codecs, schedule and data spec.
// Pure: the caller supplies member addresses, checkpoint manifests and the data cursor.
import { control } from '@tandem/proto'
import type { RunConfig } from './run-config.js'
import type { PlanDecision, PlanReasonName, StateOriginName } from './membership.js'

const { PlanReason, Schedule, StateOrigin } = control

export interface PlanMember {
  peerId: string
  multiaddrs: string[]
}

export interface PlanContext {
  runId: string
  run: RunConfig
  nLayer: number
  modelConfigJson: string
  modelConfigSha256: string
  coordinatorPeerId: string
  members: ReadonlyMap<string, PlanMember>
  /** Manifest hash of the committed checkpoint at a step (for CHECKPOINT sources). */
  manifestAt(step: number): string | undefined
  /** The data spec at the plan's resume step (dataset id, seed, encoded cursor). */
  data: control.IDataSpec
  lossScale: number
  nowMs: number
  /**
   * Measured bandwidth in bytes/s from worker `from` to worker `to` (its link probes), undefined
   * when not measured: a worker fetching state from peers tries the fastest first.
   */
  bandwidth?: (from: string, to: string) => number | undefined
}

/** `peers` (worker ids) with the fastest measured link from `receiver` first; unmeasured ones after, in their order. */
export function rankSources(receiver: string, peers: readonly string[], bandwidth: PlanContext['bandwidth']): string[] {
  if (bandwidth === undefined) return [...peers]
  const bw = (w: string): number => {
    const b = bandwidth(receiver, w)
    return b !== undefined && Number.isFinite(b) && b > 0 ? b : -1
  }
  return peers.map((w, i) => ({ w, i, b: bw(w) })).sort((a, b) => b.b - a.b || a.i - b.i).map((x) => x.w)
}

const REASONS: Record<PlanReasonName, number> = {
  initial: PlanReason.PLAN_REASON_INITIAL,
  join: PlanReason.PLAN_REASON_JOIN,
  leave: PlanReason.PLAN_REASON_LEAVE,
  failure: PlanReason.PLAN_REASON_FAILURE,
  rollback: PlanReason.PLAN_REASON_ROLLBACK,
  admin: PlanReason.PLAN_REASON_ADMIN,
  resume: PlanReason.PLAN_REASON_RESUME,
  rebalance: PlanReason.PLAN_REASON_REBALANCE,
}

const ORIGINS: Record<StateOriginName, number> = {
  keep: StateOrigin.STATE_ORIGIN_KEEP,
  peers: StateOrigin.STATE_ORIGIN_PEERS,
  checkpoint: StateOrigin.STATE_ORIGIN_CHECKPOINT,
  init: StateOrigin.STATE_ORIGIN_INIT,
}

export function reasonName(reason: number): PlanReasonName | 'unspecified' {
  for (const [k, v] of Object.entries(REASONS)) if (v === reason) return k as PlanReasonName
  return 'unspecified'
}

/** Codec settings of a run, as plan CodecSpecs. Params are UTF-8 JSON of the run's codec options. */
export function codecSettings(run: RunConfig): control.ICodecSettings {
  const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o))
  const a = run.compression.activations
  const withDelta = (id: string) => (a.delta && /^q\d$/.test(id) ? `${id}-delta` : id)
  const u = run.compression.updates
  return {
    activationsForward: { codec: withDelta(a.forward), params: enc({ warmupSteps: a.warmupSteps }) },
    activationsBackward: { codec: withDelta(a.backward), params: enc({ warmupSteps: a.warmupSteps }) },
    updates: { codec: u.codec, params: enc({ warmupSteps: u.warmupSteps, bits: u.bits, topK: u.topK, subset: u.subset, shareMoments: u.shareMoments, embeddingBlocks: u.embeddingBlocks }) },
    stateTransfer: { codec: 'fp32', params: new Uint8Array() },
  }
}

export function hyperParams(run: RunConfig): control.IHyperParams {
  const o = run.optimizer
  return {
    learningRate: o.lr,
    warmupSteps: o.warmupSteps,
    lrSchedule: 'constant',
    lrMinRatio: 0,
    beta1: o.beta1,
    beta2: o.beta2,
    epsilon: o.eps,
    weightDecay: o.weightDecay,
    gradClipNorm: o.gradClip,
    globalBatchSequences: run.globalBatch,
    microBatchSequences: run.microBatch,
    seqLen: run.seqLen,
    computeDtype: run.precision,
    dynamicLossScale: run.precision === 'fp16',
    lossScaleInit: run.precision === 'fp16' ? 65536 : 1,
    lossScaleWindow: 1000,
    lossScaleFactor: 2,
    seed: run.seed,
  }
}

export function buildPlanMessage(d: PlanDecision, ctx: PlanContext): control.IPlan {
  const { layout } = d
  const stages = layout.stages.length
  const replicas = layout.replicas
  const cellAt = (s: number, r: number) => layout.cells.find((c) => c.stage === s && c.replica === r)
  const peerOf = (workerId: string | undefined) => (workerId === undefined ? '' : (ctx.members.get(workerId)?.peerId ?? ''))
  const rowsPerReplica = replicas > 0 ? ctx.run.globalBatch / replicas : 0
  const assignments: control.IAssignment[] = layout.cells.map((c) => {
    const range = layout.stages[c.stage]!
    const m = ctx.members.get(c.workerId)
    const dp = layout.cells.filter((o) => o.stage === c.stage && o.replica !== c.replica).sort((a, b) => a.replica - b.replica)
    return {
      peerId: m?.peerId ?? '',
      multiaddrs: m?.multiaddrs ?? [],
      workerId: c.workerId,
      stageIndex: c.stage,
      layerStart: range.start,
      layerEnd: range.end,
      replicaIndex: c.replica,
      prevPeerId: c.stage > 0 ? peerOf(cellAt(c.stage - 1, c.replica)?.workerId) : '',
      nextPeerId: c.stage < stages - 1 ? peerOf(cellAt(c.stage + 1, c.replica)?.workerId) : '',
      dataParallelPeerIds: dp.map((o) => peerOf(o.workerId)),
      batchRowStart: c.replica * rowsPerReplica,
      batchRows: rowsPerReplica,
      stateSources: (d.sources.get(c.workerId) ?? []).map((p) => ({
        layerStart: p.range.start,
        layerEnd: p.range.end,
        origin: ORIGINS[p.origin],
        peerIds: rankSources(c.workerId, p.peers, ctx.bandwidth).map((w) => peerOf(w)).filter((x) => x !== ''),
        step: p.step,
        manifestSha256: p.origin === 'checkpoint' ? (ctx.manifestAt(p.step) ?? '') : '',
      })),
      checkpointDesignated: d.designated[c.stage] === c.workerId,
    }
  })
  return {
    runId: ctx.runId,
    epoch: d.epoch,
    resumeStep: d.resumeStep,
    stepsMax: ctx.run.steps,
    numStages: stages,
    numReplicas: replicas,
    numLayers: ctx.nLayer,
    assignments,
    hyper: hyperParams(ctx.run),
    codecs: codecSettings(ctx.run),
    schedule: ctx.run.schedule === '1f1b' ? Schedule.SCHEDULE_1F1B : Schedule.SCHEDULE_GPIPE,
    microBatchesPerStep: replicas > 0 ? rowsPerReplica / ctx.run.microBatch : 0,
    checkpointIntervalSteps: ctx.run.checkpoint.everySteps,
    modelConfigJson: ctx.modelConfigJson,
    modelConfigSha256: ctx.modelConfigSha256,
    data: ctx.data,
    predictedStepMs: layout.predictedStepMs,
    reason: REASONS[d.reason],
    paused: d.paused,
    createdAtMs: ctx.nowMs,
    lossScale: ctx.lossScale,
    coordinatorPeerId: ctx.coordinatorPeerId,
  }
}
