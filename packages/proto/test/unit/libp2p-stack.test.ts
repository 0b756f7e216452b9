// The AES-256-GCM cipher behind Noise's interface, and decryptWithoutJoin on a stand-in connection.
import crypto from 'node:crypto'
import { Uint8ArrayList } from 'uint8arraylist'
import { describe, expect, it } from 'vitest'
import { aes256GcmCrypto, decryptWithoutJoin, withDecryptWithoutJoin } from '../../src/libp2p-stack.js'

const key = crypto.randomBytes(32)
const nonce = (n: number): Uint8Array => {
  const b = new Uint8Array(12)
  new DataView(b.buffer).setBigUint64(4, BigInt(n), true)
  return b
}
const bytes = (x: Uint8Array | Uint8ArrayList): Uint8Array => (x instanceof Uint8Array ? x : x.subarray())

describe('aes256GcmCrypto', () => {
  const plain = crypto.randomBytes(65519)
  const ad = crypto.randomBytes(32)

  it('is AES-256-GCM: the ciphertext and tag match node:crypto computed directly', () => {
    const sealed = bytes(aes256GcmCrypto.chaCha20Poly1305Encrypt(plain, nonce(7), ad, key))
    const reference = crypto.createCipheriv('aes-256-gcm', key, nonce(7), { authTagLength: 16 })
    reference.setAAD(ad)
    const expected = Buffer.concat([reference.update(plain), reference.final(), reference.getAuthTag()])
    expect(Buffer.from(sealed).equals(expected)).toBe(true)
  })

  it('gives the same bytes for a list as for one buffer, and decrypts both forms', () => {
    const list = new Uint8ArrayList(plain.subarray(0, 12), plain.subarray(12, 40000), plain.subarray(40000))
    const fromList = bytes(aes256GcmCrypto.chaCha20Poly1305Encrypt(list, nonce(1), ad, key))
    const fromArray = bytes(aes256GcmCrypto.chaCha20Poly1305Encrypt(plain, nonce(1), ad, key))
    expect(Buffer.from(fromList).equals(Buffer.from(fromArray))).toBe(true)
    const split = new Uint8ArrayList(fromList.subarray(0, 65536), fromList.subarray(65536))
    expect(Buffer.from(bytes(aes256GcmCrypto.chaCha20Poly1305Decrypt(split, nonce(1), ad, key))).equals(plain)).toBe(true)
    expect(Buffer.from(bytes(aes256GcmCrypto.chaCha20Poly1305Decrypt(fromArray, nonce(1), ad, key))).equals(plain)).toBe(true)
  })

  it('refuses a flipped bit, another nonce, other associated data and a short message', () => {
    const sealed = Buffer.from(bytes(aes256GcmCrypto.chaCha20Poly1305Encrypt(plain, nonce(3), ad, key)))
    const flipped = Buffer.from(sealed)
    flipped[1000]! ^= 1
    expect(() => aes256GcmCrypto.chaCha20Poly1305Decrypt(flipped, nonce(3), ad, key)).toThrow()
    expect(() => aes256GcmCrypto.chaCha20Poly1305Decrypt(sealed, nonce(4), ad, key)).toThrow()
    expect(() => aes256GcmCrypto.chaCha20Poly1305Decrypt(sealed, nonce(3), crypto.randomBytes(32), key)).toThrow()
    expect(() => aes256GcmCrypto.chaCha20Poly1305Decrypt(sealed.subarray(0, 15), nonce(3), ad, key)).toThrow()
  })
})

describe('decryptWithoutJoin', () => {
  it('hands a list to the handshake as it is and leaves single buffers to the library', () => {
    const seen: string[] = []
    const connection = {
      handshake: {
        decrypt: (c: Uint8Array | Uint8ArrayList) => {
          seen.push(c instanceof Uint8Array ? 'handshake:array' : `handshake:list(${[...c].length})`)
          return new Uint8Array(c.byteLength - 16)
        },
      },
      decrypt(c: Uint8Array | Uint8ArrayList) {
        seen.push(c instanceof Uint8Array ? 'library:array' : 'library:list')
        return new Uint8ArrayList()
      },
    }
    expect(decryptWithoutJoin(connection)).toBe(true)
    const out = connection.decrypt(new Uint8ArrayList(new Uint8Array(65000), new Uint8Array(535)))
    expect(out.byteLength).toBe(65535 - 16)
    connection.decrypt(new Uint8Array(100))
    connection.decrypt(new Uint8ArrayList(new Uint8Array(40000), new Uint8Array(40000))) // over one message: not ours to split
    expect(seen).toEqual(['handshake:list(2)', 'library:array', 'library:list'])
  })

  it('changes nothing on a connection without the expected internals', () => {
    const decrypt = () => new Uint8ArrayList()
    const other = { decrypt }
    expect(decryptWithoutJoin(other)).toBe(false)
    expect(other.decrypt).toBe(decrypt)
    expect(decryptWithoutJoin(null)).toBe(false)
  })
})

describe('withDecryptWithoutJoin', () => {
  it('applies to every secured connection, inbound and outbound, with no callback given', async () => {
    const stand = () => ({ handshake: { decrypt: () => new Uint8Array(0) }, decrypt: () => new Uint8ArrayList() })
    const originals: Array<ReturnType<typeof stand>> = []
    const encrypter = {
      protocol: '/test',
      async secureInbound() {
        const connection = stand()
        originals.push({ ...connection })
        return { connection, remotePeer: null }
      },
      async secureOutbound() {
        const connection = stand()
        originals.push({ ...connection })
        return { connection, remotePeer: null }
      },
    }
    const wrapped = withDecryptWithoutJoin(() => encrypter as never)({} as never)
    const inbound = (await wrapped.secureInbound({} as never)).connection as unknown as ReturnType<typeof stand>
    const outbound = (await wrapped.secureOutbound({} as never)).connection as unknown as ReturnType<typeof stand>
    expect(inbound.decrypt).not.toBe(originals[0]!.decrypt)
    expect(outbound.decrypt).not.toBe(originals[1]!.decrypt)
  })
})
