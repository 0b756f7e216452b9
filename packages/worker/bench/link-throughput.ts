// Stage-to-stage stream throughput between two processes on loopback, through the workers' own
// path (FrameLinks: libp2p TCP + Noise + Yamux, tensor frames with CRC-32, 'drain' backpressure).
// Run: npx tsx packages/worker/bench/link-throughput.ts [--mib 256] [--frame-mib 4] [--json]
import '../../proto/src/node-polyfills.js'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { PROTOCOL_ACTIVATIONS, tensor } from '@tandem/proto'
import pino from 'pino'
import { FrameLinks } from '../src/frame-links.js'
import { createWorkerNode } from '../src/node.js'

const { values } = parseArgs({ options: { mib: { type: 'string', default: '256' }, 'frame-mib': { type: 'string', default: '4' }, json: { type: 'boolean', default: false }, receiver: { type: 'boolean', default: false } } })
const total = Number(values.mib) * 2 ** 20
const frameBytes = Number(values['frame-mib']) * 2 ** 20
const logger = pino({ level: 'silent' })

const node = await createWorkerNode({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
await node.start()
if (values.receiver) {
  let got = 0
  let first = 0
  const links = new FrameLinks({ node, logger }, {
    protocol: PROTOCOL_ACTIVATIONS,
    expectation: () => ({}),
    onFrame: (f) => {
      if (got === 0) first = performance.now()
      got += f.payload.byteLength
      if (got >= total) {
        process.stdout.write(`${JSON.stringify({ done: true, ms: performance.now() - first })}\n`)
        setTimeout(() => process.exit(0), 100)
      }
    },
    onBadFrame: () => {},
  })
  await links.start()
  process.stdout.write(`${JSON.stringify({ addr: node.getMultiaddrs()[0]!.toString(), peer: node.peerId.toString() })}\n`)
} else {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--receiver', '--mib', String(values.mib)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const it = lines[Symbol.asyncIterator]()
  const hello = JSON.parse((await it.next()).value as string) as { addr: string; peer: string }
  const links = new FrameLinks({ node, logger }, { protocol: PROTOCOL_ACTIVATIONS, expectation: () => ({}), onFrame: () => {}, onBadFrame: () => {} })
  await links.start()
  links.setAddresses(hello.peer, [hello.addr])
  const payload = new Float32Array(frameBytes / 4).map((_, i) => i)
  const C = 4096
  const header = (i: number): tensor.ITensorFrameHeader => ({ runId: 'bench', epoch: 1, step: 0, microBatch: i % 1024, kind: tensor.FrameKind.FRAME_KIND_ACTIVATION, codec: 'raw', dtype: tensor.DType.DTYPE_FLOAT32, shape: [frameBytes / 4 / C, C], sender: node.peerId.toString() })
  // Warm the stream up with one small frame (dial, Noise handshake, yamux window growth).
  await links.send(hello.peer, { ...header(0), shape: [1, C] }, payload.subarray(0, C))
  const t0 = performance.now()
  const sends: Promise<void>[] = []
  for (let sent = C * 4, i = 1; sent < total; sent += frameBytes, i++) sends.push(links.send(hello.peer, header(i), payload))
  await Promise.all(sends)
  const done = JSON.parse((await it.next()).value as string) as { ms: number }
  const ms = Math.max(done.ms, performance.now() - t0)
  const out = { bytes: total, frameBytes, seconds: ms / 1000, mbPerSecond: total / 1e6 / (ms / 1000) }
  if (values.json) process.stdout.write(`${JSON.stringify(out)}\n`)
  else console.log(out)
  await links.stop()
  await node.stop()
  child.kill()
}
