// The worker's libp2p node: TCP + Noise + Yamux, identify and ping, and the circuit-relay
// transport so a worker that cannot accept inbound connections (`--no-listen`) is still reachable
// through a relay (the coordinator runs a relay server), with DCUtR hole punching where possible.
import { circuitRelayTransport } from '@libp2p/circuit-relay-v2'
import { dcutr } from '@libp2p/dcutr'
import { identify } from '@libp2p/identify'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { ping, type Ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { tandemConnectionEncrypters, tandemStreamMuxer } from '@tandem/proto/libp2p-stack'
import { createLibp2p } from 'libp2p'
import { DEFAULT_LISTEN, STREAM_READ_BUFFER_BYTES, STREAM_WINDOW_BYTES } from './constants.js'

export interface WorkerNodeInit {
  privateKey: PrivateKey
  /** TCP listen addresses; empty with `noListen`. */
  listen?: string[]
  /** The worker accepts no inbound TCP: it reserves a slot on a relay and is reached through it. */
  noListen?: boolean
}

export type WorkerServices = { ping: Ping; identify: unknown; dcutr: unknown }
export type WorkerNode = Libp2p<WorkerServices>

export async function createWorkerNode(init: WorkerNodeInit): Promise<WorkerNode> {
  const listen = init.noListen === true ? [] : (init.listen ?? [DEFAULT_LISTEN])
  return createLibp2p({
    privateKey: init.privateKey,
    start: false,
    addresses: {
      // A NATed worker asks the relay it dials (the coordinator) for a reservation: `/p2p-circuit`
      // makes the relay transport listen on any connected relay.
      listen: init.noListen === true ? ['/p2p-circuit'] : listen,
    },
    transports: [tcp(), circuitRelayTransport()],
    // Noise with AES-256-GCM first, plain libp2p Noise second (@tandem/proto/libp2p-stack).
    connectionEncrypters: tandemConnectionEncrypters(),
    streamMuxers: [tandemStreamMuxer({ windowBytes: STREAM_WINDOW_BYTES, readBufferBytes: STREAM_READ_BUFFER_BYTES })],
    connectionManager: { maxConnections: 256 },
    // A ping stuck behind megabytes of activations or a checkpoint upload on a busy host is not a
    // dead peer: the monitor must not abort the connection (heartbeats and step progress decide).
    connectionMonitor: { abortConnectionOnPingFailure: false },
    services: { identify: identify(), ping: ping(), dcutr: dcutr() },
  }) as Promise<WorkerNode>
}
