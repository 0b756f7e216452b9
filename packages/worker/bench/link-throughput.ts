// Stage-to-stage stream throughput between two processes on loopback, through the workers' own
// path (FrameLinks: libp2p TCP + Noise + Yamux, tensor frames with CRC-32, 'drain' backpressure),
// next to a raw libp2p stream between the same two nodes in the same run (the ceiling our framing
// can reach), alternating rounds so that load drifts hit both alike. Besides wall-clock MB/s it
// reports CPU milliseconds per MiB on each end: on a shared machine CPU time per byte moves far
// less with the load than wall time does, and it bounds what one idle core per end can carry.
// Run: npx tsx packages/worker/bench/link-throughput.ts [--mib 128] [--frame-mib 4] [--rounds 2] [--kinds raw,frames] [--json]
import '../../proto/src/node-polyfills.js'
import { spawn } from 'node:child_process'
import os from 'node:os'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { PROTOCOL_ACTIVATIONS, tensor, waitForDrain } from '@tandem/proto'
import pino from 'pino'
import { FrameLinks } from '../src/frame-links.js'
import { createWorkerNode } from '../src/node.js'

const RAW_PROTOCOL = '/tandem/bench-raw/1.0.0'
const MiB = 2 ** 20
const RAW_PIECE_BYTES = MiB // what sendAll hands a stream at a time (SEND_CHUNK_BYTES)

const { values } = parseArgs({
  options: {
    mib: { type: 'string', default: '128' },
    'frame-mib': { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
    // 'raw', 'frames' or both (comma-separated): one kind alone for a profile of that path.
    kinds: { type: 'string', default: 'raw,frames' },
    json: { type: 'boolean', default: false },
    receiver: { type: 'boolean', default: false },
  },
})
const total = Number(values.mib) * MiB
const frameBytes = Number(values['frame-mib']) * MiB
const rounds = Number(values.rounds)
const logger = pino({ level: 'silent' })
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

const node = await createWorkerNode({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
await node.start()
if (values.receiver) {
  // A round starts when the sender says so on stdin; it ends when `total` payload bytes arrived.
  let got = 0
  let t0 = 0
  let u0 = process.cpuUsage()
  const count = (kind: string, bytes: number) => {
    got += bytes
    if (got >= total) {
      got -= total
      process.stdout.write(`${JSON.stringify({ done: kind, ms: performance.now() - t0, cpuMs: cpuMs(process.cpuUsage(u0)) })}\n`)
    }
  }
  createInterface({ input: process.stdin }).on('line', () => {
    got = 0
    t0 = performance.now()
    u0 = process.cpuUsage()
  })
  const links = new FrameLinks({ node, logger }, { protocol: PROTOCOL_ACTIVATIONS, expectation: () => ({}), onFrame: (f) => count('frames', f.payload.byteLength), onBadFrame: () => {} })
  await links.start()
  await node.handle(RAW_PROTOCOL, (stream) => {
    stream.addEventListener('message', (evt) => count('raw', evt.data.byteLength))
  })
  process.stdout.write(`${JSON.stringify({ addr: node.getMultiaddrs()[0]!.toString(), peer: node.peerId.toString() })}\n`)
  process.stdin.on('end', () => process.exit(0))
} else {
  // `node --cpu-prof --import tsx link-throughput.ts` profiles the receiver as well.
  const profileFlags = process.execArgv.filter((a) => a.startsWith('--cpu-prof'))
  const child = spawn(process.execPath, [...profileFlags, '--import', 'tsx', fileURLToPath(import.meta.url), '--receiver', '--mib', String(values.mib)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout! })
  const it = lines[Symbol.asyncIterator]()
  const hello = JSON.parse((await it.next()).value as string) as { addr: string; peer: string }
  const links = new FrameLinks({ node, logger }, { protocol: PROTOCOL_ACTIVATIONS, expectation: () => ({}), onFrame: () => {}, onBadFrame: () => {} })
  await links.start()
  links.setAddresses(hello.peer, [hello.addr])
  const payload = new Float32Array(frameBytes / 4).map((_, i) => i)
  const bytes = new Uint8Array(payload.buffer)
  const C = 4096
  const header = (i: number, shape = [frameBytes / 4 / C, C]): tensor.ITensorFrameHeader => ({
    runId: 'bench',
    epoch: 1,
    step: 0,
    microBatch: i % 1024,
    kind: tensor.FrameKind.FRAME_KIND_ACTIVATION,
    codec: 'raw',
    dtype: tensor.DType.DTYPE_FLOAT32,
    shape,
    sender: node.peerId.toString(),
  })
  // Warm up both paths (dial, Noise handshake, yamux window growth), then reset the receiver.
  await links.send(hello.peer, header(0, [1, C]), payload.subarray(0, C))
  const raw = await node.dialProtocol(multiaddr(hello.addr).encapsulate(`/p2p/${peerIdFromString(hello.peer).toString()}`), RAW_PROTOCOL)
  raw.send(bytes.subarray(0, C))

  const measure = async (kind: 'raw' | 'frames') => {
    child.stdin!.write('start\n')
    await new Promise((r) => setTimeout(r, 50)) // the receiver has read its line
    const u0 = process.cpuUsage()
    const t0 = performance.now()
    if (kind === 'raw') {
      for (let sent = 0; sent < total; sent += RAW_PIECE_BYTES) if (!raw.send(bytes.subarray(0, RAW_PIECE_BYTES))) await waitForDrain(raw)
    } else {
      const sends: Promise<void>[] = []
      for (let sent = 0, i = 1; sent < total; sent += frameBytes, i++) sends.push(links.send(hello.peer, header(i), payload))
      await Promise.all(sends)
    }
    // Read once the receiver has everything: sends may resolve while bytes still wait,
    // unencrypted, in the muxer's buffers.
    const done = JSON.parse((await it.next()).value as string) as { done: string; ms: number; cpuMs: number }
    const senderCpuMs = cpuMs(process.cpuUsage(u0))
    if (done.done !== kind) throw new Error(`receiver finished ${done.done}, expected ${kind}`)
    const ms = Math.max(done.ms, performance.now() - t0)
    const mib = total / MiB
    return { kind, MBps: round1(total / 1e6 / (ms / 1000)), senderCpuMsPerMiB: round2(senderCpuMs / mib), receiverCpuMsPerMiB: round2(done.cpuMs / mib) }
  }
  const results: Awaited<ReturnType<typeof measure>>[] = []
  const kinds = (values.kinds ?? '').split(',').filter((k): k is 'raw' | 'frames' => k === 'raw' || k === 'frames')
  if (kinds.length === 0) throw new Error(`--kinds must name raw, frames or both, got '${values.kinds}'`)
  // One unmeasured round per kind first: the first round pays for JIT compilation and the
  // allocator's growth (it ran 1.5-2x slower than the next ones), which no later round repeats.
  for (const kind of kinds) await measure(kind)
  for (let r = 0; r < rounds; r++) for (const kind of kinds) results.push(await measure(kind))
  const best = (kind: string, key: 'MBps' | 'senderCpuMsPerMiB' | 'receiverCpuMsPerMiB', pick: (...xs: number[]) => number) =>
    pick(...results.filter((x) => x.kind === kind).map((x) => x[key]))
  const summary = {
    bench: 'link-throughput',
    bytesPerRound: total,
    frameBytes,
    loadAvg1m: round1(os.loadavg()[0] ?? 0),
    cpus: os.cpus().length,
    rounds: results,
    rawBestMBps: best('raw', 'MBps', Math.max),
    framesBestMBps: best('frames', 'MBps', Math.max),
    framesOverRawMBps: round2(best('frames', 'MBps', Math.max) / best('raw', 'MBps', Math.max)),
    // CPU bound per end: the busier end's CPU per MiB sets what one idle core per process carries.
    rawIdleCoreBoundMBps: round1(MiB / 1e6 / (Math.max(best('raw', 'senderCpuMsPerMiB', Math.min), best('raw', 'receiverCpuMsPerMiB', Math.min)) / 1000)),
    framesIdleCoreBoundMBps: round1(MiB / 1e6 / (Math.max(best('frames', 'senderCpuMsPerMiB', Math.min), best('frames', 'receiverCpuMsPerMiB', Math.min)) / 1000)),
  }
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`)
  else console.log(summary)
  await raw.close().catch(() => {})
  await links.stop()
  await node.stop()
  // The receiver exits at the end of its stdin (writing its profile, if any); kill it if it hangs.
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.stdin!.end()
  const hang = setTimeout(() => child.kill(), 5000)
  await exited
  clearTimeout(hang)
}

function round1(x: number): number {
  return Math.round(x * 10) / 10
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}
