// Reading a stored checkpoint manifest: limits, then the format version, so that a manifest from
// a newer Tandem fails with a hint instead of being half understood.
import { MANIFEST_BYTES_MAX } from './constants.js'
import { ValidationError, WireErrorCode } from './errors.js'
import { decodeMessage } from './message-framing.js'
import { checkpoint } from './messages.js'

/** The manifest format this build writes and reads. */
export const MANIFEST_FORMAT_VERSION = 1

export function decodeCheckpointManifest(bytes: Uint8Array, bytesMax = MANIFEST_BYTES_MAX): checkpoint.CheckpointManifest {
  const manifest = decodeMessage(checkpoint.CheckpointManifest, bytes, { messageBytesMax: bytesMax })
  if (manifest.formatVersion !== MANIFEST_FORMAT_VERSION) {
    throw new ValidationError(
      WireErrorCode.FORMAT_VERSION,
      `checkpoint manifest format ${manifest.formatVersion} is not ${MANIFEST_FORMAT_VERSION}: it was written by ${manifest.formatVersion > MANIFEST_FORMAT_VERSION ? 'a newer Tandem (upgrade this one)' : 'no known Tandem version'}`,
      { formatVersion: manifest.formatVersion },
    )
  }
  return manifest
}
