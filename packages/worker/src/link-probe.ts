// Link measurements the coordinator asks for (placement needs a latency/bandwidth matrix): libp2p
// ping for the round trip, and a short bounded throughput probe over /tandem/probe. The target
// side reads at most `PROBE_BYTES_MAX` and answers how long the bytes took to arrive.
import type { Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { control, FramedStream, PROBE_MESSAGE_BYTES_MAX, PROTOCOL_PROBE, waitForDrain } from '@tandem/proto'
import { LINK_PROBE_BYTES } from './constants.js'
import type { WorkerNode } from './node.js'

/** The most filler a probe target accepts (a probe must not become a load test). */
export const PROBE_BYTES_MAX = 64 * 1024 * 1024
const PROBE_CHUNK_BYTES = 256 * 1024
const PINGS = 3

/** Serves one inbound probe: reads the announced bytes, answers with the time they took. */
export async function serveProbe(stream: Stream): Promise<void> {
  const framed = new FramedStream(stream, { messageBytesMax: PROBE_MESSAGE_BYTES_MAX })
  const signal = AbortSignal.timeout(60_000)
  try {
    const msg = await framed.readMessage(control.ProbeMessage, { signal })
    const start = msg?.start
    if (start == null) return
    const bytes = Number(start.bytes ?? 0)
    if (!(bytes >= 0 && bytes <= PROBE_BYTES_MAX)) {
      await framed.writeMessage(control.ProbeMessage, { error: { code: 'E_PROBE_TOO_LARGE', message: `probes carry at most ${PROBE_BYTES_MAX} bytes` } })
      await stream.close()
      return
    }
    let t0 = 0
    let got = 0
    await framed.reader.skip(bytes, 'probe filler', { signal }, (slice) => {
      if (got === 0) t0 = performance.now()
      got += slice.byteLength
    })
    await framed.writeMessage(control.ProbeMessage, { result: { bytesReceived: got, elapsedMs: got === 0 ? 0 : performance.now() - t0 } })
    await stream.close()
  } catch (err) {
    stream.abort(err as Error)
  } finally {
    await framed.close().catch(() => {})
  }
}

/** Measures one link: median ping, then (when bytes > 0) the throughput of a short probe. */
export async function probeLink(node: WorkerNode, target: { peerId: string; multiaddrs: readonly string[] }, bytes: number, timeoutMs: number): Promise<control.ILinkProbe> {
  const out: control.ILinkProbe = { peerId: target.peerId, measuredAtMs: Date.now(), ok: false }
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const id = peerIdFromString(target.peerId)
    if (target.multiaddrs.length > 0) await node.peerStore.merge(id, { multiaddrs: target.multiaddrs.map((a) => multiaddr(a)) }).catch(() => {})
    const rtts: number[] = []
    for (let i = 0; i < PINGS; i++) rtts.push(await node.services.ping.ping(id, { signal }))
    rtts.sort((a, b) => a - b)
    out.latencyMs = rtts[Math.floor(rtts.length / 2)]!
    const conn = node.getConnections(id)[0]
    out.reachability = conn?.limits !== undefined ? control.Reachability.REACHABILITY_RELAYED : control.Reachability.REACHABILITY_PUBLIC
    const n = Math.min(Math.max(bytes, 0), PROBE_BYTES_MAX)
    if (n > 0) {
      const stream = await node.dialProtocol(id, PROTOCOL_PROBE, { signal, runOnLimitedConnection: true })
      const framed = new FramedStream(stream, { messageBytesMax: PROBE_MESSAGE_BYTES_MAX })
      try {
        await framed.writeMessage(control.ProbeMessage, { start: { bytes: n, chunkBytes: PROBE_CHUNK_BYTES } }, { signal })
        const filler = new Uint8Array(PROBE_CHUNK_BYTES)
        const t0 = performance.now()
        for (let sent = 0; sent < n; sent += filler.byteLength) {
          const part = filler.subarray(0, Math.min(filler.byteLength, n - sent))
          if (!stream.send(part)) await waitForDrain(stream, { signal })
        }
        const answer = await framed.readMessage(control.ProbeMessage, { signal })
        const r = answer?.result
        if (r == null) throw new Error(answer?.error?.message ?? 'no probe result')
        // The target's clock covers first to last byte; ours adds a round trip. Use the larger.
        const ms = Math.max(r.elapsedMs ?? 0, performance.now() - t0 - out.latencyMs)
        out.bandwidthBytesPerSecond = ms > 0 ? (Number(r.bytesReceived ?? 0) / ms) * 1000 : 0
        await stream.close().catch(() => {})
      } finally {
        await framed.close().catch(() => {})
      }
    }
    out.ok = true
  } catch (err) {
    out.error = (err as Error).message.slice(0, 300)
  }
  return out
}

export async function answerProbeRequest(node: WorkerNode, req: control.IProbeRequest): Promise<control.IProbeReport> {
  const links: control.ILinkProbe[] = []
  for (const t of (req.targets ?? []).slice(0, 64)) {
    links.push(await probeLink(node, { peerId: t.peerId ?? '', multiaddrs: t.multiaddrs ?? [] }, Math.min(Number(req.probeBytes ?? LINK_PROBE_BYTES), PROBE_BYTES_MAX), req.timeoutMs || 10_000))
  }
  return { requestId: req.requestId ?? 0, links }
}
