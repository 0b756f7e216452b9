// Checks the placement cost model against real step times (issue 7 item 5; not a test: figures are
// reported, never asserted). Four CPU workers run as real processes on loopback, in two emulated
// sites (./../src/link-shaper.ts: fast links inside a site, a slow one between them); each plan is
// forced through a fixed layout and the workers' join order, trained for a few steps, and its
// measured step time is compared with the cost model's prediction for the same placement. The
// prediction takes each stage's measured compute (the forward and backward spans the workers
// report, which exclude waiting) and optimizer time, and the emulated link figures: what is checked
// is the model's schedule, transfer, latency and sync accounting, not its FLOP counting.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { placement, parseRunConfig, type RunConfig } from '@tandem/coordinator'
import { evenSplit, PRESETS } from '@tandem/model'
import { LocalCluster } from '../../cli/src/commands/demo-cluster.js'
import { loadOrCreateIdentity } from '../src/identity.js'
import { EMULATE_LINKS_ENV, type LinkEmulationTable } from '../src/link-shaper.js'

export interface PlanValidateOptions {
  /** Steps measured per plan, after `warmupSteps`. */
  steps: number
  warmupSteps: number
  /** Link inside a site and between the two sites. */
  intra: { mbps: number; latencyMs: number }
  inter: { mbps: number; latencyMs: number }
  /** Only plans whose name contains one of these. */
  only?: string[]
  schedule: 'gpipe' | '1f1b'
  seqLen: number
  /** First measure the update exchange's per-parameter work on unshaped links (one more run). */
  calibrate: boolean
  /**
   * Measure it again right before every plan (one more run per plan), so that each plan is
   * predicted from a calibration taken under the same background load.
   */
  calibrateEach?: boolean
  /**
   * Before the first calibration, one short unshaped run whose figures are thrown away (default
   * on): the first run of a session ran cold (run F: 4.0-4.5 s of sync against 1.6-2.5 s later).
   */
  warmupRun?: boolean
  /** Progress lines (stderr). */
  progress?(line: string): void
}

/** Workers and their sites: two per site. */
const WORKERS = [
  { name: 'a0', site: 'a' },
  { name: 'a1', site: 'a' },
  { name: 'b0', site: 'b' },
  { name: 'b1', site: 'b' },
] as const

interface PlanSpec {
  name: string
  /** devices[s][r]: worker name of stage s in replica r. */
  devices: string[][]
  /** An uplink cap on every worker (home connections), Mbit/s, shared by all of its outgoing links. */
  uplinkMbps?: number
  /** Run only when `--plans` names it (not part of the default set, whose runs are recorded). */
  optIn?: boolean
}

export const PLANS: PlanSpec[] = [
  { name: '2x2 pipelines across sites (data-parallel groups inside a site)', devices: [['a0', 'a1'], ['b0', 'b1']] },
  { name: '2x2 pipelines inside sites (data-parallel groups across)', devices: [['a0', 'b0'], ['a1', 'b1']] },
  { name: '4x1 one pipeline, one slow boundary', devices: [['a0'], ['a1'], ['b0'], ['b1']] },
  { name: '1x4 data parallel only', devices: [['a0', 'a1', 'b0', 'b1']] },
  // 60 Mbit/s: one 3.35 MB fp16 chunk alone leaves in 0.45 s, under the 0.67 s of the 40 Mbit/s
  // inter-site path, but a worker's three chunks together need 1.34 s: the uplink's sum binds.
  { name: '1x4 uplinks capped at 60 Mbit/s (home links)', devices: [['a0', 'a1', 'b0', 'b1']], uplinkMbps: 60, optIn: true },
]

export interface PlanResult {
  plan: string
  stages: number
  replicas: number
  microBatches: number
  measuredStepMs: number
  /** Measured step times (ms) of the steps taken. */
  stepsMs: number[]
  predictedStepMs: number
  /** The same prediction without the calibrated per-parameter sync work (what the model says from FLOPs, links and the optimizer alone). */
  predictedWithoutSyncWorkMs: number
  ratio: number
  breakdownMs: { compute: number; transfer: number; bubble: number; sync: number; optimizer: number }
  /** The calibration this plan was predicted with, when taken right before it (calibrateEach). */
  calibration?: Calibration
  /** Per (stage, replica): measured forward + backward ms per micro-batch, optimizer ms per step, sync ms per step. */
  measured: { stage: number; replica: number; worker: string; computeMsPerMicroBatch: number; forwardShare: number; optimizerMs: number; syncMs: number; recvMs: number }[]
}

export interface PlanValidateResult {
  model: string
  run: { seqLen: number; microBatch: number; globalBatch: number; schedule: string; activations: string; updates: string }
  links: PlanValidateOptions['intra'] & { inter: PlanValidateOptions['inter'] }
  plans: PlanResult[]
  orderPredicted: string[]
  orderMeasured: string[]
  orderPreserved: boolean
  ratioMin: number
  ratioMax: number
  withinTarget: boolean
  calibration?: Calibration
}

function runFile(o: PlanValidateOptions, stages: number, replicas: number): Record<string, unknown> {
  return {
    name: 'plan-validate',
    model: { preset: 'tiny' },
    data: { sample: true },
    seed: 5,
    seqLen: o.seqLen,
    globalBatch: 8,
    microBatch: 2,
    steps: 100_000,
    optimizer: { lr: 1e-3, warmupSteps: 2, weightDecay: 0.01, beta1: 0.9, beta2: 0.95, eps: 1e-8, gradClip: 1.0 },
    precision: 'fp32',
    parallelism: { stages, replicas },
    schedule: o.schedule,
    compression: {
      activations: { forward: 'fp16', backward: 'fp16', delta: false, warmupSteps: 0 },
      updates: { codec: 'fp16', warmupSteps: 0, bits: 4, topK: 0.5, subset: 0.5 },
    },
    checkpoint: { everySteps: 100_000, keep: 1 },
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function emulationTable(o: PlanValidateOptions, peers: Map<string, string>, uplinkMbps?: number): LinkEmulationTable {
  const bytes = (mbps: number) => (mbps * 1e6) / 8
  return {
    ...(uplinkMbps === undefined ? {} : { uplinks: Object.fromEntries(WORKERS.map((w) => [peers.get(w.name)!, bytes(uplinkMbps)])) }),
    peers: Object.fromEntries(WORKERS.map((w) => [peers.get(w.name)!, w.site])),
    links: [
      { a: 'a', b: 'a', bandwidthBytesPerS: bytes(o.intra.mbps), latencyMs: o.intra.latencyMs },
      { a: 'b', b: 'b', bandwidthBytesPerS: bytes(o.intra.mbps), latencyMs: o.intra.latencyMs },
      { a: 'a', b: 'b', bandwidthBytesPerS: bytes(o.inter.mbps), latencyMs: o.inter.latencyMs },
    ],
  }
}

/** The cost model's prediction for `plan`, from the measured per-stage compute and the emulated links. */
export function predict(
  run: RunConfig,
  o: PlanValidateOptions,
  plan: PlanSpec,
  measured: PlanResult['measured'],
  syncSecondsPerParam: number,
): { stepS: number; breakdown: placement.StepBreakdown; microBatches: number } {
  const model = PRESETS.tiny
  const w = placement.workloadFromRun(run)
  const cm = placement.costModel(model, w)
  const S = plan.devices.length
  const stages = evenSplit(model.nLayer, S)
  const names = WORKERS.map((x) => x.name as string)
  const spec: placement.ClusterSpec = {
    name: 'plan-validate',
    devices: WORKERS.map((x) => {
      const m = measured.find((e) => e.worker === x.name)
      const s = plan.devices.findIndex((row) => row.includes(x.name))
      // A device outside the plan gets any speed: it is not placed.
      const flops = m === undefined || s < 0 ? 1e9 : placement.stageFlops(cm, stages[s]!.end - stages[s]!.start, s === S - 1) / (m.computeMsPerMicroBatch / 1000)
      return {
        id: x.name,
        site: x.site,
        memoryBytes: 2 ** 40,
        speed: { flopsPerS: flops },
        ...(m === undefined || s < 0 ? {} : { optimizerSecondsPerParam: m.optimizerMs / 1000 / placement.rangeParams(model, cm.sizes, stages[s]!) }),
        ...(plan.uplinkMbps === undefined ? {} : { uplinkBytesPerS: (plan.uplinkMbps * 1e6) / 8 }),
        syncSecondsPerParam,
      }
    }),
    links: [
      { a: 'a', b: 'a', bandwidthBytesPerS: (o.intra.mbps * 1e6) / 8, latencyMs: o.intra.latencyMs },
      { a: 'b', b: 'b', bandwidthBytesPerS: (o.intra.mbps * 1e6) / 8, latencyMs: o.intra.latencyMs },
      { a: 'a', b: 'b', bandwidthBytesPerS: (o.inter.mbps * 1e6) / 8, latencyMs: o.inter.latencyMs },
    ],
  }
  const cluster = placement.resolveCluster(spec, model, w)
  const p: placement.Placement = { stages, devices: plan.devices.map((row) => row.map((n) => names.indexOf(n))) }
  const est = placement.estimateStep(cm, cluster, p)
  return { stepS: est.stepS, breakdown: est.breakdown, microBatches: est.microBatches }
}

interface Calibration {
  /** Per-parameter work of the update exchange outside the network (seconds per parameter). */
  syncSecondsPerParam: number
  /** The unshaped 1x4 run it comes from: each worker's sync ms per step. */
  syncMs: number[]
  params: number
}

async function runPlan(o: PlanValidateOptions, dir: string, keys: Map<string, Uint8Array>, plan: PlanSpec, calibration: Calibration | undefined, shaped = true): Promise<PlanResult> {
  const S = plan.devices.length
  const R = plan.devices[0]!.length
  const run = runFile(o, S, R)
  const cluster = new LocalCluster({ dir, run, threads: 1, skipBench: true, logLevel: 'info', coordinatorArgs: ['--fill-wait-ms', '600000'] })
  const log = o.progress ?? (() => {})
  try {
    await cluster.startCoordinator()
    // The fixed layout fills cells replica by replica, stage by stage, in join order (every worker
    // skips the device benchmark, so none is ranked faster): join in that order.
    for (let r = 0; r < R; r++) {
      for (let s = 0; s < S; s++) {
        const name = plan.devices[s]![r]!
        const wdir = join(dir, name)
        await mkdir(wdir, { recursive: true })
        await writeFile(join(wdir, 'peer-key'), keys.get(name)!, { mode: 0o600 })
        const w = cluster.addWorker(name)
        const peer = (await w.waitFor((l) => l.msg === 'worker started', 120_000, 'worker started')).peerId as string
        await cluster.coordinator!.waitFor((l) => l.msg === 'worker joined' && l.peer === peer, 120_000, `${name} joined`)
      }
    }
    const last = o.warmupSteps + o.steps
    await cluster.waitForStep(last, 900_000)
    // Where each worker really is (the layout must be the one asked for).
    const measured: PlanResult['measured'] = []
    const M = 8 / (R * 2)
    for (const [name, w] of cluster.workers) {
      const ready = w.lines.find((l) => l.msg === 'plan ready')
      if (ready === undefined) throw new Error(`${name} never got a stage`)
      const s = ready.stage as number
      const r = ready.replica as number
      if (plan.devices[s]?.[r] !== name) throw new Error(`${plan.name}: ${name} got stage ${s} replica ${r}, not the cell asked for`)
      const steps = w.lines.filter((l) => l.msg === 'step done' && (l.step as number) > o.warmupSteps && (l.step as number) <= last)
      const field = (k: string) => steps.map((l) => l[k] as number)
      const fwd = median(field('fwdMs'))
      const bwd = median(field('bwdMs'))
      measured.push({
        stage: s,
        replica: r,
        worker: name,
        computeMsPerMicroBatch: (fwd + bwd) / M,
        forwardShare: fwd / (fwd + bwd),
        optimizerMs: median(field('optMs')),
        syncMs: median(field('syncMs')),
        recvMs: median(field('recvMs')),
      })
    }
    measured.sort((a, b) => a.stage - b.stage || a.replica - b.replica)
    const stepsMs = cluster.coordinator!.lines.filter((l) => l.msg === 'step done' && (l.step as number) > o.warmupSteps && (l.step as number) <= last).map((l) => l.stepMs as number)
    const cfg = parseRunConfig(run, 'plan-validate')
    const pred = predict(cfg, o, plan, measured, calibration?.syncSecondsPerParam ?? 0)
    const networkOnly = predict(cfg, o, plan, measured, 0)
    const measuredStepMs = median(stepsMs)
    const predictedStepMs = pred.stepS * 1000
    // The calibration run is not shaped, so the prediction from the emulated links does not apply to it.
    if (!shaped) log(`calibration (${plan.name}, unshaped): measured ${measuredStepMs.toFixed(0)} ms`)
    else log(`${plan.name}: measured ${measuredStepMs.toFixed(0)} ms, predicted ${predictedStepMs.toFixed(0)} ms (${(networkOnly.stepS * 1000).toFixed(0)} ms without the sync's own work)`)
    const b = pred.breakdown
    return {
      plan: plan.name,
      stages: S,
      replicas: R,
      microBatches: pred.microBatches,
      measuredStepMs,
      stepsMs,
      predictedStepMs,
      predictedWithoutSyncWorkMs: networkOnly.stepS * 1000,
      ratio: measuredStepMs / predictedStepMs,
      breakdownMs: { compute: b.computeS * 1000, transfer: b.transferS * 1000, bubble: b.bubbleS * 1000, sync: b.syncS * 1000, optimizer: b.optimizerS * 1000 },
      measured,
    }
  } finally {
    await cluster.stop()
  }
}

/**
 * The predictions of a recorded result (`--json` output) made again with the current cost model,
 * from the same measured compute, optimizer and calibration figures: how a model change would have
 * fared on measurements already taken, without running the workers again.
 */
export function repredict(recorded: PlanValidateResult): PlanValidateResult {
  const { inter, ...intra } = recorded.links
  const o: PlanValidateOptions = {
    steps: 0,
    warmupSteps: 0,
    intra,
    inter,
    schedule: recorded.run.schedule === '1f1b' ? '1f1b' : 'gpipe',
    seqLen: recorded.run.seqLen,
    calibrate: recorded.calibration !== undefined,
  }
  const plans = recorded.plans.map((p): PlanResult => {
    const sspp = (p.calibration ?? recorded.calibration)?.syncSecondsPerParam ?? 0
    const spec = PLANS.find((x) => x.name === p.plan)
    if (spec === undefined) throw new Error(`the recorded plan '${p.plan}' is not one of this bench's plans`)
    const cfg = parseRunConfig(runFile(o, p.stages, p.replicas), 'plan-validate')
    const pred = predict(cfg, o, spec, p.measured, sspp)
    const networkOnly = predict(cfg, o, spec, p.measured, 0)
    const b = pred.breakdown
    return {
      ...p,
      predictedStepMs: pred.stepS * 1000,
      predictedWithoutSyncWorkMs: networkOnly.stepS * 1000,
      ratio: p.measuredStepMs / (pred.stepS * 1000),
      breakdownMs: { compute: b.computeS * 1000, transfer: b.transferS * 1000, bubble: b.bubbleS * 1000, sync: b.syncS * 1000, optimizer: b.optimizerS * 1000 },
    }
  })
  return { ...recorded, plans, ...summary(plans) }
}

function summary(plans: PlanResult[]): Pick<PlanValidateResult, 'orderPredicted' | 'orderMeasured' | 'orderPreserved' | 'ratioMin' | 'ratioMax' | 'withinTarget'> {
  const byPred = [...plans].sort((a, b) => a.predictedStepMs - b.predictedStepMs).map((p) => p.plan)
  const byMeas = [...plans].sort((a, b) => a.measuredStepMs - b.measuredStepMs).map((p) => p.plan)
  const ratios = plans.map((p) => p.ratio)
  return {
    orderPredicted: byPred,
    orderMeasured: byMeas,
    orderPreserved: byPred.every((p, i) => p === byMeas[i]),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    withinTarget: ratios.every((r) => r >= 0.8 && r <= 1.2),
  }
}

export async function runPlanValidation(o: PlanValidateOptions): Promise<PlanValidateResult> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-plan-validate-'))
  const previous = process.env[EMULATE_LINKS_ENV]
  try {
    // Identities first, so the emulation table can name every worker's peer id before it starts.
    const keys = new Map<string, Uint8Array>()
    const peers = new Map<string, string>()
    for (const w of WORKERS) {
      const kdir = join(root, 'keys', w.name)
      const key = await loadOrCreateIdentity(kdir)
      peers.set(w.name, key.publicKey.toString())
      keys.set(w.name, await readFile(join(kdir, 'peer-key')))
    }
    // Calibration: the update exchange's own per-parameter work, from 1x4 on unshaped links (one
    // stage, so no norm exchange; the replica that finishes its pipeline last waits for no one, so
    // the smallest sync time is the work itself).
    const bare = join(root, 'unshaped.json')
    await writeFile(bare, JSON.stringify({ peers: {}, links: [] }))
    const calibrate = async (dir: string): Promise<Calibration> => {
      process.env[EMULATE_LINKS_ENV] = bare
      const dp = PLANS.find((p) => p.devices.length === 1 && p.uplinkMbps === undefined)!
      const c = await runPlan(o, dir, keys, dp, undefined, false)
      const params = placement.rangeParams(PRESETS.tiny, placement.paramSizes(PRESETS.tiny), { start: 0, end: PRESETS.tiny.nLayer })
      const syncMs = c.measured.map((m) => m.syncMs)
      const cal = { syncSecondsPerParam: Math.min(...syncMs) / 1000 / params, syncMs, params }
      ;(o.progress ?? (() => {}))(`calibration: the update exchange costs ${(cal.syncSecondsPerParam * 1e9).toFixed(0)} ns per parameter outside the network`)
      return cal
    }
    if (o.calibrate && o.warmupRun !== false) {
      process.env[EMULATE_LINKS_ENV] = bare
      const dp = PLANS.find((p) => p.devices.length === 1 && p.uplinkMbps === undefined)!
      const w = await runPlan({ ...o, steps: 2, warmupSteps: 1 }, join(root, 'warm-up'), keys, dp, undefined, false)
      ;(o.progress ?? (() => {}))(`warm-up run (discarded): sync ${w.measured.map((m) => m.syncMs.toFixed(0)).join(', ')} ms per worker`)
    }
    let calibration: Calibration | undefined
    if (o.calibrate) calibration = await calibrate(join(root, 'calibration'))
    const chosen = PLANS.filter((p) => (o.only === undefined ? p.optIn !== true : o.only.some((s) => p.name.includes(s))))
    const plans: PlanResult[] = []
    for (const [i, plan] of chosen.entries()) {
      const own = o.calibrate && o.calibrateEach === true && i > 0 ? await calibrate(join(root, `calibration-${i}`)) : undefined
      // Children inherit it: only the workers read it.
      const tablePath = join(root, `links-${i}.json`)
      await writeFile(tablePath, JSON.stringify(emulationTable(o, peers, plan.uplinkMbps), null, 2))
      process.env[EMULATE_LINKS_ENV] = tablePath
      const result = await runPlan(o, join(root, `plan-${i}`), keys, plan, own ?? calibration)
      plans.push(o.calibrateEach === true && calibration !== undefined ? { ...result, calibration: own ?? calibration } : result)
    }
    return {
      model: 'tiny (4 layers, width 64, vocabulary 50400)',
      run: { seqLen: o.seqLen, microBatch: 2, globalBatch: 8, schedule: o.schedule, activations: 'fp16', updates: 'fp16 all-reduce' },
      links: { ...o.intra, inter: o.inter },
      plans,
      ...summary(plans),
      ...(calibration === undefined ? {} : { calibration }),
    }
  } finally {
    if (previous === undefined) delete process.env[EMULATE_LINKS_ENV]
    else process.env[EMULATE_LINKS_ENV] = previous
    await rm(root, { recursive: true, force: true })
  }
}
