// q<k>: fixed-point k-bit activations (k in 2..8) with one fp16 scale per group, bit-packed.
// Groups are contiguous blocks (default) or channels of a row-major [rows, channels] tensor;
// rounding is to nearest (activations) or stochastic (an option for activation gradients).
import {
  assertLittleEndian,
  checkCodecId,
  checkElementCount,
  checkSameCount,
  checkVersion,
  type DecodeContext,
  type EncodeContext,
  type EncodedTensor,
  outputFor,
  type TensorCodec,
  u16View,
} from './codec.js'
import { CODEC_PARAMS_VERSION, DEFAULT_ACTIVATION_GROUP, DEFAULT_FORWARD_BITS } from './constants.js'
import { mismatchError, nonFiniteError, paramsError, payloadLengthError } from './errors.js'
import { ParamsReader, ParamsWriter } from './params.js'
import {
  checkScales,
  dequantizeBlocks,
  dequantizeChannels,
  packedBytes,
  quantizeBlocks,
  scaleBytes,
  quantizeChannels,
  type Rounding,
} from './quantize.js'
import { seedOf } from './rng.js'

assertLittleEndian()

export type Grouping = 'block' | 'channel'

export interface QuantizedCodecInit {
  /** Bits per value, 2..8 (default 4, AC-SGD's forward setting). */
  bits?: number
  /** 'block': groupSize contiguous values per scale; 'channel': one scale per channel. */
  grouping?: Grouping
  /** Block: values per scale (a multiple of 8). Channel: the channel count (the tensor's last dim). */
  groupSize?: number
  rounding?: Rounding
  /** Stochastic rounding seed; mixed with the step and micro-batch of each encode. */
  seed?: number
}

export interface QuantizedParams {
  bits: number
  grouping: Grouping
  groupSize: number
  rounding: Rounding
  elementCount: number
  seed: number
}

/** Largest group: beyond this a single scale is meaningless and the params are garbage. */
const GROUP_SIZE_MAX = 2 ** 24

export function isValidBits(bits: number): boolean {
  return Number.isInteger(bits) && bits >= 2 && bits <= 8
}

/** Validates a group layout for n elements; returns an error message or undefined. */
export function groupProblem(grouping: Grouping, groupSize: number, n: number): string | undefined {
  if (!Number.isInteger(groupSize) || groupSize < 1 || groupSize > GROUP_SIZE_MAX) return `group size ${groupSize} is out of range`
  if (grouping === 'block' && groupSize % 8 !== 0) return `block size ${groupSize} is not a multiple of 8`
  if (grouping === 'channel' && n % groupSize !== 0) return `${n} elements are not rows of ${groupSize} channels`
  return undefined
}

export function scaleCount(p: Pick<QuantizedParams, 'grouping' | 'groupSize' | 'elementCount'>): number {
  if (p.elementCount === 0) return 0
  return p.grouping === 'block' ? Math.ceil(p.elementCount / p.groupSize) : p.groupSize
}

export function quantizedPayloadBytes(p: QuantizedParams): number {
  return scaleBytes(scaleCount(p)) + packedBytes(p.elementCount, p.bits)
}

// params: u8 version | u8 bits | u8 grouping (0 block, 1 channel) | u8 rounding (0 nearest,
// 1 stochastic) | u32 groupSize | u64 elementCount | u32 seed
export function writeQuantizedParams(p: QuantizedParams): Uint8Array {
  return new ParamsWriter(20)
    .u8(CODEC_PARAMS_VERSION)
    .u8(p.bits)
    .u8(p.grouping === 'block' ? 0 : 1)
    .u8(p.rounding === 'nearest' ? 0 : 1)
    .u32(p.groupSize)
    .u64(p.elementCount)
    .u32(p.seed)
    .finish()
}

export function readQuantizedParams(codec: string, params: Uint8Array): QuantizedParams {
  const r = new ParamsReader(params, codec)
  checkVersion(codec, r.u8(), CODEC_PARAMS_VERSION)
  const bits = r.u8()
  const g = r.u8()
  const rnd = r.u8()
  const groupSize = r.u32()
  const elementCount = r.u64()
  const seed = r.u32()
  r.end()
  if (!isValidBits(bits)) throw paramsError(`${codec}: ${bits} bits is outside 2..8`, { codec, bits })
  if (g > 1 || rnd > 1) throw paramsError(`${codec}: unknown grouping ${g} or rounding ${rnd}`, { codec })
  const grouping: Grouping = g === 0 ? 'block' : 'channel'
  const problem = groupProblem(grouping, groupSize, elementCount)
  if (problem !== undefined) throw paramsError(`${codec}: ${problem}`, { codec, groupSize, elementCount })
  return { bits, grouping, groupSize, rounding: rnd === 0 ? 'nearest' : 'stochastic', elementCount, seed }
}

/** Quantizes src into a fresh payload laid out as [fp16 scales, padded to 4 bytes][packed codes]. */
export function quantizeToPayload(codec: string, src: Float32Array, p: QuantizedParams): Uint8Array {
  const nScales = scaleCount(p)
  const payload = new Uint8Array(quantizedPayloadBytes(p))
  const scales = new Uint16Array(payload.buffer, 0, nScales)
  if (p.grouping === 'block') {
    quantizeBlocks(codec, src, 0, p.elementCount, p.bits, p.groupSize, p.rounding, p.seed, scales, 0, payload, scaleBytes(nScales))
  } else {
    quantizeChannels(codec, src, p.elementCount, p.bits, p.groupSize, p.rounding, p.seed, scales, 0, payload, scaleBytes(nScales))
  }
  return payload
}

/** Decodes a [scales][codes] payload that has been length-checked against p. */
export function dequantizePayload(codec: string, payload: Uint8Array, p: QuantizedParams, out: Float32Array): void {
  const nScales = scaleCount(p)
  const scales = u16View(payload, 0, nScales)
  const bad = checkScales(scales, 0, nScales)
  if (bad >= 0) throw nonFiniteError(codec, bad, 'payload')
  if (p.grouping === 'block') {
    dequantizeBlocks(scales, 0, payload, scaleBytes(nScales), p.elementCount, p.bits, p.groupSize, out, 0)
  } else {
    dequantizeChannels(scales, 0, payload, scaleBytes(nScales), p.elementCount, p.bits, p.groupSize, out)
  }
}

export class QuantizedCodec implements TensorCodec {
  readonly id: string
  readonly stateful = false
  readonly bits: number
  readonly grouping: Grouping
  readonly groupSize: number
  readonly rounding: Rounding
  private readonly seed: number

  constructor(init: QuantizedCodecInit = {}) {
    this.bits = init.bits ?? DEFAULT_FORWARD_BITS
    if (!isValidBits(this.bits)) throw new RangeError(`quantized codec: bits must be 2..8, got ${this.bits}`)
    this.grouping = init.grouping ?? 'block'
    this.groupSize = init.groupSize ?? DEFAULT_ACTIVATION_GROUP
    const problem = groupProblem(this.grouping, this.groupSize, 0)
    if (problem !== undefined) throw new RangeError(`quantized codec: ${problem}`)
    this.rounding = init.rounding ?? 'nearest'
    this.seed = init.seed ?? 0
    this.id = `q${this.bits}`
  }

  encode(tensor: Float32Array, ctx: EncodeContext = {}): EncodedTensor {
    const n = tensor.length
    checkElementCount(this.id, n)
    const problem = groupProblem(this.grouping, this.groupSize, n)
    if (problem !== undefined) throw mismatchError(`${this.id}: ${problem}`, { codec: this.id })
    const p: QuantizedParams = {
      bits: this.bits,
      grouping: this.grouping,
      groupSize: this.groupSize,
      rounding: this.rounding,
      elementCount: n,
      seed: this.rounding === 'stochastic' ? seedOf(this.seed, ctx.step ?? 0, ctx.microBatch ?? 0) : 0,
    }
    return { codec: this.id, params: writeQuantizedParams(p), payload: quantizeToPayload(this.id, tensor, p) }
  }

  decode(encoded: EncodedTensor, ctx: DecodeContext): Float32Array {
    checkCodecId(this.id, encoded)
    const p = readQuantizedParams(this.id, encoded.params)
    if (p.bits !== this.bits) throw mismatchError(`${this.id}: params say ${p.bits} bits`, { codec: this.id, bits: p.bits })
    checkSameCount(this.id, p.elementCount, ctx)
    const expected = quantizedPayloadBytes(p)
    if (encoded.payload.length !== expected) throw payloadLengthError(this.id, expected, encoded.payload.length)
    const out = outputFor(this.id, ctx)
    dequantizePayload(this.id, encoded.payload, p, out)
    return out
  }
}
