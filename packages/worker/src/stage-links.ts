// The pipeline transport of one plan epoch: activations (plus the micro-batch's labels and masks,
// as an AUX frame) to the next stage, activation gradients to the previous one, each encoded with
// the plan's codec; frames from the neighbours come out of the inbox and are decoded and checked
// (shape, dtype, finite values, token ranges) before the stage runtime sees them.
import { type Frame, type TokenBatch, ValidationError, tensor } from '@tandem/proto'
import type { TensorCodec } from './codecs/codec.js'
import type { FrameSender } from './frame-links.js'
import type { Inbox } from './inbox.js'
import type { PipelineTransport } from './pipeline.js'
import { type TrafficCounters, TrafficKind } from './traffic.js'

const { FrameKind, DType } = tensor

export interface StageLinksInit {
  runId: string
  epoch: number
  self: string
  stage: number
  replica: number
  prevPeer: string
  nextPeer: string
  /** Rows per micro-batch, tokens per row, model width, vocabulary (for validation). */
  rows: number
  seq: number
  nEmbd: number
  vocabSize: number
  forwardCodec: TensorCodec
  backwardCodec: TensorCodec
  /** Decoders of what the neighbours send (stateful codecs need their own instance). */
  forwardDecoder: TensorCodec
  backwardDecoder: TensorCodec
}

/** A neighbour's frame that decoded but is not acceptable input: the step cannot go on. */
export class BadFrameError extends ValidationError {
  override name = 'BadFrameError'
  readonly peer: string
  constructor(peer: string, cause: unknown) {
    super((cause as { code?: string }).code ?? 'E_BAD_FRAME', `bad frame from ${peer}: ${(cause as Error).message}`, { peer }, { cause })
    this.peer = peer
  }
}

/** AUX planes of a micro-batch: input ids, labels, segment ids, prefix mask; int32 [4, rows, seq]. */
export function encodeBatchAux(batch: TokenBatch): Int32Array {
  const n = batch.batch * batch.seq
  const out = new Int32Array(4 * n)
  out.set(batch.inputIds, 0)
  out.set(batch.labels, n)
  out.set(batch.segmentIds, 2 * n)
  for (let i = 0; i < n; i++) out[3 * n + i] = batch.prefixMask[i]!
  return out
}

export function decodeBatchAux(planes: Int32Array, rows: number, seq: number, vocabSize: number): TokenBatch {
  const n = rows * seq
  if (planes.length !== 4 * n) throw new ValidationError('E_AUX_SHAPE', `batch planes hold ${planes.length} values, expected ${4 * n}`)
  const inputIds = planes.slice(0, n)
  const labels = planes.slice(n, 2 * n)
  const segmentIds = planes.slice(2 * n, 3 * n)
  const prefixMask = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const id = inputIds[i]!
    if (id < 0 || id >= vocabSize) throw new ValidationError('E_AUX_TOKEN', `token id ${id} outside the vocabulary`)
    const l = labels[i]!
    if (l !== -100 && (l < 0 || l >= vocabSize)) throw new ValidationError('E_AUX_LABEL', `label ${l} is neither -100 nor a token id`)
    const p = planes[3 * n + i]!
    if (p !== 0 && p !== 1) throw new ValidationError('E_AUX_MASK', `prefix mask value ${p} is not 0 or 1`)
    prefixMask[i] = p
  }
  return { batch: rows, seq, inputIds, labels, segmentIds, prefixMask }
}

/** A stable id per row (FNV-1a of its tokens): delta codecs key their caches by it. */
export function rowSampleIds(batch: TokenBatch): number[] {
  const ids: number[] = []
  for (let r = 0; r < batch.batch; r++) {
    let h = 0x811c9dc5
    for (let t = r * batch.seq; t < (r + 1) * batch.seq; t++) h = Math.imul(h ^ batch.inputIds[t]!, 0x01000193)
    ids.push(h >>> 0)
  }
  return ids
}

export class StageLinks implements PipelineTransport {
  readonly init: StageLinksInit
  private readonly links: FrameSender
  private readonly inbox: Inbox<Frame>
  private readonly traffic: TrafficCounters
  private pending: Promise<void>[] = []
  /** Sample ids of this step's micro-batches (for delta codecs), by micro-batch. */
  private readonly samples = new Map<number, number[]>()

  constructor(init: StageLinksInit, links: FrameSender, inbox: Inbox<Frame>, traffic: TrafficCounters) {
    this.init = init
    this.links = links
    this.inbox = inbox
    this.traffic = traffic
  }

  private header(step: number, microBatch: number, kind: number): tensor.ITensorFrameHeader {
    const i = this.init
    return { runId: i.runId, epoch: i.epoch, step, microBatch, kind, sender: i.self, stageIndex: i.stage, replicaIndex: i.replica }
  }

  private push(peer: string, header: tensor.ITensorFrameHeader, payload: ArrayBufferView, trafficKind: number, rawBytes: number): void {
    const p = this.links.send(peer, header, payload)
    this.traffic.sent(trafficKind, payload.byteLength, rawBytes)
    // The rejection is observed by flush(); keep an unobserved copy from crashing the process.
    p.catch(() => {})
    this.pending.push(p)
  }

  sendActivation(step: number, microBatch: number, hidden: Float32Array, batch: TokenBatch): void {
    const i = this.init
    const shape = [i.rows, i.seq, i.nEmbd]
    const sampleIds = rowSampleIds(batch)
    this.samples.set(microBatch, sampleIds)
    const enc = i.forwardCodec.encode(hidden, { step, microBatch, sampleIds })
    this.push(i.nextPeer, { ...this.header(step, microBatch, FrameKind.FRAME_KIND_ACTIVATION), codec: enc.codec, codecParams: enc.params, dtype: DType.DTYPE_FLOAT32, shape }, enc.payload, TrafficKind.ACTIVATION, hidden.byteLength)
    const aux = encodeBatchAux(batch)
    this.push(i.nextPeer, { ...this.header(step, microBatch, FrameKind.FRAME_KIND_AUX), codec: 'raw', dtype: DType.DTYPE_INT32, shape: [4, i.rows, i.seq], tensorName: 'batch' }, aux, TrafficKind.AUX, aux.byteLength)
  }

  sendGradient(step: number, microBatch: number, grad: Float32Array): void {
    const i = this.init
    const sampleIds = this.samples.get(microBatch)
    const enc = i.backwardCodec.encode(grad, { step, microBatch, ...(sampleIds !== undefined ? { sampleIds } : {}) })
    this.push(i.prevPeer, { ...this.header(step, microBatch, FrameKind.FRAME_KIND_ACTIVATION_GRAD), codec: enc.codec, codecParams: enc.params, dtype: DType.DTYPE_FLOAT32, shape: [i.rows, i.seq, i.nEmbd] }, enc.payload, TrafficKind.ACTIVATION_GRAD, grad.byteLength)
  }

  private take(step: number, microBatch: number, kind: number, from: string, signal: AbortSignal): Promise<Frame> {
    return this.inbox.take({ epoch: this.init.epoch, step, kind, microBatch, from }, { signal })
  }

  private decodeHidden(frame: Frame, decoder: TensorCodec, peer: string, sampleIds: number[] | undefined): Float32Array {
    const i = this.init
    const h = frame.header
    try {
      const shape = (h.shape ?? []).map(Number)
      if (shape.length !== 3 || shape[0] !== i.rows || shape[1] !== i.seq || shape[2] !== i.nEmbd) {
        throw new ValidationError('E_SHAPE', `shape [${shape.join(', ')}], expected [${i.rows}, ${i.seq}, ${i.nEmbd}]`)
      }
      if (h.dtype !== DType.DTYPE_FLOAT32) throw new ValidationError('E_DTYPE', `dtype ${h.dtype}, expected float32`)
      // Codecs refuse mismatched params or lengths and any non-finite value.
      return decoder.decode({ codec: h.codec ?? '', params: h.codecParams ?? new Uint8Array(0), payload: frame.payload }, { elementCount: i.rows * i.seq * i.nEmbd, ...(sampleIds !== undefined ? { sampleIds } : {}) })
    } catch (err) {
      throw new BadFrameError(peer, err)
    }
  }

  async recvActivation(step: number, microBatch: number, signal: AbortSignal): Promise<{ hidden: Float32Array; batch: TokenBatch }> {
    const i = this.init
    const [act, aux] = await Promise.all([
      this.take(step, microBatch, FrameKind.FRAME_KIND_ACTIVATION, i.prevPeer, signal),
      this.take(step, microBatch, FrameKind.FRAME_KIND_AUX, i.prevPeer, signal),
    ])
    let batch: TokenBatch
    try {
      const h = aux.header
      const shape = (h.shape ?? []).map(Number)
      if (h.dtype !== DType.DTYPE_INT32 || shape.length !== 3 || shape[0] !== 4 || shape[1] !== i.rows || shape[2] !== i.seq) {
        throw new ValidationError('E_AUX_SHAPE', `batch planes of shape [${shape.join(', ')}], expected [4, ${i.rows}, ${i.seq}] int32`)
      }
      const planes = new Int32Array(aux.payload.buffer.slice(aux.payload.byteOffset, aux.payload.byteOffset + aux.payload.byteLength))
      batch = decodeBatchAux(planes, i.rows, i.seq, i.vocabSize)
    } catch (err) {
      throw new BadFrameError(i.prevPeer, err)
    }
    const sampleIds = rowSampleIds(batch)
    this.samples.set(microBatch, sampleIds)
    const hidden = this.decodeHidden(act, i.forwardDecoder, i.prevPeer, sampleIds)
    this.traffic.received(TrafficKind.ACTIVATION, act.payload.byteLength, hidden.byteLength)
    this.traffic.received(TrafficKind.AUX, aux.payload.byteLength, aux.payload.byteLength)
    return { hidden, batch }
  }

  async recvGradient(step: number, microBatch: number, signal: AbortSignal): Promise<Float32Array> {
    const i = this.init
    const frame = await this.take(step, microBatch, FrameKind.FRAME_KIND_ACTIVATION_GRAD, i.nextPeer, signal)
    const grad = this.decodeHidden(frame, i.backwardDecoder, i.nextPeer, this.samples.get(microBatch))
    this.traffic.received(TrafficKind.ACTIVATION_GRAD, frame.payload.byteLength, grad.byteLength)
    return grad
  }

  async flush(signal: AbortSignal): Promise<void> {
    const pending = this.pending
    this.pending = []
    this.samples.clear()
    signal.throwIfAborted()
    await Promise.all(pending)
  }
}
