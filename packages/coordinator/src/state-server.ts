// /tandem/state on the coordinator: serves committed checkpoint state to workers (a joiner, or a
// resume after a rollback) and receives checkpoint uploads from designated replicas.
//
// Fetch: worker sends StateMessage.request (StateRequest: run, epoch, step or manifestSha256,
//   layer range, includeOptimizer); the coordinator answers StateMessage.answer listing the tensors
//   (TensorEntry: Hugging Face name, layer, role, dtype "fp32", shape, byteLength, sha256 of the raw
//   bytes), then one or more tensor frames per entry in order (kind WEIGHTS or OPTIMIZER_STATE,
//   codec "raw", dtype FLOAT32, tensorName set; a tensor above the frame limit is split into
//   `count` frames whose shape is [elements in this frame], reassembled in `index` order).
// Upload: worker sends StateMessage.uploadBegin (the CheckpointRequest's id, run, epoch, step, its
//   layer range, the TensorEntry list), then the frames of each entry in order as above; the
//   coordinator verifies each tensor's size and sha256, stores it, answers StateMessage.uploadResult
//   (ok, badTensors), and commits the step's manifest once every layer is present.
import type { Connection, Stream } from '@libp2p/interface'
import { type GPTJConfig, stageParams } from '@tandem/model'
import { control, FRAME_BYTES_MAX, FramedStream, IdleTimeout, TandemError, tensor } from '@tandem/proto'
import type { Logger } from 'pino'
import type { BlobStore } from './blob-store.js'
import type { CheckpointStore, TensorMeta } from './checkpoint-store.js'
import { CONTROL_MESSAGE_BYTES_MAX, STATE_TRANSFERS_MAX, STATE_TRANSFER_IDLE_MS, UPLOAD_TENSORS_MAX } from './constants.js'

const { StateRefusal, TensorRole } = control
const { FrameKind, DType } = tensor

export interface UploadCheck {
  ok: boolean
  reason?: string
  epoch?: number
}

/** What the state server asks of the coordinator. */
export interface StateServerHooks {
  runId(): string
  /** The coordinator's peer id (the `sender` of the frames it serves). */
  selfPeerId(): string
  /** Whether this peer is a member that may fetch state. */
  isMember(peerId: string): boolean
  /** Whether this upload is wanted (a member, its range, a step being checkpointed). */
  checkUpload(peerId: string, begin: control.UploadBegin): UploadCheck
  /** Called after an upload's tensors are stored (the coordinator tries to commit). */
  uploaded(peerId: string, begin: control.UploadBegin, badTensors: string[]): Promise<void>
  /** The manifest hash of a committed checkpoint at a step. */
  manifestAt(step: number): string | undefined
  /** Whether a manifest hash belongs to a committed checkpoint of this run. */
  isCommittedManifest(sha256: string): boolean
  /** Counts bytes served and received (metrics). */
  countBytes?(direction: 'in' | 'out', bytes: number): void
}

export interface StateServerComponents {
  logger: Logger
  checkpoints: CheckpointStore
  blobs: BlobStore
}

export interface StateServerInit {
  model: GPTJConfig
  hooks: StateServerHooks
  frameBytesMax?: number
}

const roleKind = (role: number) => (role === TensorRole.TENSOR_ROLE_PARAM ? FrameKind.FRAME_KIND_WEIGHTS : FrameKind.FRAME_KIND_OPTIMIZER_STATE)

export class StateServer {
  private readonly log: Logger
  private readonly checkpoints: CheckpointStore
  private readonly blobs: BlobStore
  private readonly model: GPTJConfig
  private readonly hooks: StateServerHooks
  private readonly frameBytesMax: number
  private active = 0

  constructor(components: StateServerComponents, init: StateServerInit) {
    this.log = components.logger.child({ component: 'state-server' })
    this.checkpoints = components.checkpoints
    this.blobs = components.blobs
    this.model = init.model
    this.hooks = init.hooks
    this.frameBytesMax = init.frameBytesMax ?? FRAME_BYTES_MAX
  }

  /** The libp2p stream handler. Never throws: failures are logged and the stream aborted. */
  async handle(stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer.toString()
    const framed = new FramedStream(stream, { messageBytesMax: CONTROL_MESSAGE_BYTES_MAX, frameBytesMax: this.frameBytesMax })
    const idle = new IdleTimeout(STATE_TRANSFER_IDLE_MS)
    const { signal } = idle
    try {
      const first = await framed.readMessage(control.StateMessage, { signal })
      if (first === null) return
      if (this.active >= STATE_TRANSFERS_MAX) {
        await framed.writeMessage(control.StateMessage, { answer: { requestId: first.request?.requestId ?? 0, ok: false, refusal: StateRefusal.STATE_REFUSAL_BUSY, reason: 'too many transfers in flight' } })
        await stream.close()
        return
      }
      this.active++
      try {
        if (first.body === 'request') await this.serve(peer, framed, first.request!, idle)
        else if (first.body === 'uploadBegin') await this.receive(peer, framed, first.uploadBegin!, idle)
        else await framed.writeMessage(control.StateMessage, { error: { code: 'E_BAD_MESSAGE', message: 'expected a state request or an upload' } })
      } finally {
        this.active--
      }
      await stream.close()
    } catch (err) {
      this.log.warn({ peer, err: err instanceof Error ? err.message : String(err), code: (err as TandemError).code }, 'state transfer failed')
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    } finally {
      idle.clear()
      await framed.close().catch(() => {})
    }
  }

  private async serve(peer: string, framed: FramedStream, r: control.IStateRequest, idle: IdleTimeout): Promise<void> {
    const { signal } = idle
    const req = control.StateRequest.fromObject(r)
    const refuse = (refusal: number, reason: string) =>
      framed.writeMessage(control.StateMessage, { answer: { requestId: req.requestId, ok: false, refusal, reason } })
    if (!this.hooks.isMember(peer)) return refuse(StateRefusal.STATE_REFUSAL_NOT_A_MEMBER, 'not a member of this run')
    if (req.runId !== this.hooks.runId()) return refuse(StateRefusal.STATE_REFUSAL_NOT_A_MEMBER, 'unknown run')
    const L = this.model.nLayer
    if (!(req.layerStart < req.layerEnd && req.layerEnd <= L)) return refuse(StateRefusal.STATE_REFUSAL_WRONG_LAYERS, `layers [${req.layerStart}, ${req.layerEnd}) are not inside 0..${L}`)
    let sha = req.manifestSha256
    if (sha === '') sha = this.hooks.manifestAt(req.step) ?? ''
    if (sha === '' || !this.hooks.isCommittedManifest(sha)) return refuse(StateRefusal.STATE_REFUSAL_UNKNOWN_MANIFEST, `no committed checkpoint ${req.manifestSha256 || `at step ${req.step}`}`)
    const manifest = await this.checkpoints.manifestBySha(sha)
    const wanted = new Set(stageParams(this.model, { start: req.layerStart, end: req.layerEnd }).map((s) => s.name))
    const names = req.tensorNames.length > 0 ? new Set(req.tensorNames) : undefined
    const roles = new Set([TensorRole.TENSOR_ROLE_PARAM, ...(req.includeOptimizer ? [TensorRole.TENSOR_ROLE_ADAM_M, TensorRole.TENSOR_ROLE_ADAM_V] : [])])
    const entries: { entry: control.ITensorEntry; sha256: string }[] = []
    let totalBytes = 0
    for (const layer of manifest.layers) {
      for (const t of layer.tensors ?? []) {
        const name = t.name ?? ''
        if (!wanted.has(name) || !roles.has(t.role ?? 0) || (names !== undefined && !names.has(name))) continue
        const bytes = Number(t.blob?.byteLength ?? 0)
        entries.push({
          entry: { name, layer: layer.layer ?? 0, role: t.role ?? 0, dtype: control.DType.DTYPE_FLOAT32, shape: (t.shape ?? []).map(Number), byteLength: bytes, sha256: t.blob?.sha256 ?? '' },
          sha256: t.blob?.sha256 ?? '',
        })
        totalBytes += bytes
      }
    }
    await framed.writeMessage(control.StateMessage, {
      answer: { requestId: req.requestId, ok: true, step: Number(manifest.step), tensors: entries.map((e) => e.entry), totalBytes },
    })
    for (const { entry, sha256 } of entries) {
      signal.throwIfAborted()
      const bytes = await this.blobs.get(sha256)
      await this.sendTensor(framed, req, entry, bytes, Number(manifest.step), idle)
      this.hooks.countBytes?.('out', bytes.byteLength)
    }
    this.log.info({ peer, step: Number(manifest.step), layers: [req.layerStart, req.layerEnd], tensors: entries.length, bytes: totalBytes }, 'served checkpoint state')
  }

  private async sendTensor(framed: FramedStream, req: control.StateRequest, entry: control.ITensorEntry, bytes: Uint8Array, step: number, idle: IdleTimeout): Promise<void> {
    const chunk = Math.max(4, Math.floor(this.frameBytesMax / 4) * 4)
    const count = Math.max(1, Math.ceil(bytes.byteLength / chunk))
    for (let i = 0; i < count; i++) {
      const part = bytes.subarray(i * chunk, Math.min(bytes.byteLength, (i + 1) * chunk))
      await framed.writeFrame(
        {
          runId: req.runId,
          epoch: req.epoch,
          step,
          kind: roleKind(entry.role ?? 0),
          codec: 'raw',
          dtype: DType.DTYPE_FLOAT32,
          shape: count === 1 ? (entry.shape ?? []) : [part.byteLength / 4],
          tensorName: entry.name ?? '',
          index: i,
          count,
          sender: this.hooks.selfPeerId(),
        },
        part,
        { signal: idle.signal },
      )
      idle.touch()
    }
  }

  private async receive(peer: string, framed: FramedStream, b: control.IUploadBegin, idle: IdleTimeout): Promise<void> {
    const { signal } = idle
    const begin = control.UploadBegin.fromObject(b)
    const result = (ok: boolean, error: string, badTensors: string[] = []) =>
      framed.writeMessage(control.StateMessage, { uploadResult: { requestId: begin.requestId, ok, error, badTensors } })
    const check = this.hooks.checkUpload(peer, begin)
    if (!check.ok) return result(false, check.reason ?? 'upload refused')
    if (begin.tensors.length === 0 || begin.tensors.length > UPLOAD_TENSORS_MAX) return result(false, `an upload carries 1 to ${UPLOAD_TENSORS_MAX} tensors, got ${begin.tensors.length}`)
    const allowed = new Set(stageParams(this.model, { start: begin.layerStart, end: begin.layerEnd }).map((s) => s.name))
    const metas: TensorMeta[] = []
    for (const t of begin.tensors) {
      const meta: TensorMeta = { name: t.name ?? '', role: t.role ?? 0, dtype: t.dtype === control.DType.DTYPE_FLOAT32 ? 'fp32' : `dtype ${t.dtype}`, shape: (t.shape ?? []).map(Number), sha256: t.sha256 ?? '', byteLength: Number(t.byteLength ?? 0), layer: t.layer ?? 0 }
      if (!allowed.has(meta.name)) return result(false, `tensor ${meta.name.slice(0, 120)} is outside layers [${begin.layerStart}, ${begin.layerEnd})`)
      try {
        this.checkpoints.validate(meta)
      } catch (err) {
        return result(false, err instanceof Error ? err.message : String(err))
      }
      metas.push(meta)
    }
    const bad: string[] = []
    let received = 0
    const expect = { runId: begin.runId, sender: peer, kinds: [FrameKind.FRAME_KIND_WEIGHTS, FrameKind.FRAME_KIND_OPTIMIZER_STATE] }
    for (const meta of metas) {
      const writer = await this.checkpoints.tensorWriter(Number(begin.step), meta)
      let got = 0
      try {
        let index = 0
        while (got < meta.byteLength) {
          const frame = await framed.readFrame(expect, { signal })
          if (frame === null) throw new TandemError('E_TRUNCATED', `the upload ended inside tensor ${meta.name}`)
          const h = frame.header
          if (h.tensorName !== meta.name || h.index !== index || h.dtype !== DType.DTYPE_FLOAT32 || (h.codec !== 'raw' && h.codec !== '' && h.codec !== 'fp32')) {
            throw new TandemError('E_BAD_FRAME', `frame ${h.index} of '${h.tensorName.slice(0, 120)}' does not continue tensor ${meta.name} (frame ${index}, raw fp32)`)
          }
          await writer.write(frame.payload)
          got += frame.payload.byteLength
          index++
          idle.touch()
        }
        await writer.finish()
      } catch (err) {
        await writer.abort()
        if ((err as TandemError).code === 'E_CORRUPT_BLOB' || (err as TandemError).code === 'E_BAD_TENSOR') {
          bad.push(meta.name)
          continue
        }
        throw err
      }
      received += got
    }
    this.hooks.countBytes?.('in', received)
    await result(bad.length === 0, bad.length === 0 ? '' : `${bad.length} tensors did not match their declared size or sha256`, bad)
    this.log.info({ peer, step: Number(begin.step), layers: [begin.layerStart, begin.layerEnd], tensors: metas.length, bytes: received, bad: bad.length }, 'checkpoint upload received')
    await this.hooks.uploaded(peer, begin, bad)
  }
}
