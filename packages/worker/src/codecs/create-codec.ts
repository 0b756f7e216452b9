// Codec ids -> codec instances: the one place that knows every activation codec id. A receiver
// makes its decoder from the frame header's id; a sender from the plan's codec settings.
import { ValidationError } from '@tandem/proto'
import type { TensorCodec } from './codec.js'
import { type DeltaCodecInit, DeltaActivationCodec } from './delta-codec.js'
import { CodecErrorCode } from './errors.js'
import { Fp16Codec, Fp32Codec } from './float-codecs.js'
import { QuantizedCodec, type QuantizedCodecInit } from './quantized-codec.js'

export type CodecInit = Omit<QuantizedCodecInit, 'bits'> & Omit<DeltaCodecInit, 'bits'>

export interface ParsedCodecId {
  kind: 'fp32' | 'fp16' | 'quantized' | 'delta'
  bits?: number
}

/** Parses fp32, fp16, q<k>, q<k>-delta (k in 2..8); undefined for anything else. */
export function parseCodecId(id: string): ParsedCodecId | undefined {
  if (id === 'fp32' || id === 'fp16') return { kind: id }
  const m = /^q([2-8])(-delta)?$/.exec(id)
  if (m === null) return undefined
  return { kind: m[2] === undefined ? 'quantized' : 'delta', bits: Number(m[1]) }
}

/**
 * A codec for an activation-frame codec id. Stateful codecs (q<k>-delta) must be made once per
 * link end and kept; stateless ones may be shared.
 */
export function createCodec(id: string, init: CodecInit = {}): TensorCodec {
  const p = parseCodecId(id)
  if (p === undefined) {
    throw new ValidationError(CodecErrorCode.UNKNOWN, `unknown codec '${id}' (known: fp32, fp16, q2..q8, q2-delta..q8-delta)`, { codec: id })
  }
  switch (p.kind) {
    case 'fp32':
      return new Fp32Codec()
    case 'fp16':
      return new Fp16Codec()
    case 'quantized':
      return new QuantizedCodec({ ...init, bits: p.bits! })
    case 'delta':
      return new DeltaActivationCodec({ ...init, bits: p.bits! })
  }
}
