// What `tandem plan` and `tandem bench plan` print: the chosen plan with its predicted figures,
// the same figures for the naive and random placements of the same shape, and, for re-planning,
// the state moved compared with planning from scratch. JSON-ready (plain numbers and strings).
import type { GPTJConfig } from '@tandem/model'
import { randomBaseline, naivePlacement } from './baselines.js'
import { type Cluster, subCluster } from './cluster.js'
import { CHECKPOINT_BYTES_PER_S, RANDOM_BASELINE_SAMPLES } from './constants.js'
import { type CostModel, costModel, estimateStep, type Placement, type StepBreakdown, type StepEstimate } from './cost-model.js'
import { indexPlan, type PlacementPlan } from './plan.js'
import { type PlannerOptions, type PlanResult, planPlacement, type Shape } from './planner.js'
import { holdingsOf, moveEstimate } from './state-moves.js'
import type { Workload } from './workload.js'

export interface EstimateSummary {
  feasible: boolean
  reasons: string[]
  stepS: number
  tokensPerS: number
  breakdown: StepBreakdown
  microBatches: number
  layers: number[]
  stages: Array<{
    layers: [number, number]
    devices: string[]
    /** Slowest replica's forward + backward seconds per micro-batch. */
    computeS: number
    syncS: number
    memoryBytes: number
    smallestDeviceBytes: number
  }>
}

export function summarize(cluster: Cluster, p: Placement, e: StepEstimate): EstimateSummary {
  return {
    feasible: e.feasible,
    reasons: e.reasons,
    stepS: e.stepS,
    tokensPerS: e.tokensPerS,
    breakdown: e.breakdown,
    microBatches: e.microBatches,
    layers: p.stages.map((r) => r.end - r.start),
    stages: e.stages.map((st, s) => ({
      layers: [st.range.start, st.range.end - 1],
      devices: p.devices[s]!.map((i) => cluster.devices[i]!.id),
      computeS: Math.max(...st.computeS),
      syncS: st.syncS,
      memoryBytes: st.memoryBytes[0]!,
      smallestDeviceBytes: Math.min(...p.devices[s]!.map((i) => cluster.devices[i]!.memoryBytes)),
    })),
  }
}

export interface PlanReport {
  ok: boolean
  reasons: string[]
  shape?: Shape
  tandem?: EstimateSummary
  naive?: EstimateSummary
  /** The median of RANDOM_BASELINE_SAMPLES seeded random placements. */
  random?: EstimateSummary & { feasibleFraction: number }
  /** Baseline step time over Tandem's (null when the baseline does not fit in memory). */
  speedup?: { vsNaive: number | null; vsRandom: number | null }
  search: PlanResult['search']
}

/** Placement indices of a plan made for `cluster` (every device must be a member). */
export function placementOf(cluster: Cluster, plan: PlacementPlan): Placement {
  const idx = indexPlan(cluster, plan)
  return { stages: plan.stages, devices: idx.map((row) => row.map((i) => i!)) }
}

export function planReport(cluster: Cluster, model: GPTJConfig, w: Workload, options: PlannerOptions = {}): PlanReport {
  const res = planPlacement(cluster, model, w, options)
  if (!res.ok) return { ok: false, reasons: res.reasons, search: res.search }
  const cm = costModel(model, w)
  const p = placementOf(cluster, res.plan!)
  const shape = { stages: p.stages.length, replicas: p.devices[0]!.length }
  const naiveP = naivePlacement(cm, cluster, shape)
  const naive = summarize(cluster, naiveP, estimateStep(cm, cluster, naiveP))
  const rb = randomBaseline(cm, cluster, shape, (options.seed ?? 1) * 7919, RANDOM_BASELINE_SAMPLES)
  const tandem = summarize(cluster, p, res.estimate!)
  const random = { ...summarize(cluster, rb.placement, rb.median), feasibleFraction: rb.feasibleFraction }
  const ratio = (b: EstimateSummary) => (b.feasible ? b.stepS / tandem.stepS : null)
  return {
    ok: true,
    reasons: [],
    shape,
    tandem,
    naive,
    random,
    speedup: { vsNaive: ratio(naive), vsRandom: ratio(random) },
    search: res.search,
  }
}

export interface ReplanReport {
  left: string
  /** Re-planning from the current plan (move cost + hysteresis). */
  replan: {
    decision: string
    stepS: number
    movedBytes: number
    checkpointBytes: number
    moveS: number
    elapsedMs: number
    /** The current plan repaired for the departed member (what a new plan had to beat by the margin); null when it cannot be repaired. */
    repairedStepS: number | null
  }
  /** Planning the reduced cluster from scratch, then moving state from the old holders. */
  fromScratch: { stepS: number; movedBytes: number; checkpointBytes: number; moveS: number; elapsedMs: number }
}

/**
 * One worker leaves (`leaving`, a device of `plan`): what re-planning moves versus adopting a
 * from-scratch plan of the remaining cluster.
 */
export function replanReport(
  cluster: Cluster,
  model: GPTJConfig,
  w: Workload,
  plan: PlacementPlan,
  leaving: string,
  options: PlannerOptions = {},
): ReplanReport | { error: string } {
  const after = subCluster(cluster, (d) => d.id !== leaving)
  const re = planPlacement(after, model, w, { ...options, current: plan })
  const scratch = planPlacement(after, model, w, { ...options })
  if (!re.ok || !scratch.ok) return { error: (re.ok ? scratch : re).reasons.join(' ') }
  const cm: CostModel = costModel(model, w)
  const moved = moveEstimate(
    cm,
    after,
    holdingsOf(cm, after, plan),
    placementOf(after, scratch.plan!),
    options.checkpointBytesPerS ?? CHECKPOINT_BYTES_PER_S,
  )
  return {
    left: leaving,
    replan: {
      decision: re.replan!.decision,
      stepS: re.estimate!.stepS,
      movedBytes: re.replan!.move.peerBytes + re.replan!.move.checkpointBytes,
      checkpointBytes: re.replan!.move.checkpointBytes,
      moveS: re.replan!.move.seconds,
      elapsedMs: re.search.elapsedMs,
      repairedStepS: re.replan!.currentStepS,
    },
    fromScratch: {
      stepS: scratch.estimate!.stepS,
      movedBytes: moved.peerBytes + moved.checkpointBytes,
      checkpointBytes: moved.checkpointBytes,
      moveS: moved.seconds,
      elapsedMs: scratch.search.elapsedMs,
    },
  }
}
