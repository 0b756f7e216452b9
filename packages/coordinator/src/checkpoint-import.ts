// Portable checkpoints: a new run resumes from another run's checkpoint on any number of stages
// and replicas (state is stored by global layer, so re-sharding is only a new plan). A source is a
// coordinator data dir (its newest committed checkpoint, or DIR@STEP) or a self-contained pack
// folder written by `tandem checkpoint pack`. Importing re-hashes every blob and refuses a
// checkpoint of another model, or an incomplete one, with one sentence naming what is wrong.
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { CursorJSON } from '@tandem/data'
import { configFromHF, type GPTJConfig, modelParams, type ParamSpec, writeFileAtomic } from '@tandem/model'
import { checkpoint as ckpt, decodeCheckpointManifest, UserError } from '@tandem/proto'
import type { Logger } from 'pino'
import { BlobStore, CorruptBlobError, isSha256Hex, MissingBlobError } from './blob-store.js'
import { type CheckpointStore, requiredRoles } from './checkpoint-store.js'
import { BLOBS_DIR, CHECKPOINT_PACK_FILE, DATABASE_FILE, IMPORT_CHUNK_BYTES } from './constants.js'
import type { RunDataCursor } from './data-cursor.js'
import { CoordinatorDatabase } from './database.js'
import type { ResumeSpec, RunConfig } from './run-config.js'

const { TensorRole, DType } = ckpt

export const PACK_FORMAT = 'tandem-checkpoint'
export const PACK_VERSION = 1

/** Error code of every refused import (the messages are one sentence each). */
export const E_RESUME = 'E_RESUME'

/** The index file of a pack folder (its blobs, manifest included, are in BLOBS_DIR beside it). */
export interface PackIndex {
  format: typeof PACK_FORMAT
  version: number
  step: number
  manifestSha256: string
  runId: string
  modelConfigSha256: string
  createdAtMs: number
}

/** A checkpoint opened for reading: its verified manifest and raw access to its blobs. */
export interface CheckpointSource {
  kind: 'data-dir' | 'pack'
  path: string
  step: number
  manifestSha256: string
  manifestBytes: Uint8Array
  manifest: ckpt.CheckpointManifest
  /** A blob's size on disk (rejects with ENOENT when it is missing). */
  size(sha256: string): Promise<number>
  /** A blob's bytes as stored, in chunks (callers verify them against the name as they copy). */
  chunks(sha256: string): AsyncIterable<Uint8Array>
}

/** Hugging Face config fields that change the model's tensors or its math (names as in config.json). */
const MODEL_FIELDS = [
  ['vocab_size', 'vocabSize'],
  ['n_embd', 'nEmbd'],
  ['n_layer', 'nLayer'],
  ['n_head', 'nHead'],
  ['rotary_dim', 'rotaryDim'],
  ['n_inner', 'nInner'],
  ['layer_norm_epsilon', 'layerNormEpsilon'],
] as const satisfies readonly (readonly [string, keyof GPTJConfig])[]

const ROLE_NAMES: Record<number, string> = {
  [TensorRole.TENSOR_ROLE_PARAM]: 'the weights',
  [TensorRole.TENSOR_ROLE_ADAM_M]: "Adam's first moment",
  [TensorRole.TENSOR_ROLE_ADAM_V]: "Adam's second moment",
}

const refuse = (sentence: string, data: Record<string, unknown> = {}): never => {
  throw new UserError(sentence, data, E_RESUME)
}

/** `DIR` or `DIR@STEP`; an explicit `step` (a --resume-step flag) must agree with `@STEP`. */
export function parseCheckpointRef(text: string, step?: number): ResumeSpec {
  const m = /^(.*)@(\d+)$/.exec(text)
  const from = resolve(m !== null ? m[1]! : text)
  const at = m !== null ? Number(m[2]) : undefined
  if (at !== undefined && step !== undefined && at !== step) refuse(`the checkpoint ${text} names step ${at} but --resume-step says ${step}; give one of them.`)
  const s = step ?? at
  return s === undefined ? { from } : { from, step: s }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** Opens a data dir or a pack folder and reads its manifest (verified against its name). */
export async function openCheckpointSource(spec: ResumeSpec): Promise<CheckpointSource> {
  const dir = resolve(spec.from)
  const blobs = new BlobStore({ dir: join(dir, BLOBS_DIR) })
  let kind: CheckpointSource['kind']
  let step: number
  let manifestSha256: string
  if (await isFile(join(dir, DATABASE_FILE))) {
    kind = 'data-dir'
    const db = new CoordinatorDatabase(join(dir, DATABASE_FILE))
    try {
      const run = db.getRun()
      if (run === undefined) return refuse(`${dir} is a coordinator data dir that holds no run yet, so it has no checkpoint to resume from.`)
      const rows = db.listCheckpoints(run.id)
      const row = spec.step === undefined ? rows.at(-1) : rows.find((r) => r.step === spec.step)
      if (row === undefined) {
        return refuse(`${dir} has no committed checkpoint${spec.step === undefined ? '' : ` at step ${spec.step}`}; committed steps: ${rows.map((r) => r.step).join(', ') || 'none'}.`)
      }
      step = row.step
      manifestSha256 = row.manifestSha256
    } finally {
      db.close()
    }
  } else if (await isFile(join(dir, CHECKPOINT_PACK_FILE))) {
    kind = 'pack'
    const index = await readPackIndex(dir)
    if (spec.step !== undefined && spec.step !== index.step) refuse(`the checkpoint pack ${dir} holds step ${index.step}, not step ${spec.step}.`)
    step = index.step
    manifestSha256 = index.manifestSha256
  } else {
    return refuse(`${dir} is neither a coordinator data dir (no ${DATABASE_FILE}) nor a checkpoint pack (no ${CHECKPOINT_PACK_FILE}); give one of them to resume from.`)
  }
  let manifestBytes: Uint8Array
  let manifest: ckpt.CheckpointManifest
  try {
    manifestBytes = await blobs.get(manifestSha256)
    manifest = decodeCheckpointManifest(manifestBytes)
  } catch (err) {
    const why = err instanceof CorruptBlobError ? 'does not hash to its name (the file was altered or truncated)' : err instanceof MissingBlobError ? 'is missing' : `does not decode (${(err as Error).message})`
    return refuse(`the manifest of step ${step} in ${dir} ${why}.`, { sha256: manifestSha256 })
  }
  if (Number(manifest.step) !== step) refuse(`the manifest named for step ${step} in ${dir} describes step ${manifest.step}.`)
  return {
    kind,
    path: dir,
    step,
    manifestSha256,
    manifestBytes,
    manifest,
    size: async (sha) => (await stat(blobs.pathOf(sha))).size,
    chunks: (sha) => createReadStream(blobs.pathOf(sha), { highWaterMark: IMPORT_CHUNK_BYTES }),
  }
}

async function readPackIndex(dir: string): Promise<PackIndex> {
  const file = join(dir, CHECKPOINT_PACK_FILE)
  let j: Partial<PackIndex>
  try {
    j = JSON.parse(await readFile(file, 'utf8')) as Partial<PackIndex>
  } catch (err) {
    return refuse(`${file} is not readable JSON (${(err as Error).message}).`)
  }
  if (typeof j !== 'object' || j === null || j.format !== PACK_FORMAT) return refuse(`${file} is not a Tandem checkpoint pack index (its format is not "${PACK_FORMAT}").`)
  if (j.version !== PACK_VERSION) refuse(`${file} is pack version ${j.version}; this Tandem reads version ${PACK_VERSION} (upgrade it if the pack is newer).`)
  if (!Number.isSafeInteger(j.step) || (j.step as number) < 0 || !isSha256Hex(j.manifestSha256)) refuse(`${file} lacks a valid step or manifestSha256.`)
  return j as PackIndex
}

/** One tensor a resume needs, checked against the model. */
export interface ImportTensor {
  spec: ParamSpec
  role: number
  sha256: string
  byteLength: number
}

/**
 * Checks a manifest against the run's model: same architecture (the first differing field is
 * named), every layer -1..nLayer present once, every parameter with its weights (and Adam moments
 * after step 0) in fp32 with the model's shape. Returns the tensors to copy, in model order.
 */
export function checkManifest(m: ckpt.ICheckpointManifest, model: GPTJConfig, where: string): ImportTensor[] {
  if (m.modelKind !== 'gptj') refuse(`${where} holds a ${JSON.stringify(m.modelKind ?? '')} model; Tandem resumes GPT-J checkpoints.`)
  let theirs: GPTJConfig
  try {
    theirs = configFromHF(JSON.parse(m.modelConfigJson ?? ''), `${where}'s model config`)
  } catch (err) {
    return refuse(`${where} carries an unreadable model config (${(err as Error).message}).`)
  }
  for (const [hf, key] of MODEL_FIELDS) {
    if (theirs[key] !== model[key]) {
      refuse(`${where} is a checkpoint of another model: its ${hf} is ${theirs[key]} but the run's model has ${model[key]}; resume with the model the checkpoint was trained with.`, { field: hf })
    }
  }
  const step = Number(m.step ?? 0)
  if (step > 0 && m.optimizer !== null && m.optimizer !== undefined && Number(m.optimizer.stepCount ?? step) !== step) {
    refuse(`${where} has taken ${m.optimizer.stepCount} optimizer updates at step ${step}; workers count Adam's updates by step, so it cannot be continued.`)
  }
  const layers = new Map<number, ckpt.ILayerEntry>()
  for (const l of m.layers ?? []) {
    const n = l.layer ?? 0
    if (layers.has(n)) refuse(`${where} lists layer ${n} twice.`)
    layers.set(n, l)
  }
  for (let l = -1; l <= model.nLayer; l++) {
    if (!layers.has(l)) refuse(`${where} lacks layer ${l}${l === -1 ? ' (the embedding)' : l === model.nLayer ? ' (ln_f and lm_head)' : ''}; it cannot be resumed.`, { layer: l })
  }
  const out: ImportTensor[] = []
  for (const spec of modelParams(model)) {
    const entries = layers.get(spec.layer)!.tensors ?? []
    for (const role of requiredRoles(step)) {
      const t = entries.find((e) => e.name === spec.name && e.role === role)
      const what = `${ROLE_NAMES[role]} of ${spec.name} (layer ${spec.layer})`
      if (t === undefined) return refuse(`${where} lacks ${what}; it cannot be resumed.`, { layer: spec.layer, name: spec.name })
      if (t.dtype !== DType.DTYPE_FLOAT32) refuse(`${where} stores ${what} as dtype ${t.dtype}, not fp32.`)
      const shape = (t.shape ?? []).map(Number)
      if (shape.length !== spec.shape.length || shape.some((d, i) => d !== spec.shape[i])) refuse(`${where} gives ${what} the shape [${shape}], the model has [${spec.shape}].`)
      const bytes = spec.shape.reduce((a, b) => a * b, 1) * 4
      const sha256 = t.blob?.sha256 ?? ''
      if (!isSha256Hex(sha256) || Number(t.blob?.byteLength ?? 0) !== bytes) refuse(`${where} names no valid ${bytes}-byte blob for ${what}.`)
      out.push({ spec, role, sha256, byteLength: bytes })
    }
  }
  return out
}

export interface ImportResult {
  step: number
  /** The manifest this run committed (its own run id, the source's state). */
  manifestSha256: string
  sourceManifestSha256: string
  bytes: number
  tensors: number
  /** The dynamic loss scale to continue with; undefined when the source ran without one (fp32). */
  lossScale: number | undefined
  /** Tokens trained on up to the checkpoint (the new run counts on from here). */
  tokensSeen: number
}

/** Streams one blob of `source` into `writer` (bounded memory: a 6B model's embedding is 825 MB). */
async function copyBlob(source: CheckpointSource, sha256: string, writer: { write(chunk: Uint8Array): Promise<void>; finish(): Promise<unknown>; abort(): Promise<void> }): Promise<void> {
  try {
    for await (const chunk of source.chunks(sha256)) await writer.write(chunk as Uint8Array)
  } catch (err) {
    await writer.abort()
    throw err
  }
  await writer.finish()
}

/** The size of a source blob, or a refusal saying it is missing or not the size its manifest says. */
async function checkedSize(source: CheckpointSource, sha256: string, expected: number | undefined, where: string, what: string): Promise<number> {
  let size: number
  try {
    size = await source.size(sha256)
  } catch (err) {
    return refuse(`${where} is missing the blob of ${what} (${sha256.slice(0, 12)}…): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; was it pruned?`, { sha256 })
  }
  if (expected !== undefined && size !== expected) refuse(`${where} has a ${size}-byte blob for ${what}, its manifest says ${expected} (the file was truncated or altered).`, { sha256 })
  return size
}

/**
 * Copies a checkpoint into `store` as this run's committed checkpoint of the same step: every blob
 * is re-hashed as it is written (a mismatch is refused naming the tensor), then the manifest is
 * committed with the source's optimizer, data cursor, RNG and loss-scale state.
 */
export async function importCheckpoint(source: CheckpointSource, store: CheckpointStore, model: GPTJConfig, nowMs: number): Promise<ImportResult> {
  const where = `the checkpoint of step ${source.step} in ${source.path}`
  const m = source.manifest
  const tensors = checkManifest(m, model, where)
  for (const t of tensors) {
    const what = `${ROLE_NAMES[t.role]} of ${t.spec.name}`
    await checkedSize(source, t.sha256, t.byteLength, where, what)
    try {
      const writer = await store.tensorWriter(source.step, { name: t.spec.name, role: t.role, dtype: 'fp32', shape: t.spec.shape, sha256: t.sha256, byteLength: t.byteLength, layer: t.spec.layer })
      await copyBlob(source, t.sha256, writer)
    } catch (err) {
      if (err instanceof CorruptBlobError) refuse(`${where} has a damaged blob for ${what}: it does not hash to its sha256 (the file was altered).`, { sha256: t.sha256 })
      throw err
    }
  }
  const uploaders = new Map<number, { stage: number; replica: number; peerId: string }>()
  for (const l of m.layers ?? []) uploaders.set(l.layer ?? 0, { stage: l.stageIndex ?? 0, replica: l.replicaIndex ?? 0, peerId: l.uploaderPeerId ?? '' })
  const res = await store.commitIfComplete(
    source.step,
    {
      planEpoch: 0,
      // The layout that wrote the state (informational): this run re-plans it on its own members.
      numStages: m.numStages ?? 0,
      numReplicas: m.numReplicas ?? 0,
      ...(m.optimizer ? { optimizer: m.optimizer } : {}),
      ...(m.data ? { data: m.data } : {}),
      ...(m.rng ? { rng: m.rng } : {}),
      ...(m.lossScale ? { lossScale: m.lossScale } : {}),
      tokensSeen: Number(m.tokensSeen ?? 0),
      lossAvg: m.lossAvg ?? 0,
      uploaders,
      origin: 'import',
    },
    nowMs,
  )
  if (res === undefined) throw new Error(`internal: the imported checkpoint of step ${source.step} did not commit`)
  const scale = m.lossScale?.scale
  return {
    step: source.step,
    manifestSha256: res.manifestSha256,
    sourceManifestSha256: source.manifestSha256,
    bytes: res.bytes,
    tensors: res.tensors,
    lossScale: m.lossScale?.dynamic === true && typeof scale === 'number' && Number.isFinite(scale) && scale > 0 ? scale : undefined,
    tokensSeen: Number(m.tokensSeen ?? 0),
  }
}

/**
 * The data cursor a resumed run continues from: the checkpoint's stream position, with the run's
 * batch shape (a new global batch re-divides the same stream; see @tandem/data's cursor). Returns
 * a reason instead when the checkpoint has no cursor or one of another dataset.
 */
export function resumedCursor(state: ckpt.IDataCursorState | null | undefined, run: RunConfig, datasetId: string): { json: CursorJSON } | { why: string } {
  const bytes = state?.cursor
  if (bytes === undefined || bytes === null || bytes.byteLength === 0) return { why: 'the checkpoint carries no data cursor' }
  let json: CursorJSON
  try {
    json = JSON.parse(new TextDecoder().decode(bytes)) as CursorJSON
  } catch {
    return { why: 'the checkpoint data cursor is not JSON' }
  }
  if (json.dataset !== datasetId) return { why: `the checkpoint read dataset ${json.dataset}, this run reads ${datasetId}` }
  return { json: { ...json, globalBatch: run.globalBatch, seqLen: run.seqLen } }
}

export interface PackResult {
  dir: string
  step: number
  manifestSha256: string
  bytes: number
  blobs: number
}

/**
 * Writes a self-contained copy of a checkpoint (manifest, every blob it names, an index file
 * written last) that another cluster resumes from. Blobs are verified as they are copied.
 */
export async function packCheckpoint(source: CheckpointSource, outDir: string, nowMs: number): Promise<PackResult> {
  const dir = resolve(outDir)
  if (await isFile(join(dir, CHECKPOINT_PACK_FILE))) refuse(`${dir} already holds a checkpoint pack; give another --out folder.`)
  const m = source.manifest
  const where = `the checkpoint of step ${source.step} in ${source.path}`
  // The pack must resume: check it against the model it describes.
  checkManifest(m, configFromHF(JSON.parse(m.modelConfigJson ?? '{}'), where), where)
  const names = new Set<string>()
  for (const l of m.layers ?? []) for (const t of l.tensors ?? []) names.add(t.blob?.sha256 ?? '')
  for (const b of m.compression?.blobs ?? []) names.add(b.blob?.sha256 ?? '')
  names.delete('')
  const blobs = new BlobStore({ dir: join(dir, BLOBS_DIR) })
  let bytes = 0
  for (const sha of names) {
    bytes += await checkedSize(source, sha, undefined, where, `blob ${sha.slice(0, 12)}…`)
    try {
      // Synced all at once below, before the index names the pack complete.
      await copyBlob(source, sha, await blobs.writer(sha, { sync: false }))
    } catch (err) {
      if (err instanceof CorruptBlobError) refuse(`${where} has a damaged blob ${sha.slice(0, 12)}…: it does not hash to its name.`, { sha256: sha })
      throw err
    }
  }
  await blobs.put(source.manifestBytes, source.manifestSha256)
  bytes += source.manifestBytes.byteLength
  await blobs.sync(names)
  const index: PackIndex = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    step: source.step,
    manifestSha256: source.manifestSha256,
    runId: m.runId ?? '',
    modelConfigSha256: m.modelConfigSha256 ?? '',
    createdAtMs: nowMs,
  }
  await writeFileAtomic(join(dir, CHECKPOINT_PACK_FILE), `${JSON.stringify(index, null, 2)}\n`)
  return { dir, step: source.step, manifestSha256: source.manifestSha256, bytes, blobs: names.size + 1 }
}

/** The 'resume' event of a run's log: where its state came from (the coordinator counts tokens on from it). */
export interface ResumeEvent {
  from: string
  kind: CheckpointSource['kind']
  step: number
  sourceManifestSha256: string
  manifestSha256: string
  tokensSeen: number
  writtenBy: { stages: number; replicas: number }
}

/** The first start of a resumed run: opens the source, imports it, and drops a refused import's leftovers. */
export async function importForResume(spec: ResumeSpec, store: CheckpointStore, model: GPTJConfig, nowMs: number, log: Logger): Promise<ImportResult & { event: ResumeEvent }> {
  const t0 = performance.now()
  const source = await openCheckpointSource(spec)
  try {
    const res = await importCheckpoint(source, store, model, nowMs)
    const m = source.manifest
    const event: ResumeEvent = {
      from: source.path,
      kind: source.kind,
      step: res.step,
      sourceManifestSha256: res.sourceManifestSha256,
      manifestSha256: res.manifestSha256,
      tokensSeen: res.tokensSeen,
      writtenBy: { stages: m.numStages, replicas: m.numReplicas },
    }
    log.info({ ...event, bytes: res.bytes, tensors: res.tensors, ms: Math.round(performance.now() - t0) }, 'checkpoint imported')
    return { ...res, event }
  } catch (err) {
    store.dropPending()
    throw err
  }
}

/** Every start of a resumed run: the data stream continues from the imported cursor, not from step 0. */
export async function anchorResumedCursor(data: RunDataCursor, store: CheckpointStore, run: RunConfig, log: Logger): Promise<void> {
  // The earliest committed checkpoint is the import (or, once that is pruned, one derived from it).
  for (const row of store.list()) {
    const m = await store.manifest(row.step).catch(() => undefined)
    if (m === undefined) continue
    const got = resumedCursor(m.manifest.data, run, data.dataset.id)
    if ('why' in got) {
      log.warn({ step: row.step, why: got.why }, 'the resumed run starts a new data stream')
      return
    }
    data.anchor(got.json)
    log.info({ step: got.json.step, draws: got.json.draws }, 'data cursor continues from the checkpoint')
    return
  }
}
