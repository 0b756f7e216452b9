// Figures of issue 6 from real processes on loopback (not a test: timings are reported, never
// asserted). Run: npx tsx packages/worker/bench/daemons.ts [--kills 5] [--steps-between 4] [--json]
//  - recovery: kill -9 of a worker whose stage keeps a replica, to the next completed step, N times
//    (a new worker re-joins after each, so every kill meets a full 2 x 2 layout);
//  - pipeline efficiency: measured step time vs what the schedule predicts from the measured
//    per-stage forward/backward times, transfer times and sync+optimizer tails (predictStepMs);
//    (the transfer time of a micro-batch's activations uses --link-mbps, as measured by
//    link-throughput.ts between two processes).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { LocalCluster, type LogLine } from '../../cli/src/commands/demo-cluster.js'
import { predictStepMs } from '../src/schedule.js'

const { values } = parseArgs({ options: { kills: { type: 'string', default: '5' }, 'steps-between': { type: 'string', default: '4' }, json: { type: 'boolean', default: false }, seq: { type: 'string', default: '64' }, 'link-mbps': { type: 'string', default: '150' } } })
const kills = Number(values.kills)
const between = Number(values['steps-between'])
const seq = Number(values.seq)

const run = {
  name: 'bench-daemons',
  model: { preset: 'tiny' },
  data: { sample: true },
  seed: 3,
  seqLen: seq,
  globalBatch: 8,
  microBatch: 2,
  steps: 100_000,
  optimizer: { lr: 1e-3, warmupSteps: 2, weightDecay: 0.01, beta1: 0.9, beta2: 0.95, eps: 1e-8, gradClip: 1.0 },
  precision: 'fp32',
  parallelism: { stages: 2, replicas: 2 },
  schedule: 'gpipe',
  compression: { activations: { forward: 'fp32', backward: 'fp32', delta: false, warmupSteps: 0 }, updates: { codec: 'fp32', warmupSteps: 0, bits: 4, topK: 0.5, subset: 0.5 } },
  checkpoint: { everySteps: 1000, keep: 2 },
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? Number.NaN : s[Math.floor(s.length / 2)]!
}

const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-'))
const c = new LocalCluster({ dir, run, threads: 1, skipBench: true })
const recoveryMs: number[] = []
/** What the coordinator did between each kill and the next completed step (ms after the kill). */
const timelines: string[][] = []
let n = 0
try {
  await c.startCoordinator()
  for (; n < 4; n++) c.addWorker(`w${n}`)
  await c.waitForStep(between, 600_000)
  for (let k = 0; k < kills; k++) {
    // A few steps into the full layout, kill a worker of the last stage at a random moment in a step.
    await c.waitForStep(c.lastStepOfCoordinator() + between, 600_000)
    await new Promise((r) => setTimeout(r, Math.random() * 300))
    const victim = [...c.workers.values()].find((w) => w.alive && [...w.lines].reverse().find((l) => l.msg === 'plan ready')?.stage === 1)!
    const before = c.lastStepOfCoordinator()
    const t0 = Date.now()
    victim.kill('SIGKILL')
    await c.waitForStep(before + 1, 300_000)
    recoveryMs.push(Date.now() - t0)
    timelines.push(
      c.coordinator!.lines
        .filter((l) => l.time >= t0 - 2000 && /plan|gone|step done|waiting|failed|refused/.test(l.msg))
        .map((l) => `${l.time - t0}ms ${l.msg}${l.reason !== undefined ? ` (${String(l.reason)})` : ''}${l.epoch !== undefined ? ` e${String(l.epoch)}` : ''}${l.origin !== undefined ? ` from ${String(l.origin)} at ${String(l.resumeStep)}` : ''}${l.step !== undefined ? ` ${String(l.step)}` : ''}`),
    )
    c.addWorker(`w${n++}`)
    // The joiner restores the full layout (started, so it holds its stage's state) before the next kill.
    const full = await c.coordinator!.waitFor((l) => l.msg === 'plan published' && l.replicas === 2 && l.time > t0, 300_000, 'a 2 x 2 plan again')
    await c.coordinator!.waitFor((l) => l.msg === 'plan starts' && l.epoch === full.epoch, 300_000, 'the 2 x 2 plan to start')
  }
  // Pipeline efficiency over the last full-layout steps.
  const from = c.lastStepOfCoordinator() + 2
  await c.waitForStep(from + 8, 600_000)
  const steps: LogLine[] = []
  for (const w of c.workers.values()) for (const l of w.lines) if (l.msg === 'step done' && (l.step as number) >= from && (l.step as number) < from + 8) steps.push(l)
  const M = run.globalBatch / 2 / run.microBatch
  const perStage = (stage: number, f: string) => median(steps.filter((l) => l.stage === stage).map((l) => l[f] as number))
  const fwd = [perStage(0, 'fwdMs') / M, perStage(1, 'fwdMs') / M]
  const bwd = [perStage(0, 'bwdMs') / M, perStage(1, 'bwdMs') / M]
  // Transfer of one micro-batch's activations [b, T, C] fp32 + labels/masks, at the throughput seen below.
  const actBytes = run.microBatch * seq * 64 * 4 + 4 * run.microBatch * seq * 4
  const tails = [perStage(0, 'syncMs') + perStage(0, 'optMs'), perStage(1, 'syncMs') + perStage(1, 'optMs')]
  const measured = median(c.coordinator!.lines.filter((l) => l.msg === 'step done' && (l.step as number) > from && (l.step as number) < from + 8).map((l) => l.stepMs as number))
  const transferMs = (actBytes / 1e6 / Number(values['link-mbps'])) * 1000
  const predicted = predictStepMs('gpipe', M, { forwardMs: fwd, backwardMs: bwd, forwardTransferMs: [transferMs], backwardTransferMs: [transferMs], tailMs: tails })
  const out = {
    recoveryMs,
    recoveryMedianMs: median(recoveryMs),
    recoveryMaxMs: Math.max(...recoveryMs),
    timelines,
    stepMsMeasured: measured,
    stepMsPredicted: Math.round(predicted),
    ratio: measured / predicted,
    perMicroBatchMs: { forward: fwd, backward: bwd },
    tailMs: tails,
    stage1RecvMsPerStep: perStage(1, 'recvMs'),
    activationBytesPerMicroBatch: actBytes,
    transferMsPerMicroBatch: transferMs,
  }
  if (values.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  else console.log(out)
} finally {
  await c.stop()
  await rm(dir, { recursive: true, force: true })
}
