// `tandem demo` (and `npm start`): a coordinator and workers as separate processes on loopback
// train the tiny GPT-J on the built-in sample mixture with compression on; midway one worker is
// killed (SIGKILL) and a new one joins, to show elasticity; checkpoints are written, the final
// model is exported as a Hugging Face folder, and a few held-out prompts are answered with it.
// With --resume the run continues another run's checkpoint (e.g. an earlier demo's coordinator
// folder) on this demo's own number of stages and workers.
import { mkdtemp, rm } from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import { UserError } from '@tandem/proto'
import { parseIntOption, printJson } from '../options.js'
import { type DaemonProcess, LocalCluster, type LogLine } from './demo-cluster.js'

interface DemoOptions {
  workers: number
  stages: number
  steps: number
  json?: boolean
  chaos: boolean
  dir?: string
  keep?: boolean
  threads: number
  /** A coordinator data dir (DIR or DIR@STEP) or a checkpoint pack to continue. */
  resume?: string
  resumeStep?: number
}

/** The demo's run: small enough for 2 CPU cores in a few minutes, compression on. */
export function demoRun(opts: { stages: number; replicas: number; steps: number; resume?: { from: string; step: number } }): Record<string, unknown> {
  return {
    name: 'demo',
    model: { preset: 'tiny' },
    data: { sample: true },
    seed: 1234,
    seqLen: 64,
    globalBatch: 8,
    microBatch: 2,
    steps: opts.steps,
    optimizer: { lr: 3e-3, warmupSteps: 10, weightDecay: 0.01, beta1: 0.9, beta2: 0.95, eps: 1e-8, gradClip: 1.0 },
    precision: 'fp32',
    parallelism: { stages: opts.stages, replicas: opts.replicas },
    // The defaults: 1F1B; CocktailSGD's every value of a 1/6 subset as signs (about 85x fewer bytes
    // than fp16) after 10 dense warm-up steps, second-moment rows shared every 10 steps; AC-SGD's
    // q4 forward and q8 backward.
    compression: {
      activations: { forward: 'q4', backward: 'q8', delta: false, warmupSteps: 5 },
      updates: { codec: 'cocktail' },
    },
    checkpoint: { everySteps: Math.max(5, Math.floor(opts.steps / 4)), keep: 5 },
    ...(opts.resume !== undefined ? { resume: opts.resume } : {}),
  }
}

export interface DemoSummary {
  steps: number
  lossFirst: number
  lossLast: number
  workers: number
  stages: number
  checkpoints: { step: number; manifestSha256: string }[]
  bytesSent: number
  bytesUncompressed: number
  recoveries: number
  recoveryMs: number[]
  exportDir: string
  exportedStep: number
  /** The coordinator's data dir: its checkpoints are what --resume continues (gone unless --dir or --keep). */
  coordinatorDir: string
  /** Set when the run continued a checkpoint. */
  resumedFrom?: { path: string; step: number }
  answers: { prompt: string; expected: string; answer: string }[]
  seconds: number
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('train a tiny GPT-J with a coordinator and workers on loopback, kill and re-add a worker, export, generate')
    .option('--workers <n>', 'worker processes', parseIntOption('--workers', { min: 1, max: 16 }), 4)
    .option('--stages <n>', 'pipeline stages', parseIntOption('--stages', { min: 1, max: 4 }), 2)
    .option('--steps <n>', 'training steps', parseIntOption('--steps', { min: 2, max: 100_000 }), 120)
    .option('--json', 'print one JSON summary at the end (progress goes to stderr)')
    .option('--no-chaos', 'do not kill and re-add a worker midway')
    .option('--dir <dir>', 'where the coordinator, workers and the export live (default: a temporary folder)')
    .option('--keep', 'keep the folder afterwards')
    .option('--threads <n>', 'ONNX Runtime threads per worker', parseIntOption('--threads', { min: 1, max: 64 }), 1)
    .option('--resume <checkpoint>', "continue a checkpoint: a coordinator data dir (an earlier demo's DIR/coordinator; DIR@STEP picks a step) or a `tandem checkpoint pack` folder; --steps more steps are trained")
    .option('--resume-step <n>', 'with --resume: the checkpoint step (default: the newest)', parseIntOption('--resume-step', { min: 0 }))
    .action(async (opts: DemoOptions) => {
      const summary = await runDemo(opts)
      if (opts.json) printJson(summary)
    })
}

const fmtBytes = (n: number): string => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} kB`)

export async function runDemo(opts: DemoOptions): Promise<DemoSummary> {
  if (opts.workers < opts.stages) throw new UserError(`--workers (${opts.workers}) must be at least --stages (${opts.stages}): every stage needs a worker.`)
  const replicas = Math.floor(opts.workers / opts.stages)
  if (8 % (replicas * 2) !== 0) throw new UserError(`${opts.workers} workers over ${opts.stages} stages make ${replicas} replicas; the demo's batch of 8 splits over 1, 2 or 4 replicas.`)
  if (opts.resumeStep !== undefined && opts.resume === undefined) throw new UserError('--resume-step needs --resume CHECKPOINT.')
  const t0 = performance.now()
  const err = process.stderr
  const say = (s: string) => err.write(`${s}\n`)
  // Steps are absolute: a resumed demo starts at the checkpoint's step and trains --steps more.
  let first = 0
  let resume: { from: string; step: number } | undefined
  if (opts.resume !== undefined) {
    const { checkManifest, openCheckpointSource, parseCheckpointRef } = await import('@tandem/coordinator')
    const { PRESETS } = await import('@tandem/model')
    const source = await openCheckpointSource(parseCheckpointRef(opts.resume, opts.resumeStep))
    // The demo trains the tiny preset: say so now rather than through a coordinator that will not start.
    checkManifest(source.manifest, PRESETS.tiny, `the checkpoint of step ${source.step} in ${source.path}`)
    if (opts.dir !== undefined && source.path === join(resolve(opts.dir), 'coordinator')) throw new UserError(`--resume names this demo's own coordinator folder ${source.path}; give the new demo another --dir.`)
    first = source.step
    resume = { from: source.path, step: source.step }
    say(`resuming the checkpoint of step ${first} in ${source.path} (written by ${source.manifest.numStages} stage(s) x ${source.manifest.numReplicas} replica(s))`)
  }
  const last = first + opts.steps
  const dir = opts.dir !== undefined ? resolve(opts.dir) : await mkdtemp(join(tmpdir(), 'tandem-demo-'))
  const run = demoRun({ stages: opts.stages, replicas, steps: last, ...(resume !== undefined ? { resume } : {}) })
  const cluster = new LocalCluster({ dir, run, threads: opts.threads })
  const { ProgressBar } = await import('@tandem/data')
  const bar = new ProgressBar({ stream: err }, { label: 'training' })
  const summary: DemoSummary = {
    steps: opts.steps, lossFirst: Number.NaN, lossLast: Number.NaN, workers: opts.workers, stages: opts.stages, checkpoints: [],
    bytesSent: 0, bytesUncompressed: 0, recoveries: 0, recoveryMs: [], exportDir: join(dir, 'export'), exportedStep: -1, answers: [], seconds: 0,
    coordinatorDir: join(dir, 'coordinator'), ...(resume !== undefined ? { resumedFrom: { path: resume.from, step: resume.step } } : {}),
  }
  // Latest cumulative byte counters per worker process (dead ones keep their last figures).
  const bytes = new Map<string, { out: number; raw: number }>()
  const losses = new Map<number, number>()
  let tokens = 0
  let firstStepAt = 0
  const watch = (name: string, p: DaemonProcess) =>
    p.on((l: LogLine) => {
      if (l.msg === 'step done' && typeof l.bytesOut === 'number') bytes.set(name, { out: l.bytesOut, raw: l.rawBytesOut as number })
    })
  try {
    say(`tandem demo: ${opts.workers} workers, ${opts.stages} stages x ${replicas} replicas, ${opts.steps} steps of the tiny GPT-J on the sample mixture (folder ${dir})`)
    const ready = await cluster.startCoordinator()
    say(`coordinator ready at ${ready.multiaddrs[0]}`)
    const c = cluster.coordinator!
    c.on((l) => {
      if (l.msg === 'step done' && typeof l.step === 'number') {
        if (typeof l.loss === 'number') losses.set(l.step, l.loss)
        tokens += typeof l.tokens === 'number' ? l.tokens : 0
        // Throughput from the end of the first step (start-up and graph building excluded).
        if (firstStepAt === 0) {
          firstStepAt = performance.now()
          tokens = 0
        }
        const secs = (performance.now() - firstStepAt) / 1000
        let out = 0
        let raw = 0
        for (const b of bytes.values()) {
          out += b.out
          raw += b.raw
        }
        bar.update((l.step + 1 - first) / opts.steps, `step ${l.step + 1}/${last}  loss ${(losses.get(l.step) ?? Number.NaN).toFixed(3)}  ${secs > 0 ? Math.round(tokens / secs) : 0} tok/s  sent ${fmtBytes(out)} of ${fmtBytes(raw)} uncompressed`)
      }
      if (l.msg === 'checkpoint committed' && typeof l.step === 'number') {
        summary.checkpoints.push({ step: l.step, manifestSha256: String(l.manifestSha256 ?? '') })
      }
    })
    for (let i = 0; i < opts.workers; i++) watch(`w${i}`, cluster.addWorker(`w${i}`))
    if (opts.chaos && opts.workers > opts.stages) {
      const killAt = first + Math.max(2, Math.floor(opts.steps * 0.35))
      await cluster.waitForStep(killAt, 10 * 60_000)
      // A worker of the last stage in the last replica: its stage keeps another replica.
      const victim = pickVictim(cluster, opts.stages)
      if (victim !== undefined) {
        const before = cluster.lastStepOfCoordinator()
        const killedAt = performance.now()
        victim.kill('SIGKILL')
        if (err.isTTY) err.write('\n')
        say(`chaos: killed ${victim.name} (kill -9) after step ${before + 1}`)
        await cluster.waitForStep(before + 1, 5 * 60_000)
        const ms = performance.now() - killedAt
        summary.recoveries++
        summary.recoveryMs.push(Math.round(ms))
        if (err.isTTY) err.write('\n')
        say(`recovered: step ${before + 2} completed ${(ms / 1000).toFixed(1)} s after the kill; a new worker joins`)
        watch(`w${opts.workers}`, cluster.addWorker(`w${opts.workers}`))
      }
    }
    await cluster.waitForStep(last - 1, 30 * 60_000)
    // The final checkpoint is committed just after the last step.
    await c.waitFor((l) => l.msg === 'checkpoint committed' && l.step === last, 120_000, 'the final checkpoint')
    let out = 0
    let raw = 0
    for (const b of bytes.values()) {
      out += b.out
      raw += b.raw
    }
    summary.bytesSent = out
    summary.bytesUncompressed = raw
    const steps = [...losses.keys()].sort((a, b) => a - b)
    summary.lossFirst = losses.get(steps[0]!) ?? Number.NaN
    summary.lossLast = losses.get(steps.at(-1)!) ?? Number.NaN
    bar.finish(`step ${last}/${last}  loss ${summary.lossFirst.toFixed(3)} -> ${summary.lossLast.toFixed(3)}  sent ${fmtBytes(out)} of ${fmtBytes(raw)} uncompressed`)
    say(`checkpoints: ${summary.checkpoints.map((k) => k.step).join(', ')} in ${summary.coordinatorDir}`)
    // The final checkpoint; should the coordinator fail to export it, the newest one before.
    const candidates = [...new Set(summary.checkpoints.map((k) => k.step))].sort((a, b) => b - a)
    let exported: number | undefined
    for (const step of candidates) {
      try {
        await exportModel(cluster, step, summary.exportDir)
        exported = step
        break
      } catch (e) {
        say(`export of step ${step} failed: ${(e as Error).message}`)
      }
    }
    if (exported === undefined) throw new Error('the coordinator exported no checkpoint')
    summary.exportedStep = exported
    say(`exported the model of step ${exported} to ${summary.exportDir}`)
  } finally {
    await cluster.stop()
  }
  summary.answers = await answerHeldOut(summary.exportDir)
  say('held-out prompts (greedy, tandem model generate):')
  for (const a of summary.answers) say(`  ${JSON.stringify(lastLine(a.prompt))} -> ${JSON.stringify(a.answer)}  (expected ${JSON.stringify(a.expected)})`)
  summary.seconds = Math.round((performance.now() - t0) / 1000)
  say(`done in ${summary.seconds} s`)
  const kept = opts.dir !== undefined || opts.keep === true
  say(
    kept
      ? `to continue on another shape: npx tandem demo --resume ${summary.coordinatorDir} --stages 1 --workers 2 --dir ANOTHER_DIR`
      : 'the coordinator folder (its checkpoints) is removed now; run with --dir DIR (or --keep) to keep it and continue it later with --resume DIR/coordinator',
  )
  if (!kept) {
    // Keep the export (the summary names it); drop the daemons' folders.
    for (const name of ['coordinator', ...cluster.workers.keys()]) await rm(join(dir, name), { recursive: true, force: true })
  }
  return summary
}

function lastLine(s: string): string {
  const lines = s.trim().split('\n')
  return lines.slice(-2).join(' ')
}

function pickVictim(cluster: LocalCluster, stages: number): DaemonProcess | undefined {
  let best: { p: DaemonProcess; replica: number } | undefined
  for (const p of cluster.workers.values()) {
    if (!p.alive) continue
    const ready = [...p.lines].reverse().find((l) => l.msg === 'plan ready')
    if (ready === undefined || ready.stage !== stages - 1) continue
    const replica = Number((ready as { replica?: number }).replica ?? 0)
    if (best === undefined || replica > best.replica) best = { p, replica }
  }
  return best?.p
}

/** Asks the coordinator (admin protocol, admin key) to write the Hugging Face folder of a step. */
async function exportModel(cluster: LocalCluster, step: number, outDir: string): Promise<void> {
  const { admin, PROTOCOL_ADMIN, FramedStream, PROTOCOL_MESSAGE_BYTES_MAX, readMessage } = await import('@tandem/proto')
  const { generateKeyPair } = await import('@libp2p/crypto/keys')
  const { multiaddr } = await import('@multiformats/multiaddr')
  const { createWorkerNode } = await import('@tandem/worker')
  const key = (await readFile(cluster.ready!.adminKeyFile, 'utf8')).trim()
  const node = await createWorkerNode({ privateKey: await generateKeyPair('Ed25519'), listen: [] })
  await node.start()
  try {
    const stream = await node.dialProtocol(multiaddr(cluster.coordinatorAddr), PROTOCOL_ADMIN, { signal: AbortSignal.timeout(20_000) })
    const framed = new FramedStream(stream, { messageBytesMax: PROTOCOL_MESSAGE_BYTES_MAX.admin })
    await framed.writeMessage(admin.AdminRequest, { requestId: 1, adminKey: key, export: { step, dtype: 'fp32', serverOutDir: outDir } })
    // A refusal carries no body: read without requiring one.
    const answer = await readMessage(framed.reader, admin.AdminAnswer, { messageBytesMax: PROTOCOL_MESSAGE_BYTES_MAX.admin, requireBody: false }, { signal: AbortSignal.timeout(120_000) })
    await stream.close().catch(() => {})
    if (answer === null || answer.ok !== true) throw new Error(`the coordinator did not export step ${step}: ${answer?.message ?? 'no answer'}`)
  } finally {
    await node.stop()
  }
}

/** Greedy answers of the exported model to the sample mixture's held-out prompts. */
async function answerHeldOut(dir: string): Promise<DemoSummary['answers']> {
  const { loadHFModel, generate } = await import('@tandem/model')
  const { loadTokenizer, sampleHeldOut } = await import('@tandem/data')
  const { config, params } = await loadHFModel(dir)
  const tokenizer = await loadTokenizer(dir)
  const out: DemoSummary['answers'] = []
  for (const h of sampleHeldOut()) {
    const ids = await generate(config, params, tokenizer.encode(h.prompt), { maxNewTokens: 3, topK: 1, stopToken: tokenizer.eotId, vocabLimit: tokenizer.vocabSize, threads: 1 })
    out.push({ prompt: h.prompt, expected: h.answer, answer: tokenizer.decode(ids) })
  }
  return out
}
