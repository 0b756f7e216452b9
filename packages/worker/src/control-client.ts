// The worker's side of /tandem/control: one long-lived stream to the coordinator, opened by the
// worker. Joins with the token, then delivers every coordinator message to the daemon, sends
// heartbeats, and when the stream fails or the coordinator falls silent, dials again by itself
// (with back-off) and re-joins: a coordinator restart needs nothing from the operator.
import type { Logger } from 'pino'
import { AuthError, type control } from '@tandem/proto'
import { HEARTBEAT_INTERVAL_MS, RECONNECT_DELAY_MS, RECONNECT_DELAY_MS_MAX } from './constants.js'

type ControlMessage = control.ControlMessage.$Properties

/** A framed, bidirectional message stream (the libp2p control stream in the daemon, a pair in tests). */
export interface MessageChannel<T> extends AsyncIterable<T> {
  send(message: T): Promise<void>
  close(): Promise<void>
  abort(err: Error): void
}

export interface ControlClientComponents {
  logger: Logger
  /** Dials the coordinator's control protocol. */
  openChannel(signal: AbortSignal): Promise<MessageChannel<ControlMessage>>
}

export interface ControlClientInit {
  /** Builds the JoinRequest (fresh each time: held state and links change). */
  joinRequest(): control.JoinRequest.$Properties | Promise<control.JoinRequest.$Properties>
  /** Builds a heartbeat from the worker's current state. */
  heartbeat(): control.Heartbeat.$Properties
  /** Every message the coordinator sends after the join answer. */
  onMessage(message: ControlMessage): void
  /** Joined (again): the answer, and whether this is a re-join after a lost connection. */
  onJoined?(answer: control.JoinAnswer.$Properties, rejoin: boolean): void
  /** The connection was lost; the client is dialling again. */
  onDisconnected?(err: unknown): void
  /** The coordinator refused the join for good (bad token, version): the daemon should exit. */
  onRefused?(answer: control.JoinAnswer.$Properties): void
  reconnectDelayMs?: number
  reconnectDelayMsMax?: number
  /** Join answer wait, ms. */
  joinTimeoutMs?: number
  now?: () => number
}

/** Refusals that retrying cannot fix. */
const PERMANENT_REFUSALS = new Set([1, 2, 3, 4, 5, 7, 8, 9, 10, 12])

export class ControlClient {
  private readonly log: Logger
  private readonly components: ControlClientComponents
  private readonly init: ControlClientInit
  private running = false
  private loop: Promise<void> | undefined
  private stopController = new AbortController()
  private channel: MessageChannel<ControlMessage> | undefined
  private heartbeatTimer: NodeJS.Timeout | undefined
  private workerId = ''
  private joinedOnce = false
  /** True while a joined control stream is up. */
  connected = false
  /** Messages that must not be lost while disconnected (step reports), bounded. */
  private readonly pending: ControlMessage[] = []
  private static readonly PENDING_MAX = 256

  constructor(components: ControlClientComponents, init: ControlClientInit) {
    this.components = components
    this.init = init
    this.log = components.logger.child({ component: 'control' })
  }

  start(): void {
    if (this.running) return
    this.running = true
    this.stopController = new AbortController()
    this.loop = this.run()
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    this.stopController.abort(new Error('stopping'))
    this.stopHeartbeats()
    const ch = this.channel
    this.channel = undefined
    if (ch !== undefined) await ch.close().catch(() => ch.abort(new Error('stopping')))
    await this.loop
  }

  /**
   * Sends a message to the coordinator now; while disconnected, `keep` messages are queued
   * (bounded, oldest dropped) and sent after the next join, others are dropped.
   */
  send(message: ControlMessage, options: { keep?: boolean } = {}): void {
    const ch = this.connected ? this.channel : undefined
    const msg = { ...message, sentAtMs: Date.now() }
    if (ch === undefined) {
      if (options.keep === true) {
        this.pending.push(msg)
        if (this.pending.length > ControlClient.PENDING_MAX) this.pending.shift()
      }
      return
    }
    ch.send(msg).catch((err: unknown) => {
      this.log.debug({ err }, 'control send failed')
      if (options.keep === true) this.pending.push(msg)
      ch.abort(err instanceof Error ? err : new Error(String(err)))
    })
  }

  private async run(): Promise<void> {
    let delay = this.init.reconnectDelayMs ?? RECONNECT_DELAY_MS
    const delayMax = this.init.reconnectDelayMsMax ?? RECONNECT_DELAY_MS_MAX
    while (this.running) {
      let joined = false
      try {
        await this.session(() => {
          joined = true
        })
      } catch (err) {
        if (!this.running) break
        if (err instanceof AuthError) return
        this.log.warn({ err: errText(err), retryMs: delay }, 'coordinator connection lost')
        this.init.onDisconnected?.(err)
      }
      if (!this.running) break
      if (joined) delay = this.init.reconnectDelayMs ?? RECONNECT_DELAY_MS
      await sleep(delay, this.stopController.signal)
      delay = Math.min(delayMax, delay * 2)
    }
  }

  /** One connection: join (then `onJoin`), then read until it fails; always ends in an error. */
  private async session(onJoin: () => void): Promise<never> {
    const signal = this.stopController.signal
    const channel = await this.components.openChannel(signal)
    this.channel = channel
    try {
      const join = await this.init.joinRequest()
      if (this.workerId !== '') join.previousWorkerId = this.workerId
      await channel.send({ sentAtMs: Date.now(), joinRequest: join })
      const iterator = channel[Symbol.asyncIterator]()
      const first = await withTimeout(iterator.next(), this.init.joinTimeoutMs ?? 15_000, 'no join answer from the coordinator')
      if (first.done === true) throw new Error('the coordinator closed the control stream before answering the join')
      const answer = first.value.joinAnswer
      if (answer == null) throw new Error('the coordinator did not answer the join with a JoinAnswer')
      if (answer.accepted !== true) {
        const permanent = PERMANENT_REFUSALS.has(Number(answer.refusal ?? 0))
        this.log.error({ refusal: answer.refusal, reason: answer.reason, permanent }, 'join refused')
        if (permanent) {
          this.running = false
          this.init.onRefused?.(answer)
          throw new AuthError('E_JOIN_REFUSED', answer.reason ?? 'join refused')
        }
        throw new Error(`join refused: ${answer.reason ?? ''}`)
      }
      onJoin()
      this.workerId = answer.workerId ?? ''
      this.connected = true
      const rejoin = this.joinedOnce
      this.joinedOnce = true
      this.log.info({ runId: answer.runId, workerId: answer.workerId, rejoin }, 'joined')
      this.init.onJoined?.(answer, rejoin)
      for (const msg of this.pending.splice(0)) await channel.send(msg)
      const heartbeatMs = Number(answer.heartbeatIntervalMs ?? 0) || HEARTBEAT_INTERVAL_MS
      const silenceMs = Number(answer.heartbeatTimeoutMs ?? 0) || heartbeatMs * 5
      let lastHeard = Date.now()
      this.heartbeatTimer = setInterval(() => {
        if (Date.now() - lastHeard > silenceMs) {
          channel.abort(new Error(`the coordinator was silent for ${silenceMs} ms`))
          return
        }
        this.send({ heartbeat: this.init.heartbeat() })
      }, heartbeatMs)
      this.heartbeatTimer.unref?.()
      for (;;) {
        const next = await iterator.next()
        if (next.done === true) break
        lastHeard = Date.now()
        try {
          this.init.onMessage(next.value)
        } catch (err) {
          this.log.error({ err: errText(err) }, 'control message handler failed')
        }
      }
      throw new Error('the coordinator closed the control stream')
    } finally {
      this.connected = false
      this.stopHeartbeats()
      if (this.channel === channel) this.channel = undefined
      if (this.running) channel.abort(new Error('control session ended'))
    }
  }

  private stopHeartbeats(): void {
    if (this.heartbeatTimer !== undefined) clearInterval(this.heartbeatTimer)
    this.heartbeatTimer = undefined
  }
}

export function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const t = setTimeout(done, ms)
    function done(): void {
      clearTimeout(t)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(message)), ms)
    p.then(
      (v) => {
        clearTimeout(t)
        resolve(v)
      },
      (e: unknown) => {
        clearTimeout(t)
        reject(e)
      },
    )
  })
}
