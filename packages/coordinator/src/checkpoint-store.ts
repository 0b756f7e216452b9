// Verified checkpoints by global layer and Hugging Face name. Uploaded tensors land as
// content-addressed blobs (their sha256 checked against what the uploader declared) and are
// recorded as pending in the database; once every tensor a step needs is present, the manifest
// (checkpoint.proto) is written as a blob and committed in one transaction. A crash at any point
// leaves either a committed checkpoint or pending parts that the next upload completes.
import { type GPTJConfig, type ParamSpec, modelParams, saveHFModel } from '@tandem/model'
import { checkpoint as ckpt, decodeCheckpointManifest, MANIFEST_FORMAT_VERSION, SOFTWARE_VERSION, ValidationError } from '@tandem/proto'
import type { Logger } from 'pino'
import { type BlobStore, type BlobWriter, isSha256Hex } from './blob-store.js'
import type { CheckpointRow, CoordinatorDatabase, PendingTensorRow } from './database.js'

const { TensorRole, DType } = ckpt

/** Roles a step-S checkpoint needs for every parameter: weights always, Adam moments after step 0. */
export function requiredRoles(step: number): number[] {
  return step === 0 ? [TensorRole.TENSOR_ROLE_PARAM] : [TensorRole.TENSOR_ROLE_PARAM, TensorRole.TENSOR_ROLE_ADAM_M, TensorRole.TENSOR_ROLE_ADAM_V]
}

/** A tensor's description as an uploader declares it (control.proto TensorEntry, already decoded). */
export interface TensorMeta {
  name: string
  role: number
  /** "fp32" (params and moments are fp32 master state). */
  dtype: string
  shape: number[]
  sha256: string
  byteLength: number
  layer: number
}

/** What the coordinator adds to the tensors when it commits a manifest. */
export interface ManifestMeta {
  planEpoch: number
  numStages: number
  numReplicas: number
  optimizer?: ckpt.IOptimizerState
  data?: ckpt.IDataCursorState
  rng?: ckpt.IRngState
  lossScale?: ckpt.ILossScaleState
  tokensSeen?: number
  lossAvg?: number
  /** Which stage/replica/peer uploaded each layer (informational). */
  uploaders?: Map<number, { stage: number; replica: number; peerId: string }>
  /** How the checkpoint came to be; default 'init' for step 0, else 'upload'. */
  origin?: CheckpointRow['origin']
}

export interface CommitResult {
  step: number
  manifestSha256: string
  bytes: number
  tensors: number
}

export interface CheckpointStoreComponents {
  db: CoordinatorDatabase
  blobs: BlobStore
  logger: Logger
}

export interface CheckpointStoreInit {
  runId: string
  model: GPTJConfig
  /** Hugging Face config.json of the model (in every manifest). */
  modelConfigJson: string
  modelConfigSha256: string
  runConfigJson: string
  /** Clock for pin expiry (tests). */
  now?: () => number
}

/**
 * A hold on one committed checkpoint: while it is held, pruning keeps the checkpoint and every blob
 * it names. A pin with a lease (`ttlMs`) lapses by itself unless `touch()`ed: a client-side export
 * that the client abandons must not keep a checkpoint forever.
 */
export interface CheckpointPin {
  readonly step: number
  /** Extends a leased pin by its lease from now (no-op for a pin without a lease). */
  touch(): void
  /** Safe twice. */
  release(): void
}

interface PinEntry {
  step: number
  ttlMs: number
  expiresAtMs: number
}

const DTYPE_FP32 = 'fp32'

export class CheckpointStore {
  private readonly db: CoordinatorDatabase
  private readonly blobs: BlobStore
  private readonly log: Logger
  private readonly init: CheckpointStoreInit
  private readonly specs: Map<string, ParamSpec>
  private readonly order: ParamSpec[]
  private readonly now: () => number
  private readonly pins = new Set<PinEntry>()
  /**
   * Serialises what publishes or deletes blobs: a tensor's publish + pending row, a commit (blob
   * check, manifest blob, checkpoint row), pinning, and pruning. Without it, prune could compute
   * its live set, then delete a blob that an upload re-published (same content) or a manifest
   * written in between, or a checkpoint an export had just started reading.
   */
  private lock: Promise<unknown> = Promise.resolve()

  constructor(components: CheckpointStoreComponents, init: CheckpointStoreInit) {
    this.db = components.db
    this.blobs = components.blobs
    this.log = components.logger.child({ component: 'checkpoints' })
    this.init = init
    this.now = init.now ?? Date.now
    this.order = modelParams(init.model)
    this.specs = new Map(this.order.map((s) => [s.name, s]))
  }

  private exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.lock.then(fn, fn)
    this.lock = run.catch(() => undefined)
    return run
  }

  /**
   * Pins a committed checkpoint (step 0: the latest) against pruning; undefined when there is none.
   * Taken under the store's lock, so a prune already running finishes first and one that starts
   * later sees the pin.
   */
  pin(step: number, options: { ttlMs?: number } = {}): Promise<CheckpointPin | undefined> {
    return this.exclusive(() => {
      const row = step === 0 ? this.latest() : this.db.getCheckpoint(this.init.runId, step)
      if (row === undefined) return undefined
      const ttlMs = options.ttlMs ?? Number.POSITIVE_INFINITY
      const entry: PinEntry = { step: row.step, ttlMs, expiresAtMs: this.now() + ttlMs }
      this.pins.add(entry)
      return {
        step: row.step,
        touch: () => {
          if (this.pins.has(entry)) entry.expiresAtMs = this.now() + entry.ttlMs
        },
        release: () => {
          this.pins.delete(entry)
        },
      }
    })
  }

  /** Steps held by a pin that has not lapsed. */
  pinnedSteps(): number[] {
    const nowMs = this.now()
    const out = new Set<number>()
    for (const p of this.pins) {
      if (p.expiresAtMs <= nowMs) this.pins.delete(p)
      else out.add(p.step)
    }
    return [...out].sort((a, b) => a - b)
  }

  /** Checks a declared tensor against the model before any byte of it is accepted. */
  validate(meta: TensorMeta): ParamSpec {
    const spec = this.specs.get(meta.name)
    const bad = (why: string): never => {
      throw new ValidationError('E_BAD_TENSOR', `tensor ${JSON.stringify(meta.name).slice(0, 120)}: ${why}`, { name: meta.name })
    }
    if (spec === undefined) return bad('not a parameter of this model')
    if (![TensorRole.TENSOR_ROLE_PARAM, TensorRole.TENSOR_ROLE_ADAM_M, TensorRole.TENSOR_ROLE_ADAM_V].includes(meta.role)) bad(`role ${meta.role} is not stored`)
    if (meta.dtype !== DTYPE_FP32) bad(`dtype ${meta.dtype} (checkpoints hold fp32 master state)`)
    if (meta.layer !== spec.layer) bad(`layer ${meta.layer}, the model has it in layer ${spec.layer}`)
    if (meta.shape.length !== spec.shape.length || meta.shape.some((d, i) => d !== spec.shape[i])) bad(`shape [${meta.shape}], expected [${spec.shape}]`)
    const bytes = spec.shape.reduce((a, b) => a * b, 1) * 4
    if (meta.byteLength !== bytes) bad(`${meta.byteLength} bytes, expected ${bytes}`)
    if (!isSha256Hex(meta.sha256)) bad('sha256 is not a hex digest')
    return spec
  }

  /**
   * Streams one tensor of step `step` into the store. `finish()` verifies the declared sha256 and
   * size and records it as pending; a mismatch publishes nothing.
   */
  async tensorWriter(step: number, meta: TensorMeta): Promise<BlobWriter> {
    this.validate(meta)
    // Not fsynced one by one: commitIfComplete syncs every blob of the step at once before the
    // manifest names them, and pending rows do not outlive the process (see dropPending).
    const inner = await this.blobs.writer(meta.sha256, { sync: false })
    let written = 0
    return {
      write: async (chunk) => {
        written += chunk.byteLength
        if (written > meta.byteLength) {
          await inner.abort()
          throw new ValidationError('E_BAD_TENSOR', `tensor ${meta.name}: more than the declared ${meta.byteLength} bytes`)
        }
        await inner.write(chunk)
      },
      finish: async () => {
        if (written !== meta.byteLength) {
          await inner.abort()
          throw new ValidationError('E_BAD_TENSOR', `tensor ${meta.name}: ${written} bytes, declared ${meta.byteLength}`)
        }
        // Publish and record under the lock: a prune between the two would see a blob no row names.
        return this.exclusive(async () => {
          const res = await inner.finish()
          this.db.putPendingTensor({ runId: this.init.runId, step, name: meta.name, role: meta.role, layer: meta.layer, dtype: meta.dtype, shape: meta.shape, sha256: meta.sha256, bytes: meta.byteLength })
          return res
        })
      },
      abort: () => inner.abort(),
    }
  }

  async putTensor(step: number, meta: TensorMeta, bytes: Uint8Array): Promise<void> {
    const w = await this.tensorWriter(step, meta)
    try {
      await w.write(bytes)
    } catch (err) {
      await w.abort()
      throw err
    }
    await w.finish()
  }

  /**
   * Forgets uploads that did not complete before a restart: their blobs were not yet fsynced, and
   * the workers that sent them are re-planned anyway (the next checkpoint step uploads afresh).
   */
  dropPending(): number {
    const steps = this.db.pendingSteps(this.init.runId)
    for (const s of steps) this.db.deletePendingTensors(this.init.runId, s)
    return steps.length
  }

  /** (name, role) pairs step `step` still lacks, in model order. */
  missing(step: number): { name: string; role: number }[] {
    const have = new Set(this.db.pendingTensors(this.init.runId, step).map((t) => `${t.name}|${t.role}`))
    const out: { name: string; role: number }[] = []
    for (const s of this.order) for (const role of requiredRoles(step)) if (!have.has(`${s.name}|${role}`)) out.push({ name: s.name, role })
    return out
  }

  /** Layers (-1 embedding .. nLayer head) whose tensors of step `step` are all present. */
  presentLayers(step: number): number[] {
    const missing = new Set(this.missing(step).map((m) => this.specs.get(m.name)!.layer))
    const out: number[] = []
    for (let l = -1; l <= this.init.model.nLayer; l++) if (!missing.has(l)) out.push(l)
    return out
  }

  /**
   * Commits step `step` when every required tensor is present: writes the manifest blob, then in
   * one transaction the checkpoint row, the run's committed step and the removal of the pending
   * rows. Returns undefined while tensors are missing.
   */
  commitIfComplete(step: number, meta: ManifestMeta, nowMs: number): Promise<CommitResult | undefined> {
    return this.exclusive(() => this.commitLocked(step, meta, nowMs))
  }

  private async commitLocked(step: number, meta: ManifestMeta, nowMs: number): Promise<CommitResult | undefined> {
    if (this.db.getCheckpoint(this.init.runId, step) !== undefined) return undefined
    if (this.missing(step).length > 0) return undefined
    const pending = this.db.pendingTensors(this.init.runId, step)
    const wanted = new Set(requiredRoles(step))
    const byName = new Map<string, PendingTensorRow[]>()
    for (const t of pending) if (wanted.has(t.role)) byName.set(t.name, [...(byName.get(t.name) ?? []), t])
    const layers: ckpt.ILayerEntry[] = []
    let bytes = 0
    let tensors = 0
    for (let l = -1; l <= this.init.model.nLayer; l++) {
      const entries: ckpt.ITensorEntry[] = []
      for (const s of this.order) {
        if (s.layer !== l) continue
        for (const t of (byName.get(s.name) ?? []).sort((a, b) => a.role - b.role)) {
          entries.push({ name: t.name, role: t.role, dtype: DType.DTYPE_FLOAT32, shape: t.shape, blob: { sha256: t.sha256, byteLength: t.bytes } })
          bytes += t.bytes
          tensors++
        }
      }
      const up = meta.uploaders?.get(l)
      layers.push({ layer: l, tensors: entries, stageIndex: up?.stage ?? 0, replicaIndex: up?.replica ?? 0, uploaderPeerId: up?.peerId ?? '' })
    }
    // Every blob must be there, and on disk, before the manifest names it.
    const shas: string[] = []
    for (const t of byName.values()) for (const x of t) shas.push(x.sha256)
    for (const sha of shas) if (!(await this.blobs.has(sha))) return undefined
    await this.blobs.sync(shas)
    const parent = this.db.latestCheckpoint(this.init.runId, step - 1)
    const manifest: ckpt.ICheckpointManifest = {
      formatVersion: MANIFEST_FORMAT_VERSION,
      runId: this.init.runId,
      step,
      modelKind: 'gptj',
      modelConfigJson: this.init.modelConfigJson,
      modelConfigSha256: this.init.modelConfigSha256,
      numLayers: this.init.model.nLayer,
      layers,
      optimizer: meta.optimizer ?? null,
      data: meta.data ?? null,
      rng: meta.rng ?? null,
      lossScale: meta.lossScale ?? null,
      createdAtMs: nowMs,
      parentManifestSha256: parent?.manifestSha256 ?? '',
      runConfigJson: this.init.runConfigJson,
      tokensSeen: meta.tokensSeen ?? 0,
      lossAvg: meta.lossAvg ?? 0,
      numStages: meta.numStages,
      numReplicas: meta.numReplicas,
      softwareVersion: SOFTWARE_VERSION,
      planEpoch: meta.planEpoch,
    }
    const encoded = ckpt.CheckpointManifest.encode(manifest).finish()
    const { sha256 } = await this.blobs.put(encoded)
    const row: CheckpointRow = { runId: this.init.runId, step, manifestSha256: sha256, bytes: bytes + encoded.byteLength, tensors, origin: meta.origin ?? (step === 0 ? 'init' : 'upload'), createdAtMs: nowMs }
    this.db.transaction(() => {
      this.db.insertCheckpoint(row)
      this.db.deletePendingTensors(this.init.runId, step)
      const run = this.db.getRun()
      if (run !== undefined && run.committedStep < step) this.db.updateRun(run.id, { committedStep: step })
    })
    this.log.info({ step, manifestSha256: sha256, bytes: row.bytes, tensors }, 'checkpoint committed')
    return { step, manifestSha256: sha256, bytes: row.bytes, tensors }
  }

  /**
   * Writes a whole checkpoint from fp32 parameters (the coordinator's own step 0, or an import).
   * With a function, tensors are produced and stored one at a time (bounded memory).
   */
  async writeFromParams(
    step: number,
    params: ReadonlyMap<string, Float32Array> | ((spec: ParamSpec) => Float32Array | Promise<Float32Array>),
    meta: ManifestMeta,
    nowMs: number,
  ): Promise<CommitResult> {
    if (step !== 0) throw new ValidationError('E_BAD_STEP', 'only step 0 is created from bare parameters (later steps need optimizer state)')
    for (const spec of this.order) {
      const values = typeof params === 'function' ? await params(spec) : params.get(spec.name)
      if (values === undefined) throw new ValidationError('E_BAD_TENSOR', `parameter ${spec.name} is missing`)
      const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength)
      const { sha256 } = await this.blobs.put(bytes)
      await this.putTensor(step, { name: spec.name, role: TensorRole.TENSOR_ROLE_PARAM, dtype: DTYPE_FP32, shape: spec.shape, sha256, byteLength: bytes.byteLength, layer: spec.layer }, bytes)
    }
    const res = await this.commitIfComplete(step, meta, nowMs)
    if (res === undefined) {
      const row = this.db.getCheckpoint(this.init.runId, step)
      if (row === undefined) throw new Error('internal: step 0 did not commit')
      return { step, manifestSha256: row.manifestSha256, bytes: row.bytes, tensors: row.tensors }
    }
    return res
  }

  /** A committed manifest by step, read and verified (its blob hashes to its name). */
  async manifest(step: number): Promise<{ row: CheckpointRow; manifest: ckpt.CheckpointManifest; bytes: Uint8Array } | undefined> {
    const row = this.db.getCheckpoint(this.init.runId, step)
    if (row === undefined) return undefined
    const bytes = await this.blobs.get(row.manifestSha256)
    const manifest = decodeCheckpointManifest(bytes)
    return { row, manifest, bytes }
  }

  async manifestBySha(sha256: string): Promise<ckpt.CheckpointManifest> {
    return decodeCheckpointManifest(await this.blobs.get(sha256))
  }

  list(): CheckpointRow[] {
    return this.db.listCheckpoints(this.init.runId)
  }

  latest(): CheckpointRow | undefined {
    return this.db.latestCheckpoint(this.init.runId)
  }

  /** Re-hashes every blob of a checkpoint: 'verified', 'corrupt' (a blob is damaged) or 'partial' (one is missing). */
  async verify(step: number): Promise<'verified' | 'corrupt' | 'partial'> {
    const m = await this.manifest(step).catch(() => undefined)
    if (m === undefined) return 'corrupt'
    for (const layer of m.manifest.layers) {
      for (const t of layer.tensors ?? []) {
        const v = await this.blobs.verify(t.blob?.sha256 ?? '')
        if (v === 'missing') return 'partial'
        if (v === 'corrupt') return 'corrupt'
      }
    }
    return 'verified'
  }

  /** One tensor of a committed manifest as fp32 values, verified. */
  async readTensor(entry: ckpt.ITensorEntry): Promise<Float32Array> {
    const bytes = await this.blobs.get(entry.blob?.sha256 ?? '')
    const copy = new Uint8Array(bytes.byteLength)
    copy.set(bytes)
    return new Float32Array(copy.buffer)
  }

  /** Writes step `step` as a Hugging Face GPT-J folder (weights only), streaming one tensor at a time. */
  async exportHF(step: number, outDir: string, dtype: 'f32' | 'f16' = 'f32'): Promise<{ files: string[]; manifestSha256: string }> {
    // Pinned for the whole export: checkpoints keep committing (and pruning) while it streams.
    const pin = await this.pin(step)
    if (pin === undefined) throw new ValidationError('E_NO_CHECKPOINT', `there is no committed checkpoint at step ${step}`)
    try {
      const m = await this.manifest(pin.step)
      if (m === undefined) throw new ValidationError('E_NO_CHECKPOINT', `there is no committed checkpoint at step ${step}`)
      const params = new Map<string, ckpt.ITensorEntry>()
      for (const l of m.manifest.layers) for (const t of l.tensors ?? []) if (t.role === TensorRole.TENSOR_ROLE_PARAM) params.set(t.name ?? '', t)
      const { files } = await saveHFModel(outDir, this.init.model, (spec) => this.readTensor(params.get(spec.name)!), { dtype })
      return { files, manifestSha256: m.row.manifestSha256 }
    } finally {
      pin.release()
    }
  }

  /**
   * Keeps the newest `keep` committed checkpoints (and always step 0, `protect` and pinned steps),
   * drops the rest, then deletes blobs no kept manifest or pending upload refers to.
   */
  prune(keep: number, protect: number[] = []): Promise<{ checkpointsDropped: number; blobsDeleted: number }> {
    return this.exclusive(() => this.pruneLocked(keep, protect))
  }

  private async pruneLocked(keep: number, protect: number[]): Promise<{ checkpointsDropped: number; blobsDeleted: number }> {
    const rows = this.list()
    const keepSteps = new Set([0, ...protect, ...this.pinnedSteps(), ...rows.slice(-Math.max(1, keep)).map((r) => r.step)])
    let checkpointsDropped = 0
    for (const r of rows) {
      if (keepSteps.has(r.step)) continue
      this.db.deleteCheckpoint(this.init.runId, r.step)
      checkpointsDropped++
    }
    const live = new Set<string>(this.db.pendingBlobHashes())
    for (const r of this.list()) {
      live.add(r.manifestSha256)
      const m = await this.manifest(r.step).catch(() => undefined)
      if (m === undefined) continue
      for (const l of m.manifest.layers) for (const t of l.tensors ?? []) if (t.blob?.sha256) live.add(t.blob.sha256)
    }
    let blobsDeleted = 0
    for (const sha of await this.blobs.list()) {
      if (live.has(sha)) continue
      await this.blobs.delete(sha)
      blobsDeleted++
    }
    return { checkpointsDropped, blobsDeleted }
  }
}
