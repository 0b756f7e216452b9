// Layer state over /tandem/state: serving this worker's weights and Adam moments to a joining peer
// of the same stage, fetching them from peers or from the coordinator's checkpoint store (every
// tensor checked against its declared size and sha256 before it is used), and uploading them to
// the coordinator when this worker is its stage's designated replica at a checkpoint.
// Wire format as the coordinator's state server: a StateMessage (answer / uploadBegin) listing
// TensorEntries, then each tensor as raw fp32 frames (WEIGHTS or OPTIMIZER_STATE, tensorName set);
// a tensor larger than one frame is split into `count` frames of shape [elements in the frame].
import { createHash } from 'node:crypto'
import type { Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { type GPTJConfig, type LayerRange, stageParams } from '@tandem/model'
import { control, DecodeError, FRAME_BYTES_MAX, FramedStream, IdleTimeout, PROTOCOL_STATE, TandemError, tensor, ValidationError } from '@tandem/proto'
import type { WorkerNode } from './node.js'
import type { StateTensor } from './stage-state.js'

const { TensorRole, StateRefusal } = control
const { FrameKind, DType } = tensor

/** Time allowed for one whole transfer. */
/** A state transfer (fetch, serve, checkpoint upload) is abandoned after this long with no bytes moving. */
export const STATE_TRANSFER_IDLE_MS = 120_000

const ROLE_TO_PROTO = { param: TensorRole.TENSOR_ROLE_PARAM, adam_m: TensorRole.TENSOR_ROLE_ADAM_M, adam_v: TensorRole.TENSOR_ROLE_ADAM_V } as const

function roleFromProto(role: number): StateTensor['role'] | undefined {
  if (role === TensorRole.TENSOR_ROLE_PARAM) return 'param'
  if (role === TensorRole.TENSOR_ROLE_ADAM_M) return 'adam_m'
  if (role === TensorRole.TENSOR_ROLE_ADAM_V) return 'adam_v'
  return undefined
}

const bytesOf = (a: Float32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength)

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

export function tensorEntries(tensors: readonly StateTensor[]): control.ITensorEntry[] {
  return tensors.map((t) => ({
    name: t.name,
    layer: t.layer,
    role: ROLE_TO_PROTO[t.role],
    dtype: control.DType.DTYPE_FLOAT32,
    shape: t.shape,
    byteLength: t.data.byteLength,
    sha256: sha256Hex(bytesOf(t.data)),
  }))
}

/** Writes each tensor as raw fp32 frames, split at the frame limit. */
export async function writeTensors(
  framed: FramedStream,
  tensors: readonly StateTensor[],
  base: { runId: string; epoch: number; step: number; sender: string },
  options: { signal?: AbortSignal; frameBytesMax?: number; /** After each frame left, with its payload bytes. */ onFrame?: (bytes: number) => void } = {},
): Promise<void> {
  const chunk = Math.max(4, Math.floor((options.frameBytesMax ?? FRAME_BYTES_MAX) / 4) * 4)
  for (const t of tensors) {
    const bytes = bytesOf(t.data)
    const count = Math.max(1, Math.ceil(bytes.byteLength / chunk))
    for (let i = 0; i < count; i++) {
      options.signal?.throwIfAborted()
      const part = bytes.subarray(i * chunk, Math.min(bytes.byteLength, (i + 1) * chunk))
      await framed.writeFrame(
        {
          ...base,
          kind: t.role === 'param' ? FrameKind.FRAME_KIND_WEIGHTS : FrameKind.FRAME_KIND_OPTIMIZER_STATE,
          codec: 'raw',
          dtype: DType.DTYPE_FLOAT32,
          shape: count === 1 ? t.shape : [part.byteLength / 4],
          tensorName: t.name,
          index: i,
          count,
        },
        part,
        options.signal ? { signal: options.signal } : undefined,
      )
      options.onFrame?.(part.byteLength)
    }
  }
}

/**
 * Reads the tensors a StateAnswer or UploadBegin listed, checking each against the entry (and the
 * layers the reader asked for) and its sha256 before returning anything.
 */
export async function readTensors(
  framed: FramedStream,
  entries: readonly control.ITensorEntry[],
  allowed: ReadonlyMap<string, { shape: number[]; layer: number }>,
  expect: { runId: string; sender?: string },
  options: { signal?: AbortSignal; /** After each frame arrived, with its payload bytes. */ onFrame?: (bytes: number) => void } = {},
): Promise<StateTensor[]> {
  const out: StateTensor[] = []
  for (const e of entries) {
    const name = e.name ?? ''
    const spec = allowed.get(name)
    const role = roleFromProto(e.role ?? 0)
    const shape = (e.shape ?? []).map(Number)
    if (spec === undefined || role === undefined) throw new ValidationError('E_STATE_TENSOR', `state tensor '${name.slice(0, 120)}' (role ${e.role}) was not asked for`)
    if (shape.length !== spec.shape.length || shape.some((d, i) => d !== spec.shape[i])) {
      throw new ValidationError('E_STATE_SHAPE', `state tensor '${name}' has shape [${shape}], expected [${spec.shape}]`)
    }
    const bytes = spec.shape.reduce((a, b) => a * b, 1) * 4
    if (Number(e.byteLength ?? 0) !== bytes || e.dtype !== control.DType.DTYPE_FLOAT32) {
      throw new ValidationError('E_STATE_SIZE', `state tensor '${name}' declares ${e.byteLength} bytes of dtype ${e.dtype}, expected ${bytes} fp32`)
    }
    const data = new Float32Array(bytes / 4)
    const view = bytesOf(data)
    let got = 0
    let index = 0
    const frameExpect = {
      runId: expect.runId,
      kinds: [FrameKind.FRAME_KIND_WEIGHTS, FrameKind.FRAME_KIND_OPTIMIZER_STATE],
      ...(expect.sender !== undefined ? { sender: expect.sender } : {}),
    }
    while (got < bytes) {
      const frame = await framed.readFrame(frameExpect, options.signal ? { signal: options.signal } : undefined)
      if (frame === null) throw new DecodeError('E_TRUNCATED', `the state transfer ended inside tensor ${name}`)
      const h = frame.header
      if (h.tensorName !== name || (h.index ?? 0) !== index || h.dtype !== DType.DTYPE_FLOAT32 || got + frame.payload.byteLength > bytes) {
        throw new ValidationError('E_STATE_FRAME', `frame ${h.index} of '${(h.tensorName ?? '').slice(0, 120)}' does not continue tensor ${name}`)
      }
      view.set(frame.payload, got)
      got += frame.payload.byteLength
      index++
      options.onFrame?.(frame.payload.byteLength)
    }
    const sha = sha256Hex(view)
    if (sha !== e.sha256) throw new ValidationError('E_STATE_SHA256', `state tensor '${name}' has sha256 ${sha.slice(0, 12)}…, the sender declared ${(e.sha256 ?? '').slice(0, 12)}…`)
    out.push({ name, layer: spec.layer, role, shape, data })
  }
  return out
}

/** The parameters of `range` by name, with their shapes and layers (what a transfer may carry). */
export function allowedTensors(config: GPTJConfig, range: LayerRange): Map<string, { shape: number[]; layer: number }> {
  return new Map(stageParams(config, range).map((s) => [s.name, { shape: s.shape, layer: s.layer }]))
}

export interface FetchedState {
  step: number
  adamStep: number
  tensors: StateTensor[]
  bytes: number
}

async function dialState(node: WorkerNode, peer: string, multiaddrs: readonly string[], signal: AbortSignal): Promise<Stream> {
  const id = peerIdFromString(peer)
  if (multiaddrs.length > 0) await node.peerStore.merge(id, { multiaddrs: multiaddrs.map((a) => multiaddr(a)) }).catch(() => {})
  return node.dialProtocol(id, PROTOCOL_STATE, { signal, runOnLimitedConnection: true })
}

/** Fetches layers `range` at `request.step` from a peer or the coordinator, verified. */
export async function fetchState(
  node: WorkerNode,
  source: { peer: string; multiaddrs: readonly string[] },
  config: GPTJConfig,
  request: control.IStateRequest & { runId: string; layerStart: number; layerEnd: number },
  options: { signal?: AbortSignal; /** Bytes of state as they arrive (progress for heartbeats). */ onBytes?: (bytes: number) => void } = {},
): Promise<FetchedState> {
  const idle = new IdleTimeout(STATE_TRANSFER_IDLE_MS, options.signal)
  const { signal } = idle
  const stream = await dialState(node, source.peer, source.multiaddrs, signal)
  const framed = new FramedStream(stream)
  try {
    await framed.writeMessage(control.StateMessage, { request }, { signal })
    const msg = await framed.readMessage(control.StateMessage, { signal })
    if (msg === null) throw new DecodeError('E_TRUNCATED', `${source.peer} closed the state stream without an answer`)
    const answer = msg.answer
    if (answer == null) throw new DecodeError('E_BAD_MESSAGE', `${source.peer} answered the state request with ${msg.body}`)
    if (!answer.ok) {
      throw new TandemError('E_STATE_REFUSED', `${source.peer} refused the state request: ${answer.reason ?? ''}`, { refusal: answer.refusal })
    }
    const allowed = allowedTensors(config, { start: request.layerStart, end: request.layerEnd })
    const tensors = await readTensors(framed, answer.tensors ?? [], allowed, { runId: request.runId }, {
      signal,
      onFrame: (n) => {
        idle.touch()
        options.onBytes?.(n)
      },
    })
    const params = tensors.filter((t) => t.role === 'param').length
    if (params !== allowed.size) throw new ValidationError('E_STATE_INCOMPLETE', `${source.peer} sent ${params} of the ${allowed.size} parameters of layers [${request.layerStart}, ${request.layerEnd})`)
    await stream.close().catch(() => {})
    const step = Number(answer.step ?? request.step ?? 0)
    return { step, adamStep: Number(answer.optimizerStepCount ?? 0) || step, tensors, bytes: tensors.reduce((a, t) => a + t.data.byteLength, 0) }
  } catch (err) {
    stream.abort(err as Error)
    throw err
  } finally {
    idle.clear()
    await framed.close().catch(() => {})
  }
}

/** What a worker's state server needs to know about its state and its plan. */
export interface StateHolder {
  runId(): string
  config(): GPTJConfig | undefined
  /** Whether `peer` may fetch (a member of the current plan, or of the one being prepared). */
  mayFetch(peer: string): boolean
  /** The tensors of `range` at `step`, copied (so a later optimizer step cannot change them mid-send); undefined when not held. */
  stateAt(step: number, range: LayerRange, includeOptimizer: boolean): Promise<{ tensors: StateTensor[]; adamStep: number } | undefined>
  selfPeer(): string
}

/** Answers one inbound StateRequest on `stream`. */
export async function serveState(stream: Stream, remotePeer: string, holder: StateHolder, onServed?: (bytes: number) => void): Promise<void> {
  const framed = new FramedStream(stream)
  const idle = new IdleTimeout(STATE_TRANSFER_IDLE_MS)
  const { signal } = idle
  try {
    const msg = await framed.readMessage(control.StateMessage, { signal })
    if (msg === null) return
    const req = msg.request
    const refuse = async (refusal: number, reason: string): Promise<void> => {
      await framed.writeMessage(control.StateMessage, { answer: { requestId: req?.requestId ?? 0, ok: false, refusal, reason } })
      await stream.close()
    }
    if (req == null) return refuse(StateRefusal.STATE_REFUSAL_INTERNAL, 'expected a state request')
    const config = holder.config()
    if (req.runId !== holder.runId() || config === undefined || !holder.mayFetch(remotePeer)) return refuse(StateRefusal.STATE_REFUSAL_NOT_A_MEMBER, 'not a member of this run and plan')
    const range = { start: req.layerStart ?? 0, end: req.layerEnd ?? 0 }
    if (!(range.start < range.end && range.end <= config.nLayer)) return refuse(StateRefusal.STATE_REFUSAL_WRONG_LAYERS, `layers [${range.start}, ${range.end}) are not a range of the model`)
    const step = Number(req.step ?? 0)
    const held = await holder.stateAt(step, range, req.includeOptimizer === true)
    if (held === undefined) return refuse(StateRefusal.STATE_REFUSAL_WRONG_STEP, `this worker does not hold layers [${range.start}, ${range.end}) at step ${step}`)
    const bytes = held.tensors.reduce((a, t) => a + t.data.byteLength, 0)
    await framed.writeMessage(control.StateMessage, {
      answer: { requestId: req.requestId ?? 0, ok: true, step, tensors: tensorEntries(held.tensors), totalBytes: bytes, optimizerStepCount: held.adamStep },
    })
    await writeTensors(framed, held.tensors, { runId: req.runId ?? '', epoch: Number(req.epoch ?? 0), step, sender: holder.selfPeer() }, { signal, onFrame: () => idle.touch() })
    await stream.close()
    onServed?.(bytes)
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  } finally {
    idle.clear()
    await framed.close().catch(() => {})
  }
}

/** Uploads a checkpoint of this worker's layers to the coordinator; resolves with its verdict. */
export async function uploadCheckpoint(
  node: WorkerNode,
  coordinator: { peer: string; multiaddrs: readonly string[] },
  begin: control.IUploadBegin & { runId: string; step: number },
  tensors: readonly StateTensor[],
  selfPeer: string,
  options: { signal?: AbortSignal } = {},
): Promise<{ ok: boolean; error: string; bytes: number }> {
  // Idle, not total: the coordinator's verdict comes after it hashed everything, within the same limit.
  const idle = new IdleTimeout(STATE_TRANSFER_IDLE_MS, options.signal)
  const { signal } = idle
  const stream = await dialState(node, coordinator.peer, coordinator.multiaddrs, signal)
  const framed = new FramedStream(stream)
  try {
    const bytes = tensors.reduce((a, t) => a + t.data.byteLength, 0)
    await framed.writeMessage(control.StateMessage, { uploadBegin: { ...begin, tensors: tensorEntries(tensors), totalBytes: bytes } }, { signal })
    await writeTensors(framed, tensors, { runId: begin.runId, epoch: Number(begin.epoch ?? 0), step: begin.step, sender: selfPeer }, { signal, onFrame: () => idle.touch() })
    const msg = await framed.readMessage(control.StateMessage, { signal })
    await stream.close().catch(() => {})
    const r = msg?.uploadResult
    if (r == null) return { ok: false, error: msg?.error?.message ?? 'the coordinator sent no upload result', bytes }
    return { ok: r.ok === true, error: r.error ?? '', bytes }
  } catch (err) {
    stream.abort(err as Error)
    throw err
  } finally {
    idle.clear()
    await framed.close().catch(() => {})
  }
}
