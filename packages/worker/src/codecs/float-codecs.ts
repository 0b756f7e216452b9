// The uncompressed baselines: fp32 (the tensor's bytes) and fp16 (round to nearest even; values
// beyond fp16's range are refused rather than sent as inf).
import {
  assertLittleEndian,
  checkCodecId,
  checkElementCount,
  checkSameCount,
  checkVersion,
  type DecodeContext,
  type EncodedTensor,
  f32View,
  outputFor,
  type TensorCodec,
  u16View,
} from './codec.js'
import { CODEC_PARAMS_VERSION } from './constants.js'
import { nonFiniteError, payloadLengthError, rangeError } from './errors.js'
import { f16ToF32Array, f32ToF16Array } from './half.js'
import { ParamsReader, ParamsWriter } from './params.js'

assertLittleEndian()

// params: u8 version | u64 elementCount
function writeCountParams(n: number): Uint8Array {
  return new ParamsWriter(9).u8(CODEC_PARAMS_VERSION).u64(n).finish()
}

function readCountParams(codec: string, params: Uint8Array): number {
  const r = new ParamsReader(params, codec)
  checkVersion(codec, r.u8(), CODEC_PARAMS_VERSION)
  const n = r.u64()
  r.end()
  return n
}

/** Index of the first non-finite value in src[0..n), or -1 (one multiply-add per element). */
export function firstNonFiniteIndex(src: Float32Array): number {
  let acc = 0
  for (let i = 0; i < src.length; i++) acc += src[i]! * 0
  if (acc === 0) return -1
  for (let i = 0; i < src.length; i++) if (!Number.isFinite(src[i]!)) return i
  return -1
}

export class Fp32Codec implements TensorCodec {
  readonly id = 'fp32'
  readonly stateful = false

  encode(tensor: Float32Array): EncodedTensor {
    checkElementCount(this.id, tensor.length)
    const bad = firstNonFiniteIndex(tensor)
    if (bad >= 0) throw nonFiniteError(this.id, bad, 'input')
    // A copy: the caller may reuse its buffer while the frame is still queued.
    const payload = new Uint8Array(tensor.length * 4)
    payload.set(new Uint8Array(tensor.buffer, tensor.byteOffset, tensor.byteLength))
    return { codec: this.id, params: writeCountParams(tensor.length), payload }
  }

  decode(encoded: EncodedTensor, ctx: DecodeContext): Float32Array {
    checkCodecId(this.id, encoded)
    const n = readCountParams(this.id, encoded.params)
    checkSameCount(this.id, n, ctx)
    if (encoded.payload.length !== n * 4) throw payloadLengthError(this.id, n * 4, encoded.payload.length)
    const src = f32View(encoded.payload, 0, n)
    const bad = firstNonFiniteIndex(src)
    if (bad >= 0) throw nonFiniteError(this.id, bad, 'payload')
    const out = outputFor(this.id, ctx)
    out.set(src)
    return out
  }
}

export class Fp16Codec implements TensorCodec {
  readonly id = 'fp16'
  readonly stateful = false

  encode(tensor: Float32Array): EncodedTensor {
    checkElementCount(this.id, tensor.length)
    const payload = new Uint8Array(tensor.length * 2)
    const bad = f32ToF16Array(tensor, 0, tensor.length, new Uint16Array(payload.buffer), 0)
    if (bad >= 0) {
      const v = tensor[bad]!
      throw Number.isFinite(v) ? rangeError(this.id, bad, v) : nonFiniteError(this.id, bad, 'input')
    }
    return { codec: this.id, params: writeCountParams(tensor.length), payload }
  }

  decode(encoded: EncodedTensor, ctx: DecodeContext): Float32Array {
    checkCodecId(this.id, encoded)
    const n = readCountParams(this.id, encoded.params)
    checkSameCount(this.id, n, ctx)
    if (encoded.payload.length !== n * 2) throw payloadLengthError(this.id, n * 2, encoded.payload.length)
    const out = outputFor(this.id, ctx)
    const bad = f16ToF32Array(u16View(encoded.payload, 0, n), 0, n, out, 0)
    if (bad >= 0) throw nonFiniteError(this.id, bad, 'payload')
    return out
  }
}
