// `tandem bench codecs`: throughput, bytes on the wire and reconstruction error of every activation
// codec, the grouping measurement, and the update codec's compression (packages/worker/bench).
import type { Command } from 'commander'
import { UserError } from '@tandem/proto'
import { type CodecBenchResult, runCodecBench } from '../../../../worker/bench/codecs.js'
import {
  type ConvergenceResult,
  CONVERGENCE_LR,
  type LocalAdam,
  mergeConvergence,
  type RunName,
  runCodecConvergence,
} from '../../../../worker/bench/codecs-convergence.js'
import { parseFloatOption, parseIntOption, printJson } from '../../options.js'

interface CodecBenchCliOptions {
  mib: number
  repeat: number
  replicas: number
  json?: boolean
  convergence?: boolean
  merge?: boolean
  out: string
  steps: number
  runs: string
  seq: number
  batch: number
  lr: number
  decay: string
  threads: number
  updateRandom?: number
  updateTopk?: number
  updateBits?: number
  updateGatherBits?: number
  updateRandomStages: string
  updateBitsStages: string
  updateBlocksStages: string
  embeddingBlocks?: number
  blocksExceptHead?: boolean
  shareMoments?: number
  updateWarmup?: number
  compressGradients?: boolean
  localAdam: string
  allReduceStages: string
  seed: number
  shareV: number
}

const RUN_NAMES: RunName[] = ['uncompressed', 'activations', 'updates', 'both']

function parseDecay(mode: string): 'constant' | 'cosine' {
  if (mode !== 'constant' && mode !== 'cosine') throw new UserError(`--decay must be 'constant' or 'cosine', got '${mode}'.`)
  return mode
}

function parseLocalAdam(mode: string): LocalAdam {
  if (mode !== 'plain' && mode !== 'replicas') throw new UserError(`--local-adam must be 'plain' or 'replicas', got '${mode}'.`)
  return mode
}

function parseStages(list: string): number[] {
  if (list.trim() === '') return []
  const stages = list.split(',').map((x) => Number(x.trim()))
  if (stages.some((x) => !Number.isInteger(x) || x < 0 || x > 1)) throw new UserError(`--all-reduce-stages must list stages 0 and/or 1 (the experiment has two), got '${list}'.`)
  return stages
}

// A diagnostic's per-stage values ('0.25,0.0833'); their ranges are the sync's to check.
function parseStageValues(flag: string, list: string): number[] {
  if (list.trim() === '') return []
  const values = list.split(',').map((x) => Number(x.trim()))
  if (values.some((x) => !Number.isFinite(x))) throw new UserError(`${flag} must list one number per stage, got '${list}'.`)
  return values
}

function parseRuns(list: string): RunName[] {
  const names = list.split(',').map((s) => s.trim())
  const bad = names.filter((n) => !(RUN_NAMES as string[]).includes(n))
  if (bad.length > 0 || names.length === 0) {
    throw new UserError(`--runs must list some of ${RUN_NAMES.join(', ')}, got '${list}'.`)
  }
  return names as RunName[]
}

export function registerBenchCodecs(bench: Command): void {
  bench
    .command('codecs')
    .description('codec encode/decode GB/s per core, bytes vs fp32/fp16, reconstruction error; update codec compression')
    .option('--mib <n>', 'tensor size in MiB of fp32', parseIntOption('--mib', { min: 1, max: 1024 }), 16)
    .option('--repeat <n>', 'timed repetitions per measurement (best reported)', parseIntOption('--repeat', { min: 1, max: 100 }), 5)
    .option('--replicas <n>', 'replicas in the update-codec measurement', parseIntOption('--replicas', { min: 1, max: 64 }), 4)
    .option('--json', 'print one JSON document')
    .option('--convergence', 'run the convergence experiment instead: tiny GPT-J, 2 stages x 2 replicas in one process, loss curves by codec')
    .option('--merge', 'only combine the per-run files already in --out (runs made by several processes)')
    .option('--out <dir>', 'convergence: where the CSV, SVG and JSON go', 'out/codecs-convergence')
    .option('--steps <n>', 'convergence: training steps per run', parseIntOption('--steps', { min: 1, max: 100000 }), 300)
    .option('--runs <list>', `convergence: runs to make (${RUN_NAMES.join(',')})`, RUN_NAMES.join(','))
    .option('--seq <n>', 'convergence: tokens per sequence', parseIntOption('--seq', { min: 8, max: 2048 }), 64)
    .option('--batch <n>', 'convergence: sequences per step over both replicas', parseIntOption('--batch', { min: 2, max: 1024 }), 4)
    .option('--lr <x>', "convergence: peak learning rate (default: the uncompressed run's best in a sweep, see codecs-results/README.md)", parseFloatOption('--lr', { min: 0, max: 1 }), CONVERGENCE_LR)
    .option('--decay <schedule>', "convergence: the learning rate after warm-up: 'constant' or 'cosine' (down to a tenth at the last step)", 'constant')
    .option('--threads <n>', 'convergence: ONNX Runtime threads per stage', parseIntOption('--threads', { min: 1, max: 256 }), 1)
    .option('--update-random <x>', 'convergence: CocktailSGD random-subset share', parseFloatOption('--update-random', { min: 1e-6, max: 1 }))
    .option('--update-topk <x>', 'convergence: CocktailSGD top-k share of the subset', parseFloatOption('--update-topk', { min: 1e-6, max: 1 }))
    .option('--update-bits <n>', 'convergence: CocktailSGD bits per kept value', parseIntOption('--update-bits', { min: 1, max: 8 }))
    .option('--update-random-stages <list>', 'convergence, a diagnostic: CocktailSGD random-subset share per stage (comma-separated)', '')
    .option('--update-bits-stages <list>', 'convergence, a diagnostic: CocktailSGD bits per stage (comma-separated)', '')
    .option('--embedding-blocks <x>', "convergence: share of the token embedding's largest blocks sent per step, as the worker does (0: the random subset; default the worker's)", parseFloatOption('--embedding-blocks', { min: 0, max: 1 }))
    .option('--blocks-except-head', 'convergence, a diagnostic: every tensor but lm_head goes by its largest blocks (share --embedding-blocks)')
    .option('--update-blocks-stages <list>', "convergence, a diagnostic: CocktailSGD block mode's share of blocks per stage (comma-separated; 0: the random subset)", '')
    .option('--update-gather-bits <n>', 'convergence, a diagnostic: CocktailSGD bits of the aggregated chunk (round 2)', parseIntOption('--update-gather-bits', { min: 1, max: 8 }))
    .option('--update-warmup <n>', 'convergence: CocktailSGD steps synchronised dense (uncompressed) first', parseIntOption('--update-warmup', { min: 0, max: 1000000 }))
    .option(
      '--local-adam <mode>',
      "convergence: CocktailSGD's local AdamW: 'replicas' (a local estimate of the all-reduce second moment, as the worker) or 'plain' (each replica's own)",
      'replicas',
    )
    .option('--seed <n>', 'convergence: seed of the initial weights, the data order and the update subsets', parseIntOption('--seed', { min: 0, max: 2 ** 31 - 1 }), 0)
    .option('--share-v <n>', "convergence, a diagnostic: every N steps set the CocktailSGD replicas' AdamW second moments to their mean (0: never)", parseIntOption('--share-v', { min: 0, max: 1000000 }), 0)
    .option('--share-moments <n>', "convergence: every N steps the CocktailSGD replicas share their AdamW second moments' row means, as the worker does (0: never; default the worker's)", parseIntOption('--share-moments', { min: 0, max: 1000000 }))
    .option('--compress-gradients', 'convergence, a diagnostic: CocktailSGD runs compress gradients (error feedback) into one shared AdamW instead of syncing local AdamW deltas')
    .option('--all-reduce-stages <list>', 'convergence, a diagnostic: stages (0-based, comma-separated) that all-reduce gradients even in the CocktailSGD runs', '')
    .action(async (opts: CodecBenchCliOptions) => {
      if (opts.convergence || opts.merge) {
        const result = opts.merge
          ? await mergeConvergence(opts.out)
          : await runCodecConvergence({
              steps: opts.steps,
              runs: parseRuns(opts.runs),
              seqLen: opts.seq,
              globalBatch: opts.batch,
              lr: opts.lr,
              decay: parseDecay(opts.decay),
              threads: opts.threads,
              localAdam: parseLocalAdam(opts.localAdam),
              allReduceStages: parseStages(opts.allReduceStages),
              seed: opts.seed,
              shareSecondMomentEvery: opts.shareV,
              stageRandomRatios: parseStageValues('--update-random-stages', opts.updateRandomStages),
              stageBits: parseStageValues('--update-bits-stages', opts.updateBitsStages),
              ...(opts.embeddingBlocks === undefined ? {} : { embeddingBlocks: opts.embeddingBlocks }),
              blocksExceptHead: opts.blocksExceptHead === true,
              stageBlockRatios: parseStageValues('--update-blocks-stages', opts.updateBlocksStages),
              ...(opts.shareMoments === undefined ? {} : { shareMomentsEvery: opts.shareMoments }),
              compressGradients: opts.compressGradients === true,
              outDir: opts.out,
              cocktail: {
                ...(opts.updateRandom === undefined ? {} : { randomRatio: opts.updateRandom }),
                ...(opts.updateTopk === undefined ? {} : { topkRatio: opts.updateTopk }),
                ...(opts.updateBits === undefined ? {} : { bits: opts.updateBits }),
                ...(opts.updateGatherBits === undefined ? {} : { gatherBits: opts.updateGatherBits }),
                ...(opts.updateWarmup === undefined ? {} : { warmupSteps: opts.updateWarmup }),
              },
              log: (line) => process.stderr.write(`${line}\n`),
            })
        if (opts.json) printJson({ settings: result.settings, summary: result.summary, runs: result.runs.map((r) => ({ ...r, loss: undefined })) })
        else printConvergence(result, opts.out)
        return
      }
      const result = await runCodecBench({ mib: opts.mib, repeat: opts.repeat, replicas: opts.replicas })
      if (opts.json) printJson(result)
      else printText(result)
    })
}

function printConvergence(r: ConvergenceResult, out: string): void {
  process.stdout.write(`loss curves in ${out}/codecs-convergence.{csv,svg,json}\n`)
  process.stdout.write('run           final loss (last 10%)  vs uncompressed  activation bytes/step (fp32)  update bytes/step (fp16)\n')
  for (const s of r.summary) {
    const run = r.runs.find((x) => x.name === s.name)!
    process.stdout.write(
      `${s.name.padEnd(13)} ${s.finalLoss.toFixed(4).padStart(21)}  ${(100 * s.vsUncompressed).toFixed(2).padStart(14)}%  ${Math.round(run.activationBytesPerStep)} (${Math.round(run.activationBytesFp32PerStep)})  ${Math.round(run.updateBytesPerStep)} (${Math.round(run.updateBytesFp16PerStep)})\n`,
    )
  }
}

function printText(r: CodecBenchResult): void {
  const out = process.stdout
  out.write(`codecs on ${r.machine.cpu} (${r.machine.cores} cores, one used), Node ${r.machine.node}\n`)
  out.write(`activations: ${r.tensorMiB.toFixed(1)} MiB, ${r.activationData}\n\n`)
  out.write('codec      settings                         enc GB/s  dec GB/s  enc ms   vs fp32  vs fp16  rel RMSE  rel max\n')
  for (const a of r.activation) {
    out.write(
      `${a.codec.padEnd(10)} ${a.settings.padEnd(32)} ${a.encodeGBps.toFixed(2).padStart(8)}  ${a.decodeGBps.toFixed(2).padStart(8)}  ${a.encodeMs.toFixed(1).padStart(6)}  ${a.ratioVsFp32.toFixed(1).padStart(7)}x ${a.ratioVsFp16.toFixed(1).padStart(7)}x  ${a.relRmse.toExponential(2).padStart(8)}  ${a.relMaxErr.toExponential(2).padStart(8)}\n`,
    )
  }
  out.write('\ngrouping (which values share one fp16 scale)\ndata             bits  grouping        bits/value  rel RMSE\n')
  for (const g of r.grouping) {
    out.write(`${g.data.padEnd(16)} ${String(g.bits).padStart(4)}  ${g.grouping.padEnd(15)} ${g.bitsPerValue.toFixed(3).padStart(10)}  ${g.relRmse.toExponential(2)}\n`)
  }
  out.write('\nupdate sync (one replica, both rounds)\ncodec             step        replicas  bytes sent   fp16 bytes   vs fp16   ms/replica\n')
  for (const u of r.update) {
    out.write(
      `${u.codec.padEnd(17)} ${u.step.padEnd(11)} ${String(u.replicas).padStart(8)}  ${String(u.bytesSentPerReplica).padStart(10)}  ${String(u.bytesFp16PerReplica).padStart(11)}  ${u.ratioVsFp16.toFixed(1).padStart(7)}x  ${u.msPerReplica.toFixed(1).padStart(9)}${u.settings === undefined ? '' : `  ${u.settings}`}\n`,
    )
  }
  if (r.onnx !== null) {
    out.write(`\nin an ONNX graph (ONNX Runtime CPU, 1 thread): ${r.onnx.graph}: ${r.onnx.GBps.toFixed(2)} GB/s (${r.onnx.ms.toFixed(1)} ms)\n`)
  }
  out.write(`\n${r.notes.join('\n')}\n`)
}
