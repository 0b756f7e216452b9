// GPipe vs 1F1B on the same 2-stage run: the workers' own step code (trainStep: pipeline schedule,
// global-norm clipping, AdamW) on real ONNX Runtime stage sessions, one per stage, each in its own
// session thread so the two stages really overlap; frames go inbox to inbox through an emulated
// link (one frame at a time per direction at --link-mbps, 0 = instant). Each schedule runs in a
// fresh child process (so its peak RSS is its own), in the order A B B A, and reports the median
// step time after a warm-up step and its peak activation memory: the bytes of stage inputs kept
// for a pending backward (recompute mode keeps exactly the feeds; saved mode keeps more) plus
// activations received but not yet consumed, at their peak over the run.
// Run: npx tsx packages/worker/bench/schedules.ts [--micro-batches 8] [--seq 64] [--rows 2] [--steps 4] [--link-mbps 1000] [--activations recompute|saved] [--json]
import '../../proto/src/node-polyfills.js'
import { spawn } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DataCursor, openSampleMixture } from '@tandem/data'
import { evenSplit, initParams, PRESETS, StageRuntime } from '@tandem/model'
import { type Frame, type TokenBatch, tensor } from '@tandem/proto'
import type { FrameSender } from '../src/frame-links.js'
import { Inbox } from '../src/inbox.js'
import type { ScheduleKind } from '../src/schedule.js'
import type { StageCompute, StageInput } from '../src/stage-compute.js'
import { StageState } from '../src/stage-state.js'
import { buildStepContext, inboxKind, optimizerInit, trainStep } from '../src/step-runner.js'
import { TrafficCounters } from '../src/traffic.js'

const { values } = parseArgs({
  options: {
    'micro-batches': { type: 'string', default: '8' },
    seq: { type: 'string', default: '64' },
    rows: { type: 'string', default: '2' },
    steps: { type: 'string', default: '4' },
    'link-mbps': { type: 'string', default: '1000' },
    activations: { type: 'string', default: 'recompute' },
    preset: { type: 'string', default: 'tiny' },
    child: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
})

interface ChildResult {
  schedule: ScheduleKind
  stepMs: number[]
  pipelineMs: number[]
  /** Per stage: most micro-batches awaiting their backward at once. */
  inFlightPeak: number[]
  /** Per stage: peak bytes of kept stage inputs + received activations/gradients not yet taken. */
  activationBytesPeak: number[]
  maxRssMiB: number
  losses: number[]
}

if (values.child !== undefined) {
  const result = await runChild(values.child as ScheduleKind)
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
} else {
  const order: ScheduleKind[] = ['gpipe', '1f1b', '1f1b', 'gpipe']
  const runs: ChildResult[] = []
  for (const kind of order) runs.push(await spawnChild(kind))
  const summary = (kind: ScheduleKind) => {
    const mine = runs.filter((r) => r.schedule === kind)
    const steps = mine.flatMap((r) => r.stepMs.slice(1)) // the first step warms the sessions up
    const pipes = mine.flatMap((r) => r.pipelineMs.slice(1))
    return {
      stepMsMedian: round(median(steps)),
      pipelineMsMedian: round(median(pipes)),
      inFlightPeak: mine[0]!.inFlightPeak,
      activationKiBPeak: mine[0]!.activationBytesPeak.map((b) => round(b / 1024)),
      maxRssMiB: Math.max(...mine.map((r) => r.maxRssMiB)),
      lossLast: mine[0]!.losses.at(-1),
    }
  }
  const gpipe = summary('gpipe')
  const onefoneb = summary('1f1b')
  const out = {
    bench: 'schedules',
    preset: values.preset,
    stages: 2,
    microBatches: Number(values['micro-batches']),
    rows: Number(values.rows),
    seq: Number(values.seq),
    steps: Number(values.steps),
    linkMbps: Number(values['link-mbps']),
    activations: values.activations,
    loadAvg1m: round(os.loadavg()[0] ?? 0),
    cpus: os.cpus().length,
    gpipe,
    '1f1b': onefoneb,
    stepTime1f1bOverGpipe: round(onefoneb.stepMsMedian / gpipe.stepMsMedian, 3),
    activationPeak1f1bOverGpipe: round(Math.max(...onefoneb.activationKiBPeak) / Math.max(...gpipe.activationKiBPeak), 3),
    // Same math, different order: the loss after the last step must agree.
    lossesAgree: Math.abs((gpipe.lossLast ?? 0) - (onefoneb.lossLast ?? 0)) < 1e-4,
  }
  if (values.json) process.stdout.write(`${JSON.stringify(out)}\n`)
  else console.log(JSON.stringify(out, null, 2))
}

function spawnChild(kind: ScheduleKind): Promise<ChildResult> {
  const args = process.argv.slice(2).filter((a) => a !== '--json')
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args, '--child', kind], { stdio: ['ignore', 'pipe', 'inherit'] })
  let text = ''
  child.stdout!.on('data', (d: Buffer) => {
    text += d.toString()
  })
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the ${kind} run exited with ${code}`))
      resolve(JSON.parse(text.trim().split('\n').at(-1)!) as ChildResult)
    })
  })
}

async function runChild(schedule: ScheduleKind): Promise<ChildResult> {
  const config = PRESETS[values.preset as keyof typeof PRESETS]
  if (config === undefined) throw new Error(`unknown preset ${values.preset}`)
  const S = 2
  const microBatches = Number(values['micro-batches'])
  const rows = Number(values.rows)
  const seq = Number(values.seq)
  const steps = Number(values.steps)
  const linkMbps = Number(values['link-mbps'])
  const activations = values.activations === 'saved' ? 'saved' : 'recompute'
  const seed = 7
  const ranges = evenSplit(config.nLayer, S)
  const hyper = { learningRate: 1e-3, beta1: 0.9, beta2: 0.95, epsilon: 1e-8, weightDecay: 0.01, gradClipNorm: 1, warmupSteps: 0 }
  const dataset = await openSampleMixture()
  let cursor = new DataCursor(dataset, { globalBatch: rows * microBatches, seqLen: seq, seed })
  const batches = {
    batchesFor(step: number, replica: number, replicaCount: number, mbs: number): TokenBatch[] {
      if (step >= cursor.step) cursor = cursor.at(step)
      return cursor.batchesFor({ step, replica, replicaCount, microBatches: mbs })
    },
  }
  const ids = ['s0', 's1']
  const inboxes = ids.map(() => new Inbox<Frame>({ bytesMax: 1 << 30 }))
  // One frame at a time per direction, each taking bytes / rate: a link the schedule must overlap.
  const linkFree = new Map<string, number>()
  const senderOf = (from: string): FrameSender => ({
    async send(peer, header, payload) {
      const bytes = new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength).slice()
      if (linkMbps > 0) {
        const key = `${from}>${peer}`
        const start = Math.max(performance.now(), linkFree.get(key) ?? 0)
        const arrive = start + (bytes.byteLength * 8) / (linkMbps * 1e3)
        linkFree.set(key, arrive)
        await new Promise((r) => setTimeout(r, Math.max(0, arrive - performance.now())))
      }
      const h = tensor.TensorFrameHeader.fromObject({ ...header, sender: from })
      const put = inboxes[ids.indexOf(peer)]!.put({ epoch: Number(h.epoch), step: Number(h.step), kind: inboxKind(h), microBatch: h.microBatch, from }, { header: h, payload: bytes }, bytes.byteLength)
      if (put !== 'accepted') throw new Error(`frame to ${peer} ${put}`)
    },
  })
  const inFlightPeak = [0, 0]
  const keptPeak = [0, 0]
  const workers: { ctx: ReturnType<typeof buildStepContext>; state: StageState; runtime: StageRuntime; compute: StageCompute; traffic: TrafficCounters }[] = []
  try {
    for (let s = 0; s < S; s++) {
      const range = ranges[s]!
      const runtime = await StageRuntime.create({ config, range, microBatch: rows, seq, device: 'cpu', precision: 'fp32', threads: 1, activations }, initParams(config, seed, range))
      runtime.setLossScale(1 / microBatches)
      const state = new StageState(config, range, runtime.params(), 0, optimizerInit(hyper))
      const traffic = new TrafficCounters()
      const ctx = buildStepContext(
        {
          runId: 'bench', epoch: 1, self: ids[s]!, config, stage: s, stages: S, replica: 0, replicas: 1, range,
          prevPeer: s > 0 ? ids[s - 1]! : '', nextPeer: s < S - 1 ? ids[s + 1]! : '', microBatches, rows, seq,
          schedule, replicaChain: ids, group: [ids[s]!], codecs: {}, seed,
        },
        { activations: senderOf(ids[s]!), updates: senderOf(ids[s]!), inbox: inboxes[s]!, traffic },
        state.params,
        s === 0 ? batches : undefined,
      )
      workers.push({ ctx, state, runtime, compute: tracked(runtime, s, inboxes[s]!, inFlightPeak, keptPeak), traffic })
    }
    const stepMs: number[] = []
    const pipelineMs: number[] = []
    const losses: number[] = []
    for (let step = 0; step < steps; step++) {
      for (const inbox of inboxes) inbox.advance(1, step)
      const signal = new AbortController().signal
      const t0 = performance.now()
      const outs = await Promise.all(workers.map((w) => trainStep(w.ctx, w.state, w.compute, step, w.traffic, { signal })))
      stepMs.push(performance.now() - t0)
      pipelineMs.push(Math.max(...outs.map((o) => o.pipeline.forwardMs + o.pipeline.backwardMs + o.pipeline.recvMs + o.pipeline.sendMs + o.pipeline.dataMs)))
      losses.push(outs[S - 1]!.pipeline.loss)
    }
    return { schedule, stepMs, pipelineMs, inFlightPeak, activationBytesPeak: keptPeak, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), losses }
  } finally {
    await Promise.all(workers.map((w) => w.runtime.close()))
    dataset.close()
  }
}

/** The stage runtime, counting what it keeps for pending backwards and what waits in the inbox. */
function tracked(rt: StageRuntime, stage: number, inbox: Inbox<Frame>, inFlightPeak: number[], keptPeak: number[]): StageCompute {
  const kept = new Map<number, number>()
  const note = () => {
    let bytes = inbox.bufferedBytes
    for (const b of kept.values()) bytes += b
    inFlightPeak[stage] = Math.max(inFlightPeak[stage]!, kept.size)
    keptPeak[stage] = Math.max(keptPeak[stage]!, bytes)
  }
  const inputBytes = (input: StageInput) => {
    const b = input.batch
    let n = b.inputIds.byteLength + b.labels.byteLength + b.segmentIds.byteLength
    if ('hidden' in input) n += input.hidden.byteLength
    return n
  }
  return {
    forward: async (mb, input) => {
      note()
      const out = await rt.forward(mb, input)
      kept.set(mb, inputBytes(input))
      note()
      return out
    },
    backward: async (mb, gradOutput) => {
      note()
      const out = await rt.backward(mb, gradOutput)
      kept.delete(mb)
      return out
    },
    params: () => rt.params(),
    gradients: () => rt.gradients(),
    zeroGrad: () => rt.zeroGrad(),
    setLossScale: (s) => rt.setLossScale(s),
    inFlight: () => rt.inFlight(),
    discard: async (mb) => {
      kept.delete(mb)
      await rt.discard(mb)
    },
    close: () => rt.close(),
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}
