// A/B of libp2p transport settings between two processes on loopback: each process builds one node
// per variant (TCP + Noise + Yamux, tensor frames through FramedStream as FrameLinks sends them),
// and the rounds alternate A, B, A, B... so that load drifts on a shared machine hit both alike.
// Reports wall MB/s and CPU ms per MiB (user + system) on each end, medians per variant and B/A.
// A variant is a list of key=value settings (defaults in brackets):
//   cipher=chacha|aes   Noise cipher [chacha]: aes is @tandem/proto's noiseAesGcm()
//   cork=0|1            cork the TCP socket around each write batch (one writev) [0]
//   rx=0|1              decryptWithoutJoin (@tandem/proto/libp2p-stack) on every connection [0]
//   hwm=<KiB>           TCP socket write high-water mark [16, Node's default]
//   window=<MiB>        yamux stream window [16]
//   chunk=<KiB>         bytes handed to stream.send() at a time [1024]
// Run: npx tsx packages/worker/bench/transport-ab.ts --a 'cipher=chacha' --b 'cipher=aes' [--mib 128] [--rounds 4] [--json]
import '../../proto/src/node-polyfills.js'
import { spawn } from 'node:child_process'
import os from 'node:os'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { ConnectionEncrypter, Libp2p, MultiaddrConnection, Stream } from '@libp2p/interface'
import { type NoiseComponents, noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { completeHeader, encodeFrameHead, FramedStream, sendAll, tensor } from '@tandem/proto'
import { noiseAesGcm, withDecryptWithoutJoin } from '@tandem/proto/libp2p-stack'
import { createLibp2p } from 'libp2p'
import type { Uint8ArrayList } from 'uint8arraylist'

const PROTOCOL = '/tandem/bench-ab/1.0.0'
const MiB = 2 ** 20
const KiB = 1024

const { values } = parseArgs({
  options: {
    a: { type: 'string', default: '' },
    b: { type: 'string', default: '' },
    mib: { type: 'string', default: '128' },
    'frame-mib': { type: 'string', default: '4' },
    rounds: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
    receiver: { type: 'boolean', default: false },
  },
})

interface Variant {
  cipher: 'chacha' | 'aes'
  cork: boolean
  rx: boolean
  hwmBytes: number
  windowBytes: number
  chunkBytes: number
}

function parseVariant(spec: string): Variant {
  const kv = new Map(
    spec
      .split(',')
      .filter((s) => s.trim() !== '')
      .map((s) => s.split('=').map((x) => x.trim()) as [string, string]),
  )
  const num = (k: string, d: number) => (kv.has(k) ? Number(kv.get(k)) : d)
  for (const k of kv.keys()) if (!['cipher', 'cork', 'rx', 'hwm', 'window', 'chunk'].includes(k)) throw new Error(`unknown setting '${k}' in '${spec}'`)
  return {
    cipher: kv.get('cipher') === 'aes' ? 'aes' : 'chacha',
    cork: kv.get('cork') === '1',
    rx: kv.get('rx') === '1',
    hwmBytes: num('hwm', 16) * KiB,
    windowBytes: num('window', 16) * MiB,
    chunkBytes: num('chunk', 1024) * KiB,
  }
}

function tuneEncrypter(inner: ConnectionEncrypter, v: Variant): ConnectionEncrypter {
  const before = (conn: unknown): void => {
    if (!v.cork) return
    const c = conn as MultiaddrConnection & { socket?: { cork(): void; uncork(): void }; sendData?: (d: Uint8ArrayList) => unknown }
    const socket = c.socket
    const send = c.sendData
    if (socket === undefined || send === undefined) return
    c.sendData = (data: Uint8ArrayList) => {
      socket.cork()
      try {
        return send.call(c, data)
      } finally {
        socket.uncork()
      }
    }
  }
  return {
    protocol: inner.protocol,
    async secureInbound(conn, options) {
      before(conn)
      return inner.secureInbound(conn, options)
    },
    async secureOutbound(conn, options) {
      before(conn)
      return inner.secureOutbound(conn, options)
    },
  } as ConnectionEncrypter
}

function encrypter(v: Variant): (components: NoiseComponents) => ConnectionEncrypter {
  const factory = v.cipher === 'aes' ? noiseAesGcm() : noise()
  return v.rx ? withDecryptWithoutJoin(factory) : factory
}

async function createNode(v: Variant): Promise<Libp2p> {
  const socket = { highWaterMark: v.hwmBytes } as object
  const node = await createLibp2p({
    privateKey: await generateKeyPair('Ed25519'),
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp({ dialOpts: socket, listenOpts: socket })],
    connectionEncrypters: [(components) => tuneEncrypter(encrypter(v)(components), v)],
    streamMuxers: [yamux({ streamOptions: { initialStreamWindowSize: v.windowBytes, maxStreamWindowSize: v.windowBytes, maxReadBufferLength: 4 * v.windowBytes } })],
  })
  await node.start()
  return node
}

const total = Number(values.mib) * MiB
const frameBytes = Number(values['frame-mib']) * MiB
const variants = [parseVariant(values.a ?? ''), parseVariant(values.b ?? '')]
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

if (values.receiver) {
  let got = 0
  let t0 = 0
  let u0 = process.cpuUsage()
  const nodes = await Promise.all(variants.map(createNode))
  createInterface({ input: process.stdin }).on('line', () => {
    got = 0
    t0 = performance.now()
    u0 = process.cpuUsage()
  })
  for (const node of nodes) {
    await node.handle(PROTOCOL, async (stream: Stream) => {
      const framed = new FramedStream(stream)
      for (;;) {
        const frame = await framed.readFrame({ runId: 'bench' })
        if (frame === null) break
        got += frame.payload.byteLength
        if (got >= total) {
          got -= total
          const u = process.cpuUsage(u0)
          process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0, cpuMs: cpuMs(u), sysMs: u.system / 1000 })}\n`)
        }
      }
    })
  }
  process.stdout.write(`${JSON.stringify(nodes.map((n) => n.getMultiaddrs()[0]!.toString()))}\n`)
  process.stdin.on('end', () => process.exit(0))
} else {
  const profileFlags = process.execArgv.filter((a) => a.startsWith('--cpu-prof'))
  const args = ['--receiver', '--mib', String(values.mib), '--a', values.a ?? '', '--b', values.b ?? '']
  const child = spawn(process.execPath, [...profileFlags, '--import', 'tsx', fileURLToPath(import.meta.url), ...args], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  const addrs = JSON.parse((await lines.next()).value as string) as string[]
  const nodes = await Promise.all(variants.map(createNode))
  const payload = new Uint8Array(new Float32Array(frameBytes / 4).map((_, i) => i).buffer)
  const header = (i: number, elements = frameBytes / 4): tensor.ITensorFrameHeader => ({
    runId: 'bench',
    epoch: 1,
    step: 0,
    microBatch: i % 1024,
    kind: tensor.FrameKind.FRAME_KIND_ACTIVATION,
    codec: 'raw',
    dtype: tensor.DType.DTYPE_FLOAT32,
    shape: [elements],
  })
  const streams = await Promise.all(nodes.map((n, i) => n.dialProtocol(multiaddr(addrs[i]!), PROTOCOL)))
  // As writeFrame does, with the variant's send() chunk size.
  const writeFrame = async (s: Stream, v: Variant, h: tensor.ITensorFrameHeader, p: Uint8Array) => {
    await sendAll(s, encodeFrameHead(completeHeader(h, p)), undefined, v.chunkBytes)
    await sendAll(s, p, undefined, v.chunkBytes)
  }
  // Warm up: window growth and JIT, one round's worth of frames per variant, not measured.
  const measure = async (i: number) => {
    child.stdin!.write('start\n')
    await new Promise((r) => setTimeout(r, 50))
    const u0 = process.cpuUsage()
    const t0 = performance.now()
    for (let sent = 0, k = 1; sent < total; sent += frameBytes, k++) await writeFrame(streams[i]!, variants[i]!, header(k), payload)
    // The sender's CPU is read once the receiver has everything: sends may resolve while bytes
    // still wait, unencrypted, in the muxer's buffers.
    const done = JSON.parse((await lines.next()).value as string) as { ms: number; cpuMs: number; sysMs: number }
    const u = process.cpuUsage(u0)
    const ms = Math.max(done.ms, performance.now() - t0)
    const mib = total / MiB
    return {
      variant: i === 0 ? 'A' : 'B',
      MBps: r1(total / 1e6 / (ms / 1000)),
      senderCpuMsPerMiB: r2(cpuMs(u) / mib),
      senderSysMsPerMiB: r2(u.system / 1000 / mib),
      receiverCpuMsPerMiB: r2(done.cpuMs / mib),
      receiverSysMsPerMiB: r2(done.sysMs / mib),
    }
  }
  for (let i = 0; i < variants.length; i++) await measure(i)
  const rounds: Awaited<ReturnType<typeof measure>>[] = []
  for (let r = 0; r < Number(values.rounds); r++) for (let i = 0; i < variants.length; i++) rounds.push(await measure(r % 2 === 0 ? i : 1 - i))
  const med = (v: string, key: 'MBps' | 'senderCpuMsPerMiB' | 'receiverCpuMsPerMiB' | 'senderSysMsPerMiB' | 'receiverSysMsPerMiB') => median(rounds.filter((x) => x.variant === v).map((x) => x[key]))
  const summary = (v: string) => ({ MBps: med(v, 'MBps'), senderCpuMsPerMiB: med(v, 'senderCpuMsPerMiB'), senderSysMsPerMiB: med(v, 'senderSysMsPerMiB'), receiverCpuMsPerMiB: med(v, 'receiverCpuMsPerMiB'), receiverSysMsPerMiB: med(v, 'receiverSysMsPerMiB') })
  const A = summary('A')
  const B = summary('B')
  const out = {
    bench: 'transport-ab',
    a: values.a,
    b: values.b,
    bytesPerRound: total,
    loadAvg1m: r1(os.loadavg()[0] ?? 0),
    rounds,
    medianA: A,
    medianB: B,
    bOverA: { MBps: r2(B.MBps / A.MBps), senderCpu: r2(B.senderCpuMsPerMiB / A.senderCpuMsPerMiB), receiverCpu: r2(B.receiverCpuMsPerMiB / A.receiverCpuMsPerMiB) },
  }
  if (values.json) process.stdout.write(`${JSON.stringify(out)}\n`)
  else console.log(JSON.stringify({ ...out, rounds: undefined }, null, 1))
  await Promise.all(streams.map((s) => s.close().catch(() => {})))
  await Promise.all(nodes.map((n) => n.stop()))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.stdin!.end()
  const hang = setTimeout(() => child.kill(), 5000)
  await exited
  clearTimeout(hang)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : r2((s[m - 1]! + s[m]!) / 2)
}

function r1(x: number): number {
  return Math.round(x * 10) / 10
}

function r2(x: number): number {
  return Math.round(x * 100) / 100
}
