// The codecs' error codes. Classes come from @tandem/proto: DecodeError for bytes that do not parse,
// ValidationError for values that parse but break a rule (mismatch with the header, non-finite
// values), LimitError for sizes past a limit. Callers branch on `name` and `code`.
import { DecodeError, LimitError, ValidationError } from '@tandem/proto'

export const CodecErrorCode = {
  /** The codec id is not one this build knows. */
  UNKNOWN: 'E_CODEC_UNKNOWN',
  /** codec_params bytes are truncated, have an unknown version, or hold an impossible value. */
  PARAMS: 'E_CODEC_PARAMS',
  /** codec_params parse but disagree with the header or the context (codec id, size, step...). */
  MISMATCH: 'E_CODEC_MISMATCH',
  /** The payload is not exactly as long as the parameters imply. */
  PAYLOAD_LENGTH: 'E_CODEC_PAYLOAD_LENGTH',
  /** NaN or ±Inf in a tensor to encode or in a decoded payload. */
  NON_FINITE: 'E_NON_FINITE',
  /** A finite value that the wire format cannot carry (beyond fp16 range). */
  RANGE: 'E_CODEC_RANGE',
  /** Delta mode: the receiver lacks the base the sender refers to (newly joined, evicted, lost frame). */
  DELTA_BASE: 'E_DELTA_BASE',
  /** A tensor larger than a codec accepts. */
  TOO_LARGE: 'E_CODEC_TOO_LARGE',
  /** Update sync: the parameter vector handed in is not the size the sync was made for. */
  SYNC_SIZE: 'E_SYNC_SIZE',
} as const

export function paramsError(message: string, data?: Record<string, unknown>): DecodeError {
  return new DecodeError(CodecErrorCode.PARAMS, message, data)
}

export function mismatchError(message: string, data?: Record<string, unknown>): ValidationError {
  return new ValidationError(CodecErrorCode.MISMATCH, message, data)
}

export function payloadLengthError(codec: string, expected: number, actual: number): DecodeError {
  return new DecodeError(
    CodecErrorCode.PAYLOAD_LENGTH,
    `${codec} payload is ${actual} bytes, its parameters imply ${expected}`,
    { codec, expected, actual },
  )
}

export function nonFiniteError(codec: string, index: number, where: 'input' | 'payload'): ValidationError {
  return new ValidationError(
    CodecErrorCode.NON_FINITE,
    `${codec}: non-finite value (NaN or Inf) at element ${index} of the ${where}`,
    { codec, index, where },
  )
}

export function rangeError(codec: string, index: number, value: number): ValidationError {
  return new ValidationError(
    CodecErrorCode.RANGE,
    `${codec}: value ${value} at element ${index} is beyond the fp16 range the format carries`,
    { codec, index, value },
  )
}

export function tooLargeError(codec: string, elements: number, max: number): LimitError {
  return new LimitError(CodecErrorCode.TOO_LARGE, `${codec}: ${elements} elements exceed the limit ${max}`, {
    codec,
    elements,
    max,
  })
}
