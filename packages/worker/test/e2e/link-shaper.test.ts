// The link shaper on a real libp2p link (two nodes in this process, TCP on loopback, Noise, Yamux):
// frames sent through FrameLinks with an emulation table arrive in order and no earlier than the
// emulated link allows (serialization at the table's bandwidth plus its one-way latency). Only
// lower bounds are checked: a loaded machine can only make frames later.
import { generateKeyPair } from '@libp2p/crypto/keys'
import { type Frame, PROTOCOL_ACTIVATIONS, tensor } from '@tandem/proto'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FrameLinks } from '../../src/frame-links.js'
import { LinkEmulation } from '../../src/link-shaper.js'
import { createWorkerNode, type WorkerNode } from '../../src/node.js'

const logger = pino({ level: 'silent' })

describe('link shaper over libp2p', () => {
  let a: WorkerNode
  let b: WorkerNode
  beforeAll(async () => {
    a = await createWorkerNode({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    b = await createWorkerNode({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    await a.start()
    await b.start()
  })
  afterAll(async () => {
    await a.stop()
    await b.stop()
  })

  it('delivers shaped frames in order, each after its serialization and the latency', async () => {
    const arrivals: { mb: number; atMs: number }[] = []
    const rx = new FrameLinks({ node: b, logger }, {
      protocol: PROTOCOL_ACTIVATIONS,
      expectation: () => ({}),
      onFrame: (f: Frame) => arrivals.push({ mb: f.header.microBatch ?? -1, atMs: performance.now() }),
      onBadFrame: () => {},
    })
    // 1 MB/s and 1 s one way (far above what loopback takes even on a loaded machine): a 50 kB frame leaves in 50 ms.
    const emulation = new LinkEmulation({}, {
      self: a.peerId.toString(),
      table: { peers: { [a.peerId.toString()]: 'east', [b.peerId.toString()]: 'west' }, links: [{ a: 'east', b: 'west', bandwidthBytesPerS: 1e6, latencyMs: 1000 }] },
    })
    const tx = new FrameLinks({ node: a, logger }, {
      protocol: PROTOCOL_ACTIVATIONS, expectation: () => ({}), onFrame: () => {}, onBadFrame: () => {},
      shaperFor: (peer) => emulation.shaperFor(peer),
    })
    await rx.start()
    await tx.start()
    const peer = b.peerId.toString()
    tx.setAddresses(peer, b.getMultiaddrs().map(String))
    const header = (mb: number): tensor.ITensorFrameHeader => ({
      runId: 'run', epoch: 1, step: 0, microBatch: mb, kind: tensor.FrameKind.FRAME_KIND_ACTIVATION, codec: 'raw', dtype: tensor.DType.DTYPE_FLOAT32, shape: [12_500], sender: a.peerId.toString(),
    })
    // Warm up: the connection and the stream exist before the clock starts, so that what is
    // measured is the emulated link, not the dial and the Noise handshake.
    await tx.send(peer, header(99), new Float32Array(12_500))
    for (let i = 0; i < 500 && arrivals.length < 1; i++) await new Promise((r) => setTimeout(r, 10))
    arrivals.length = 0
    const t0 = performance.now()
    const sends = [0, 1, 2, 3, 4].map((mb) => tx.send(peer, header(mb), new Float32Array(12_500)))
    await Promise.all(sends)
    for (let i = 0; i < 500 && arrivals.length < 5; i++) await new Promise((r) => setTimeout(r, 10))
    expect(arrivals.map((x) => x.mb)).toEqual([0, 1, 2, 3, 4])
    // Frame k can arrive no earlier than (k + 1) x 50 ms of serialization plus 1000 ms (1 ms of timer rounding allowed).
    arrivals.forEach((x, k) => {
      expect(x.atMs - t0).toBeGreaterThanOrEqual((k + 1) * 50 + 1000 - 1)
    })
    expect(emulation.shaperFor(peer)!.bytesAdmitted).toBe(6 * 50_000)
    await tx.stop()
    await rx.stop()
  })
})
