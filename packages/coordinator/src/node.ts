// The coordinator's libp2p node: TCP + Noise + Yamux, identify and ping, and a circuit relay v2
// server so that workers behind NAT can be reached through the coordinator (DCUtR upgrades such
// links to direct ones where hole punching works). The persistent identity keeps the peer id, and
// so the multiaddrs handed to workers, stable across restarts.
import { circuitRelayServer, type CircuitRelayService } from '@libp2p/circuit-relay-v2'
import { identify } from '@libp2p/identify'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { ping, type Ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { tandemConnectionEncrypters, tandemStreamMuxer } from '@tandem/proto/libp2p-stack'
import { createLibp2p } from 'libp2p'
import {
  INBOUND_CONNECTIONS_PER_HOST_PER_S,
  INCOMING_PENDING_CONNECTIONS_MAX,
  RELAY_RESERVATIONS_MAX,
  STREAM_READ_BUFFER_BYTES,
  STREAM_WINDOW_BYTES,
  WORKERS_MAX,
} from './constants.js'

export type CoordinatorServices = { ping: Ping; identify: unknown; relay: CircuitRelayService }
export type CoordinatorNode = Libp2p<CoordinatorServices>

export interface CoordinatorNodeInit {
  privateKey: PrivateKey
  listen: string[]
  /**
   * Whether a peer is a member of the run: the relay carries connections only between members, so
   * a stranger without a join token cannot use the coordinator's bandwidth (reservations are
   * allowed to anyone, since a worker reserves as soon as it connects, before its join completes).
   */
  isMember?: (peerId: string) => boolean
}

export async function createCoordinatorNode(init: CoordinatorNodeInit): Promise<CoordinatorNode> {
  return createLibp2p({
    privateKey: init.privateKey,
    start: false,
    addresses: { listen: init.listen },
    transports: [tcp()],
    // Noise with AES-256-GCM first, plain libp2p Noise second (@tandem/proto/libp2p-stack).
    connectionEncrypters: tandemConnectionEncrypters(),
    streamMuxers: [tandemStreamMuxer({ windowBytes: STREAM_WINDOW_BYTES, readBufferBytes: STREAM_READ_BUFFER_BYTES })],
    connectionGater: {
      denyOutboundRelayedConnection: (source, destination) => {
        const member = init.isMember ?? (() => false)
        return !(member(source.toString()) && member(destination.toString()))
      },
    },
    connectionManager: {
      maxConnections: WORKERS_MAX * 2,
      // libp2p's default (5 connections per second per host) refuses a demo's workers on loopback
      // or many donors behind one NAT address; joins are authenticated by token anyway.
      inboundConnectionThreshold: INBOUND_CONNECTIONS_PER_HOST_PER_S,
      maxIncomingPendingConnections: INCOMING_PENDING_CONNECTIONS_MAX,
    },
    // A worker's event loop is blocked while ONNX Runtime hands results back and its links carry
    // megabytes of activations, so one missed ping is not a dead peer: heartbeats and step progress
    // decide membership (membership.ts), never the ping monitor.
    connectionMonitor: { abortConnectionOnPingFailure: false },
    services: {
      identify: identify(),
      ping: ping(),
      // Training traffic of NATed workers flows through the relay: no duration or data limit.
      relay: circuitRelayServer({ reservations: { maxReservations: RELAY_RESERVATIONS_MAX, applyDefaultLimit: false } }),
    },
  }) as Promise<CoordinatorNode>
}
