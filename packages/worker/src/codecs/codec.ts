// The one interface every tensor codec implements, and helpers they share. A codec turns a flat
// Float32Array into a frame's (codec id, codec_params, payload) and back; the frame header carries
// the first two, so a receiver knows how to decode and can refuse a payload that does not match.

import { CODEC_ELEMENTS_MAX } from './constants.js'
import { mismatchError, paramsError, tooLargeError } from './errors.js'

/** What goes into a tensor frame: header `codec`, header `codec_params`, and the payload bytes. */
export interface EncodedTensor {
  codec: string
  params: Uint8Array
  payload: Uint8Array
}

export interface EncodeContext {
  /** Training step: with `microBatch`, seeds stochastic rounding (same inputs, same bytes). */
  step?: number
  microBatch?: number
  /**
   * Delta codecs: the stable id of each sample (sequence) in the tensor, in row order; the tensor
   * is `sampleIds.length` equal slices.
   */
  sampleIds?: readonly number[]
}

export interface DecodeContext {
  /** Element count from the frame header's shape: a payload claiming another size is refused. */
  elementCount: number
  /** Delta codecs: the sample ids the frame carries (from the frame's batch metadata). */
  sampleIds?: readonly number[]
  /**
   * Optional destination (length must equal elementCount), to avoid an allocation. When decode
   * throws, it may hold partial output: pass a scratch buffer, never live state.
   */
  out?: Float32Array
}

/**
 * A tensor codec. Decisions every codec follows:
 * - NaN/Inf: **rejected**. `encode` throws ValidationError E_NON_FINITE on a non-finite input (and
 *   E_CODEC_RANGE on a finite value the format cannot carry, e.g. beyond fp16), so nothing
 *   non-finite is ever sent; `decode` throws E_NON_FINITE on a payload holding one, so a decoded
 *   tensor is always finite.
 * - A payload whose params do not parse (DecodeError E_CODEC_PARAMS), disagree with the codec id or
 *   the context (ValidationError E_CODEC_MISMATCH) or whose length is not what the params imply
 *   (DecodeError E_CODEC_PAYLOAD_LENGTH) is refused before anything is written to state.
 */
export interface TensorCodec {
  /** The header's codec id: fp32, fp16, q<k>, q<k>-delta. */
  readonly id: string
  /** True when encode/decode use state kept between calls (delta caches): one instance per link end. */
  readonly stateful: boolean
  encode(tensor: Float32Array, ctx?: EncodeContext): EncodedTensor
  decode(encoded: EncodedTensor, ctx: DecodeContext): Float32Array
}

export function checkElementCount(codec: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw mismatchError(`${codec}: element count ${n} is not a count`, { codec })
  if (n > CODEC_ELEMENTS_MAX) throw tooLargeError(codec, n, CODEC_ELEMENTS_MAX)
}

/** The encoded tensor must carry this codec's id. */
export function checkCodecId(expected: string, encoded: EncodedTensor): void {
  if (encoded.codec !== expected) {
    throw mismatchError(`frame codec '${encoded.codec}' handed to the ${expected} codec`, {
      expected,
      actual: encoded.codec,
    })
  }
}

export function checkVersion(codec: string, version: number, supported: number): void {
  if (version !== supported) {
    throw paramsError(`${codec}: codec params version ${version}, this build reads ${supported} (upgrade the older peer)`, {
      codec,
      version,
    })
  }
}

/** The params' element count must equal the header's. */
export function checkSameCount(codec: string, fromParams: number, ctx: DecodeContext): void {
  if (fromParams !== ctx.elementCount) {
    throw mismatchError(`${codec}: params say ${fromParams} elements, the header says ${ctx.elementCount}`, {
      codec,
      params: fromParams,
      header: ctx.elementCount,
    })
  }
}

export function outputFor(codec: string, ctx: DecodeContext): Float32Array {
  if (ctx.out === undefined) return new Float32Array(ctx.elementCount)
  if (ctx.out.length !== ctx.elementCount) {
    throw mismatchError(`${codec}: output buffer holds ${ctx.out.length} elements, the header says ${ctx.elementCount}`, {
      codec,
    })
  }
  return ctx.out
}

/**
 * A view of `bytes` as 16-bit words; copies when the bytes do not start on an even address (a
 * payload sliced out of a stream buffer may not).
 */
export function u16View(bytes: Uint8Array, byteStart: number, count: number): Uint16Array {
  const offset = bytes.byteOffset + byteStart
  if (offset % 2 === 0) return new Uint16Array(bytes.buffer, offset, count)
  const copy = new Uint8Array(count * 2)
  copy.set(bytes.subarray(byteStart, byteStart + count * 2))
  return new Uint16Array(copy.buffer)
}

/** Same for 32-bit floats. */
export function f32View(bytes: Uint8Array, byteStart: number, count: number): Float32Array {
  const offset = bytes.byteOffset + byteStart
  if (offset % 4 === 0) return new Float32Array(bytes.buffer, offset, count)
  const copy = new Uint8Array(count * 4)
  copy.set(bytes.subarray(byteStart, byteStart + count * 4))
  return new Float32Array(copy.buffer)
}

/** The wire is little-endian and the kernels use typed-array views: refuse to run elsewhere. */
export function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
    throw new Error('tandem codecs need a little-endian machine (every supported platform is)')
  }
}
