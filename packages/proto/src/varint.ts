// Unsigned LEB128 varints for length prefixes (the same encoding protobuf uses for lengths),
// restricted to values below 2^32 and to at most LENGTH_PREFIX_BYTES_MAX bytes.
import { LENGTH_PREFIX_BYTES_MAX } from './constants.js'
import { DecodeError, WireErrorCode } from './errors.js'

/** Bytes the varint of `value` takes. */
export function varintLength(value: number): number {
  let n = 1
  while (value >= 0x80) {
    value = Math.floor(value / 128)
    n++
  }
  return n
}

/** Writes the varint of `value` (an integer in [0, 2^32)) at `offset`; returns the end offset. */
export function writeVarint(value: number, target: Uint8Array, offset = 0): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`varint out of range: ${value}`)
  while (value >= 0x80) {
    target[offset++] = (value & 0x7f) | 0x80
    value = Math.floor(value / 128)
  }
  target[offset++] = value
  return offset
}

export function encodeVarint(value: number): Uint8Array {
  const out = new Uint8Array(varintLength(value))
  writeVarint(value, out)
  return out
}

/**
 * Accumulates varint bytes one at a time. `push` returns the value once the last byte arrives,
 * undefined while more are needed, and throws DecodeError on an overlong or non-minimal varint.
 */
export class VarintParser {
  #value = 0
  #shift = 0
  #count = 0

  push(byte: number): number | undefined {
    if (this.#count >= LENGTH_PREFIX_BYTES_MAX) throw badVarint()
    this.#value += (byte & 0x7f) * 2 ** this.#shift
    this.#shift += 7
    this.#count++
    if (byte & 0x80) return undefined
    // A final 0 byte after the first one means a non-minimal encoding; refuse it so that each
    // value has one encoding. A 5th byte above 0x0f overflows 32 bits.
    if ((byte === 0 && this.#count > 1) || this.#value > 0xffffffff) throw badVarint()
    return this.#value
  }

  get started(): boolean {
    return this.#count > 0
  }
}

function badVarint(): DecodeError {
  return new DecodeError(WireErrorCode.BAD_VARINT, 'malformed length prefix (overlong or non-minimal varint)')
}

/** Decodes a varint at `offset` of a complete buffer: `{ value, end }`, or DecodeError. */
export function readVarint(bytes: Uint8Array, offset = 0): { value: number; end: number } {
  const parser = new VarintParser()
  for (let i = offset; i < bytes.length; i++) {
    const value = parser.push(bytes[i]!)
    if (value !== undefined) return { value, end: i + 1 }
  }
  throw new DecodeError(WireErrorCode.TRUNCATED, 'input ended inside a length prefix')
}
