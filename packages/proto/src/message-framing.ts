// Length-prefixed protobuf envelopes (control, state, probe, admin): varint(length) | message.
// Every decode goes through here so that malformed input always ends in a typed error: the length
// is checked against the protocol's limit before anything is allocated, and protobufjs's own
// exceptions become DecodeError.
import type { ByteReader, ReadOptions } from './byte-reader.js'
import { type ByteSink, sendAll, type WriteOptions } from './byte-sink.js'
import { DecodeError, LimitError, ValidationError, WireErrorCode } from './errors.js'
import { varintLength, writeVarint } from './varint.js'

/** What the generated code of a message type offers (e.g. `control.ControlMessage`). */
export interface MessageType<T, P = T> {
  encode(message: P): { finish(): Uint8Array }
  decode(bytes: Uint8Array): T
  readonly name?: string
}

export interface MessageLimits {
  /** Largest encoded message accepted (length prefix excluded). */
  messageBytesMax: number
  /** When true (default), a message whose `body` oneof is unset is refused with E_EMPTY_BODY. */
  requireBody?: boolean
}

function typeName(type: MessageType<unknown, never>): string {
  return type.name ?? 'message'
}

/**
 * Decodes one whole message (no prefix): DecodeError on malformed bytes, ValidationError when an
 * envelope's `body` is unset (a message from a newer protocol, or garbage that happens to parse).
 */
export function decodeMessage<T>(type: MessageType<T, never>, bytes: Uint8Array, limits?: Partial<MessageLimits>): T {
  const max = limits?.messageBytesMax
  if (max !== undefined && bytes.byteLength > max) {
    throw new LimitError(WireErrorCode.MESSAGE_TOO_LARGE, `${typeName(type)} of ${bytes.byteLength} bytes exceeds the ${max}-byte limit`, {
      bytes: bytes.byteLength,
      limit: max,
    })
  }
  let message: T
  try {
    message = type.decode(bytes)
  } catch (err) {
    throw new DecodeError(WireErrorCode.BAD_MESSAGE, `malformed ${typeName(type)}: ${err instanceof Error ? err.message : String(err)}`, undefined, {
      cause: err,
    })
  }
  if ((limits?.requireBody ?? true) && hasUnsetBody(message)) {
    throw new ValidationError(WireErrorCode.EMPTY_BODY, `${typeName(type)} carries no known body (empty, or from a newer protocol version)`)
  }
  return message
}

/** True for an envelope (a message with a `body` oneof) whose body is unset. */
function hasUnsetBody(message: unknown): boolean {
  const m = message as { constructor?: { prototype?: object } ; body?: unknown }
  const proto = m.constructor?.prototype
  if (proto === undefined || !Object.hasOwn(proto, 'body')) return false
  return m.body === undefined || m.body === null || m.body === ''
}

/** varint(length) | message, as one buffer. */
export function encodeLengthPrefixed<P>(type: MessageType<unknown, P>, message: P): Uint8Array {
  const body = type.encode(message).finish()
  const out = new Uint8Array(varintLength(body.byteLength) + body.byteLength)
  const offset = writeVarint(body.byteLength, out)
  out.set(body, offset)
  return out
}

/** Decodes a buffer that holds exactly one length-prefixed message. */
export function decodeLengthPrefixed<T>(type: MessageType<T, never>, bytes: Uint8Array, limits: MessageLimits): T {
  // Inline varint read so that a truncated or oversized prefix is reported before slicing.
  let length = 0
  let shift = 0
  let i = 0
  for (;; i++) {
    if (i >= bytes.length) throw new DecodeError(WireErrorCode.TRUNCATED, 'input ended inside a length prefix')
    if (i >= 5) throw new DecodeError(WireErrorCode.BAD_VARINT, 'malformed length prefix (overlong varint)')
    const b = bytes[i]!
    length += (b & 0x7f) * 2 ** shift
    shift += 7
    if ((b & 0x80) === 0) {
      if ((b === 0 && i > 0) || length > 0xffffffff) throw new DecodeError(WireErrorCode.BAD_VARINT, 'malformed length prefix (non-minimal varint)')
      break
    }
  }
  const start = i + 1
  checkMessageLength(type, length, limits)
  if (bytes.byteLength - start < length) {
    throw new DecodeError(WireErrorCode.TRUNCATED, `input ended inside a ${typeName(type)} (${bytes.byteLength - start} of ${length} bytes)`)
  }
  if (bytes.byteLength - start > length) {
    throw new DecodeError(WireErrorCode.TRAILING_BYTES, `${bytes.byteLength - start - length} bytes follow the ${typeName(type)}`)
  }
  return decodeMessage(type, bytes.subarray(start, start + length), limits)
}

function checkMessageLength(type: MessageType<unknown, never>, length: number, limits: MessageLimits): void {
  if (length > limits.messageBytesMax) {
    throw new LimitError(WireErrorCode.MESSAGE_TOO_LARGE, `${typeName(type)} of ${length} bytes exceeds the ${limits.messageBytesMax}-byte limit`, {
      bytes: length,
      limit: limits.messageBytesMax,
    })
  }
}

/**
 * Reads the next length-prefixed message from a stream. Returns null when the stream ends cleanly
 * between messages. Errors leave the stream unusable (a length beyond the limit is not skipped).
 */
export async function readMessage<T>(reader: ByteReader, type: MessageType<T, never>, limits: MessageLimits, options?: ReadOptions): Promise<T | null> {
  const length = await reader.readVarint(options)
  if (length === null) return null
  checkMessageLength(type, length, limits)
  const bytes = await reader.readExact(length, `a ${typeName(type)}`, options)
  return decodeMessage(type, bytes, limits)
}

/** Writes one length-prefixed message, waiting for 'drain' when the stream is full; returns its size. */
export async function writeMessage<P>(sink: ByteSink, type: MessageType<unknown, P>, message: P, options?: WriteOptions): Promise<number> {
  const bytes = encodeLengthPrefixed(type, message)
  await sendAll(sink, bytes, options)
  return bytes.byteLength
}
