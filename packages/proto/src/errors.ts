// Error classes shared by every package. Callers branch on `name` and `code`, never on message text.

/** Base class: every error Tandem throws on purpose has a stable `code`. */
export class TandemError extends Error {
  override name = 'TandemError'
  readonly code: string
  readonly data: Record<string, unknown> | undefined

  constructor(code: string, message: string, data?: Record<string, unknown>, options?: ErrorOptions) {
    super(message, options)
    this.code = code
    this.data = data
  }
}

/**
 * A mistake by the person at the command line or in a file they wrote: the CLI prints the message
 * (one sentence saying what was wrong and what to do) and exits with status 2, without a stack.
 */
export class UserError extends TandemError {
  override name = 'UserError'

  constructor(message: string, data?: Record<string, unknown>, code = 'E_USAGE') {
    super(code, message, data)
  }
}

/** Bytes that arrived from the network or a file and do not decode: truncated, oversized, garbage. */
export class DecodeError extends TandemError {
  override name = 'DecodeError'
}

/** A value that decoded but breaks a limit or an invariant (shape, dtype, finiteness, epoch, step). */
export class ValidationError extends TandemError {
  override name = 'ValidationError'
}

/** A limit was reached: a queue, a frame, a cache, a retry budget. */
export class LimitError extends TandemError {
  override name = 'LimitError'
}

/** The peer or key is not allowed to do this. */
export class AuthError extends TandemError {
  override name = 'AuthError'
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof Error && err.name === 'UserError'
}

/**
 * Codes of DecodeError, LimitError and ValidationError from the wire codecs. A frame error whose
 * `data.frameSkipped` is true left the reader at the start of the next frame: log, count, keep
 * reading. Any other wire error leaves the stream unusable: abort it.
 */
export const WireErrorCode = {
  /** The input ended inside a length prefix, header, message or payload. */
  TRUNCATED: 'E_TRUNCATED',
  /** A varint length prefix is longer than 5 bytes or not minimal. */
  BAD_VARINT: 'E_BAD_VARINT',
  /** Protobuf bytes that do not decode as the expected message. */
  BAD_MESSAGE: 'E_BAD_MESSAGE',
  /** A message decoded, but its `body` oneof is unset (empty or from a newer protocol). */
  EMPTY_BODY: 'E_EMPTY_BODY',
  /** Trailing bytes after a message that should fill its buffer. */
  TRAILING_BYTES: 'E_TRAILING_BYTES',
  /** Payload checksum mismatch. */
  CHECKSUM: 'E_CHECKSUM',
  /** Length prefix above the message limit. */
  MESSAGE_TOO_LARGE: 'E_MESSAGE_TOO_LARGE',
  /** Frame header length above the header limit. */
  HEADER_TOO_LARGE: 'E_HEADER_TOO_LARGE',
  /** Frame payload above frameBytesMax. */
  FRAME_TOO_LARGE: 'E_FRAME_TOO_LARGE',
  /** Shape rank above the limit. */
  RANK_TOO_LARGE: 'E_RANK_TOO_LARGE',
  /** Shape element count above the limit. */
  TOO_MANY_ELEMENTS: 'E_TOO_MANY_ELEMENTS',
  /** Unknown or unset frame kind. */
  KIND: 'E_KIND',
  /** Unknown or unset dtype. */
  DTYPE: 'E_DTYPE',
  /** A dimension that is not a non-negative integer within limits. */
  SHAPE: 'E_SHAPE',
  /** Shape x dtype size disagrees with rawBytes, or the payload size with the codec's size. */
  SIZE_MISMATCH: 'E_SIZE_MISMATCH',
  /** index/count of a multi-frame tensor out of range. */
  FRAME_INDEX: 'E_FRAME_INDEX',
  /** A 64-bit field beyond 2^53 (not exactly representable). */
  RANGE: 'E_RANGE',
  /** Frame for another run. */
  WRONG_RUN: 'E_WRONG_RUN',
  /** Frame from an older plan epoch. */
  STALE_EPOCH: 'E_STALE_EPOCH',
  /** Frame from a newer plan epoch than the receiver knows. */
  FUTURE_EPOCH: 'E_FUTURE_EPOCH',
  /** Step outside the receiver's window. */
  STEP: 'E_STEP',
  /** Micro-batch index outside the step's micro-batches. */
  MICRO_BATCH: 'E_MICRO_BATCH',
  /** Sender field does not match the stream's remote peer. */
  SENDER: 'E_SENDER',
  /** NaN or infinity in a tensor. */
  NOT_FINITE: 'E_NOT_FINITE',
  /** A stored format version this build cannot read. */
  FORMAT_VERSION: 'E_FORMAT_VERSION',
  /** The stream closed or reset while writing. */
  STREAM_CLOSED: 'E_STREAM_CLOSED',
} as const

export type WireErrorCode = (typeof WireErrorCode)[keyof typeof WireErrorCode]
