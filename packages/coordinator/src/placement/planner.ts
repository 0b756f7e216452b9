// The placement search: pipeline depth x replica count, which devices form each stage's
// data-parallel group, the order of the stages, which devices form each pipeline, and the layer
// split. A pure function of its inputs and a seed (the wall-clock bound aside, which only stops it
// early and says so).
//
// 1. Shapes: every (S, R) with S <= layers, R splitting the global batch into whole micro-batches,
//    S * R <= devices (or the run's fixed shape).
// 2. Seeds per shape: structured orderings of the devices (file order; by site, sites chained by
//    bandwidth; by speed; fastest first) filled stage-major (data-parallel groups inside a site) or
//    replica-major (pipelines inside a site), plus random ones; each gets the optimal layer split.
// 3. Successive halving over shapes: each round anneals every remaining shape (swaps of devices
//    between cells, with unused devices, of stage order, reversal of stage segments; each move
//    re-split and re-costed), then keeps the better half, so the best shapes get the most moves.
// 4. Re-planning (a current plan given): the objective adds the time to move state amortised over
//    REPLAN_AMORTIZE_STEPS steps. A from-scratch search runs first; its optimum and the current
//    plan, repaired for departed members, seed the re-plan search. The current plan is kept unless
//    the best plan is better by REPLAN_MARGIN (hysteresis).
import type { GPTJConfig, LayerRange } from '@tandem/model'
import type { Cluster } from './cluster.js'
import {
  CHECKPOINT_BYTES_PER_S,
  PLAN_TIME_MS_MAX,
  REPLAN_AMORTIZE_STEPS,
  REPLAN_MARGIN,
  SEARCH_EVALUATIONS,
} from './constants.js'
import {
  type CostModel,
  costModel,
  estimateStep,
  formatBytes,
  type Placement,
  type StepEstimate,
  stageMemoryLine,
  stepCore,
} from './cost-model.js'
import { splitLayers } from './layer-split.js'
import { indexPlan, type PlacementPlan, toPlan } from './plan.js'
import { mulberry32, type Rng, randomInt, shuffle } from './rng.js'
import { type Holdings, holdingsOf, type MoveEstimate, moveEstimate } from './state-moves.js'
import { validReplicaCounts, type Workload } from './workload.js'

export interface PlannerOptions {
  seed?: number
  /** Evaluation budget of the annealing (split evenly over the rounds of successive halving). */
  iterations?: number
  timeBoundMs?: number
  /** Clock for the time bound (ms); defaults to performance.now. */
  now?: () => number
  /** The plan in force, for re-planning after a membership change. */
  current?: PlacementPlan
  amortizeSteps?: number
  margin?: number
  /** Rate of the coordinator's checkpoint store towards a worker (for state no member holds). 1 Gbps unless measured. */
  checkpointBytesPerS?: number
}

export interface PlanResult {
  ok: boolean
  plan?: PlacementPlan
  estimate?: StepEstimate
  /** When not ok: which constraint fails, one sentence each. */
  reasons: string[]
  /** With a current plan: what adopting `plan` moves, and whether the current plan was kept. */
  replan?: {
    decision: 'kept' | 'repaired' | 'replaced'
    move: MoveEstimate
    /** The repaired current plan's step, what the chosen plan had to beat (null when it cannot be repaired). */
    currentStepS: number | null
    /** The chosen plan's re-plan objective: step + move seconds / amortizeSteps. */
    objectiveS: number
    /** The repaired current plan's objective (its spares' fetch included); null when it cannot be repaired. */
    currentObjectiveS: number | null
    /**
     * The plan a from-scratch search (same seed and budget) chose for this cluster, judged by the
     * same objective: the choice is never worse than it, except that the current plan may stay
     * while the from-scratch plan is better by less than the margin. Null when nothing fits.
     */
    fromScratch: ReplanFigures | null
  }
  search: { shapes: number; evaluations: number; elapsedMs: number; stoppedEarly: boolean; seed: number }
}

/** A plan's figures under the re-plan objective. */
export interface ReplanFigures {
  plan: PlacementPlan
  stepS: number
  move: MoveEstimate
  /** step + move seconds / amortizeSteps. */
  objectiveS: number
}

const INFEASIBLE = 1e12

interface Candidate {
  devices: number[][]
  stages: LayerRange[] | null
  /** Objective: step seconds (+ amortised move seconds), or INFEASIBLE scaled by the memory shortfall. */
  cost: number
  reason: string | null
}

export interface Shape {
  stages: number
  replicas: number
}

/** The shapes the search considers, or a sentence saying why there are none. */
export function candidateShapes(model: GPTJConfig, w: Workload, devices: number): Shape[] | string {
  if (w.parallelism !== 'auto') {
    const { stages, replicas } = w.parallelism
    if (stages * replicas > devices) {
      return `the run asks for ${stages} stages x ${replicas} replicas = ${stages * replicas} devices, and the cluster has ${devices}.`
    }
    return [{ stages, replicas }]
  }
  const out: Shape[] = []
  for (let s = 1; s <= Math.min(model.nLayer, devices); s++) {
    for (const r of validReplicaCounts(w, Math.floor(devices / s))) out.push({ stages: s, replicas: r })
  }
  return out
}

class Search {
  readonly cm: CostModel
  readonly n: number
  readonly rng: Rng
  evaluations = 0
  stoppedEarly = false
  readonly started: number
  readonly holdings: Holdings | null
  readonly currentStages: LayerRange[] | null

  constructor(
    readonly cluster: Cluster,
    model: GPTJConfig,
    w: Workload,
    readonly opts: Required<Omit<PlannerOptions, 'current'>> & { current?: PlacementPlan },
  ) {
    this.cm = costModel(model, w)
    this.n = cluster.devices.length
    this.rng = mulberry32(opts.seed)
    this.started = opts.now()
    this.holdings = opts.current ? holdingsOf(this.cm, cluster, opts.current) : null
    this.currentStages = opts.current ? opts.current.stages : null
  }

  outOfTime(): boolean {
    if (this.stoppedEarly) return true
    if ((this.evaluations & 63) === 0 && this.opts.now() - this.started > this.opts.timeBoundMs) this.stoppedEarly = true
    return this.stoppedEarly
  }

  /** Costs a device matrix with the optimal split (and, when re-planning, the current split too). */
  evaluate(devices: number[][], fixed?: LayerRange[]): Candidate {
    this.evaluations++
    let best: Candidate | null = null
    const tries: (LayerRange[] | null)[] = fixed ? [fixed] : [null]
    if (!fixed && this.currentStages && this.currentStages.length === devices.length) tries.push(this.currentStages)
    for (const t of tries) {
      const c = this.costWith(devices, t)
      if (best === null || c.cost < best.cost) best = c
    }
    return best!
  }

  private costWith(devices: number[][], stages: LayerRange[] | null): Candidate {
    if (stages === null) {
      const split = splitLayers(this.cm, this.cluster, devices)
      if (!split.ok) return { devices, stages: null, cost: INFEASIBLE * (1 + split.deficitBytes / 1e9), reason: split.reason }
      stages = split.stages
    }
    const p: Placement = { stages, devices }
    const core = stepCore(this.cm, this.cluster, p)
    if (core.deficitBytes > 0) {
      return { devices, stages, cost: INFEASIBLE * (1 + core.deficitBytes / 1e9), reason: null }
    }
    let cost = core.stepS
    if (this.holdings) cost += this.move(p).seconds / this.opts.amortizeSteps
    return { devices, stages, cost, reason: null }
  }

  move(p: Placement): MoveEstimate {
    return moveEstimate(this.cm, this.cluster, this.holdings!, p, this.opts.checkpointBytesPerS)
  }

  /** Device orderings the seeds fill from. */
  orderings(): number[][] {
    const devs = this.cluster.devices
    const all = devs.map((_, i) => i)
    const bySpeed = [...all].sort((a, b) => devs[b]!.flopsPerS - devs[a]!.flopsPerS || devs[b]!.memoryBytes - devs[a]!.memoryBytes || a - b)
    const chain = this.siteChain()
    const bySite = chain.flatMap((site) => bySpeed.filter((i) => devs[i]!.site === site))
    return [all, bySite, bySpeed]
  }

  /** Sites ordered greedily: start at the site with the most compute, then the best-connected unvisited site. */
  siteChain(): string[] {
    const devs = this.cluster.devices
    const sites = [...new Set(devs.map((d) => d.site))]
    const flops = new Map<string, number>()
    for (const d of devs) flops.set(d.site, (flops.get(d.site) ?? 0) + d.flopsPerS)
    const mean = (a: string, b: string) => {
      let sum = 0
      let k = 0
      devs.forEach((da, i) => {
        if (da.site !== a) return
        devs.forEach((db, j) => {
          if (db.site !== b || i === j) return
          sum += this.cluster.bandwidthBytesPerS[i * this.n + j]!
          k++
        })
      })
      return k === 0 ? 0 : sum / k
    }
    const left = new Set(sites)
    let at = sites.reduce((a, b) => (flops.get(b)! > flops.get(a)! ? b : a))
    const out = [at]
    left.delete(at)
    while (left.size > 0) {
      let next = ''
      let best = -1
      for (const s of left) {
        const b = mean(at, s)
        if (b > best) {
          best = b
          next = s
        }
      }
      out.push(next)
      left.delete(next)
      at = next
    }
    return out
  }

  seeds(shape: Shape, orderings: number[][]): number[][][] {
    const { stages: S, replicas: R } = shape
    const out: number[][][] = []
    const fill = (order: number[], stageMajor: boolean) =>
      Array.from({ length: S }, (_, s) => Array.from({ length: R }, (_, r) => order[stageMajor ? s * R + r : r * S + s]!))
    for (const order of orderings) {
      out.push(fill(order, true), fill(order, false))
    }
    for (let k = 0; k < 2; k++) out.push(fill(shuffle(this.rng, orderings[0]!.slice()), true))
    return out
  }

  /** Simulated annealing from `start` over device swaps, pool swaps and stage re-orderings. */
  anneal(start: Candidate, iterations: number, fixed?: LayerRange[]): Candidate {
    const S = start.devices.length
    const R = start.devices[0]!.length
    const used = new Set(start.devices.flat())
    const pool = this.cluster.devices.map((_, i) => i).filter((i) => !used.has(i))
    let cur = start
    let best = start
    const t0 = 0.03
    const t1 = 0.0003
    for (let it = 0; it < iterations && !this.outOfTime(); it++) {
      const temp = t0 * (t1 / t0) ** (it / iterations)
      const next = cur.devices.map((row) => row.slice())
      const u = this.rng()
      let poolSwap: [number, number] | null = null
      if (u < 0.25 && pool.length > 0) {
        const s = randomInt(this.rng, S)
        const r = randomInt(this.rng, R)
        const k = randomInt(this.rng, pool.length)
        poolSwap = [k, next[s]![r]!]
        next[s]![r] = pool[k]!
      } else if (u < 0.4 && S > 1 && !fixed) {
        const a = randomInt(this.rng, S)
        const b = randomInt(this.rng, S)
        if (this.rng() < 0.5) {
          const t = next[a]!
          next[a] = next[b]!
          next[b] = t
        } else {
          const [lo, hi] = a < b ? [a, b] : [b, a]
          next.splice(lo, hi - lo + 1, ...next.slice(lo, hi + 1).reverse())
        }
      } else if (u < 0.5 && S > 1 && R > 1) {
        // Swap the tails of two pipelines from a stage boundary on: re-matches the devices on
        // either side of that boundary in one move (single swaps would first break both pipelines).
        const k = 1 + randomInt(this.rng, S - 1)
        const r1 = randomInt(this.rng, R)
        const r2 = randomInt(this.rng, R)
        for (let s = k; s < S; s++) {
          const t = next[s]![r1]!
          next[s]![r1] = next[s]![r2]!
          next[s]![r2] = t
        }
      } else {
        const s1 = randomInt(this.rng, S)
        const r1 = randomInt(this.rng, R)
        const s2 = u < 0.7 ? s1 : randomInt(this.rng, S)
        const r2 = randomInt(this.rng, R)
        const t = next[s1]![r1]!
        next[s1]![r1] = next[s2]![r2]!
        next[s2]![r2] = t
      }
      const cand = this.evaluate(next, fixed)
      const delta = (cand.cost - cur.cost) / cur.cost
      if (delta <= 0 || this.rng() < Math.exp(-delta / temp)) {
        if (poolSwap) pool[poolSwap[0]] = poolSwap[1]
        cur = cand
        if (cur.cost < best.cost) best = cur
      }
    }
    return best
  }

  /** The current plan with departed members replaced by spares, or with their replicas dropped. */
  repairCurrent(): Candidate | null {
    const current = this.opts.current!
    const idx = indexPlan(this.cluster, current)
    const used = new Set(idx.flat().filter((i): i is number => i !== null))
    const spares = this.cluster.devices.map((_, i) => i).filter((i) => !used.has(i))
    const missing: [number, number][] = []
    idx.forEach((row, s) => {
      row.forEach((d, r) => {
        if (d === null) missing.push([s, r])
      })
    })
    if (current.stages.length > this.cm.model.nLayer) return null
    if (missing.length <= spares.length) {
      const devices = idx.map((row) => row.slice()) as number[][]
      for (const [s, r] of missing) {
        let best: { cost: number; k: number } | null = null
        spares.forEach((spare, k) => {
          devices[s]![r] = spare
          const c = this.evaluate(devices.map((row) => row.slice()), current.stages)
          if (best === null || c.cost < best.cost) best = { cost: c.cost, k }
        })
        devices[s]![r] = spares.splice(best!.k, 1)[0]!
      }
      return this.evaluate(devices, current.stages)
    }
    // Not enough spares: drop every replica that lost a member, then down to a replica count
    // that splits the batch (dropping the slowest pipelines first).
    const R = idx[0]!.length
    const broken = new Set(missing.map(([, r]) => r))
    let cols = Array.from({ length: R }, (_, r) => r).filter((r) => !broken.has(r))
    const target = validReplicaCounts(this.cm.workload, cols.length)[0]
    if (target === undefined || cols.length === 0) return null
    const speed = (r: number) => Math.min(...idx.map((row) => this.cluster.devices[row[r]!]!.flopsPerS))
    cols = cols.sort((a, b) => speed(b) - speed(a) || a - b).slice(0, target).sort((a, b) => a - b)
    return this.evaluate(
      idx.map((row) => cols.map((r) => row[r]!)),
      current.stages,
    )
  }
}

/**
 * Chooses a placement for `workload` on `cluster`. Never throws for a well-formed cluster: when
 * nothing fits, `ok` is false and `reasons` says which constraint fails.
 *
 * With a current plan, the search runs twice: once from scratch (step time alone, the same search
 * as without a current plan) and once under the re-plan objective (step + move amortised), seeded
 * with the repaired current plan and with the from-scratch optimum. Annealing runs of one budget
 * end in different optima, so a lone re-plan search can end worse on both counts than planning
 * from scratch; judging the from-scratch optimum by the same objective makes the choice at least
 * as good as it (up to the hysteresis margin in favour of the current plan).
 */
export function planPlacement(cluster: Cluster, model: GPTJConfig, workload: Workload, options: PlannerOptions = {}): PlanResult {
  const opts = {
    seed: options.seed ?? 1,
    iterations: options.iterations ?? SEARCH_EVALUATIONS,
    timeBoundMs: options.timeBoundMs ?? PLAN_TIME_MS_MAX,
    now: options.now ?? (() => performance.now()),
    amortizeSteps: options.amortizeSteps ?? REPLAN_AMORTIZE_STEPS,
    margin: options.margin ?? REPLAN_MARGIN,
    checkpointBytesPerS: options.checkpointBytesPerS ?? CHECKPOINT_BYTES_PER_S,
    ...(options.current ? { current: options.current } : {}),
  }
  const found = candidateShapes(model, workload, cluster.devices.length)
  const shapes = typeof found === 'string' ? [] : found
  // The from-scratch search, first: with a current plan it has half the time bound.
  const { current: _current, ...scratchOpts } = opts
  const scratch = new Search(cluster, model, workload, opts.current ? { ...scratchOpts, timeBoundMs: opts.timeBoundMs / 2 } : scratchOpts)
  const searches = [scratch]
  const summary = () => ({
    shapes: shapes.length,
    evaluations: searches.reduce((sum, s) => sum + s.evaluations, 0),
    elapsedMs: opts.now() - scratch.started,
    stoppedEarly: searches.some((s) => s.stoppedEarly),
    seed: opts.seed,
  })
  if (typeof found === 'string') return { ok: false, reasons: [found], search: summary() }
  if (shapes.length === 0) {
    const reason = `the global batch (${workload.globalBatch}) in micro-batches of ${workload.microBatch} fits no shape on ${cluster.devices.length} devices.`
    return { ok: false, reasons: [reason], search: summary() }
  }

  const fromScratch = searchShapes(scratch, shapes, [])
  let best = fromScratch.best
  let decision: 'kept' | 'repaired' | 'replaced' = 'replaced'
  let re: Search | null = null
  let repaired: Candidate | null = null
  let scratchJudged: Candidate | null = null
  if (opts.current) {
    // The re-plan search keeps the whole bound, counted from the start of the call.
    re = new Search(cluster, model, workload, { ...opts, timeBoundMs: opts.timeBoundMs - (opts.now() - scratch.started) })
    searches.push(re)
    repaired = re.repairCurrent()
    // The from-scratch optimum, judged by the re-plan objective (its move counted the same way).
    scratchJudged = fromScratch.best.cost < INFEASIBLE && fromScratch.best.stages ? re.evaluate(fromScratch.best.devices) : null
    const seeded = [repaired, scratchJudged].filter((c): c is Candidate => c !== null && c.cost < INFEASIBLE)
    const found = searchShapes(re, shapes, seeded)
    best = found.best
    if (scratchJudged) {
      // Moves that trade a little step time for less state moved, from the from-scratch optimum.
      const polished = re.anneal(scratchJudged, Math.ceil(found.perRound))
      if (polished.cost < best.cost) best = polished
    }
    if (repaired?.stages && repaired.cost < INFEASIBLE) {
      // The repaired plan improved without moving layer boundaries (cheap moves only), then
      // hysteresis: the current plan stays unless the best is better by the margin.
      const polished = re.anneal(repaired, Math.ceil(found.perRound), repaired.stages)
      if (polished.cost < best.cost) best = polished
      if (!(best.cost < repaired.cost * (1 - opts.margin))) {
        best = repaired
        const intact = indexPlan(cluster, opts.current).every((row) => row.every((d) => d !== null))
        decision = intact ? 'kept' : 'repaired'
      }
    }
  }

  if (best.cost >= INFEASIBLE || best.stages === null) {
    return { ok: false, reasons: [diagnose(scratch.cm, cluster, shapes, best)], search: summary() }
  }
  const placement: Placement = { stages: best.stages, devices: best.devices }
  const result: PlanResult = {
    ok: true,
    plan: toPlan(cluster, placement),
    estimate: estimateStep(scratch.cm, cluster, placement),
    reasons: [],
    search: summary(),
  }
  if (re) {
    const move = re.move(placement)
    const repairedCore = repaired?.stages ? stepCore(re.cm, cluster, { stages: repaired.stages, devices: repaired.devices }) : null
    let scratchFigures: ReplanFigures | null = null
    if (fromScratch.best.stages && fromScratch.best.cost < INFEASIBLE) {
      // As planned from scratch (its own split), not as the re-plan objective re-split it.
      const p: Placement = { stages: fromScratch.best.stages, devices: fromScratch.best.devices }
      const m = re.move(p)
      const stepS = stepCore(re.cm, cluster, p).stepS
      scratchFigures = { plan: toPlan(cluster, p), stepS, move: m, objectiveS: stepS + m.seconds / opts.amortizeSteps }
    }
    result.replan = {
      decision,
      move,
      currentStepS: repairedCore ? repairedCore.stepS : null,
      objectiveS: result.estimate!.stepS + move.seconds / opts.amortizeSteps,
      currentObjectiveS: repaired?.stages && repaired.cost < INFEASIBLE ? repaired.cost : null,
      fromScratch: scratchFigures,
    }
  }
  return result
}

/**
 * Seeds per shape (the best structured or random start, or one of `extra` of that shape when it
 * is better), then successive halving: every shape gets a short anneal, the better half twice as
 * long, and so on until one shape is left; each round spends about the same number of evaluations.
 */
function searchShapes(search: Search, shapes: Shape[], extra: Candidate[]): { best: Candidate; perRound: number } {
  const orderings = search.orderings()
  const perShape = shapes.map((shape) => {
    let shapeBest: Candidate | null = null
    for (const seed of search.seeds(shape, orderings)) {
      const c = search.evaluate(seed)
      if (shapeBest === null || c.cost < shapeBest.cost) shapeBest = c
    }
    for (const c of extra) {
      const same = c.devices.length === shape.stages && c.devices[0]!.length === shape.replicas
      if (same && c.cost < shapeBest!.cost) shapeBest = c
    }
    return shapeBest!
  })
  let best = perShape.reduce((a, b) => (b.cost < a.cost ? b : a))
  let alive = perShape.map((c, i) => ({ c, i }))
  const rounds = Math.ceil(Math.log2(alive.length)) + 1
  const perRound = search.opts.iterations / rounds
  while (!search.outOfTime()) {
    const its = Math.max(1, Math.floor(perRound / alive.length))
    alive = alive.map(({ c, i }) => ({ c: search.anneal(c, its), i }))
    alive.sort((a, b) => a.c.cost - b.c.cost || a.i - b.i)
    if (alive[0]!.c.cost < best.cost) best = alive[0]!.c
    if (alive.length === 1) break
    alive = alive.slice(0, Math.ceil(alive.length / 2))
  }
  return { best, perRound }
}

/**
 * One sentence on why nothing fits. When even the most memory-friendly shape and split needs more
 * than the biggest device has, say so with both figures; otherwise name the shortfall of the best
 * attempt (the cluster has too few devices that are big enough).
 */
function diagnose(cm: CostModel, cluster: Cluster, shapes: Shape[], best: Candidate): string {
  let need = Number.POSITIVE_INFINITY
  let at: Shape = shapes[0]!
  for (const shape of shapes) {
    const n = minimalStageMemory(cm, shape)
    if (n < need) {
      need = n
      at = shape
    }
  }
  const biggest = Math.max(...cluster.devices.map((d) => d.memoryBytes))
  if (need > biggest) {
    return `no placement fits in memory: at best (${at.stages} stage${at.stages === 1 ? '' : 's'} x ${at.replicas} replica${at.replicas === 1 ? '' : 's'}) the largest stage needs ${formatBytes(need)}, and the biggest device has ${formatBytes(biggest)}.`
  }
  const why = best.stages ? estimateStep(cm, cluster, { stages: best.stages, devices: best.devices }).reasons[0] : best.reason
  return `no placement fits in memory: the closest one fails because ${why ?? 'a stage does not fit'} Too few devices have enough memory for the stages this model needs.`
}

/** The smallest possible memory of the largest stage for a shape (layers spread to even out memory). */
export function minimalStageMemory(cm: CostModel, shape: Shape): number {
  const S = shape.stages
  const lines = Array.from({ length: S }, (_, s) => stageMemoryLine(cm, s, S, shape.replicas))
  const layers = new Array<number>(S).fill(1)
  for (let placed = S; placed < cm.model.nLayer; placed++) {
    let pick = 0
    for (let s = 1; s < S; s++) {
      if (lines[s]!.fixed + lines[s]!.perLayer * (layers[s]! + 1) < lines[pick]!.fixed + lines[pick]!.perLayer * (layers[pick]! + 1)) pick = s
    }
    layers[pick]! += 1
  }
  return Math.max(...lines.map((l, s) => l.fixed + l.perLayer * layers[s]!))
}
