// Connection security and multiplexing of every Tandem node (TCP + Noise + Yamux), in one place so
// that all nodes offer the same stack. Noise's ChaCha20-Poly1305 at ~1.7 CPU ms per MiB on each
// end was most of a stage-to-stage stream's cost; AES-256-GCM (AES-NI) does the same work at ~0.7.
// Tandem nodes therefore offer Noise with AES-256-GCM under its own protocol id first and plain
// libp2p Noise second, so that other libp2p peers (the admin CLI, tools) still connect.
import crypto from 'node:crypto'
import type { ConnectionEncrypter, MessageStream, SecureConnectionOptions } from '@libp2p/interface'
import { type ICryptoInterface, type NoiseComponents, noise } from '@libp2p/noise'
import { defaultCrypto } from '@libp2p/noise/crypto'
import { yamux } from '@libp2p/yamux'
import { Uint8ArrayList } from 'uint8arraylist'

/**
 * Noise XX with AES-256-GCM in the cipher slot (X25519, SHA-256 and the libp2p handshake payload
 * unchanged). Its own id, and a prologue that names it, keep its transcripts apart from ChaChaPoly
 * Noise: both ends must have negotiated this id to complete a handshake.
 */
export const NOISE_AES_GCM_PROTOCOL = '/tandem/noise-aes256gcm/1.0.0'

const TAG_BYTES = 16
/** Largest Noise transport message (the Noise spec's limit, as @libp2p/noise frames them). */
const NOISE_MESSAGE_BYTES_MAX = 65535

/**
 * AES-256-GCM behind Noise's cipher interface: the 32-byte key and 12-byte nonce Noise derives
 * (a per-key counter, never reused) and a 16-byte tag. Lists in, lists out, as node:crypto's
 * ChaCha path does, so that no message is copied to be joined.
 */
export const aes256GcmCrypto: ICryptoInterface = {
  ...defaultCrypto,
  chaCha20Poly1305Encrypt(plaintext, nonce, ad, k) {
    const cipher = crypto.createCipheriv('aes-256-gcm', k, nonce, { authTagLength: TAG_BYTES })
    cipher.setAAD(ad)
    if (plaintext instanceof Uint8Array) return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
    const out = new Uint8ArrayList()
    for (const buf of plaintext) out.append(cipher.update(buf))
    cipher.final()
    out.append(cipher.getAuthTag())
    return out
  },
  chaCha20Poly1305Decrypt(ciphertext, nonce, ad, k) {
    const textBytes = ciphertext.byteLength - TAG_BYTES
    if (textBytes < 0) throw new Error('Noise message shorter than its authentication tag')
    const decipher = crypto.createDecipheriv('aes-256-gcm', k, nonce, { authTagLength: TAG_BYTES })
    decipher.setAAD(ad)
    decipher.setAuthTag(ciphertext.subarray(textBytes))
    if (ciphertext instanceof Uint8Array) {
      const out = decipher.update(ciphertext.subarray(0, textBytes))
      decipher.final() // throws when the tag does not match
      return out
    }
    const out = new Uint8ArrayList()
    for (const buf of ciphertext.sublist(0, textBytes)) out.append(decipher.update(buf))
    decipher.final()
    return out
  },
}

type EncrypterFactory = (components: NoiseComponents) => ConnectionEncrypter

/** What @libp2p/noise 17's encrypted connection exposes (not public API: feature-detected). */
interface NoiseConnectionInternals {
  decrypt?: (chunk: Uint8Array | Uint8ArrayList) => Uint8ArrayList
  handshake?: { decrypt?: (ciphertext: Uint8Array | Uint8ArrayList) => Uint8Array | Uint8ArrayList }
}

/**
 * Receiving: a Noise message that spans two TCP reads (nearly all of them: 65537 bytes on the wire
 * against 64 KiB reads) reaches @libp2p/noise's decrypt as a list, which it joins into one new
 * buffer only to pass a `dst` that node:crypto ignores. This decrypts the list as it is. Returns
 * false, changing nothing, when the connection does not look as expected (another noise version).
 */
export function decryptWithoutJoin(connection: unknown): boolean {
  if (connection === null || typeof connection !== 'object') return false
  const c = connection as NoiseConnectionInternals
  const original = c.decrypt
  const handshake = c.handshake
  if (typeof original !== 'function' || typeof handshake?.decrypt !== 'function') return false
  c.decrypt = (chunk) => {
    // One Noise message per call (the length-prefixed decoder yields them one at a time); anything
    // else, and single buffers (already copy-free), go the library's way.
    if (chunk instanceof Uint8Array || chunk.byteLength > NOISE_MESSAGE_BYTES_MAX || chunk.byteLength < TAG_BYTES) return original.call(c, chunk)
    const out = new Uint8ArrayList()
    out.append(handshake.decrypt!(chunk))
    return out
  }
  return true
}

/**
 * The same encrypter, with decryptWithoutJoin applied to every connection it secures; `onSecured`
 * learns whether it applied (tests check that it does with the installed @libp2p/noise).
 */
export function withDecryptWithoutJoin(factory: EncrypterFactory, onSecured?: (applied: boolean) => void): EncrypterFactory {
  return (components) => {
    const encrypter = factory(components)
    const inbound = encrypter.secureInbound.bind(encrypter)
    const outbound = encrypter.secureOutbound.bind(encrypter)
    encrypter.secureInbound = async (connection: MessageStream, options?: SecureConnectionOptions) => {
      const secured = await inbound(connection, options)
      const applied = decryptWithoutJoin(secured.connection)
      onSecured?.(applied)
      return secured
    }
    encrypter.secureOutbound = async (connection: MessageStream, options?: SecureConnectionOptions) => {
      const secured = await outbound(connection, options)
      const applied = decryptWithoutJoin(secured.connection)
      onSecured?.(applied)
      return secured
    }
    return encrypter
  }
}

/** Noise with AES-256-GCM, under NOISE_AES_GCM_PROTOCOL. */
export function noiseAesGcm(): EncrypterFactory {
  const factory = noise({ crypto: aes256GcmCrypto, prologueBytes: new TextEncoder().encode(NOISE_AES_GCM_PROTOCOL) })
  return (components) => {
    const encrypter = factory(components)
    encrypter.protocol = NOISE_AES_GCM_PROTOCOL
    return encrypter
  }
}

/** The connection encrypters of a Tandem node, in order of preference. */
export function tandemConnectionEncrypters(init: { onSecured?: (applied: boolean) => void } = {}): EncrypterFactory[] {
  return [withDecryptWithoutJoin(noiseAesGcm(), init.onSecured), withDecryptWithoutJoin(noise(), init.onSecured)]
}

export interface TandemStreamMuxerInit {
  /** Yamux stream window: bytes in flight per stream before the receiver grants more. */
  windowBytes: number
  /** A stream's own read buffer (default yamux's 4 MiB; streamSource raises it above the window). */
  readBufferBytes?: number
}

/** Yamux with a fixed stream window (no slow growth from 256 KiB on every new stream). */
export function tandemStreamMuxer(init: TandemStreamMuxerInit): ReturnType<typeof yamux> {
  return yamux({
    streamOptions: {
      initialStreamWindowSize: init.windowBytes,
      maxStreamWindowSize: init.windowBytes,
      ...(init.readBufferBytes === undefined ? {} : { maxReadBufferLength: init.readBufferBytes }),
    },
  })
}
