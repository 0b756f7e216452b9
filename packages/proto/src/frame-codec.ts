// Tensor frames on a byte stream: varint(headerLength) | TensorFrameHeader | payload. The writer
// fills in payloadBytes, rawBytes and the CRC-32 checksum; the reader checks the header length,
// then the header (limits, dtype, shape, sizes, expectations), and only then allocates the payload.
import type { ByteReader, ReadOptions } from './byte-reader.js'
import { type ByteSink, sendAll, type WriteOptions } from './byte-sink.js'
import { crc32 } from './checksum.js'
import { DecodeError, LimitError, type TandemError, ValidationError, WireErrorCode } from './errors.js'
import { type FrameExpectation, type FrameLimits, DEFAULT_FRAME_LIMITS, dtypeBytes, shapeElements, validateFrameHeader } from './frame-validation.js'
import { decodeMessage } from './message-framing.js'
import { tensor } from './messages.js'
import { readVarint, varintLength, writeVarint } from './varint.js'

/** A frame as read: the decoded header and its payload (a fresh, aligned buffer the caller owns). */
export interface Frame {
  header: tensor.TensorFrameHeader
  payload: Uint8Array
}

/** Bytes of a typed array or a Uint8Array, without copying. */
export function asBytes(data: ArrayBufferView): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

/**
 * The header as it goes on the wire, with payloadBytes, checksum and (when unset) rawBytes filled
 * in from the payload and shape. Validated like a received one, so a sender cannot emit a frame
 * its peer will refuse for size or shape.
 */
export function completeHeader(header: tensor.ITensorFrameHeader, payload: Uint8Array, limits: FrameLimits = DEFAULT_FRAME_LIMITS): tensor.ITensorFrameHeader {
  const elements = shapeElements(header.shape ?? [], limits)
  const complete: tensor.ITensorFrameHeader = {
    ...header,
    payloadBytes: payload.byteLength,
    checksum: crc32(payload),
    rawBytes: header.rawBytes || elements * (dtypeBytes(header.dtype ?? 0) ?? 0),
  }
  validateFrameHeader(complete, limits)
  return complete
}

/** The prefix and header of a frame as one buffer (the payload follows it unchanged). */
export function encodeFrameHead(header: tensor.ITensorFrameHeader, limits: FrameLimits = DEFAULT_FRAME_LIMITS): Uint8Array {
  const bytes = tensor.TensorFrameHeader.encode(header).finish()
  if (bytes.byteLength > limits.headerBytesMax) {
    throw new LimitError(WireErrorCode.HEADER_TOO_LARGE, `frame header of ${bytes.byteLength} bytes exceeds ${limits.headerBytesMax}`, {
      bytes: bytes.byteLength,
      limit: limits.headerBytesMax,
    })
  }
  const out = new Uint8Array(varintLength(bytes.byteLength) + bytes.byteLength)
  out.set(bytes, writeVarint(bytes.byteLength, out))
  return out
}

/** A whole frame as one buffer (copies the payload: for tests and small frames). */
export function encodeFrame(header: tensor.ITensorFrameHeader, payload: ArrayBufferView, limits: FrameLimits = DEFAULT_FRAME_LIMITS): Uint8Array {
  const bytes = asBytes(payload)
  const head = encodeFrameHead(completeHeader(header, bytes, limits), limits)
  const out = new Uint8Array(head.byteLength + bytes.byteLength)
  out.set(head)
  out.set(bytes, head.byteLength)
  return out
}

function checkHeaderLength(length: number, limits: FrameLimits): void {
  if (length > limits.headerBytesMax) {
    throw new LimitError(WireErrorCode.HEADER_TOO_LARGE, `frame header of ${length} bytes exceeds ${limits.headerBytesMax}`, {
      bytes: length,
      limit: limits.headerBytesMax,
    })
  }
}

function decodeHeader(bytes: Uint8Array): tensor.TensorFrameHeader {
  return decodeMessage(tensor.TensorFrameHeader, bytes, { requireBody: false })
}

function checksumError(header: tensor.TensorFrameHeader, actual: number, frameSkipped: boolean): DecodeError {
  return new DecodeError(WireErrorCode.CHECKSUM, `frame payload checksum ${actual.toString(16)} does not match the header's ${(header.checksum >>> 0).toString(16)}`, {
    frameSkipped,
    step: header.step,
    kind: header.kind,
  })
}

/** Decodes one whole frame held in a buffer (no trailing bytes). For tests, files and fuzzing. */
export function decodeFrame(bytes: Uint8Array, limits: FrameLimits = DEFAULT_FRAME_LIMITS, expect?: FrameExpectation): Frame {
  const { value: headerLength, end } = readVarint(bytes)
  checkHeaderLength(headerLength, limits)
  if (bytes.byteLength - end < headerLength) throw new DecodeError(WireErrorCode.TRUNCATED, 'input ended inside a frame header')
  const header = decodeHeader(bytes.subarray(end, end + headerLength))
  validateFrameHeader(header, limits, expect)
  const start = end + headerLength
  const left = bytes.byteLength - start
  if (left < header.payloadBytes) throw new DecodeError(WireErrorCode.TRUNCATED, `input ended inside a frame payload (${left} of ${header.payloadBytes} bytes)`)
  if (left > header.payloadBytes) throw new DecodeError(WireErrorCode.TRAILING_BYTES, `${left - header.payloadBytes} bytes follow the frame`)
  const payload = bytes.slice(start, start + header.payloadBytes)
  const actual = crc32(payload)
  if (actual !== header.checksum >>> 0) throw checksumError(header, actual, false)
  return { header, payload }
}

/**
 * Reads the next frame. Returns null when the stream ends cleanly between frames.
 *
 * Errors: a header that is malformed or over a limit leaves the stream unusable (abort it). A
 * header that decodes within limits but fails validation or the expectation, and a checksum
 * mismatch, consume the whole frame first and carry `data.frameSkipped = true`: the reader is at
 * the next frame, so log, count and go on reading.
 */
export async function readFrame(reader: ByteReader, limits: FrameLimits = DEFAULT_FRAME_LIMITS, expect?: FrameExpectation, options?: ReadOptions): Promise<Frame | null> {
  const headerLength = await reader.readVarint(options)
  if (headerLength === null) return null
  checkHeaderLength(headerLength, limits)
  const header = decodeHeader(await reader.readExact(headerLength, 'a frame header', options))
  try {
    validateFrameHeader(header, limits, expect)
  } catch (err) {
    // Skip the payload only when its declared length is within limits and exact; otherwise the
    // stream cannot be resynchronised cheaply and the error stands as fatal.
    const declared = header.payloadBytes
    const skippable =
      (err instanceof ValidationError || err instanceof LimitError) && Number.isSafeInteger(declared) && declared >= 0 && declared <= limits.frameBytesMax
    if (!skippable) throw err
    await reader.skip(declared, 'a skipped frame payload', options)
    throw withFrameSkipped(err)
  }
  // Not zero-filled (readInto overwrites every byte before anyone sees it); its own ArrayBuffer at
  // offset 0, so typed-array views of any dtype fit.
  const payload = new Uint8Array(Buffer.allocUnsafeSlow(header.payloadBytes).buffer, 0, header.payloadBytes)
  let crc = 0
  await reader.readInto(payload, 'a frame payload', options, (slice) => {
    crc = crc32(slice, crc)
  })
  if (crc !== header.checksum >>> 0) throw checksumError(header, crc, true)
  return { header, payload }
}

function withFrameSkipped(err: TandemError): TandemError {
  const Ctor = err.constructor as new (code: string, message: string, data?: Record<string, unknown>) => TandemError
  return new Ctor(err.code, err.message, { ...err.data, frameSkipped: true })
}

/**
 * Writes one frame: header (with payloadBytes, rawBytes and checksum filled in) then the payload
 * in slices, waiting for 'drain' whenever the stream is full. Returns the bytes written.
 */
export async function writeFrame(sink: ByteSink, header: tensor.ITensorFrameHeader, payload: ArrayBufferView, options?: WriteOptions & { limits?: FrameLimits }): Promise<number> {
  const limits = options?.limits ?? DEFAULT_FRAME_LIMITS
  const bytes = asBytes(payload)
  const head = encodeFrameHead(completeHeader(header, bytes, limits), limits)
  await sendAll(sink, head, options)
  await sendAll(sink, bytes, options)
  return head.byteLength + bytes.byteLength
}
