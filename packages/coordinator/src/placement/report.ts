// What `tandem plan` and `tandem bench plan` print: the chosen plan with its predicted figures,
// the same figures for the naive and random placements of the same shape, and, for re-planning,
// the state moved compared with planning from scratch. JSON-ready (plain numbers and strings).
import type { GPTJConfig } from '@tandem/model'
import { bestLinkCluster, computeFloorS, naivePlacement, networkFreeCluster, randomBaseline } from './baselines.js'
import { type Cluster, subCluster } from './cluster.js'
import { RANDOM_BASELINE_SAMPLES } from './constants.js'
import { costModel, estimateStep, stepCore, type Placement, type StepBreakdown, type StepEstimate } from './cost-model.js'
import { indexPlan, type PlacementPlan } from './plan.js'
import { type PlannerOptions, type PlanResult, planPlacement, type Shape } from './planner.js'
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
  /** With `bound`: how fast any placement could be on these devices (see NetworkFreeBound). */
  bound?: NetworkFreeBound
  search: PlanResult['search']
}

/**
 * The planner's best step (same seed and budget) on the same devices with better links, or the
 * step of Tandem's or naive's own placement there when that is lower. A search result, not a
 * proof (the compute floor is one); the cost model only gets faster with faster links, so no
 * placement on the real cluster should beat it.
 */
export interface LinkBound {
  stepS: number
  shape: Shape
  layers: number[]
  breakdown: StepBreakdown
  /** Tandem's step over the bound: how much any placement could still gain. */
  tandemOverBound: number
  /** Naive's step over the bound: the most any placement could gain over naive (null when naive does not fit). */
  naiveOverBound: number | null
  search: PlanResult['search']
}

/**
 * How fast any placement could be on these devices: every link free (network-free: compute, the
 * bubble and per-parameter work), every link as good as the cluster's best one (best-link), and
 * the compute floor.
 */
export interface NetworkFreeBound extends LinkBound {
  /** Every link as fast as the cluster's best and as short as its lowest latency. */
  bestLink: LinkBound
  /** No placement can step faster: all the step's FLOPs over all devices' FLOP/s. */
  computeFloorS: number
}

/** Placement indices of a plan made for `cluster` (every device must be a member). */
export function placementOf(cluster: Cluster, plan: PlacementPlan): Placement {
  const idx = indexPlan(cluster, plan)
  return { stages: plan.stages, devices: idx.map((row) => row.map((i) => i!)) }
}

export function planReport(
  cluster: Cluster,
  model: GPTJConfig,
  w: Workload,
  options: PlannerOptions = {},
  report: { bound?: boolean } = {},
): PlanReport {
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
    ...(report.bound ? { bound: networkFreeBound(cluster, model, w, res.plan!, options) } : {}),
    search: res.search,
  }
}

/** The bounds for `plan` (Tandem's) and the naive placement of its shape on `cluster`. */
export function networkFreeBound(cluster: Cluster, model: GPTJConfig, w: Workload, plan: PlacementPlan, options: PlannerOptions = {}): NetworkFreeBound {
  const cm = costModel(model, w)
  const tandemP = placementOf(cluster, plan)
  const naiveP = naivePlacement(cm, cluster, { stages: tandemP.stages.length, replicas: tandemP.devices[0]!.length })
  const tandemS = estimateStep(cm, cluster, tandemP).stepS
  const naive = estimateStep(cm, cluster, naiveP)
  const { current: _current, ...scratch } = options
  const on = (better: Cluster): LinkBound => {
    const res = planPlacement(better, model, w, scratch)
    // Any placement steps at least as fast on better links; the search may miss one of these.
    let best: Placement | null = res.ok ? placementOf(better, res.plan!) : null
    let bestS = res.ok ? res.estimate!.stepS : Number.POSITIVE_INFINITY
    for (const p of [tandemP, naiveP]) {
      const core = stepCore(cm, better, p)
      if (core.deficitBytes === 0 && core.stepS < bestS) {
        best = p
        bestS = core.stepS
      }
    }
    const e = estimateStep(cm, better, best!)
    return {
      stepS: e.stepS,
      shape: { stages: best!.stages.length, replicas: best!.devices[0]!.length },
      layers: best!.stages.map((r) => r.end - r.start),
      breakdown: e.breakdown,
      tandemOverBound: tandemS / e.stepS,
      naiveOverBound: naive.feasible ? naive.stepS / e.stepS : null,
      search: res.search,
    }
  }
  return { ...on(networkFreeCluster(cluster)), bestLink: on(bestLinkCluster(cluster)), computeFloorS: computeFloorS(cm, cluster) }
}

export interface ReplanReport {
  left: string
  /**
   * Re-planning from the current plan: the re-plan objective (step + move amortised over
   * REPLAN_AMORTIZE_STEPS) and hysteresis, with the from-scratch optimum as one more candidate.
   */
  replan: {
    decision: string
    stepS: number
    movedBytes: number
    checkpointBytes: number
    moveS: number
    /** step + move / amortisation steps: what the search minimises. */
    objectiveS: number
    /** Both searches (from scratch, then re-plan). */
    elapsedMs: number
    /** The current plan repaired for the departed member (what a new plan had to beat by the margin); null when it cannot be repaired. */
    repairedStepS: number | null
    repairedObjectiveS: number | null
  }
  /** Planning the reduced cluster from scratch (same seed and budget), then moving state from the old holders. */
  fromScratch: { stepS: number; movedBytes: number; checkpointBytes: number; moveS: number; objectiveS: number }
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
  if (!re.ok) return { error: re.reasons.join(' ') }
  const r = re.replan!
  const scratch = r.fromScratch
  if (scratch === null) return { error: 'the from-scratch search found no plan that fits.' }
  return {
    left: leaving,
    replan: {
      decision: r.decision,
      stepS: re.estimate!.stepS,
      movedBytes: r.move.peerBytes + r.move.checkpointBytes,
      checkpointBytes: r.move.checkpointBytes,
      moveS: r.move.seconds,
      objectiveS: r.objectiveS,
      elapsedMs: re.search.elapsedMs,
      repairedStepS: r.currentStepS,
      repairedObjectiveS: r.currentObjectiveS,
    },
    fromScratch: {
      stepS: scratch.stepS,
      movedBytes: scratch.move.peerBytes + scratch.move.checkpointBytes,
      checkpointBytes: scratch.move.checkpointBytes,
      moveS: scratch.move.seconds,
      objectiveS: scratch.objectiveS,
    },
  }
}
