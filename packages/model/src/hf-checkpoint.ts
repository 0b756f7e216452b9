// Hugging Face GPT-J folders: config.json plus model.safetensors, or shards
// model-0000k-of-0000n.safetensors with model.safetensors.index.json; F32/F16/BF16 on disk, fp32
// in memory. This is Tandem's normal way in and out: `from_pretrained` reads what this writes.
import { readFile, readdir, stat, unlink, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '@tandem/proto'
import { type GPTJConfig, type LayerRange, type ParamSpec, modelParams, stageParams } from './config.js'
import { writeFileAtomic } from './atomic-write.js'
import { SafetensorsReader, type SafetensorsWriteDtype, type TensorToWrite, numelOf, tensorBytes, writeSafetensors } from './safetensors.js'

export const CONFIG_FILE = 'config.json'
export const SINGLE_FILE = 'model.safetensors'
export const INDEX_FILE = 'model.safetensors.index.json'
/** transformers' `save_pretrained` default `max_shard_size` ("5GB"). */
export const SHARD_BYTES_MAX_DEFAULT = 5_000_000_000
/** `from_pretrained` refuses safetensors whose metadata lacks a known format; PyTorch's is "pt". */
const SAFETENSORS_METADATA = { format: 'pt' }
const SHARD_NAME = /^model-\d{5}-of-\d{5}\.safetensors$/
/** Buffers (not parameters) that older GPT-J checkpoints carry: the causal mask and its fill value. */
const IGNORED_BUFFER = /^transformer\.h\.\d+\.attn\.(bias|masked_bias|embed_positions)$/

export type CheckpointDtype = 'f32' | 'f16'
const TORCH_DTYPE: Record<CheckpointDtype, string> = { f32: 'float32', f16: 'float16' }
const FILE_DTYPE: Record<CheckpointDtype, SafetensorsWriteDtype> = { f32: 'F32', f16: 'F16' }

/** Hugging Face `GPTJConfig` defaults, applied to keys a config.json leaves out (as transformers does). */
const HF_DEFAULTS = {
  vocab_size: 50400,
  n_positions: 2048,
  n_embd: 4096,
  n_layer: 28,
  n_head: 16,
  rotary_dim: 64,
  layer_norm_epsilon: 1e-5,
  initializer_range: 0.02,
  bos_token_id: 50256,
  eos_token_id: 50256,
} as const

function checkpointError(message: string, data: Record<string, unknown>, code = 'E_CHECKPOINT'): UserError {
  return new UserError(message, data, code)
}

/** config.json (parsed) -> GPTJConfig; refuses what Tandem's GPT-J cannot run, naming the key. */
export function configFromHF(json: unknown, source = CONFIG_FILE): GPTJConfig {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw checkpointError(`${source} is not a JSON object.`, { source })
  }
  const c = json as Record<string, unknown>
  if (c.model_type !== 'gptj') {
    throw checkpointError(`${source}: model_type is ${JSON.stringify(c.model_type)}, but Tandem reads only GPT-J checkpoints ("gptj").`, { source, field: 'model_type' })
  }
  const int = (key: keyof typeof HF_DEFAULTS, min: number): number => {
    const v = c[key] ?? HF_DEFAULTS[key]
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      throw checkpointError(`${source}: ${key} must be a whole number >= ${min}, got ${JSON.stringify(v)}.`, { source, field: key })
    }
    return v
  }
  const num = (key: keyof typeof HF_DEFAULTS): number => {
    const v = c[key] ?? HF_DEFAULTS[key]
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw checkpointError(`${source}: ${key} must be a positive number, got ${JSON.stringify(v)}.`, { source, field: key })
    }
    return v
  }
  const nEmbd = int('n_embd', 1)
  const nHead = int('n_head', 1)
  if (nEmbd % nHead !== 0) {
    throw checkpointError(`${source}: n_embd (${nEmbd}) must be a multiple of n_head (${nHead}).`, { source, field: 'n_head' })
  }
  const headDim = nEmbd / nHead
  // rotary_dim null means rotary on the whole head in transformers' GPT-J.
  const rotaryDim = c.rotary_dim === null ? headDim : int('rotary_dim', 2)
  if (rotaryDim % 2 !== 0 || rotaryDim > headDim) {
    throw checkpointError(`${source}: rotary_dim must be even and at most the head size ${headDim}, got ${rotaryDim}.`, { source, field: 'rotary_dim' })
  }
  let nInner = 4 * nEmbd
  if (c.n_inner !== undefined && c.n_inner !== null) {
    if (typeof c.n_inner !== 'number' || !Number.isSafeInteger(c.n_inner) || c.n_inner < 1) {
      throw checkpointError(`${source}: n_inner must be a whole number or null, got ${JSON.stringify(c.n_inner)}.`, { source, field: 'n_inner' })
    }
    nInner = c.n_inner
  }
  const act = c.activation_function ?? 'gelu_new'
  if (act !== 'gelu_new') {
    throw checkpointError(`${source}: activation_function is ${JSON.stringify(act)}, but Tandem's GPT-J implements only "gelu_new".`, { source, field: 'activation_function' })
  }
  if (c.tie_word_embeddings === true) {
    throw checkpointError(`${source}: tie_word_embeddings is true, but GPT-J's lm_head is untied; set it to false.`, { source, field: 'tie_word_embeddings' })
  }
  return {
    vocabSize: int('vocab_size', 1),
    nPositions: int('n_positions', 1),
    nEmbd,
    nLayer: int('n_layer', 1),
    nHead,
    rotaryDim,
    nInner,
    layerNormEpsilon: num('layer_norm_epsilon'),
    initializerRange: num('initializer_range'),
    bosTokenId: int('bos_token_id', 0),
    eosTokenId: int('eos_token_id', 0),
  }
}

/** GPTJConfig -> config.json object with the standard keys transformers writes for GPT-J. */
export function configToHF(config: GPTJConfig, dtype: CheckpointDtype = 'f32'): Record<string, unknown> {
  return {
    architectures: ['GPTJForCausalLM'],
    model_type: 'gptj',
    vocab_size: config.vocabSize,
    n_positions: config.nPositions,
    n_embd: config.nEmbd,
    n_layer: config.nLayer,
    n_head: config.nHead,
    rotary_dim: config.rotaryDim,
    n_inner: config.nInner,
    activation_function: 'gelu_new',
    layer_norm_epsilon: config.layerNormEpsilon,
    initializer_range: config.initializerRange,
    // Tandem trains without dropout (as GPT-JT's fine-tuning did).
    embd_pdrop: 0.0,
    attn_pdrop: 0.0,
    resid_pdrop: 0.0,
    bos_token_id: config.bosTokenId,
    eos_token_id: config.eosTokenId,
    tie_word_embeddings: false,
    use_cache: true,
    torch_dtype: TORCH_DTYPE[dtype],
  }
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw checkpointError(`${path} does not exist: ${what}.`, { path }, 'E_NOT_FOUND')
    }
    throw err
  }
  try {
    return JSON.parse(text)
  } catch {
    throw checkpointError(`${path} is not valid JSON.`, { path })
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** Reads and validates `dir/config.json`. */
export async function readHFConfig(dir: string): Promise<GPTJConfig> {
  return configFromHF(await readJson(join(dir, CONFIG_FILE), 'a Hugging Face GPT-J folder has a config.json'), join(dir, CONFIG_FILE))
}

function isModelTensorName(name: string, known: ReadonlySet<string>): boolean {
  return known.has(name) || IGNORED_BUFFER.test(name)
}

/** tensor name -> file, for a single-file or a sharded folder; refuses folders without weights. */
async function weightMap(dir: string): Promise<Map<string, string> | 'single'> {
  if (await exists(join(dir, SINGLE_FILE))) return 'single'
  const indexPath = join(dir, INDEX_FILE)
  if (!(await exists(indexPath))) {
    const bin = await exists(join(dir, 'pytorch_model.bin'))
    throw checkpointError(
      bin
        ? `${dir} holds pytorch_model.bin only: Tandem reads safetensors; convert it with transformers (save_pretrained(..., safe_serialization=True)).`
        : `${dir} has neither ${SINGLE_FILE} nor ${INDEX_FILE}: it is not a Hugging Face model folder.`,
      { dir },
      'E_NOT_FOUND',
    )
  }
  const index = (await readJson(indexPath, 'the shard index')) as { weight_map?: unknown }
  const wm = index?.weight_map
  if (wm === null || typeof wm !== 'object' || Array.isArray(wm)) {
    throw checkpointError(`${indexPath}: weight_map must be an object mapping tensor names to shard files.`, { path: indexPath, field: 'weight_map' })
  }
  const out = new Map<string, string>()
  for (const [name, file] of Object.entries(wm as Record<string, unknown>)) {
    // Shard names are plain file names in the folder: nothing may point outside it.
    if (typeof file !== 'string' || !/^[\w.-]+\.safetensors$/.test(file) || file.startsWith('.')) {
      throw checkpointError(`${indexPath}: weight_map['${name}'] must be a .safetensors file name in the folder, got ${JSON.stringify(file)}.`, { path: indexPath, tensor: name })
    }
    out.set(name, file)
  }
  return out
}

export interface LoadedModel {
  config: GPTJConfig
  /** fp32 parameters keyed by Hugging Face name, in `stageParams` order. */
  params: Map<string, Float32Array>
}

/**
 * Loads a Hugging Face GPT-J folder, or only the tensors a stage needs (`layers`: stage 0 also
 * gets the embedding, the last stage ln_f and lm_head). Refuses missing tensors, wrong shapes,
 * unknown tensors and non-float dtypes with one sentence naming the tensor; old checkpoints'
 * attention buffers (attn.bias, attn.masked_bias) are ignored.
 */
export async function loadHFModel(dir: string, opts: { layers?: LayerRange; signal?: AbortSignal } = {}): Promise<LoadedModel> {
  const config = await readHFConfig(dir)
  const range = opts.layers ?? { start: 0, end: config.nLayer }
  if (!(Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && range.start >= 0 && range.start < range.end && range.end <= config.nLayer)) {
    throw checkpointError(`layers [${range.start}, ${range.end}) is not a non-empty range inside the model's ${config.nLayer} layers.`, { field: 'layers' })
  }
  const specs = stageParams(config, range)
  const known = new Set(modelParams(config).map((s) => s.name))
  const map = await weightMap(dir)

  const byFile = new Map<string, ParamSpec[]>()
  if (map === 'single') {
    byFile.set(SINGLE_FILE, specs)
  } else {
    for (const name of map.keys()) {
      if (!isModelTensorName(name, known)) {
        throw checkpointError(`${join(dir, INDEX_FILE)} lists tensor '${name}', which is not a GPT-J parameter of this config.`, { dir, tensor: name })
      }
    }
    for (const s of specs) {
      const file = map.get(s.name)
      if (!file) throw checkpointError(`${dir} is missing tensor '${s.name}' (not in ${INDEX_FILE}).`, { dir, tensor: s.name })
      byFile.set(file, [...(byFile.get(file) ?? []), s])
    }
  }

  // Every needed header is opened and checked before any data is read: a bad last shard fails
  // in milliseconds, not after gigabytes of reading.
  const readers: [SafetensorsReader, ParamSpec[]][] = []
  const loaded = new Map<string, Float32Array>()
  try {
    for (const [file, fileSpecs] of byFile) {
      const reader = await SafetensorsReader.open(join(dir, file))
      readers.push([reader, fileSpecs])
      for (const name of reader.names()) {
        if (!isModelTensorName(name, known)) {
          throw checkpointError(`${reader.path} holds tensor '${name}', which is not a GPT-J parameter of this config.`, { path: reader.path, tensor: name })
        }
      }
      for (const s of fileSpecs) {
        const info = reader.header.tensors.get(s.name)
        if (!info) throw checkpointError(`${dir} is missing tensor '${s.name}' (not in ${file}).`, { dir, tensor: s.name })
        if (info.shape.length !== s.shape.length || info.shape.some((d, k) => d !== s.shape[k])) {
          throw checkpointError(`${reader.path}: tensor '${s.name}' has shape [${info.shape}], but config.json implies [${s.shape}].`, { path: reader.path, tensor: s.name })
        }
        if (info.dtype !== 'F32' && info.dtype !== 'F16' && info.dtype !== 'BF16') {
          throw checkpointError(`${reader.path}: tensor '${s.name}' is ${info.dtype}; Tandem loads weights stored as F32, F16 or BF16.`, { path: reader.path, tensor: s.name })
        }
      }
    }
    for (const [reader, fileSpecs] of readers) {
      for (const s of fileSpecs) {
        opts.signal?.throwIfAborted()
        loaded.set(s.name, await reader.readFloat32(s.name))
      }
    }
  } finally {
    await Promise.all(readers.map(([r]) => r.close()))
  }
  return { config, params: new Map(specs.map((s) => [s.name, loaded.get(s.name)!])) }
}

/** Where a parameter's values come from when saving: a map, or a function called once per tensor (streaming). */
export type ParamSource = ReadonlyMap<string, Float32Array> | ((spec: ParamSpec) => Float32Array | Promise<Float32Array>)

/** Greedy shard plan like transformers' `shard_checkpoint`: a new shard when the next tensor would overflow. */
export function planShards(specs: readonly ParamSpec[], dtype: CheckpointDtype, shardBytesMax: number): ParamSpec[][] {
  const shards: ParamSpec[][] = [[]]
  let size = 0
  for (const s of specs) {
    const bytes = tensorBytes({ shape: s.shape, dtype: FILE_DTYPE[dtype] })
    const current = shards[shards.length - 1]!
    if (current.length > 0 && size + bytes > shardBytesMax) {
      shards.push([s])
      size = bytes
    } else {
      current.push(s)
      size += bytes
    }
  }
  return shards
}

export interface SaveOptions {
  /** On-disk dtype (default f32). Parameters stay fp32 in memory; f16 rounds to nearest even. */
  dtype?: CheckpointDtype
  /** Largest shard in bytes before splitting (default 5 GB, as transformers). */
  shardBytesMax?: number
  signal?: AbortSignal
}

/**
 * Writes a Hugging Face GPT-J folder (creating `dir`): shards first, then the index, then
 * config.json, each atomically; stale weight files of the other layout are removed. With a
 * function as `params`, tensors are produced and written one at a time (a 24 GB model never
 * sits in memory whole).
 */
export async function saveHFModel(dir: string, config: GPTJConfig, params: ParamSource, opts: SaveOptions = {}): Promise<{ files: string[] }> {
  const dtype = opts.dtype ?? 'f32'
  const shardBytesMax = opts.shardBytesMax ?? SHARD_BYTES_MAX_DEFAULT
  const specs = modelParams(config)
  if (typeof params !== 'function') {
    const names = new Set(specs.map((s) => s.name))
    for (const s of specs) {
      const t = params.get(s.name)
      if (!t) throw checkpointError(`cannot save: parameter '${s.name}' is missing.`, { tensor: s.name })
      if (t.length !== numelOf(s.shape)) {
        throw checkpointError(`cannot save: parameter '${s.name}' has ${t.length} values, its shape [${s.shape}] needs ${numelOf(s.shape)}.`, { tensor: s.name })
      }
    }
    for (const name of params.keys()) {
      if (!names.has(name)) throw checkpointError(`cannot save: '${name}' is not a parameter of this config.`, { tensor: name })
    }
  }
  const source = (s: ParamSpec) => async (): Promise<Float32Array> => (typeof params === 'function' ? await params(s) : params.get(s.name)!)

  await mkdir(dir, { recursive: true })
  const shards = planShards(specs, dtype, shardBytesMax)
  const names =
    shards.length === 1
      ? [SINGLE_FILE]
      : shards.map((_, k) => `model-${String(k + 1).padStart(5, '0')}-of-${String(shards.length).padStart(5, '0')}.safetensors`)
  const weightMap: Record<string, string> = {}
  let totalBytes = 0
  for (let k = 0; k < shards.length; k++) {
    const tensors: TensorToWrite[] = shards[k]!.map((s) => ({ name: s.name, shape: s.shape, dtype: FILE_DTYPE[dtype], data: source(s) }))
    for (const t of tensors) {
      weightMap[t.name] = names[k]!
      totalBytes += tensorBytes(t)
    }
    await writeSafetensors(join(dir, names[k]!), tensors, { metadata: SAFETENSORS_METADATA, signal: opts.signal })
  }
  if (shards.length > 1) {
    await writeFileAtomic(join(dir, INDEX_FILE), `${JSON.stringify({ metadata: { total_size: totalBytes }, weight_map: weightMap }, null, 2)}\n`)
  }
  // Stale files of an earlier save would shadow or confuse this one (the loader prefers model.safetensors).
  const keep = new Set(names)
  for (const f of await readdir(dir)) {
    const stale = (f === SINGLE_FILE || SHARD_NAME.test(f) || (f === INDEX_FILE && shards.length === 1)) && !keep.has(f)
    if (stale) await unlink(join(dir, f))
  }
  await writeFileAtomic(join(dir, CONFIG_FILE), `${JSON.stringify(configToHF(config, dtype), null, 2)}\n`)
  return { files: shards.length === 1 ? [CONFIG_FILE, SINGLE_FILE] : [CONFIG_FILE, INDEX_FILE, ...names] }
}
