// Tensor frames between workers over libp2p: one outbound stream per (peer, protocol), written
// in order by a queue so a send never waits for the one before it to be acknowledged; inbound
// streams are read frame by frame and each frame goes to the daemon's handler. A frame that fails
// validation is skipped and counted (the stream goes on); a stream that cannot be resynchronised is
// aborted. Nothing here touches training state.
import type { Connection, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { type Frame, type FrameExpectation, FramedStream, type tensor, TandemError } from '@tandem/proto'
import type { Logger } from 'pino'
import type { LinkShaper } from './link-shaper.js'
import type { WorkerNode } from './node.js'

/** Where frames go: libp2p streams in the daemon, another worker's inbox in the in-process reference. */
export interface FrameSender {
  send(peer: string, header: tensor.ITensorFrameHeader, payload: ArrayBufferView): Promise<void>
}

export interface FrameLinksComponents {
  node: WorkerNode
  logger: Logger
}

export interface FrameLinksInit {
  protocol: string
  /** Checks every inbound frame header before its payload is read (sender is filled in per stream). */
  expectation(remotePeer: string): FrameExpectation
  onFrame(frame: Frame, remotePeer: string): void
  onBadFrame(remotePeer: string, err: unknown): void
  /** Stream-level failure of an outbound link (dial or write). */
  onLinkError?(remotePeer: string, err: unknown): void
  maxInboundStreams?: number
  /** Link emulation (experiments only, ./link-shaper.ts): holds each frame to `peer` back as a shaped link would. */
  shaperFor?(peer: string): LinkShaper | undefined
}

interface Outbound {
  stream: Promise<FramedStream & { raw: Stream }>
  /** The stream once dialled. */
  raw?: Stream
  queue: Promise<void>
  failed: boolean
}

export class FrameLinks implements FrameSender {
  private readonly components: FrameLinksComponents
  private readonly init: FrameLinksInit
  private readonly log: Logger
  private readonly outbound = new Map<string, Outbound>()
  private readonly inbound = new Set<Stream>()
  private readonly addresses = new Map<string, string[]>()
  private started = false
  bytesOut = 0
  bytesIn = 0
  framesOut = 0
  framesIn = 0

  constructor(components: FrameLinksComponents, init: FrameLinksInit) {
    this.components = components
    this.init = init
    this.log = components.logger.child({ component: 'links', protocol: init.protocol })
  }

  async start(): Promise<void> {
    if (this.started) return
    this.started = true
    await this.components.node.handle(this.init.protocol, (stream, connection) => this.read(stream, connection), {
      maxInboundStreams: this.init.maxInboundStreams ?? 64,
      runOnLimitedConnection: true,
    })
  }

  async stop(): Promise<void> {
    if (!this.started) return
    this.started = false
    await this.components.node.unhandle(this.init.protocol).catch(() => {})
    for (const peer of [...this.outbound.keys()]) this.drop(peer, new Error('stopping'))
    for (const s of this.inbound) s.abort(new Error('stopping'))
    this.inbound.clear()
  }

  /** Multiaddrs to dial a peer by (from the plan). */
  setAddresses(peerId: string, multiaddrs: readonly string[]): void {
    this.addresses.set(peerId, [...multiaddrs])
  }

  /**
   * Queues a frame to `peer`; resolves when it has been handed to the stream (with backpressure),
   * rejects when the link fails. Frames to one peer leave in the order they were queued.
   */
  send(peer: string, header: tensor.ITensorFrameHeader, payload: ArrayBufferView): Promise<void> {
    let link = this.outbound.get(peer)
    // A stream the muxer closed meanwhile (idle timeout, peer restart) is dialled afresh.
    if (link !== undefined && !link.failed && link.raw !== undefined && link.raw.status !== 'open') link.failed = true
    if (link === undefined || link.failed) {
      const fresh: Outbound = { stream: this.dial(peer), queue: Promise.resolve(), failed: false }
      fresh.stream.then((s) => (fresh.raw = s.raw)).catch(() => {})
      link = fresh
      this.outbound.set(peer, link)
    }
    const l = link
    const shaper = this.init.shaperFor?.(peer)
    let arriveAtMs: number | undefined
    try {
      arriveAtMs = shaper?.admit(payload.byteLength)
    } catch (err) {
      return Promise.reject(err)
    }
    const p = l.queue.then(async () => {
      if (arriveAtMs !== undefined) await shaper!.arrive(arriveAtMs)
      const s = await l.stream
      const before = s.bytesWritten
      await s.writeFrame(header, payload)
      this.bytesOut += s.bytesWritten - before
      this.framesOut++
    })
    l.queue = p.catch((err: unknown) => {
      if (!l.failed) {
        l.failed = true
        this.log.warn({ peer, err: (err as Error).message }, 'outbound link failed')
        this.init.onLinkError?.(peer, err)
        void l.stream.then((s) => s.raw.abort(err as Error)).catch(() => {})
      }
    })
    return p
  }

  /** Closes the outbound link to `peer` (a new plan, or the peer left). */
  drop(peer: string, reason: Error): void {
    const link = this.outbound.get(peer)
    if (link === undefined) return
    this.outbound.delete(peer)
    link.failed = true
    void link.stream.then((s) => s.raw.abort(reason)).catch(() => {})
  }

  /** Drops every outbound link whose peer is not in `keep`. */
  retain(keep: ReadonlySet<string>): void {
    for (const peer of [...this.outbound.keys()]) if (!keep.has(peer)) this.drop(peer, new Error('not a neighbour any more'))
  }

  private async dial(peer: string): Promise<FramedStream & { raw: Stream }> {
    const { node } = this.components
    const id = peerIdFromString(peer)
    const addrs = this.addresses.get(peer) ?? []
    if (addrs.length > 0) await node.peerStore.merge(id, { multiaddrs: addrs.map((a) => multiaddr(a)) }).catch(() => {})
    const stream = await node.dialProtocol(id, this.init.protocol, { runOnLimitedConnection: true, signal: AbortSignal.timeout(20_000) })
    const framed = new FramedStream(stream) as FramedStream & { raw: Stream }
    framed.raw = stream
    return framed
  }

  private async read(stream: Stream, connection: Connection): Promise<void> {
    const remote = connection.remotePeer.toString()
    const framed = new FramedStream(stream)
    const expect = { ...this.init.expectation(remote), sender: remote }
    this.inbound.add(stream)
    try {
      for (;;) {
        let frame: Frame | null
        const before = framed.bytesRead
        try {
          frame = await framed.readFrame(expect)
        } catch (err) {
          if (err instanceof TandemError && err.data?.frameSkipped === true) {
            this.bytesIn += framed.bytesRead - before
            this.init.onBadFrame(remote, err)
            continue
          }
          throw err
        }
        if (frame === null) break
        this.bytesIn += framed.bytesRead - before
        this.framesIn++
        this.init.onFrame(frame, remote)
      }
    } catch (err) {
      if (this.started) {
        this.log.debug({ peer: remote, err: (err as Error).message }, 'inbound stream ended with an error')
        if (err instanceof TandemError) this.init.onBadFrame(remote, err)
      }
      stream.abort(err as Error)
    } finally {
      this.inbound.delete(stream)
      await framed.close().catch(() => {})
    }
  }
}
