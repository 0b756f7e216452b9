// NAT: a worker that accepts no inbound connections reserves a slot on the coordinator's circuit
// relay and is reached through it by another member; a peer that never joined cannot use the relay.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { circuitRelayTransport } from '@libp2p/circuit-relay-v2'
import { identify } from '@libp2p/identify'
import type { Libp2p } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { initParams, saveHFModel } from '@tandem/model'
import { control, FramedStream, PROTOCOL_CONTROL, PROTOCOL_VERSION, SOFTWARE_VERSION } from '@tandem/proto'
import { createLibp2p } from 'libp2p'
import pino from 'pino'
import { afterAll, describe, expect, it } from 'vitest'
import { type CoordinatorDaemon, startCoordinatorDaemon } from '../../src/daemon.js'
import { micro } from './micro-model.js'

const ECHO = '/tandem-test/echo/1.0.0'
let dir = ''
let daemon: CoordinatorDaemon | undefined
const nodes: Libp2p[] = []

afterAll(async () => {
  for (const n of nodes) await Promise.resolve(n.stop()).catch(() => {})
  await daemon?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function relayNode(listen: string[]): Promise<Libp2p> {
  const node = (await createLibp2p({
    addresses: { listen },
    transports: [tcp(), circuitRelayTransport()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify() },
  })) as unknown as Libp2p
  nodes.push(node)
  return node
}

/** Joins the run on a control stream kept open for the test's duration. */
async function join_(node: Libp2p, addr: string, token: string, reachability: number): Promise<control.IJoinAnswer> {
  const stream = await node.dialProtocol(multiaddr(addr), PROTOCOL_CONTROL)
  const framed = new FramedStream(stream)
  await framed.writeMessage(control.ControlMessage, {
    joinRequest: {
      joinToken: token,
      workerPeerId: node.peerId.toString(),
      softwareVersion: SOFTWARE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      multiaddrs: node.getMultiaddrs().map((a) => a.toString()),
      reachability,
    },
  })
  for (;;) {
    const m = await framed.readMessage(control.ControlMessage)
    if (m?.joinAnswer) return m.joinAnswer
  }
}

describe('circuit relay through the coordinator', () => {
  it('relays between members only', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-relay-'))
    await saveHFModel(join(dir, 'model'), micro, initParams(micro, 1))
    await writeFile(join(dir, 'run.json'), JSON.stringify({ model: { path: './model' }, seqLen: 64, parallelism: { stages: 2, replicas: 1 }, steps: 5, globalBatch: 2, microBatch: 1 }))
    daemon = await startCoordinatorDaemon({ dataDir: join(dir, 'data'), runPath: join(dir, 'run.json'), logger: pino({ level: 'silent' }) })
    const addr = daemon.ready.multiaddrs[0]!
    const token = daemon.ready.joinToken

    // The NATed worker: no TCP listener, a relay reservation instead.
    const natted = await relayNode(['/p2p-circuit'])
    await natted.handle(ECHO, async (stream) => {
      for await (const chunk of stream) stream.send(chunk instanceof Uint8Array ? chunk : chunk.subarray())
      await stream.close()
    }, { runOnLimitedConnection: true })
    expect((await join_(natted, addr, token, control.Reachability.REACHABILITY_RELAYED)).accepted).toBe(true)
    const deadline = Date.now() + 20_000
    while (!natted.getMultiaddrs().some((a) => a.toString().includes('/p2p-circuit')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    const circuit = natted.getMultiaddrs().find((a) => a.toString().includes('/p2p-circuit'))
    expect(circuit).toBeDefined()

    // Another member reaches it through the relay.
    const member = await relayNode(['/ip4/127.0.0.1/tcp/0'])
    expect((await join_(member, addr, token, control.Reachability.REACHABILITY_PUBLIC)).accepted).toBe(true)
    const stream = await member.dialProtocol(circuit!, ECHO, { runOnLimitedConnection: true })
    stream.send(new TextEncoder().encode('hello'))
    let echoed = ''
    for await (const chunk of stream) {
      echoed += new TextDecoder().decode(chunk instanceof Uint8Array ? chunk : chunk.subarray())
      if (echoed.length >= 5) break
    }
    expect(echoed).toBe('hello')
    await stream.close().catch(() => {})

    // A stranger (no join) is refused by the relay.
    const stranger = await relayNode(['/ip4/127.0.0.1/tcp/0'])
    await expect(stranger.dialProtocol(circuit!, ECHO, { runOnLimitedConnection: true, signal: AbortSignal.timeout(10_000) })).rejects.toThrow()

    // The coordinator recorded how each worker is reached.
    const members = daemon.db.listMembers(daemon.ready.runId)
    const reach = new Map(members.map((m) => [m.peerId, m.reachability]))
    expect(reach.get(natted.peerId.toString())).toBe(control.Reachability.REACHABILITY_RELAYED)
    expect(reach.get(member.peerId.toString())).toBe(control.Reachability.REACHABILITY_PUBLIC)
  }, 60_000)
})
