// `tandem bench transport`: throughput of Tandem's tensor frames over a real libp2p stream on
// loopback (two nodes in this process with the stack every Tandem node uses: TCP + Noise + Yamux,
// @tandem/proto/libp2p-stack), next to the same bytes sent raw on a libp2p stream, the framing
// alone in memory, and the payload checksum. Prints figures; asserts none.
import os from 'node:os'
import type { Libp2p, Stream } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import {
  ByteReader,
  CRC32_NATIVE,
  crc32,
  crc32Js,
  FramedStream,
  PROTOCOL_ACTIVATIONS,
  readFrame,
  tensor,
  UserError,
  waitForDrain,
  writeFrame,
} from '@tandem/proto'
import { tandemConnectionEncrypters, tandemStreamMuxer, withDecryptWithoutJoin } from '@tandem/proto/libp2p-stack'
import type { Command } from 'commander'
import { createLibp2p } from 'libp2p'
import { parseIntOption, printJson } from '../../options.js'

const MiB = 1024 * 1024
const RAW_PROTOCOL = '/tandem/bench-raw/1.0.0'

/** Noise cipher: AES-256-GCM as Tandem nodes negotiate, or ChaCha20-Poly1305 as any libp2p peer gets. */
type NoiseCipher = 'aes' | 'chacha'

interface TransportBenchOptions {
  totalMib: number
  frameMib: string
  windowMib: number
  cipher: string
  json?: boolean
}

export function registerBenchTransport(bench: Command): void {
  bench
    .command('transport')
    .description('tensor-frame throughput over a libp2p stream on loopback, raw stream and checksum speed')
    .option('--total-mib <n>', 'MiB sent per measurement', parseIntOption('--total-mib', { min: 1, max: 65536 }), 256)
    .option('--frame-mib <list>', 'frame payload sizes in MiB, comma-separated', '4,16')
    .option('--window-mib <n>', 'yamux stream window in MiB', parseIntOption('--window-mib', { min: 1, max: 1024 }), 16)
    .option('--cipher <name>', "Noise cipher: 'aes' (AES-256-GCM, what Tandem nodes negotiate) or 'chacha' (plain libp2p Noise)", 'aes')
    .option('--json', 'print one JSON document')
    .action(async (opts: TransportBenchOptions) => {
      const frameMibs = parseFrameSizes(opts.frameMib)
      if (opts.cipher !== 'aes' && opts.cipher !== 'chacha') throw new UserError(`--cipher must be 'aes' or 'chacha', got '${opts.cipher}'.`)
      const result = await runTransportBench(opts.totalMib * MiB, frameMibs, opts.windowMib * MiB, opts.cipher)
      if (opts.json) printJson(result)
      else printText(result)
    })
}

function parseFrameSizes(list: string): number[] {
  const sizes = list.split(',').map((s) => Number(s.trim()))
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 64)) {
    throw new UserError(`--frame-mib must list whole MiB sizes from 1 to 64 (the frame limit), got '${list}'.`)
  }
  return sizes
}

interface Rate {
  bytes: number
  ms: number
  MBps: number
  /** CPU time of this process (both ends here) per MiB: moves far less with machine load than MBps. */
  cpuMsPerMiB?: number
}

function rate(bytes: number, ms: number, cpu?: NodeJS.CpuUsage): Rate {
  const out: Rate = { bytes, ms: round(ms), MBps: round(bytes / 1e6 / (ms / 1000)) }
  if (cpu !== undefined) out.cpuMsPerMiB = Math.round(((cpu.user + cpu.system) / 1000 / (bytes / MiB)) * 100) / 100
  return out
}

function round(x: number): number {
  return Math.round(x * 10) / 10
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}

export async function runTransportBench(totalBytes: number, frameMibs: number[], windowBytes: number, cipher: NoiseCipher = 'aes') {
  const checksum = benchChecksum()
  const framingInMemory = []
  for (const mib of frameMibs) framingInMemory.push({ frameMiB: mib, ...(await benchFramingInMemory(totalBytes, mib * MiB)) })
  const [a, b] = await Promise.all([createNode(windowBytes, cipher), createNode(windowBytes, cipher)])
  try {
    // Unmeasured warm-up of both paths: the first pass pays for JIT compilation and allocator growth.
    await benchRaw(a, b, Math.min(totalBytes, 64 * MiB))
    await benchFrames(a, b, Math.min(totalBytes, 64 * MiB), (frameMibs[0] ?? 4) * MiB)
    const libp2pRaw = await benchRaw(a, b, totalBytes)
    const libp2pFrames = []
    for (const mib of frameMibs) libp2pFrames.push({ frameMiB: mib, ...(await benchFrames(a, b, totalBytes, mib * MiB)) })
    return {
      bench: 'transport',
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      loadAvg1m: round(os.loadavg()[0] ?? 0),
      streamWindowMiB: windowBytes / MiB,
      noise: b.getConnections()[0]?.encryption ?? 'unknown',
      note: 'MB/s = 10^6 bytes per second of payload. Two libp2p nodes in one process share its event loop, so each figure includes both ends\' CPU.',
      checksum,
      framingInMemory,
      libp2pRaw,
      libp2pFrames,
      // Our framing against the raw stream it rides on, measured back to back in this run.
      framesOverRaw: libp2pFrames.map((f) => ({ frameMiB: f.frameMiB, MBps: round2(f.MBps / libp2pRaw.MBps), cpu: round2((libp2pRaw.cpuMsPerMiB ?? 0) / (f.cpuMsPerMiB ?? 1)) })),
    }
  } finally {
    await Promise.all([a.stop(), b.stop()])
  }
}

async function createNode(windowBytes: number, cipher: NoiseCipher): Promise<Libp2p> {
  return createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: cipher === 'aes' ? tandemConnectionEncrypters() : [withDecryptWithoutJoin(noise())],
    streamMuxers: [tandemStreamMuxer({ windowBytes })],
  })
}

function filled(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes)
  let x = 12345
  for (let i = 0; i < bytes; i += 4) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    out[i] = x >>> 24
  }
  return out
}

function benchChecksum() {
  const data = filled(64 * MiB)
  const time = (fn: (d: Uint8Array) => number): Rate => {
    fn(data.subarray(0, MiB))
    const t0 = performance.now()
    const reps = 4
    for (let i = 0; i < reps; i++) fn(data)
    return rate(reps * data.byteLength, performance.now() - t0)
  }
  return { algorithm: 'CRC-32 (IEEE)', native: CRC32_NATIVE, inUse: time((d) => crc32(d)), javascript: time((d) => crc32Js(d)) }
}

function header(step: number, frameBytes: number): tensor.ITensorFrameHeader {
  return {
    runId: 'bench',
    epoch: 1,
    step,
    kind: tensor.FrameKind.FRAME_KIND_ACTIVATION,
    dtype: tensor.DType.DTYPE_FLOAT16,
    shape: [frameBytes / 2],
    codec: 'fp16',
  }
}

/** Encode + decode with checksums through memory: the framing's own cost, no network. */
async function benchFramingInMemory(totalBytes: number, frameBytes: number): Promise<Rate> {
  const payload = filled(frameBytes)
  const frames = Math.max(1, Math.round(totalBytes / frameBytes))
  const chunks: Uint8Array[] = []
  const sink = {
    writableNeedsDrain: false,
    send(d: Uint8Array): boolean {
      chunks.push(d)
      return true
    },
    addEventListener() {},
    removeEventListener() {},
  }
  const t0 = performance.now()
  async function* source(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < frames; i++) {
      await writeFrame(sink, header(i, frameBytes), payload)
      // Hand the bytes over in 256 KiB pieces, as a muxer would.
      for (const c of chunks.splice(0)) for (let o = 0; o < c.byteLength; o += 256 * 1024) yield c.subarray(o, o + 256 * 1024)
    }
  }
  const reader = new ByteReader(source())
  let n = 0
  while ((await readFrame(reader)) !== null) n++
  if (n !== frames) throw new Error(`framing bench read ${n} of ${frames} frames`)
  return rate(frames * frameBytes, performance.now() - t0)
}

/** The same bytes on a plain libp2p stream, sent in 1 MiB pieces with drain handling. */
async function benchRaw(a: Libp2p, b: Libp2p, totalBytes: number): Promise<Rate> {
  const piece = filled(MiB)
  let received = 0
  let finish!: () => void
  const done = new Promise<void>((resolve) => {
    finish = resolve
  })
  await b.handle(RAW_PROTOCOL, (stream: Stream) => {
    stream.addEventListener('message', (evt) => {
      received += evt.data.byteLength
      if (received >= totalBytes) finish()
    })
  })
  const stream = await a.dialProtocol(b.getMultiaddrs()[0]!, RAW_PROTOCOL)
  const u0 = process.cpuUsage()
  const t0 = performance.now()
  for (let sent = 0; sent < totalBytes; sent += piece.byteLength) {
    if (!stream.send(piece)) await waitForDrain(stream)
  }
  await done
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(u0)
  await stream.close()
  await b.unhandle(RAW_PROTOCOL)
  return rate(totalBytes, ms, cpu)
}

/** Tensor frames through FramedStream on both ends: header checks, checksums, bounded buffering. */
async function benchFrames(a: Libp2p, b: Libp2p, totalBytes: number, frameBytes: number) {
  const frames = Math.max(1, Math.round(totalBytes / frameBytes))
  const payload = filled(frameBytes)
  let finish!: (ms: number) => void
  let fail!: (err: unknown) => void
  const done = new Promise<number>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  let t0 = 0
  await b.handle(PROTOCOL_ACTIVATIONS, async (stream: Stream) => {
    try {
      const framed = new FramedStream(stream)
      for (let i = 0; i < frames; i++) {
        const frame = await framed.readFrame({ runId: 'bench', epoch: 1 })
        if (frame === null) throw new Error('stream ended early')
      }
      finish(performance.now() - t0)
      await framed.close()
    } catch (err) {
      fail(err)
    }
  })
  const stream = await a.dialProtocol(b.getMultiaddrs()[0]!, PROTOCOL_ACTIVATIONS)
  const framed = new FramedStream(stream)
  const heapBefore = process.memoryUsage().arrayBuffers
  const u0 = process.cpuUsage()
  t0 = performance.now()
  for (let i = 0; i < frames; i++) await framed.writeFrame(header(i, frameBytes), payload)
  const ms = await done
  const cpu = process.cpuUsage(u0)
  const arrayBuffersMiB = round((process.memoryUsage().arrayBuffers - heapBefore) / MiB)
  await stream.close()
  await b.unhandle(PROTOCOL_ACTIVATIONS)
  return { frames, ...rate(frames * frameBytes, ms, cpu), arrayBuffersGrowthMiB: arrayBuffersMiB }
}

function printText(r: Awaited<ReturnType<typeof runTransportBench>>): void {
  const lines = [
    `transport bench (${r.cpus} x ${r.cpuModel}, Node ${r.node}, load ${r.loadAvg1m}, ${r.noise}, yamux window ${r.streamWindowMiB} MiB)`,
    `  checksum ${r.checksum.algorithm}: ${r.checksum.inUse.MBps} MB/s in use (native: ${r.checksum.native}), ${r.checksum.javascript.MBps} MB/s in JavaScript`,
    ...r.framingInMemory.map((f) => `  framing in memory, ${f.frameMiB} MiB frames: ${f.MBps} MB/s`),
    `  libp2p stream, raw bytes: ${r.libp2pRaw.MBps} MB/s (${r.libp2pRaw.cpuMsPerMiB} CPU ms/MiB)`,
    ...r.libp2pFrames.map((f) => `  libp2p stream, ${f.frameMiB} MiB tensor frames: ${f.MBps} MB/s (${f.frames} frames, ${f.cpuMsPerMiB} CPU ms/MiB)`),
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}
