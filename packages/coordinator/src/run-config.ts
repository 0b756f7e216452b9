// RUN.json: what one training run is (model, data, hyper-parameters, parallelism, codecs,
// checkpoints). Read by `tandem coordinator start --run`, `tandem plan --run` and the demo. Every
// field but none is optional; a bad file is refused with one sentence naming the field.
//
// The format (every key optional; the values shown are the defaults):
// {
//   "name": "run",
//   "model": { "preset": "tiny" },          // "tiny" | "small" | "gptj-6b", or { "path": "./gptj-folder" }:
//                                           //   a Hugging Face GPT-J folder (config.json + safetensors),
//                                           //   relative to the RUN.json file
//   "data": { "sample": true },             // the built-in sample mixture, or { "prepared": "./dir" }
//                                           //   (a `tandem data prepare` output, relative to RUN.json)
//   "seed": 1234,                           // initialisation, data order, codec subsets
//   "seqLen": 128,                          // tokens per sequence
//   "globalBatch": 8,                       // sequences per optimizer step, over all replicas
//   "microBatch": 2,                        // sequences per pipeline micro-batch
//   "steps": 200,                           // optimizer steps in the run
//   "optimizer": { "lr": 1e-3, "warmupSteps": 10, "weightDecay": 0.01, "beta1": 0.9,
//                  "beta2": 0.999, "eps": 1e-8, "gradClip": 1.0 },   // AdamW; gradClip 0 = off
//   "precision": "fp32",                    // "fp32" | "fp16" (fp16 compute on GPU providers,
//                                           //   fp32 master weights and optimizer state)
//   "parallelism": "auto",                  // or { "stages": 2, "replicas": 2 }; "auto": the planner
//                                           //   picks both from the members' measured figures
//   "schedule": "1f1b",                     // "1f1b" | "gpipe" (1F1B: same loss, 0.25x peak activations, measured no slower)
//   "compression": {
//     "activations": { "forward": "q4", "backward": "q8", "delta": false, "warmupSteps": 5 },
//                                           // codec ids "fp32" | "fp16" | "q2".."q8" (k-bit)
//     "updates": { "codec": "cocktail", "warmupSteps": 10, "bits": 1, "topK": 1, "subset": 0.16666666666666666,
//                  "shareMoments": 10, "embeddingBlocks": 0.1375 }
//                                           // "fp32" | "fp16" | "cocktail"; bits/topK/subset are
//                                           //   CocktailSGD's (used only by "cocktail"): every
//                                           //   value (topK 1: no top-k, no mask) of a 1/6 random
//                                           //   subset as signs with one scale per 128 values (bits
//                                           //   1; 2..8: fixed point), the worker codec's own defaults
//                                           //   (the codec takes every round(1/subset)-th value);
//                                           //   shareMoments: every N steps the replicas share the
//                                           //   row means of their AdamW second moments (0: never);
//                                           //   embeddingBlocks: the token embedding goes as this
//                                           //   share of its largest 64-value blocks per step (the
//                                           //   same bytes; 0: through the random subset)
//   },
//   "checkpoint": { "everySteps": 20, "keep": 5 },
//   "resume": { "from": "./old-coordinator", "step": 40 }
//                                           // absent by default: start from step 0. "from" is a
//                                           //   coordinator data dir or a `tandem checkpoint pack`
//                                           //   folder (relative to RUN.json); "step" defaults to
//                                           //   its newest committed checkpoint. Read on the first
//                                           //   start of a data dir only.
// }
// globalBatch must divide evenly into replicas x microBatch (each replica runs whole micro-batches).
import { readFile } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { type GPTJConfig, PRESETS, type PresetName } from '@tandem/model'
import {
  boolean,
  child,
  choice,
  FRACTION,
  type FieldPath,
  fail,
  type JsonObject,
  mustBe,
  NON_NEGATIVE,
  NON_NEGATIVE_INT,
  number,
  object,
  POSITIVE,
  POSITIVE_INT,
  parseJsonText,
  readJsonFile,
  string,
  UNIT_OPEN,
} from './placement/json-fields.js'

export type ModelSpec = { preset: PresetName } | { path: string }
export type DataSpec = { sample: true } | { prepared: string }
export type Precision = 'fp32' | 'fp16'
export type Schedule = 'gpipe' | '1f1b'
/** Activation codec ids as written in tensor frame headers: fp32, fp16, or k-bit quantization. */
export type ActivationCodecId = 'fp32' | 'fp16' | `q${2 | 3 | 4 | 5 | 6 | 7 | 8}`
export type UpdateCodecId = 'fp32' | 'fp16' | 'cocktail'

export interface OptimizerConfig {
  lr: number
  warmupSteps: number
  weightDecay: number
  beta1: number
  beta2: number
  eps: number
  /** Global gradient-norm clip; 0 turns clipping off. */
  gradClip: number
}

export interface FixedParallelism {
  stages: number
  replicas: number
}

export interface ActivationCompression {
  forward: ActivationCodecId
  backward: ActivationCodecId
  /** AC-SGD delta mode: send the quantized difference to the last activation of the same sample. */
  delta: boolean
  /** Steps sent uncompressed first (fills the delta cache). */
  warmupSteps: number
}

export interface UpdateCompression {
  codec: UpdateCodecId
  warmupSteps: number
  /** Bits per value of the quantized top-k (cocktail only). */
  bits: number
  /** Fraction of the subset kept by magnitude (cocktail only). */
  topK: number
  /** Fraction of the parameters in the shared-seed random subset (cocktail only). */
  subset: number
  /** Every this many steps the replicas share their AdamW second moments' row means (cocktail only; 0: never). */
  shareMoments: number
  /** Share of the token embedding's blocks sent per step, largest first (cocktail only; 0: the random subset). */
  embeddingBlocks: number
}

/** Where a new run takes its state from (see checkpoint-import.ts). */
export interface ResumeSpec {
  /** A coordinator data dir or a checkpoint pack folder (absolute once parsed from a file). */
  from: string
  /** The checkpoint's step; absent: the newest committed one. */
  step?: number
}

export interface RunConfig {
  name: string
  model: ModelSpec
  data: DataSpec
  seed: number
  seqLen: number
  globalBatch: number
  microBatch: number
  steps: number
  optimizer: OptimizerConfig
  precision: Precision
  parallelism: FixedParallelism | 'auto'
  schedule: Schedule
  compression: { activations: ActivationCompression; updates: UpdateCompression }
  checkpoint: { everySteps: number; keep: number }
  /** Absent: the run starts from step 0. */
  resume?: ResumeSpec
}

export const ACTIVATION_CODECS: readonly ActivationCodecId[] = ['fp32', 'fp16', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']
export const UPDATE_CODECS: readonly UpdateCodecId[] = ['fp32', 'fp16', 'cocktail']
const PRESET_NAMES = Object.keys(PRESETS) as PresetName[]

/**
 * CocktailSGD's defaults, the same as the worker codec's own (packages/worker/src/codecs/constants.ts:
 * DEFAULT_UPDATE_WARMUP_STEPS, _BITS, _TOPK_RATIO, _RANDOM_RATIO, DEFAULT_MOMENT_SHARE_EVERY and
 * DEFAULT_EMBEDDING_BLOCK_RATIO, chosen there by the convergence experiment). The coordinator cannot
 * import the worker, so run-config.test.ts pins the two equal: a run file that leaves them out
 * trains as the codec was measured.
 */
export const UPDATE_CODEC_DEFAULTS = { warmupSteps: 10, bits: 1, topK: 1, subset: 1 / 6, shareMoments: 10, embeddingBlocks: 0.1375 } as const

/** The defaults of every optional field (the values documented at the top of this file). */
export const RUN_DEFAULTS: RunConfig = {
  name: 'run',
  model: { preset: 'tiny' },
  data: { sample: true },
  seed: 1234,
  seqLen: 128,
  globalBatch: 8,
  microBatch: 2,
  steps: 200,
  optimizer: { lr: 1e-3, warmupSteps: 10, weightDecay: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, gradClip: 1.0 },
  precision: 'fp32',
  parallelism: 'auto',
  schedule: '1f1b',
  compression: {
    activations: { forward: 'q4', backward: 'q8', delta: false, warmupSteps: 5 },
    updates: { codec: 'cocktail', ...UPDATE_CODEC_DEFAULTS },
  },
  checkpoint: { everySteps: 20, keep: 5 },
}

const TOP_KEYS = [
  'name',
  'model',
  'data',
  'seed',
  'seqLen',
  'globalBatch',
  'microBatch',
  'steps',
  'optimizer',
  'precision',
  'parallelism',
  'schedule',
  'compression',
  'checkpoint',
  'resume',
] as const

export interface ParseRunOptions {
  /** Directory that relative `model.path` / `data.prepared` are resolved against (the file's own). */
  baseDir?: string
}

/**
 * Validates a parsed RUN.json and fills in defaults. `source` names the file in error messages.
 * Throws a `UserError` (code E_CONFIG) whose message is one sentence naming the field.
 */
export function parseRunConfig(json: unknown, source: string, options: ParseRunOptions = {}): RunConfig {
  const root: FieldPath = { source, path: '' }
  const o = object(json, root, TOP_KEYS)
  const d = RUN_DEFAULTS
  const where = (p: string) => resolvePath(p, options.baseDir)

  const name = string(o, 'name', root, d.name)
  const model = parseModel(o.model, child(root, 'model'), where)
  const data = parseData(o.data, child(root, 'data'), where)
  const seed = number(o, 'seed', root, ...NON_NEGATIVE_INT, d.seed)
  const seqLen = number(o, 'seqLen', root, ...POSITIVE_INT, d.seqLen)
  const globalBatch = number(o, 'globalBatch', root, ...POSITIVE_INT, d.globalBatch)
  const microBatch = number(o, 'microBatch', root, ...POSITIVE_INT, d.microBatch)
  const steps = number(o, 'steps', root, ...POSITIVE_INT, d.steps)
  const optimizer = parseOptimizer(o.optimizer, child(root, 'optimizer'))
  const precision = choice(o, 'precision', root, ['fp32', 'fp16'] as const, d.precision)
  const parallelism = parseParallelism(o.parallelism, child(root, 'parallelism'))
  const schedule = choice(o, 'schedule', root, ['gpipe', '1f1b'] as const, d.schedule)
  const compression = parseCompression(o.compression, child(root, 'compression'))
  const checkpoint = parseCheckpoint(o.checkpoint, child(root, 'checkpoint'))
  const resume = o.resume === undefined ? undefined : parseResume(o.resume, child(root, 'resume'), where)

  if (microBatch > globalBatch) {
    fail(child(root, 'microBatch'), `(${microBatch}) must not exceed globalBatch (${globalBatch}).`)
  }
  if (globalBatch % microBatch !== 0) {
    fail(child(root, 'globalBatch'), `(${globalBatch}) must divide evenly by microBatch (${microBatch}), so that every step runs whole micro-batches.`)
  }
  if (parallelism !== 'auto') {
    const per = parallelism.replicas * microBatch
    if (globalBatch % per !== 0) {
      fail(
        child(root, 'globalBatch'),
        `(${globalBatch}) must divide evenly by parallelism.replicas x microBatch (${parallelism.replicas} x ${microBatch} = ${per}), so that every replica runs whole micro-batches.`,
      )
    }
  }
  const run: RunConfig = {
    name,
    model,
    data,
    seed,
    seqLen,
    globalBatch,
    microBatch,
    steps,
    optimizer,
    precision,
    parallelism,
    schedule,
    compression,
    checkpoint,
    ...(resume !== undefined ? { resume } : {}),
  }
  if ('preset' in model) checkAgainstModel(run, PRESETS[model.preset], source)
  return run
}

/** Reads and validates a RUN.json file; relative paths inside it are resolved against its directory. */
export async function loadRunConfig(path: string): Promise<RunConfig> {
  return parseRunConfig(await readJsonFile(path, '--run'), path, { baseDir: dirname(resolve(path)) })
}

/** Hugging Face config.json keys Tandem reads from a GPT-J folder. */
const HF_KEYS = ['n_embd', 'n_layer', 'n_head', 'rotary_dim', 'vocab_size', 'n_inner', 'n_positions', 'layer_norm_epsilon'] as const

/**
 * The model's hyper-parameters: a preset from `@tandem/model`, or a Hugging Face GPT-J folder's
 * config.json (model_type must be "gptj"). Also checks the run against the model (seqLen,
 * stages) and refuses with one sentence.
 */
export async function resolveModelConfig(run: RunConfig): Promise<GPTJConfig> {
  if ('preset' in run.model) return { ...PRESETS[run.model.preset] }
  const file = resolve(run.model.path, 'config.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return fail(
      { source: run.name, path: 'model.path' },
      `names ${run.model.path}, which has no readable config.json (${code ?? String(err)}); give a Hugging Face GPT-J folder.`,
    )
  }
  const at: FieldPath = { source: file, path: '' }
  const raw = parseJsonText(text, file)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return mustBe(at, 'an object', raw)
  const hf = raw as JsonObject
  if (hf.model_type !== 'gptj') mustBe(child(at, 'model_type'), '"gptj" (Tandem trains GPT-J models)', hf.model_type)
  const int = (key: (typeof HF_KEYS)[number], fallback?: number) => number(hf, key, at, ...POSITIVE_INT, fallback)
  const nEmbd = int('n_embd')
  const nHead = int('n_head')
  if (nEmbd % nHead !== 0) fail(child(at, 'n_head'), `(${nHead}) must divide n_embd (${nEmbd}).`)
  const headDim = nEmbd / nHead
  const rotaryDim = number(hf, 'rotary_dim', at, 'an even whole number >= 0', (x) => Number.isInteger(x) && x >= 0 && x % 2 === 0, headDim)
  if (rotaryDim > headDim) fail(child(at, 'rotary_dim'), `(${rotaryDim}) must not exceed the head size n_embd / n_head (${headDim}).`)
  // n_inner is null in GPT-J-6B's config.json, meaning 4 * n_embd (Hugging Face's rule).
  const nInner = hf.n_inner === null ? 4 * nEmbd : int('n_inner', 4 * nEmbd)
  const eos = hf.eos_token_id
  const bos = hf.bos_token_id
  const config: GPTJConfig = {
    vocabSize: int('vocab_size'),
    nPositions: int('n_positions', 2048),
    nEmbd,
    nLayer: int('n_layer'),
    nHead,
    rotaryDim,
    nInner,
    layerNormEpsilon: number(hf, 'layer_norm_epsilon', at, ...POSITIVE, 1e-5),
    initializerRange: number(hf, 'initializer_range', at, ...POSITIVE, 0.02),
    bosTokenId: typeof bos === 'number' && Number.isInteger(bos) ? bos : 50256,
    eosTokenId: typeof eos === 'number' && Number.isInteger(eos) ? eos : 50256,
  }
  checkAgainstModel(run, config, run.name)
  return config
}

/** Constraints that need the model: sequence length and pipeline depth. */
function checkAgainstModel(run: RunConfig, model: GPTJConfig, source: string): void {
  const root: FieldPath = { source, path: '' }
  if (run.seqLen > model.nPositions) {
    fail(child(root, 'seqLen'), `(${run.seqLen}) exceeds the model's n_positions (${model.nPositions}).`)
  }
  if (run.parallelism !== 'auto' && run.parallelism.stages > model.nLayer) {
    fail(
      child(child(root, 'parallelism'), 'stages'),
      `(${run.parallelism.stages}) exceeds the model's ${model.nLayer} layers (each stage needs at least one).`,
    )
  }
}

function resolvePath(p: string, baseDir: string | undefined): string {
  return baseDir === undefined || isAbsolute(p) ? p : resolve(baseDir, p)
}

function parseModel(value: unknown, at: FieldPath, where: (p: string) => string): ModelSpec {
  if (value === undefined) return { ...RUN_DEFAULTS.model } as ModelSpec
  const o = object(value, at, ['preset', 'path'])
  if (('preset' in o) === ('path' in o)) return mustBe(at, 'either { "preset": NAME } or { "path": FOLDER }', value)
  if ('preset' in o) return { preset: choice(o, 'preset', at, PRESET_NAMES) }
  return { path: where(string(o, 'path', at)) }
}

function parseData(value: unknown, at: FieldPath, where: (p: string) => string): DataSpec {
  if (value === undefined) return { sample: true }
  const o = object(value, at, ['sample', 'prepared'])
  if (('sample' in o) === ('prepared' in o)) return mustBe(at, 'either { "sample": true } or { "prepared": DIR }', value)
  if ('sample' in o) {
    if (o.sample !== true) mustBe(child(at, 'sample'), 'true (the built-in sample mixture)', o.sample)
    return { sample: true }
  }
  return { prepared: where(string(o, 'prepared', at)) }
}

function parseOptimizer(value: unknown, at: FieldPath): OptimizerConfig {
  const d = RUN_DEFAULTS.optimizer
  if (value === undefined) return { ...d }
  const o = object(value, at, Object.keys(d))
  return {
    lr: number(o, 'lr', at, ...POSITIVE, d.lr),
    warmupSteps: number(o, 'warmupSteps', at, ...NON_NEGATIVE_INT, d.warmupSteps),
    weightDecay: number(o, 'weightDecay', at, ...NON_NEGATIVE, d.weightDecay),
    beta1: number(o, 'beta1', at, ...UNIT_OPEN, d.beta1),
    beta2: number(o, 'beta2', at, ...UNIT_OPEN, d.beta2),
    eps: number(o, 'eps', at, ...POSITIVE, d.eps),
    gradClip: number(o, 'gradClip', at, 'a number >= 0 (0 turns clipping off)', (x) => x >= 0, d.gradClip),
  }
}

function parseParallelism(value: unknown, at: FieldPath): FixedParallelism | 'auto' {
  if (value === undefined || value === 'auto') return RUN_DEFAULTS.parallelism
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mustBe(at, '"auto" or { "stages": S, "replicas": R }', value)
  }
  const o = object(value, at, ['stages', 'replicas'])
  return { stages: number(o, 'stages', at, ...POSITIVE_INT), replicas: number(o, 'replicas', at, ...POSITIVE_INT) }
}

function parseCompression(value: unknown, at: FieldPath): RunConfig['compression'] {
  const d = RUN_DEFAULTS.compression
  if (value === undefined) return { activations: { ...d.activations }, updates: { ...d.updates } }
  const o = object(value, at, ['activations', 'updates'])
  let activations = { ...d.activations }
  if (o.activations !== undefined) {
    const a = child(at, 'activations')
    const ao = object(o.activations, a, Object.keys(d.activations))
    activations = {
      forward: choice(ao, 'forward', a, ACTIVATION_CODECS, d.activations.forward),
      backward: choice(ao, 'backward', a, ACTIVATION_CODECS, d.activations.backward),
      delta: boolean(ao, 'delta', a, d.activations.delta),
      warmupSteps: number(ao, 'warmupSteps', a, ...NON_NEGATIVE_INT, d.activations.warmupSteps),
    }
  }
  let updates = { ...d.updates }
  if (o.updates !== undefined) {
    const u = child(at, 'updates')
    const uo = object(o.updates, u, Object.keys(d.updates))
    updates = {
      codec: choice(uo, 'codec', u, UPDATE_CODECS, d.updates.codec),
      warmupSteps: number(uo, 'warmupSteps', u, ...NON_NEGATIVE_INT, d.updates.warmupSteps),
      bits: number(uo, 'bits', u, 'a whole number from 1 to 8 (1: signs)', (x) => Number.isInteger(x) && x >= 1 && x <= 8, d.updates.bits),
      topK: number(uo, 'topK', u, ...FRACTION, d.updates.topK),
      subset: number(uo, 'subset', u, ...FRACTION, d.updates.subset),
      shareMoments: number(uo, 'shareMoments', u, ...NON_NEGATIVE_INT, d.updates.shareMoments),
      embeddingBlocks: number(uo, 'embeddingBlocks', u, 'a number from 0 to 1 (0: the random subset)', (x) => x >= 0 && x <= 1, d.updates.embeddingBlocks),
    }
  }
  return { activations, updates }
}

function parseCheckpoint(value: unknown, at: FieldPath): RunConfig['checkpoint'] {
  const d = RUN_DEFAULTS.checkpoint
  if (value === undefined) return { ...d }
  const o = object(value, at, Object.keys(d))
  return {
    everySteps: number(o, 'everySteps', at, ...POSITIVE_INT, d.everySteps),
    keep: number(o, 'keep', at, ...POSITIVE_INT, d.keep),
  }
}

function parseResume(value: unknown, at: FieldPath, where: (p: string) => string): ResumeSpec {
  const o = object(value, at, ['from', 'step'])
  const from = string(o, 'from', at)
  if (from.trim() === '') mustBe(child(at, 'from'), 'a coordinator data dir or a checkpoint pack folder', from)
  if (o.step === undefined) return { from: where(from) }
  return { from: where(from), step: number(o, 'step', at, ...NON_NEGATIVE_INT) }
}
