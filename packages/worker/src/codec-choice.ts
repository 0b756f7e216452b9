// Turns the plan's codec choices (control.proto CodecSpec: an id plus params) into codec
// instances from ./codecs. Stateful codecs (delta) get one instance per link end.
import { DeltaActivationCodec } from './codecs/delta-codec.js'
import { Fp16Codec, Fp32Codec } from './codecs/float-codecs.js'
import type { TensorCodec } from './codecs/codec.js'
import { QuantizedCodec } from './codecs/quantized-codec.js'
import { UserError } from '@tandem/proto'

/** Codec ids this worker implements (reported in its capabilities). */
export const ACTIVATION_CODECS = ['fp32', 'fp16', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q4-delta', 'q8-delta'] as const

export function activationCodec(id: string | null | undefined, options: { seed?: number } = {}): TensorCodec {
  const codec = id === undefined || id === null || id === '' ? 'fp32' : id
  if (codec === 'fp32') return new Fp32Codec()
  if (codec === 'fp16') return new Fp16Codec()
  const q = /^q([2-8])$/.exec(codec)
  if (q !== null) return new QuantizedCodec({ bits: Number(q[1]), seed: options.seed ?? 0 })
  const d = /^q([2-8])-delta$/.exec(codec)
  if (d !== null) return new DeltaActivationCodec({ bits: Number(d[1]) })
  throw new UserError(`the plan asks for activation codec '${codec}', which this worker does not implement (known: ${ACTIVATION_CODECS.join(', ')}).`)
}
