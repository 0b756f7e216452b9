// Two real libp2p nodes in one process on loopback (TCP + Noise + Yamux, as every Tandem node
// builds them: @tandem/proto/libp2p-stack), for framing tests.
import type { Libp2p, Stream } from '@libp2p/interface'
import { tcp } from '@libp2p/tcp'
import { createLibp2p } from 'libp2p'
import { tandemConnectionEncrypters, tandemStreamMuxer } from '../../src/libp2p-stack.js'

export async function createNode(streamWindowBytes = 16 * 1024 * 1024): Promise<Libp2p> {
  return createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: tandemConnectionEncrypters(),
    streamMuxers: [tandemStreamMuxer({ windowBytes: streamWindowBytes })],
  })
}

export interface Pair {
  a: Libp2p
  b: Libp2p
  /** Opens a stream from a to b on `protocol` (b must handle it). */
  open(protocol: string): Promise<Stream>
  stop(): Promise<void>
}

export async function createPair(streamWindowBytes?: number): Promise<Pair> {
  const a = await createNode(streamWindowBytes)
  const b = await createNode(streamWindowBytes)
  return {
    a,
    b,
    open: (protocol) => a.dialProtocol(b.getMultiaddrs()[0]!, protocol),
    stop: async () => {
      await a.stop()
      await b.stop()
    },
  }
}
