// State transfer and frame links between two real libp2p nodes in this process (TCP on loopback,
// Noise, Yamux): a peer's layers arrive verified by sha256; a peer that is not in the plan or asks
// for a step that is not held is refused; a frame failing validation is skipped and counted while
// the stream goes on.
import { generateKeyPair } from '@libp2p/crypto/keys'
import { initParams, type LayerRange, PRESETS } from '@tandem/model'
import { type Frame, PROTOCOL_ACTIVATIONS, PROTOCOL_STATE, tensor } from '@tandem/proto'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FrameLinks } from '../../src/frame-links.js'
import { createWorkerNode, type WorkerNode } from '../../src/node.js'
import { StageState } from '../../src/stage-state.js'
import { fetchState, type StateHolder, serveState } from '../../src/state-transfer.js'

const config = { ...PRESETS.tiny, vocabSize: 97, nEmbd: 8, nHead: 2, rotaryDim: 2, nInner: 16, nLayer: 3 }
const range: LayerRange = { start: 0, end: 2 }
const logger = pino({ level: 'silent' })

describe('state transfer and frame links over libp2p', () => {
  let a: WorkerNode
  let b: WorkerNode
  const state = new StageState(config, range, initParams(config, 3, range), 7, { lr: 0.1 })
  let allowed = true
  beforeAll(async () => {
    a = await createWorkerNode({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    b = await createWorkerNode({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    await a.start()
    await b.start()
    const holder: StateHolder = {
      runId: () => 'run',
      config: () => config,
      selfPeer: () => b.peerId.toString(),
      mayFetch: () => allowed,
      stateAt: async (step, r, opt) => (state.holds(step) ? { tensors: state.tensorsOfRange(step, r, opt).map((t) => ({ ...t, data: t.data.slice() })), adamStep: state.adamStepAt(step) } : undefined),
    }
    await b.handle(PROTOCOL_STATE, (stream, conn) => {
      serveState(stream, conn.remotePeer.toString(), holder).catch(() => {})
    })
  })
  afterAll(async () => {
    await a.stop()
    await b.stop()
  })

  const source = () => ({ peer: b.peerId.toString(), multiaddrs: b.getMultiaddrs().map(String) })

  it('fetches a peer\'s layers with their optimizer state, verified', async () => {
    const got = await fetchState(a, source(), config, { runId: 'run', epoch: 1, step: 7, layerStart: 1, layerEnd: 2, includeOptimizer: true })
    expect(got.step).toBe(7)
    const params = got.tensors.filter((t) => t.role === 'param')
    expect(params.map((t) => t.name)).toEqual(state.tensorsOfRange(7, { start: 1, end: 2 }, false).map((t) => t.name))
    for (const t of params) expect(t.data).toEqual(state.params.get(t.name))
    expect(got.tensors.filter((t) => t.role === 'adam_m')).toHaveLength(params.length)
  })

  it('is refused a step the peer does not hold, and when not in the plan', async () => {
    await expect(fetchState(a, source(), config, { runId: 'run', epoch: 1, step: 6, layerStart: 0, layerEnd: 2 })).rejects.toThrow(/does not hold/)
    allowed = false
    await expect(fetchState(a, source(), config, { runId: 'run', epoch: 1, step: 7, layerStart: 0, layerEnd: 2 })).rejects.toThrow(/not a member/)
    allowed = true
  })

  it('skips and counts a frame that fails validation; the stream goes on', async () => {
    const frames: Frame[] = []
    const bad: unknown[] = []
    const rx = new FrameLinks({ node: b, logger }, {
      protocol: PROTOCOL_ACTIVATIONS,
      expectation: () => ({ runId: 'run' }),
      onFrame: (f) => frames.push(f),
      onBadFrame: (_peer, err) => bad.push(err),
    })
    const tx = new FrameLinks({ node: a, logger }, { protocol: PROTOCOL_ACTIVATIONS, expectation: () => ({}), onFrame: () => {}, onBadFrame: () => {} })
    await rx.start()
    await tx.start()
    tx.setAddresses(b.peerId.toString(), b.getMultiaddrs().map(String))
    const header = (runId: string, mb: number): tensor.ITensorFrameHeader => ({
      runId, epoch: 1, step: 0, microBatch: mb, kind: tensor.FrameKind.FRAME_KIND_ACTIVATION, codec: 'raw', dtype: tensor.DType.DTYPE_FLOAT32, shape: [2], sender: a.peerId.toString(),
    })
    const peer = b.peerId.toString()
    await tx.send(peer, header('run', 0), Float32Array.of(1, 2))
    await tx.send(peer, header('another-run', 1), Float32Array.of(3, 4))
    await tx.send(peer, { ...header('run', 2), sender: 'someone-else' }, Float32Array.of(5, 6))
    await tx.send(peer, header('run', 3), Float32Array.of(7, 8))
    for (let i = 0; i < 50 && frames.length < 2; i++) await new Promise((r) => setTimeout(r, 20))
    expect(frames.map((f) => f.header.microBatch)).toEqual([0, 3])
    expect(bad.map((e) => (e as { code: string }).code)).toEqual(['E_WRONG_RUN', 'E_SENDER'])
    await tx.stop()
    await rx.stop()
    await rx.stop()
  })
})
