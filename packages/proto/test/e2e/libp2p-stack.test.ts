// The Tandem libp2p stack on loopback: two Tandem nodes agree on Noise with AES-256-GCM, the
// copy-free decrypt is in force on both ends with the installed @libp2p/noise, bytes arrive exact
// over several yamux windows; a plain libp2p node (ChaChaPoly Noise only) still connects.
import crypto from 'node:crypto'
import type { Libp2p, Stream } from '@libp2p/interface'
import { noise } from '@libp2p/noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import { afterEach, describe, expect, it } from 'vitest'
import { waitForDrain } from '../../src/byte-sink.js'
import { NOISE_AES_GCM_PROTOCOL, tandemConnectionEncrypters, tandemStreamMuxer } from '../../src/libp2p-stack.js'

const PROTOCOL = '/tandem-test/bytes/1.0.0'
const MiB = 1024 * 1024

const nodes: Libp2p[] = []
afterEach(async () => {
  await Promise.all(nodes.splice(0).map((n) => n.stop()))
})

async function tandemNode(onSecured?: (applied: boolean) => void): Promise<Libp2p> {
  const node = await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: tandemConnectionEncrypters({ onSecured }),
    streamMuxers: [tandemStreamMuxer({ windowBytes: 4 * MiB })],
  })
  nodes.push(node)
  return node
}

async function plainNode(): Promise<Libp2p> {
  // The same yamux window as the Tandem node: @libp2p/yamux assumes that the peer's initial window
  // is its own, so mismatched windows fail ('Receive window exceeded') whatever the encryption.
  const muxer = yamux({ streamOptions: { initialStreamWindowSize: 4 * MiB, maxStreamWindowSize: 4 * MiB } })
  const node = await createLibp2p({ addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] }, transports: [tcp()], connectionEncrypters: [noise()], streamMuxers: [muxer] })
  nodes.push(node)
  return node
}

/** Sends `data` from a to b in uneven pieces; resolves with the sha256 of what b received. */
async function transfer(a: Libp2p, b: Libp2p, data: Uint8Array): Promise<{ digest: string; encryption?: string }> {
  const received = new Promise<string>((resolve, reject) => {
    void b.handle(PROTOCOL, (stream: Stream) => {
      const hash = crypto.createHash('sha256')
      let n = 0
      stream.addEventListener('message', (evt) => {
        for (const buf of evt.data instanceof Uint8Array ? [evt.data] : evt.data) hash.update(buf)
        n += evt.data.byteLength
        if (n === data.byteLength) resolve(hash.digest('hex'))
      })
      stream.addEventListener('close', (evt) => {
        if (evt.error != null) reject(evt.error)
      })
    })
  })
  const stream = await a.dialProtocol(b.getMultiaddrs()[0]!, PROTOCOL)
  for (let offset = 0, piece = 1; offset < data.byteLength; offset += piece, piece = (piece * 7 + 12345) % (3 * MiB)) {
    if (!stream.send(data.subarray(offset, offset + piece))) await waitForDrain(stream)
  }
  const digest = await received
  const encryption = a.getConnections(b.peerId)[0]?.encryption
  await stream.close()
  return { digest, encryption }
}

describe('Tandem libp2p stack', () => {
  it('two Tandem nodes use AES-256-GCM Noise, decrypt without joining, and carry bytes exactly', async () => {
    const applied: boolean[] = []
    const a = await tandemNode((x) => applied.push(x))
    const b = await tandemNode((x) => applied.push(x))
    const data = crypto.randomBytes(24 * MiB)
    const { digest, encryption } = await transfer(a, b, data)
    expect(encryption).toBe(NOISE_AES_GCM_PROTOCOL)
    expect(digest).toBe(crypto.createHash('sha256').update(data).digest('hex'))
    expect(applied).toEqual([true, true]) // one connection, secured once on each end
  })

  it('a plain libp2p node (ChaChaPoly Noise only) connects both ways', async () => {
    const t = await tandemNode()
    const p = await plainNode()
    const data = crypto.randomBytes(3 * MiB)
    const want = crypto.createHash('sha256').update(data).digest('hex')
    const out = await transfer(t, p, data)
    expect(out.encryption).toBe('/noise')
    expect(out.digest).toBe(want)
    const back = await transfer(await plainNode(), t, data) // dialled by the plain node
    expect(back.encryption).toBe('/noise')
    expect(back.digest).toBe(want)
  })
})
