// The cost model: predicted step time, its breakdown and memory per device of one placement. A
// pure function of (cluster, model, workload, placement); formulas in docs/placement.md.
//
// Per micro-batch, stage s of replica r computes c = W_s / F_d (W_s: the stage's FLOPs, F_d: the
// device's FLOP/s), split into a forward and a backward item as the runtime runs them (see
// forwardShare: the last stage does all of it in one pass); the boundary to s+1 carries a forward message
// in bytes_f / B(d_s -> d_s+1) + latency and a backward one the other way. A pipeline of servers
// with identical jobs finishes M jobs in sum(service + delay) + (M - 1) * max(service) (flow shop):
// GPipe runs that once forward and once backward; 1F1B's steady period is the slowest of f + b per
// stage and of each link direction. Each stage's replicas then exchange updates (two all-to-all
// rounds; a device's sends to different peers travel in parallel, bounded together by its access
// link when the cluster caps it; its own per-chunk work pipelines with the chunks still on the
// way: see syncSeconds), overlapping with the backward of earlier stages:
// step = max over stages of (last backward done + sync). Then the stages of a replica swap
// gradient norms (one latency) and step their optimizers (per-parameter time).
import type { GPTJConfig, LayerRange } from '@tandem/model'
import type { Cluster } from './cluster.js'
import { FORWARD_SHARE_RECOMPUTE, KEPT_TOKEN_PLANE_BYTES, RUNTIME_OVERHEAD_BYTES } from './constants.js'
import {
  backwardMessageBytes,
  blockActivationBytes,
  blockFlops,
  forwardMessageBytes,
  headFlops,
  microBatchesPerReplica,
  type ParamSizes,
  paramSizes,
  rangeParams,
  stateBytesPerParam,
  tokensPerMicroBatch,
  updateBytesPerParam,
  type Workload,
} from './workload.js'

/** Stages (contiguous layer ranges in pipeline order) and, per stage, one device index per replica. */
export interface Placement {
  stages: LayerRange[]
  /** devices[s][r]: index into cluster.devices of stage s in replica r. */
  devices: number[][]
}

/** Figures of one model and workload that every evaluation reuses. */
export interface CostModel {
  model: GPTJConfig
  workload: Workload
  sizes: ParamSizes
  blockFlops: number
  headFlops: number
  forwardBytes: number
  backwardBytes: number
  updateBytesPerParam: number
  blockActivationBytes: number
  /** A stage boundary's hidden state or its gradient, fp32 (as StageRuntime holds them). */
  boundaryBytes: number
  /** Logits and their gradient on the last stage, fp32, one micro-batch at a time. */
  logitsBytes: number
  /** Tokens per micro-batch (the token planes a stage keeps per in-flight micro-batch scale with it). */
  tokens: number
}

export function costModel(model: GPTJConfig, workload: Workload): CostModel {
  const n = tokensPerMicroBatch(workload)
  return {
    model,
    workload,
    sizes: paramSizes(model),
    blockFlops: blockFlops(model, workload),
    headFlops: headFlops(model, workload),
    forwardBytes: forwardMessageBytes(model, workload),
    backwardBytes: backwardMessageBytes(model, workload),
    updateBytesPerParam: updateBytesPerParam(workload),
    blockActivationBytes: blockActivationBytes(model, workload),
    boundaryBytes: n * model.nEmbd * 4,
    logitsBytes: 2 * n * model.vocabSize * 4,
    tokens: n,
  }
}

/**
 * Micro-batches stage s holds between their forward and their backward: all of them under GPipe
 * (every forward, then every backward), at most S - s under 1F1B (S - s - 1 warm-up forwards, then
 * one forward and one backward in turn: packages/worker/src/schedule.ts).
 */
export function inFlight(cm: CostModel, stage: number, stageCount: number, microBatches: number): number {
  return cm.workload.schedule === 'gpipe' ? microBatches : Math.min(microBatches, stageCount - stage)
}

/**
 * Bytes StageRuntime keeps per in-flight micro-batch between its forward and its backward. With
 * its default activation mode ("recompute") a stage other than the last keeps only the forward's
 * inputs: the token planes and, past stage 0, the incoming hidden state (fp32); the backward
 * recomputes the rest. The last stage runs forward and backward in one pass and keeps the gradient
 * of its input (fp32) until the schedule asks for its backward; alone (one stage) it keeps nothing.
 */
export function keptBytesPerMicroBatch(cm: CostModel, stage: number, stageCount: number): number {
  const first = stage === 0
  const last = stage === stageCount - 1
  if (last) return first ? 0 : cm.boundaryBytes
  return cm.tokens * (first ? KEPT_TOKEN_PLANE_BYTES.first : KEPT_TOKEN_PLANE_BYTES.other) + (first ? 0 : cm.boundaryBytes)
}

/**
 * Memory of a device running stage `stage` as fixed + perLayer * layers (the layer split solves
 * against this line): training state per parameter; what the runtime keeps per in-flight
 * micro-batch (keptBytesPerMicroBatch); one micro-batch's block activations, which the backward
 * (recomputing the forward) or the last stage's fused pass holds while it runs, one pass at a
 * time; the embedding on the first stage, ln_f + lm_head + logits on the last; the allowance.
 */
export function stageMemoryLine(
  cm: CostModel,
  stage: number,
  stageCount: number,
  replicas: number,
): { fixed: number; perLayer: number } {
  const m = microBatchesPerReplica(cm.workload, replicas)
  const flight = inFlight(cm, stage, stageCount, m)
  const bpp = stateBytesPerParam(cm.workload, replicas)
  let fixed = RUNTIME_OVERHEAD_BYTES + flight * keptBytesPerMicroBatch(cm, stage, stageCount)
  if (stage === 0) fixed += cm.sizes.embedding * bpp
  if (stage === stageCount - 1) fixed += cm.sizes.head * bpp + cm.logitsBytes
  return { fixed, perLayer: cm.sizes.block * bpp + cm.blockActivationBytes }
}

export function stageMemoryBytes(cm: CostModel, stage: number, stageCount: number, replicas: number, layers: number): number {
  const line = stageMemoryLine(cm, stage, stageCount, replicas)
  return line.fixed + line.perLayer * layers
}

/** FLOPs of one micro-batch's forward + backward on a stage of `layers` blocks (plus lm_head on the last). */
export function stageFlops(cm: CostModel, layers: number, last: boolean): number {
  return layers * cm.blockFlops + (last ? cm.headFlops : 0)
}

export interface StepBreakdown {
  /** Steady-state compute of the slowest stage over all micro-batches: M * (f + b) of the bottleneck. */
  computeS: number
  /** Steady-state time lost because a link, not a stage, sets the pace. */
  transferS: number
  /** Pipeline fill and drain (including one traversal of every link's latency). */
  bubbleS: number
  /** Data-parallel update exchange not hidden behind other stages' backward, plus the stages' gradient-norm exchange. */
  syncS: number
  /** The optimizer step (and its state snapshot) after the exchanges: per-parameter work. */
  optimizerS: number
}

export interface StageEstimate {
  range: LayerRange
  /** Forward + backward seconds per micro-batch, per replica. */
  computeS: number[]
  /** Seconds of this stage's update exchange (0 with one replica). */
  syncS: number
  /** Bytes per device, per replica. */
  memoryBytes: number[]
}

export interface LinkEstimate {
  /** Seconds per micro-batch over the boundary to the next stage (service + latency), per replica. */
  forwardS: number[]
  backwardS: number[]
}

export interface StepEstimate {
  feasible: boolean
  /** Why not feasible: one sentence per failed constraint. */
  reasons: string[]
  stepS: number
  tokensPerS: number
  breakdown: StepBreakdown
  microBatches: number
  /** The replica whose pipeline is slowest. */
  criticalReplica: number
  stages: StageEstimate[]
  /** links[s]: boundary between stage s and s + 1. */
  links: LinkEstimate[]
  /** Bytes a replica sends per step: activations and gradients over every boundary, plus its update rounds. */
  bytesPerStep: { pipeline: number; sync: number }
}

const GiB = 1024 ** 3
const MiB = 1024 ** 2

/** Binary units, as memory is sold ("16.0 GiB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GiB`
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`
  return `${(bytes / 1024).toFixed(1)} KiB`
}

/** The figures the search needs, computed without building the report. */
export interface StepCore {
  stepS: number
  /** When stage 0 may step its optimizer: pipeline, sync and the norm exchange done. */
  readyS: number
  /** [s * R + r]: optimizer seconds per step. */
  opt: Float64Array
  /** Bytes by which devices' memory falls short, summed (0 when feasible). */
  deficitBytes: number
  pipelineS: number
  criticalReplica: number
  /** Of the critical replica: M x steady-state period, and M x the bottleneck stage's compute. */
  steadyS: number
  computeS: number
  M: number
  /** [s * R + r]: forward + backward seconds per micro-batch. */
  compute: Float64Array
  /** [s * R + r] for the boundary s -> s + 1: service seconds and latency, forward and backward. */
  linkF: Float64Array
  linkB: Float64Array
  latF: Float64Array
  latB: Float64Array
  /** Per stage: bytes per device, update-exchange seconds. */
  memory: Float64Array
  sync: Float64Array
}

/**
 * The part of stage s's compute that runs when a micro-batch arrives (the rest runs when its
 * gradient comes back): the last stage computes the loss and its backward in one pass, so all of it;
 * other stages recompute their forward inside the backward (StageRuntime's default), so the
 * forward is a quarter (forward 1 + backward 1 recomputed + 2).
 */
export function forwardShare(stage: number, stageCount: number): number {
  return stage === stageCount - 1 ? 1 : FORWARD_SHARE_RECOMPUTE
}

/** Step time of `p` (see the top comment); the search calls this for every candidate. */
export function stepCore(cm: CostModel, cluster: Cluster, p: Placement): StepCore {
  const S = p.stages.length
  const R = p.devices[0]!.length
  const M = microBatchesPerReplica(cm.workload, R)
  const n = cluster.devices.length
  const bw = cluster.bandwidthBytesPerS
  const lat = cluster.latencyS
  const compute = new Float64Array(S * R)
  const memory = new Float64Array(S)
  const sync = new Float64Array(S)
  const linkF = new Float64Array(S * R)
  const linkB = new Float64Array(S * R)
  const latF = new Float64Array(S * R)
  const latB = new Float64Array(S * R)
  let deficitBytes = 0
  for (let s = 0; s < S; s++) {
    const range = p.stages[s]!
    const layers = range.end - range.start
    const flops = stageFlops(cm, layers, s === S - 1)
    const mem = stageMemoryBytes(cm, s, S, R, layers)
    memory[s] = mem
    const row = p.devices[s]!
    for (let r = 0; r < R; r++) {
      const d = cluster.devices[row[r]!]!
      compute[s * R + r] = flops / d.flopsPerS
      if (mem > d.memoryBytes) deficitBytes += mem - d.memoryBytes
      if (s + 1 < S) {
        const a = row[r]!
        const b = p.devices[s + 1]![r]!
        linkF[s * R + r] = cm.forwardBytes / bw[a * n + b]!
        latF[s * R + r] = lat[a * n + b]!
        linkB[s * R + r] = cm.backwardBytes / bw[b * n + a]!
        latB[s * R + r] = lat[b * n + a]!
      }
    }
    sync[s] = syncSeconds(cm, cluster, row, rangeParams(cm.model, cm.sizes, range))
  }

  // Per replica, when each stage's last backward finishes (flow shop, see the top comment).
  const finish = new Float64Array(S)
  const replicaFinish = new Float64Array(S)
  const gpipe = cm.workload.schedule === 'gpipe'
  let pipelineS = -1
  let critical = 0
  let steadyS = 0
  let computeS = 0
  for (let r = 0; r < R; r++) {
    let steady: number
    let bottleneck: number
    if (gpipe) {
      let sumF = 0
      let maxF = 0
      let maxFc = 0
      for (let s = 0; s < S; s++) {
        const f = compute[s * R + r]! * forwardShare(s, S)
        sumF += f
        maxF = Math.max(maxF, f)
        maxFc = Math.max(maxFc, f)
        if (s + 1 < S) {
          sumF += linkF[s * R + r]! + latF[s * R + r]!
          maxF = Math.max(maxF, linkF[s * R + r]!)
        }
      }
      const forwardDone = sumF + (M - 1) * maxF
      let sumB = 0
      let maxB = 0
      let maxBc = 0
      for (let s = S - 1; s >= 0; s--) {
        if (s + 1 < S) {
          sumB += linkB[s * R + r]! + latB[s * R + r]!
          maxB = Math.max(maxB, linkB[s * R + r]!)
        }
        const b = compute[s * R + r]! * (1 - forwardShare(s, S))
        sumB += b
        maxB = Math.max(maxB, b)
        maxBc = Math.max(maxBc, b)
        replicaFinish[s] = forwardDone + sumB + (M - 1) * maxB
      }
      steady = M * (maxF + maxB)
      bottleneck = M * (maxFc + maxBc)
    } else {
      // 1F1B: one forward and one backward per period in the steady state.
      let total = 0
      let period = 0
      let computePeriod = 0
      for (let s = 0; s < S; s++) {
        const c = compute[s * R + r]!
        total += c
        computePeriod = Math.max(computePeriod, c)
        if (s + 1 < S) {
          total += linkF[s * R + r]! + latF[s * R + r]! + linkB[s * R + r]! + latB[s * R + r]!
          period = Math.max(period, linkF[s * R + r]!, linkB[s * R + r]!)
        }
      }
      period = Math.max(period, computePeriod)
      total += (M - 1) * period
      // Stage s finishes before the backward items below it (its lower boundaries and stages).
      let after = 0
      for (let s = 0; s < S; s++) {
        replicaFinish[s] = total - after
        after += compute[s * R + r]! * (1 - forwardShare(s, S)) + (s + 1 < S ? linkB[s * R + r]! + latB[s * R + r]! : 0)
      }
      steady = M * period
      bottleneck = M * computePeriod
    }
    for (let s = 0; s < S; s++) finish[s] = Math.max(finish[s]!, replicaFinish[s]!)
    if (replicaFinish[0]! > pipelineS) {
      pipelineS = replicaFinish[0]!
      critical = r
      steadyS = steady
      computeS = bottleneck
    }
  }
  // Then every stage of a replica sends its squared gradient norm to every other stage (exact
  // global clipping), so a stage steps its optimizer one latency after the slowest stage of its
  // replica is done. The next step starts at stage 0 once it has stepped; a later stage still
  // stepping when the first micro-batch reaches it holds the pipeline back by the difference.
  const opt = new Float64Array(S * R)
  let readyS = 0
  let stepS = 0
  for (let r = 0; r < R; r++) {
    let prefix = 0
    for (let s = 0; s < S; s++) {
      const d = p.devices[s]![r]!
      let ready = 0
      for (let t = 0; t < S; t++) ready = Math.max(ready, finish[t]! + sync[t]! + (t === s ? 0 : lat[p.devices[t]![r]! * n + d]!))
      const o = rangeParams(cm.model, cm.sizes, p.stages[s]!) * (cluster.devices[d]!.optimizerSecondsPerParam ?? 0)
      opt[s * R + r] = o
      if (s === 0) readyS = Math.max(readyS, ready)
      stepS = Math.max(stepS, ready + o - prefix)
      if (s + 1 < S) prefix += compute[s * R + r]! * forwardShare(s, S) + linkF[s * R + r]! + latF[s * R + r]!
    }
  }
  return {
    stepS,
    readyS,
    opt,
    deficitBytes,
    pipelineS,
    criticalReplica: critical,
    steadyS,
    computeS,
    M,
    compute,
    linkF,
    linkB,
    latF,
    latB,
    memory,
    sync,
  }
}

/**
 * Predicted step of `p` on `cluster`, with per-stage and per-link figures. Never throws for a
 * well-formed placement: memory overruns come back as `feasible: false` with reasons (the time
 * figures are still computed).
 */
export function estimateStep(cm: CostModel, cluster: Cluster, p: Placement): StepEstimate {
  const c = stepCore(cm, cluster, p)
  const S = p.stages.length
  const R = p.devices[0]!.length
  const reasons: string[] = []
  const stages: StageEstimate[] = p.stages.map((range, s) => {
    const computeS: number[] = []
    const memoryBytes: number[] = []
    for (let r = 0; r < R; r++) {
      const d = cluster.devices[p.devices[s]![r]!]!
      computeS.push(c.compute[s * R + r]!)
      memoryBytes.push(c.memory[s]!)
      if (c.memory[s]! > d.memoryBytes) {
        reasons.push(
          `stage ${s} (layers ${range.start}-${range.end - 1}) needs ${formatBytes(c.memory[s]!)} on ${d.id}, which has ${formatBytes(d.memoryBytes)}.`,
        )
      }
    }
    return { range, computeS, syncS: c.sync[s]!, memoryBytes }
  })
  const links: LinkEstimate[] = []
  for (let s = 0; s + 1 < S; s++) {
    const forwardS: number[] = []
    const backwardS: number[] = []
    for (let r = 0; r < R; r++) {
      forwardS.push(c.linkF[s * R + r]! + c.latF[s * R + r]!)
      backwardS.push(c.linkB[s * R + r]! + c.latB[s * R + r]!)
    }
    links.push({ forwardS, backwardS })
  }
  let syncBytes = 0
  if (R > 1) {
    for (const range of p.stages) syncBytes += (2 * (R - 1) * rangeParams(cm.model, cm.sizes, range) * cm.updateBytesPerParam) / R
  }
  return {
    feasible: reasons.length === 0,
    reasons,
    stepS: c.stepS,
    tokensPerS: (cm.workload.globalBatch * cm.workload.seqLen) / c.stepS,
    breakdown: {
      computeS: c.computeS,
      transferS: c.steadyS - c.computeS,
      bubbleS: c.pipelineS - c.steadyS,
      syncS: c.readyS - c.pipelineS,
      optimizerS: c.stepS - c.readyS,
    },
    microBatches: c.M,
    criticalReplica: c.criticalReplica,
    stages,
    links,
    bytesPerStep: { pipeline: c.M * (S - 1) * (cm.forwardBytes + cm.backwardBytes), sync: syncBytes },
  }
}

/**
 * Seconds of one stage's update exchange among its replicas: two all-to-all rounds (each replica
 * owns 1/R of the stage's parameters), each ending when the slowest device is done.
 *
 * The network: in a round every device sends a chunk to each of its R - 1 peers at once (the
 * worker's LinkExchange issues the R - 1 sends together, each on its own stream to a different
 * peer), so the chunks travel different paths in parallel. The chunk j -> i is through when its
 * path allows (chunk / B(j -> i)) and, where the cluster declares access-link caps, when j's uplink
 * has carried all of j's R - 1 chunks and i's downlink all of i's R - 1 incoming ones (concurrent
 * flows share a cap and finish together); it arrives one latency of its path later. So a sender
 * takes max(max_j (chunk / B + latency), (R - 1) * chunk / uplink + latency) and a receiver is
 * bounded by (R - 1) * chunk / downlink; a cluster without caps leaves only the paths.
 *
 * The device's own work (syncSecondsPerParam: the transport's framing and encryption, decoding,
 * summing), spread evenly over the round's R - 1 incoming chunks, runs on the device one chunk at a
 * time. The worker handles a chunk only once it has fully arrived: the codecs (cocktail-sgd.ts,
 * all-reduce.ts) encode every chunk before a round's sends and decode once all have arrived, and
 * a frame is read whole. So a chunk's work never overlaps its own transfer, only the transfers of
 * the chunks still on the way: a two-machine flow shop (network, then CPU) over the R - 1 chunks
 * in arrival order. With one peer that is transfer + work (their sum); with many peers the work of
 * the early chunks hides behind the late ones.
 */
export function syncSeconds(cm: CostModel, cluster: Cluster, group: readonly number[], params: number): number {
  const R = group.length
  if (R <= 1) return 0
  const n = cluster.devices.length
  const bw = cluster.bandwidthBytesPerS
  const lat = cluster.latencyS
  const chunk = (params / R) * cm.updateBytesPerParam
  const fanBytes = (R - 1) * chunk
  // Only needed with per-chunk work (the search calls this for every candidate: no allocation otherwise).
  let arrivals: Float64Array | undefined
  let round = 0
  for (const i of group) {
    const di = cluster.devices[i]!
    const downS = fanBytes / di.downlinkBytesPerS
    const perChunk = (params * (di.syncSecondsPerParam ?? 0)) / (2 * (R - 1))
    if (perChunk > 0) arrivals ??= new Float64Array(R - 1)
    let k = 0
    let last = 0
    for (const j of group) {
      if (j === i) continue
      const upS = fanBytes / cluster.devices[j]!.uplinkBytesPerS
      const a = Math.max(chunk / bw[j * n + i]!, upS, downS) + lat[j * n + i]!
      if (perChunk > 0) arrivals![k++] = a
      last = Math.max(last, a)
    }
    if (perChunk > 0) {
      arrivals!.sort()
      let done = 0
      for (const a of arrivals!) done = Math.max(done, a) + perChunk
      round = Math.max(round, done)
    } else {
      round = Math.max(round, last)
    }
  }
  return 2 * round
}
