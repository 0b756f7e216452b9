import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteReader } from '../../src/byte-reader.js'
import { writeFrame, readFrame, encodeFrame, decodeFrame, type Frame } from '../../src/frame-codec.js'
import { DecodeError, LimitError, ValidationError, WireErrorCode } from '../../src/errors.js'
import { assertFiniteFloat16, assertFiniteFloat32, frameLimits, payloadView, validateFrameHeader, dtypeBytes } from '../../src/frame-validation.js'
import { control, tensor } from '../../src/messages.js'
import { encodeLengthPrefixed, readMessage, writeMessage } from '../../src/message-framing.js'
import { chunked, MemorySink } from '../helpers/streams.js'

const { DType, FrameKind } = tensor
const kinds = Object.values(FrameKind).filter((v): v is number => typeof v === 'number' && v !== 0)
const dtypes = Object.values(DType).filter((v): v is number => typeof v === 'number' && v !== 0)

/** A header plus a payload that its codec would accept. */
const frameArb = fc
  .record({
    runId: fc.string({ maxLength: 24 }),
    epoch: fc.maxSafeNat(),
    step: fc.maxSafeNat(),
    microBatch: fc.nat(),
    kind: fc.constantFrom(...kinds),
    dtype: fc.constantFrom(...dtypes),
    shape: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 4 }),
    codec: fc.constantFrom('', 'raw', 'q8-delta', 'cocktail'),
    codecParams: fc.uint8Array({ maxLength: 32 }),
    sender: fc.string({ maxLength: 60 }),
    tensorName: fc.string({ maxLength: 60 }),
    stageIndex: fc.nat(64),
    replicaIndex: fc.nat(64),
    lossScale: fc.double({ noNaN: true }),
    opaqueBytes: fc.nat(3000),
    seed: fc.integer(),
  })
  .map(({ opaqueBytes, seed, ...h }) => {
    const elements = h.shape.reduce((a, b) => a * b, 1)
    const size = h.codec === '' || h.codec === 'raw' ? elements * dtypeBytes(h.dtype)! : opaqueBytes
    const payload = new Uint8Array(size)
    let x = seed >>> 0
    for (let i = 0; i < size; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0
      payload[i] = x >>> 24
    }
    return { header: h as tensor.ITensorFrameHeader, payload }
  })

function expectSameFrame(got: Frame | null, want: { header: tensor.ITensorFrameHeader; payload: Uint8Array }): void {
  expect(got).not.toBeNull()
  const h = got!.header
  for (const key of ['runId', 'epoch', 'step', 'microBatch', 'kind', 'dtype', 'codec', 'sender', 'tensorName', 'stageIndex', 'replicaIndex'] as const) {
    expect(h[key], key).toEqual(want.header[key])
  }
  expect(h.shape).toEqual(want.header.shape)
  expect(h.lossScale === want.header.lossScale).toBe(true) // -0 travels as the default 0
  expect(Array.from(h.codecParams)).toEqual(Array.from(want.header.codecParams ?? []))
  expect(h.payloadBytes).toBe(want.payload.byteLength)
  expect(got!.payload).toEqual(want.payload)
  expect(got!.payload.byteOffset % 8).toBe(0)
}

describe('tensor frames', () => {
  it('round-trip through a stream cut anywhere, with backpressure honoured', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(frameArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(20_000), { maxLength: 40 }),
        fc.integer({ min: 1, max: 4096 }),
        async (frames, cuts, capacity) => {
          const sink = new MemorySink(capacity)
          for (const f of frames) await writeFrame(sink, f.header, f.payload, {})
          expect(sink.violations).toBe(0)
          const reader = new ByteReader(chunked(sink.bytes(), cuts))
          for (const f of frames) expectSameFrame(await readFrame(reader), f)
          expect(await readFrame(reader)).toBeNull()
        },
      ),
      { numRuns: 200 },
    )
  })

  it('round-trip through the whole-buffer codec', () => {
    fc.assert(
      fc.property(frameArb, (f) => {
        expectSameFrame(decodeFrame(encodeFrame(f.header, f.payload)), f)
      }),
      { numRuns: 300 },
    )
  })

  it('interleave with length-prefixed envelopes on one stream', async () => {
    await fc.assert(
      fc.asyncProperty(frameArb, fc.array(fc.nat(5000), { maxLength: 20 }), async (f, cuts) => {
        const sink = new MemorySink(512)
        const answer: control.IStateMessage = { answer: { requestId: 7, ok: true, tensors: [{ name: 'x', byteLength: f.payload.byteLength }] } }
        await writeMessage(sink, control.StateMessage, answer)
        await writeFrame(sink, f.header, f.payload)
        await writeMessage(sink, control.StateMessage, { uploadResult: { requestId: 7, ok: true } })
        const reader = new ByteReader(chunked(sink.bytes(), cuts))
        const m1 = await readMessage(reader, control.StateMessage, { messageBytesMax: 1 << 20 })
        expect(m1?.answer?.tensors?.[0]?.byteLength).toBe(f.payload.byteLength)
        expectSameFrame(await readFrame(reader), f)
        const m2 = await readMessage(reader, control.StateMessage, { messageBytesMax: 1 << 20 })
        expect(m2?.body).toBe('uploadResult')
        expect(await readMessage(reader, control.StateMessage, { messageBytesMax: 1 << 20 })).toBeNull()
      }),
      { numRuns: 100 },
    )
  })

  it('splits payloads into bounded sends and waits for drain', async () => {
    const sink = new MemorySink(64 * 1024)
    const payload = new Float32Array(1 << 20) // 4 MiB
    await writeFrame(sink, { kind: FrameKind.FRAME_KIND_ACTIVATION, dtype: DType.DTYPE_FLOAT32, shape: [1024, 1024] }, payload)
    expect(sink.violations).toBe(0)
    expect(sink.peakPending).toBeLessThanOrEqual(64 * 1024 + (1 << 20))
    expect(sink.parts.length).toBeGreaterThanOrEqual(4)
  })
})

describe('frame validation', () => {
  const base: tensor.ITensorFrameHeader = {
    runId: 'r',
    epoch: 5,
    step: 10,
    kind: FrameKind.FRAME_KIND_ACTIVATION,
    dtype: DType.DTYPE_FLOAT32,
    shape: [2, 3],
    codec: 'fp32',
    sender: 'peerA',
  }
  const frame = (h: tensor.ITensorFrameHeader, payload = new Uint8Array(24)): Uint8Array => encodeFrame({ ...base, ...h }, payload)
  const code = (fn: () => unknown): string | undefined => {
    try {
      fn()
    } catch (err) {
      return (err as ValidationError).code
    }
    return undefined
  }

  it('checks codec sizes, dtypes and kinds when encoding and decoding', () => {
    expect(code(() => frame({}, new Uint8Array(20)))).toBe(WireErrorCode.SIZE_MISMATCH)
    expect(code(() => frame({ codec: 'fp16' }, new Uint8Array(12)))).toBeUndefined()
    expect(code(() => frame({ dtype: 0 }))).toBe(WireErrorCode.DTYPE)
    expect(code(() => frame({ dtype: 99 as tensor.DType }))).toBe(WireErrorCode.DTYPE)
    expect(code(() => frame({ kind: 0 }))).toBe(WireErrorCode.KIND)
    expect(code(() => frame({ shape: [1, 2, 3, 4, 5, 6, 7, 8, 9] }))).toBe(WireErrorCode.RANK_TOO_LARGE)
    expect(code(() => frame({ shape: [65536, 65536] }))).toBe(WireErrorCode.TOO_MANY_ELEMENTS)
    expect(code(() => frame({ count: 3, index: 3 }))).toBe(WireErrorCode.FRAME_INDEX)
    expect(code(() => frame({ count: 3, index: 1 }, new Uint8Array(8)))).toBeUndefined()
    expect(code(() => frame({ codec: 'cocktail' }, new Uint8Array(5)))).toBeUndefined()
  })

  it('checks the receiver expectation', () => {
    const bytes = frame({})
    expect(code(() => decodeFrame(bytes, undefined, { epoch: 6 }))).toBe(WireErrorCode.STALE_EPOCH)
    expect(code(() => decodeFrame(bytes, undefined, { epoch: 4 }))).toBe(WireErrorCode.FUTURE_EPOCH)
    expect(code(() => decodeFrame(bytes, undefined, { runId: 'other' }))).toBe(WireErrorCode.WRONG_RUN)
    expect(code(() => decodeFrame(bytes, undefined, { stepMin: 11 }))).toBe(WireErrorCode.STEP)
    expect(code(() => decodeFrame(bytes, undefined, { sender: 'peerB' }))).toBe(WireErrorCode.SENDER)
    expect(code(() => decodeFrame(bytes, undefined, { kinds: [FrameKind.FRAME_KIND_UPDATE] }))).toBe(WireErrorCode.KIND)
    expect(code(() => decodeFrame(bytes, undefined, { microBatches: 0 }))).toBe(WireErrorCode.MICRO_BATCH)
    expect(code(() => decodeFrame(bytes, undefined, { epoch: 5, runId: 'r', stepMin: 10, stepMax: 10, sender: 'peerA' }))).toBeUndefined()
    expect(code(() => decodeFrame(bytes, frameLimits({ frameBytesMax: 16 })))).toBe(WireErrorCode.FRAME_TOO_LARGE)
  })

  it('skips a refused frame and a corrupt one, then reads the next', async () => {
    const stale = frame({ epoch: 4 })
    const corrupt = frame({})
    corrupt[corrupt.length - 1]! ^= 0xff
    const good = frame({ step: 11 })
    const reader = new ByteReader(chunked(new Uint8Array([...stale, ...corrupt, ...good]), [3, 17, 40]))
    await expect(readFrame(reader, undefined, { epoch: 5 })).rejects.toMatchObject({ name: 'ValidationError', code: WireErrorCode.STALE_EPOCH, data: { frameSkipped: true } })
    await expect(readFrame(reader, undefined, { epoch: 5 })).rejects.toMatchObject({ name: 'DecodeError', code: WireErrorCode.CHECKSUM, data: { frameSkipped: true } })
    expect((await readFrame(reader, undefined, { epoch: 5 }))?.header.step).toBe(11)
    expect(await readFrame(reader)).toBeNull()
  })

  it('refuses an oversized declared payload before allocating it', async () => {
    const header = tensor.TensorFrameHeader.encode({ ...base, shape: [], payloadBytes: 2 ** 50, rawBytes: 4 }).finish()
    const bytes = new Uint8Array([header.length, ...header])
    const before = process.memoryUsage().arrayBuffers
    await expect(readFrame(new ByteReader(chunked(bytes)))).rejects.toBeInstanceOf(LimitError)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1 << 20)
    expect(() => decodeFrame(bytes)).toThrow(LimitError)
  })

  it('reports truncation as a DecodeError', async () => {
    const bytes = frame({})
    for (let n = 1; n < bytes.length; n++) {
      await expect(readFrame(new ByteReader(chunked(bytes.subarray(0, n))))).rejects.toBeInstanceOf(DecodeError)
    }
  })

  it('validateFrameHeader refuses 64-bit values beyond 2^53', () => {
    expect(code(() => validateFrameHeader({ ...base, rawBytes: 24, payloadBytes: 24, step: 2 ** 60 }))).toBe(WireErrorCode.RANGE)
  })
})

describe('finiteness', () => {
  it('finds NaN and infinities in fp32 and fp16', () => {
    assertFiniteFloat32(new Float32Array([0, -1, 3.4e38, 1e-45]))
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const a = new Float32Array(100)
      a[57] = bad
      expect(() => assertFiniteFloat32(a)).toThrow(expect.objectContaining({ code: WireErrorCode.NOT_FINITE, data: expect.objectContaining({ index: 57 }) }))
    }
    assertFiniteFloat16(new Uint16Array([0x3c00, 0x7bff, 0xfbff]))
    expect(() => assertFiniteFloat16(new Uint16Array([0, 0x7c00]))).toThrow(ValidationError)
    expect(() => assertFiniteFloat16(new Uint16Array([0xfe00]))).toThrow(ValidationError)
  })

  it('payloadView gives typed views without copying', () => {
    const bytes = new Uint8Array(new Float32Array([1.5, -2]).buffer)
    const view = payloadView(DType.DTYPE_FLOAT32, bytes)
    expect(Array.from(view as Float32Array)).toEqual([1.5, -2])
    expect(view.buffer).toBe(bytes.buffer)
    expect(() => payloadView(DType.DTYPE_FLOAT32, new Uint8Array(6))).toThrow(ValidationError)
  })

  it('length-prefixed encoding is what readMessage reads', async () => {
    const bytes = encodeLengthPrefixed(control.ControlMessage, { heartbeat: { step: 1 } })
    const m = await readMessage(new ByteReader(chunked(bytes, [1])), control.ControlMessage, { messageBytesMax: 100 })
    expect(m?.heartbeat?.step).toBe(1)
  })
})
