// The "same run in one process": every (stage, replica) of a RUN.json as an in-process worker with
// its own StageRuntime, running the workers' own step code (trainStep: pipeline schedule, codecs,
// data-parallel sync, global-norm clipping, AdamW) with frames handed from inbox to inbox instead
// of libp2p streams. Same seed, same data cursor, same initial state as the coordinator's step-0
// checkpoint: the loss curve a distributed run must reproduce.
import { codecSettings, hyperParams } from '../../packages/coordinator/src/plan-message.js'
import { parseRunConfig, resolveModelConfig, type RunConfig } from '../../packages/coordinator/src/run-config.js'
import { DataCursor, openDataset } from '../../packages/data/src/index.js'
import { evenSplit, initParams, StageRuntime } from '../../packages/model/src/index.js'
import { type Frame, tensor } from '../../packages/proto/src/index.js'
import type { FrameSender } from '../../packages/worker/src/frame-links.js'
import { Inbox } from '../../packages/worker/src/inbox.js'
import { StageState } from '../../packages/worker/src/stage-state.js'
import { type BatchSource, buildStepContext, inboxKind, lossScaleOf, optimizerInit, type StepContext, type StepOutcome, trainStep } from '../../packages/worker/src/step-runner.js'
import { TrafficCounters } from '../../packages/worker/src/traffic.js'

export interface ReferenceResult {
  /** Per step, the mean loss over replicas (as the e2e tests average the last stage's reports). */
  losses: number[]
  /** Per step and replica. */
  lossesByReplica: number[][]
  bytesSent: number
  bytesUncompressed: number
}

interface VirtualWorker {
  id: string
  ctx: StepContext
  state: StageState
  runtime: StageRuntime
  traffic: TrafficCounters
}

/** Runs `steps` steps (default: the run's) of `runJson` in this process. */
export async function runReference(
  runJson: unknown,
  options: { steps?: number; threads?: number; /** fp16: the starting loss scale (default: the run's). */ lossScaleInit?: number; onStep?: (step: number, outcomes: { stage: number; replica: number; outcome: StepOutcome }[]) => void } = {},
): Promise<ReferenceResult> {
  const run: RunConfig = parseRunConfig(runJson, 'the reference run')
  if (run.parallelism === 'auto') throw new Error('the reference needs fixed parallelism')
  const config = await resolveModelConfig(run)
  const S = run.parallelism.stages
  const R = run.parallelism.replicas
  const ranges = evenSplit(config.nLayer, S)
  const rowsPerReplica = run.globalBatch / R
  const microBatches = rowsPerReplica / run.microBatch
  const hyper = hyperParams(run)
  const codecs = codecSettings(run)
  const dataset = await openDataset('sample' in run.data ? 'sample' : { kind: 'prepared', dir: run.data.prepared })
  let cursor = new DataCursor(dataset, { globalBatch: run.globalBatch, seqLen: run.seqLen, seed: run.seed })
  const batches: BatchSource = {
    batchesFor(step, replica, replicaCount, mbs) {
      if (step >= cursor.step) cursor = cursor.at(step)
      return cursor.batchesFor({ step, replica, replicaCount, microBatches: mbs })
    },
  }
  const id = (s: number, r: number) => `s${s}r${r}`
  const inboxes = new Map<string, Inbox<Frame>>()
  for (let s = 0; s < S; s++) for (let r = 0; r < R; r++) inboxes.set(id(s, r), new Inbox<Frame>({ bytesMax: 1 << 30 }))
  const senderOf = (from: string): FrameSender => ({
    async send(peer, header, payload) {
      const bytes = new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength).slice()
      const h = tensor.TensorFrameHeader.fromObject({ ...header, sender: from })
      const put = inboxes.get(peer)!.put({ epoch: Number(h.epoch), step: Number(h.step), kind: inboxKind(h), microBatch: h.microBatch, from }, { header: h, payload: bytes }, bytes.byteLength)
      if (put !== 'accepted') throw new Error(`reference: frame to ${peer} ${put}`)
    },
  })
  const workers: VirtualWorker[] = []
  try {
    for (let s = 0; s < S; s++) {
      for (let r = 0; r < R; r++) {
        const range = ranges[s]!
        const runtime = await StageRuntime.create(
          { config, range, microBatch: run.microBatch, seq: run.seqLen, device: 'cpu', precision: run.precision, ...(options.threads !== undefined ? { threads: options.threads } : {}) },
          initParams(config, run.seed, range),
        )
        runtime.setLossScale(1 / microBatches)
        const state = new StageState(config, range, runtime.params(), 0, optimizerInit(hyper))
        const traffic = new TrafficCounters()
        const me = id(s, r)
        const sender = senderOf(me)
        const ctx = buildStepContext(
          {
            runId: 'reference', epoch: 1, self: me, config, stage: s, stages: S, replica: r, replicas: R, range,
            prevPeer: s > 0 ? id(s - 1, r) : '', nextPeer: s < S - 1 ? id(s + 1, r) : '', microBatches, rows: run.microBatch, seq: run.seqLen,
            schedule: run.schedule, replicaChain: Array.from({ length: S }, (_, k) => id(k, r)), group: Array.from({ length: R }, (_, k) => id(s, k)),
            codecs, seed: run.seed, lossScale: lossScaleOf({ hyper, lossScale: options.lossScaleInit ?? 0 }),
          },
          { activations: sender, updates: sender, inbox: inboxes.get(me)!, traffic },
          state.params,
          s === 0 ? batches : undefined,
        )
        workers.push({ id: me, ctx, state, runtime, traffic })
      }
    }
    const steps = options.steps ?? run.steps
    const losses: number[] = []
    const lossesByReplica: number[][] = []
    for (let step = 0; step < steps; step++) {
      for (const inbox of inboxes.values()) inbox.advance(1, step)
      const signal = new AbortController().signal
      const outs = await Promise.all(workers.map((w) => trainStep(w.ctx, w.state, w.runtime, step, w.traffic, { signal })))
      options.onStep?.(step, workers.map((w, i) => ({ stage: w.ctx.stage, replica: w.ctx.replica, outcome: outs[i]! })))
      const perReplica = workers.map((w, i) => ({ w, out: outs[i]! })).filter(({ w }) => w.ctx.stage === S - 1).sort((a, b) => a.w.ctx.replica - b.w.ctx.replica).map(({ out }) => out.pipeline.loss)
      lossesByReplica.push(perReplica)
      losses.push(perReplica.reduce((a, b) => a + b, 0) / perReplica.length)
    }
    let bytesSent = 0
    let bytesUncompressed = 0
    for (const w of workers) {
      const t = w.traffic.totals()
      bytesSent += t.bytesOut
      bytesUncompressed += t.rawBytesOut
    }
    return { losses, lossesByReplica, bytesSent, bytesUncompressed }
  } finally {
    await Promise.all(workers.map((w) => w.runtime.close()))
    dataset.close()
  }
}
