// The one suite every activation codec passes: round trip, empty and odd sizes, NaN/Inf rejected
// (the project's decision: never encoded, never decoded), bounded error for quantizers,
// determinism given a seed, and refusal of a payload that does not match its header.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CodecErrorCode,
  type DecodeContext,
  DeltaActivationCodec,
  type EncodeContext,
  type EncodedTensor,
  Fp16Codec,
  Fp32Codec,
  QuantizedCodec,
  type TensorCodec,
} from '../../../src/codecs/index.js'
import { gaussian } from './helpers.js'

interface Case {
  name: string
  /** A fresh (encoder, decoder) pair: stateful codecs need one instance per link end. */
  make(): { enc: TensorCodec; dec: TensorCodec }
  /** Sizes this codec accepts (channel grouping needs whole rows). */
  sizes: number[]
  ctx(n: number): EncodeContext
  /** Largest allowed |x - y| per element for input x (undefined: exact). */
  bound?(x: Float32Array): Float32Array
  /** Seeded codecs: encoding twice with different seeds gives different bytes. */
  seeded?: boolean
}

// Per-group bound for symmetric k-bit quantization with the scale rounded up to fp16:
// nearest rounding is within half a step, stochastic within one step.
function groupBound(bits: number, group: number, steps: number) {
  return (x: Float32Array): Float32Array => {
    const qmax = 2 ** (bits - 1) - 1
    const out = new Float32Array(x.length)
    for (let s = 0; s < x.length; s += group) {
      let m = 0
      for (let i = s; i < Math.min(s + group, x.length); i++) m = Math.max(m, Math.abs(x[i]!))
      const step = (m / qmax) * (1 + 2 ** -10) + 2 ** -24
      for (let i = s; i < Math.min(s + group, x.length); i++) out[i] = steps * step * (1 + 1e-6) + 1e-30
    }
    return out
  }
}

function channelBound(bits: number, channels: number) {
  return (x: Float32Array): Float32Array => {
    const qmax = 2 ** (bits - 1) - 1
    const m = new Float64Array(channels)
    for (let i = 0; i < x.length; i++) m[i % channels] = Math.max(m[i % channels]!, Math.abs(x[i]!))
    return Float32Array.from(x, (_, i) => 0.5 * ((m[i % channels]! / qmax) * (1 + 2 ** -10) + 2 ** -24) * (1 + 1e-6))
  }
}

const SIZES = [0, 1, 2, 7, 8, 9, 63, 64, 65, 127, 129, 1000, 4099]
const stateless = (codec: () => TensorCodec) => () => ({ enc: codec(), dec: codec() })

const CASES: Case[] = [
  { name: 'fp32', make: stateless(() => new Fp32Codec()), sizes: SIZES, ctx: () => ({}) },
  {
    name: 'fp16',
    make: stateless(() => new Fp16Codec()),
    sizes: SIZES,
    ctx: () => ({}),
    bound: (x) => Float32Array.from(x, (v) => Math.abs(v) * 2 ** -11 + 2 ** -25),
  },
  ...[2, 3, 4, 5, 6, 7, 8].map(
    (bits): Case => ({
      name: `q${bits} block 64`,
      make: stateless(() => new QuantizedCodec({ bits, groupSize: 64 })),
      sizes: SIZES,
      ctx: () => ({}),
      bound: groupBound(bits, 64, 0.5),
    }),
  ),
  {
    name: 'q4 block 8',
    make: stateless(() => new QuantizedCodec({ bits: 4, groupSize: 8 })),
    sizes: SIZES,
    ctx: () => ({}),
    bound: groupBound(4, 8, 0.5),
  },
  {
    name: 'q8 stochastic',
    make: stateless(() => new QuantizedCodec({ bits: 8, rounding: 'stochastic', seed: 7 })),
    sizes: SIZES,
    ctx: () => ({ step: 3, microBatch: 1 }),
    bound: groupBound(8, 64, 1),
    seeded: true,
  },
  {
    name: 'q3 stochastic',
    make: stateless(() => new QuantizedCodec({ bits: 3, rounding: 'stochastic', seed: 7, groupSize: 16 })),
    sizes: SIZES,
    ctx: () => ({ step: 3, microBatch: 1 }),
    bound: groupBound(3, 16, 1),
    seeded: true,
  },
  ...[4, 8].map(
    (bits): Case => ({
      name: `q${bits} channel 7`,
      make: stateless(() => new QuantizedCodec({ bits, grouping: 'channel', groupSize: 7 })),
      sizes: [0, 7, 14, 63, 700, 4095],
      ctx: () => ({}),
      bound: channelBound(bits, 7),
    }),
  ),
  {
    // Delta mode on first sight sends full fp16 values: the suite exercises that path; the delta
    // path has its own tests.
    name: 'q4-delta',
    make: () => ({ enc: new DeltaActivationCodec({ bits: 4 }), dec: new DeltaActivationCodec({ bits: 4 }) }),
    sizes: SIZES,
    ctx: () => ({ sampleIds: [42], step: 100 }),
    bound: (x) => Float32Array.from(x, (v) => Math.abs(v) * 2 ** -11 + 2 ** -25),
  },
]

function decodeCtx(c: Case, n: number): DecodeContext {
  const ids = c.ctx(n).sampleIds
  return ids === undefined ? { elementCount: n } : { elementCount: n, sampleIds: ids }
}

function expectCode(fn: () => unknown, names: string[], codes: string[]): void {
  try {
    fn()
  } catch (err) {
    const e = err as { name?: string; code?: string }
    expect(names).toContain(e.name)
    expect(codes).toContain(e.code)
    return
  }
  throw new Error('expected a typed error')
}

function copy(m: EncodedTensor): EncodedTensor {
  return { codec: m.codec, params: m.params.slice(), payload: m.payload.slice() }
}

describe.each(CASES)('codec $name', (c) => {
  it('round-trips every size, within its error bound', () => {
    for (const n of c.sizes) {
      const { enc, dec } = c.make()
      const x = gaussian(n, 1000 + n, 3)
      const m = enc.encode(x, c.ctx(n))
      const y = dec.decode(copy(m), decodeCtx(c, n))
      expect(y.length).toBe(n)
      if (c.bound === undefined) {
        expect(Array.from(y)).toEqual(Array.from(x))
        continue
      }
      const b = c.bound(x)
      for (let i = 0; i < n; i++) {
        if (!(Math.abs(y[i]! - x[i]!) <= b[i]!)) throw new Error(`n=${n} i=${i}: |${y[i]} - ${x[i]}| > ${b[i]}`)
      }
    }
  })

  it('decodes into a given buffer, also from a payload at an odd byte offset', () => {
    const n = c.sizes.at(-1)!
    const { enc, dec } = c.make()
    const x = gaussian(n, 5, 1)
    const m = enc.encode(x, c.ctx(n))
    const shifted = new Uint8Array(m.payload.length + 1)
    shifted.set(m.payload, 1)
    const out = new Float32Array(n)
    const y = dec.decode({ ...m, payload: shifted.subarray(1) }, { ...decodeCtx(c, n), out })
    expect(y).toBe(out)
    const ref = c.make()
    expect(Array.from(y)).toEqual(Array.from(ref.dec.decode(ref.enc.encode(x, c.ctx(n)), decodeCtx(c, n))))
  })

  it('keeps zeros and exact small integers where the format can', () => {
    const n = c.sizes.find((s) => s >= 64) ?? 63
    const { enc, dec } = c.make()
    const y = dec.decode(enc.encode(new Float32Array(n), c.ctx(n)), decodeCtx(c, n))
    expect(y.every((v) => v === 0)).toBe(true)
  })

  it('refuses NaN and ±Inf at encode time, with the index, and stays usable', () => {
    const n = c.sizes.at(-1)!
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const at of [0, Math.floor(n / 2), n - 1]) {
        const { enc, dec } = c.make()
        const x = gaussian(n, 9, 1)
        x[at] = bad
        try {
          enc.encode(x, c.ctx(n))
          throw new Error('encoded a non-finite tensor')
        } catch (err) {
          const e = err as { name: string; code: string; data?: { index?: number } }
          expect(e.name).toBe('ValidationError')
          expect(e.code).toBe(CodecErrorCode.NON_FINITE)
          expect(e.data?.index).toBe(at)
        }
        x[at] = 0
        const y = dec.decode(enc.encode(x, c.ctx(n)), decodeCtx(c, n))
        expect(y.every(Number.isFinite)).toBe(true)
      }
    }
  })

  it('is deterministic given its seed', () => {
    const n = c.sizes.at(-1)!
    const x = gaussian(n, 11, 2)
    const a = c.make().enc.encode(x, c.ctx(n))
    const b = c.make().enc.encode(x, c.ctx(n))
    if (c.name.endsWith('-delta')) {
      // Version numbers start at a random value per instance (a restarted sender never reuses one).
      expect(Buffer.from(a.payload).equals(Buffer.from(b.payload))).toBe(true)
      return
    }
    expect(Buffer.from(a.params).equals(Buffer.from(b.params))).toBe(true)
    expect(Buffer.from(a.payload).equals(Buffer.from(b.payload))).toBe(true)
    if (c.seeded) {
      const other = c.make().enc.encode(x, { ...c.ctx(n), step: 4 })
      expect(Buffer.from(other.payload).equals(Buffer.from(a.payload))).toBe(false)
    }
  })

  it('refuses a payload that does not match its header', () => {
    const n = c.sizes.at(-1)!
    const x = gaussian(n, 13, 1)
    const fresh = () => {
      const { enc, dec } = c.make()
      return { m: enc.encode(x, c.ctx(n)), dec }
    }
    // Another element count than the header's shape.
    {
      const { m, dec } = fresh()
      expectCode(() => dec.decode(m, { ...decodeCtx(c, n), elementCount: n + 1 }), ['ValidationError'], [CodecErrorCode.MISMATCH])
    }
    // A payload one byte short or long.
    for (const delta of [-1, 1]) {
      const { m, dec } = fresh()
      const payload = new Uint8Array(m.payload.length + delta)
      payload.set(m.payload.subarray(0, Math.min(m.payload.length, payload.length)))
      expectCode(() => dec.decode({ ...m, payload }, decodeCtx(c, n)), ['DecodeError'], [CodecErrorCode.PAYLOAD_LENGTH])
    }
    // Truncated or extended params, an unknown params version.
    {
      const { m, dec } = fresh()
      expectCode(() => dec.decode({ ...m, params: m.params.subarray(0, m.params.length - 1) }, decodeCtx(c, n)), ['DecodeError'], [CodecErrorCode.PARAMS])
      const longer = new Uint8Array(m.params.length + 1)
      longer.set(m.params)
      expectCode(() => dec.decode({ ...m, params: longer }, decodeCtx(c, n)), ['DecodeError'], [CodecErrorCode.PARAMS])
      const v2 = m.params.slice()
      v2[0] = 2
      expectCode(() => dec.decode({ ...m, params: v2 }, decodeCtx(c, n)), ['DecodeError'], [CodecErrorCode.PARAMS])
    }
    // Another codec id in the header.
    {
      const { m, dec } = fresh()
      expectCode(() => dec.decode({ ...m, codec: m.codec === 'fp16' ? 'fp32' : 'fp16' }, decodeCtx(c, n)), ['ValidationError'], [CodecErrorCode.MISMATCH])
    }
  })

  it('ends random params and payloads in a typed error or a finite tensor, never a crash', () => {
    const { enc } = c.make()
    const n = c.sizes.find((s) => s >= 60)!
    const good = enc.encode(gaussian(n, 1, 1), c.ctx(n))
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.uint8Array({ maxLength: 600 }),
        fc.boolean(),
        fc.boolean(),
        (params, payload, keepParams, keepPayload) => {
          const { dec } = c.make()
          const m = {
            codec: good.codec,
            params: keepParams ? good.params : params,
            payload: keepPayload ? good.payload.slice() : payload,
          }
          if (!keepPayload && keepParams && payload.length > 0) m.payload = payload
          try {
            const y = dec.decode(m, decodeCtx(c, n))
            expect(y.length).toBe(n)
            expect(y.every(Number.isFinite)).toBe(true)
          } catch (err) {
            expect(['DecodeError', 'ValidationError', 'LimitError']).toContain((err as Error).name)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses a payload that smuggles inf or NaN in', () => {
    if (c.name === 'fp32') {
      const n = 8
      const m = new Fp32Codec().encode(new Float32Array(n))
      new Float32Array(m.payload.buffer)[3] = Number.NaN
      expectCode(() => new Fp32Codec().decode(m, { elementCount: n }), ['ValidationError'], [CodecErrorCode.NON_FINITE])
      return
    }
    const n = c.sizes.find((s) => s >= 64)!
    const { enc, dec } = c.make()
    const m = copy(enc.encode(gaussian(n, 3, 1), c.ctx(n)))
    // fp16 values and fp16 scales both sit at the start of the payload: make the first one inf.
    m.payload[0] = 0x00
    m.payload[1] = 0x7c
    expectCode(() => dec.decode(m, decodeCtx(c, n)), ['ValidationError'], [CodecErrorCode.NON_FINITE])
  })
})

describe('fp16 and quantizer range', () => {
  it('refuses finite values beyond fp16 instead of sending inf', () => {
    const x = new Float32Array([1, 70000, 2])
    expectCode(() => new Fp16Codec().encode(x), ['ValidationError'], [CodecErrorCode.RANGE])
    expect(Array.from(new Fp16Codec().decode(new Fp16Codec().encode(new Float32Array([65504, -65504])), { elementCount: 2 }))).toEqual([65504, -65504])
    // q8 scales reach 65504 * 127: beyond that, refused.
    expectCode(() => new QuantizedCodec({ bits: 8 }).encode(new Float32Array([1e10])), ['ValidationError'], [CodecErrorCode.RANGE])
  })
})
