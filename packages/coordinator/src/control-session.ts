// One worker's /tandem/control stream on the coordinator side: reads length-prefixed
// ControlMessages with limits, validates each before it reaches the daemon, and writes messages in
// order (one at a time, honouring backpressure). A message that fails validation is logged,
// counted and dropped; a stream that keeps sending them is closed.
import type { Stream } from '@libp2p/interface'
import { control, FramedStream, TandemError } from '@tandem/proto'
import type { Logger } from 'pino'
import { BAD_MESSAGES_MAX, CONTROL_MESSAGE_BYTES_MAX } from './constants.js'

export type ControlMessage = control.ControlMessage
export type ControlMessageInit = control.IControlMessage

/** Why a message was refused: a stable code (for counters) and a sentence (for logs). */
export interface Refusal {
  code: string
  message: string
}

const MAX_STEP = Number.MAX_SAFE_INTEGER
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= MAX_STEP
const shortString = (x: unknown, max: number): boolean => typeof x === 'string' && x.length <= max

/**
 * Checks the fields of a worker -> coordinator message that the daemon relies on: sizes of lists
 * and strings, integer ranges. Run id and epoch are checked by the daemon against its state.
 */
export function validateWorkerMessage(m: ControlMessage): Refusal | undefined {
  const bad = (message: string): Refusal => ({ code: 'E_BAD_MESSAGE', message })
  switch (m.body) {
    case 'joinRequest': {
      const j = m.joinRequest!
      if (!shortString(j.joinToken ?? '', 256)) return bad('join token longer than 256 characters')
      if (!shortString(j.workerName ?? '', 128)) return bad('worker name longer than 128 characters')
      const addrs = j.multiaddrs ?? []
      if (addrs.length > 32 || addrs.some((a) => !shortString(a, 512))) return bad('too many or too long multiaddrs')
      if ((j.held ?? []).length > 64 || (j.links ?? []).length > 1024) return bad('too many held states or links')
      return undefined
    }
    case 'heartbeat': {
      const h = m.heartbeat!
      if (!isCount(h.epoch ?? 0) || !isCount(h.step ?? 0)) return bad('heartbeat epoch/step not a count')
      if ((h.held ?? []).length > 64 || (h.bytes ?? []).length > 64) return bad('heartbeat lists too long')
      return undefined
    }
    case 'stepReport': {
      const r = m.stepReport!
      if (![r.epoch, r.step, r.tokens, r.lossTokens].every((x) => isCount(x ?? 0))) return bad('step report counts out of range')
      const loss = r.loss ?? 0
      if (r.hasLoss && !(Number.isFinite(loss) && loss >= 0)) return bad(`step report loss ${loss} is not a finite number >= 0`)
      if ((r.spans ?? []).length > 4096 || (r.bytes ?? []).length > 64) return bad('step report lists too long')
      return undefined
    }
    case 'planAck':
      return isCount(m.planAck?.epoch ?? 0) ? undefined : bad('plan ack epoch not a count')
    case 'checkpointUploaded':
      return isCount(m.checkpointUploaded?.step ?? 0) ? undefined : bad('checkpoint step not a count')
    case 'logAnswer':
      return (m.logAnswer?.lines ?? []).length <= 10_000 ? undefined : bad('too many log lines')
    case 'stateAvailable':
      return (m.stateAvailable?.held ?? []).length <= 64 ? undefined : bad('too many held states')
    case 'probeReport':
      return (m.probeReport?.links ?? []).length <= 1024 ? undefined : bad('too many links')
    case 'peerReport': {
      const r = m.peerReport!
      if (!isCount(r.epoch ?? 0) || !shortString(r.peerId ?? '', 128) || !shortString(r.lastError ?? '', 1000)) return bad('peer report fields out of range')
      return undefined
    }
    case 'leave':
    case 'workerPause':
    case 'error':
      return undefined
    default:
      return bad(`a worker does not send ${String(m.body)}`)
  }
}

export interface ControlSessionComponents {
  logger: Logger
}

export interface ControlSessionInit {
  stream: Stream
  remotePeerId: string
  /** Counts refusals by code (metrics). */
  onRefused?: (refusal: Refusal) => void
}

export class ControlSession {
  readonly remotePeerId: string
  readonly stream: Stream
  private readonly framed: FramedStream
  private readonly log: Logger
  private readonly onRefused: (r: Refusal) => void
  private writes: Promise<void> = Promise.resolve()
  private closed = false
  private badInARow = 0
  workerId = ''

  constructor(components: ControlSessionComponents, init: ControlSessionInit) {
    this.stream = init.stream
    this.remotePeerId = init.remotePeerId
    this.framed = new FramedStream(init.stream, { messageBytesMax: CONTROL_MESSAGE_BYTES_MAX })
    this.log = components.logger
    this.onRefused = init.onRefused ?? (() => {})
  }

  get isClosed(): boolean {
    return this.closed
  }

  /**
   * The next valid message, or null when the stream ended. Invalid messages are dropped here; a
   * stream that cannot be read any more (malformed framing, over the limit) throws.
   */
  async next(signal?: AbortSignal): Promise<ControlMessage | null> {
    for (;;) {
      const m = await this.framed.readMessage(control.ControlMessage, signal ? { signal } : undefined)
      if (m === null) return null
      const refusal = validateWorkerMessage(m)
      if (refusal === undefined) {
        this.badInARow = 0
        return m
      }
      this.refuse(refusal)
    }
  }

  /** Logs, counts and answers a refused message; closes the stream after too many in a row. */
  refuse(refusal: Refusal): void {
    this.badInARow++
    this.onRefused(refusal)
    this.log.warn({ peer: this.remotePeerId, code: refusal.code, reason: refusal.message }, 'control message refused')
    this.send({ error: { code: refusal.code, message: refusal.message } })
    if (this.badInARow >= BAD_MESSAGES_MAX) {
      this.log.warn({ peer: this.remotePeerId }, 'too many bad control messages: closing the stream')
      this.abort(new TandemError('E_TOO_MANY_BAD_MESSAGES', 'too many bad control messages'))
    }
  }

  /** Queues a message; writes happen in order. Errors close the session (the reader notices). */
  send(message: ControlMessageInit): Promise<void> {
    if (this.closed) return Promise.resolve()
    const stamped = { sentAtMs: Date.now(), ...message }
    this.writes = this.writes
      .then(() => (this.closed ? undefined : this.framed.writeMessage(control.ControlMessage, stamped)))
      .catch((err: unknown) => {
        if (!this.closed) this.log.debug({ peer: this.remotePeerId, err }, 'control write failed')
        this.abort(err instanceof Error ? err : new Error(String(err)))
      })
    return this.writes
  }

  /** Sends what is queued, then closes the stream. */
  async close(): Promise<void> {
    if (this.closed) return
    await this.writes
    this.closed = true
    await this.framed.close().catch(() => {})
    await this.stream.close().catch(() => this.stream.abort(new Error('close failed')))
  }

  abort(err: Error): void {
    if (this.closed) return
    this.closed = true
    void this.framed.close().catch(() => {})
    this.stream.abort(err)
  }
}
