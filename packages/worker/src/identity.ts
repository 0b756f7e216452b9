// The worker's persistent libp2p identity: an Ed25519 key kept in its data dir, so a restarted
// worker is the same peer to the coordinator (and keeps its cached state).
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { writeFileAtomic } from '@tandem/model'
import { DecodeError } from '@tandem/proto'
import { IDENTITY_FILE } from './constants.js'

/** Loads `DIR/peer-key`, or creates it (atomically, mode 0600) when the dir has none. */
export async function loadOrCreateIdentity(dataDir: string): Promise<PrivateKey> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const path = join(dataDir, IDENTITY_FILE)
  let bytes: Uint8Array | undefined
  try {
    bytes = await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  if (bytes !== undefined) {
    try {
      return privateKeyFromProtobuf(bytes)
    } catch (err) {
      throw new DecodeError('E_IDENTITY', `the identity file ${path} is not a libp2p private key; move it away to start as a new peer`, { path }, { cause: err })
    }
  }
  const key = await generateKeyPair('Ed25519')
  await writeFileAtomic(path, privateKeyToProtobuf(key), { mode: 0o600 })
  return key
}
