import { afterAll, describe, expect, it } from 'vitest'
import { CodecErrorCode, CodecThread, QuantizedCodec } from '../../../src/codecs/index.js'
import { gaussian } from './helpers.js'

describe('CodecThread', () => {
  const thread = new CodecThread()
  afterAll(async () => {
    await thread.close()
    await thread.close()
  })

  it('encodes and decodes off the event loop, byte for byte as inline', async () => {
    const x = gaussian(4096, 1)
    const inline = new QuantizedCodec({ bits: 4 }).encode(x)
    const m = await thread.encode({ link: 'a', codec: 'q4' }, x, {}, { copy: true })
    expect(Buffer.from(m.payload).equals(Buffer.from(inline.payload))).toBe(true)
    const y = await thread.decode({ link: 'a', codec: 'q4' }, m, { elementCount: x.length })
    expect(Array.from(y)).toEqual(Array.from(new QuantizedCodec({ bits: 4 }).decode(inline, { elementCount: x.length })))
    // Transfer (the default) detaches the caller's buffer.
    const z = gaussian(64, 2)
    await thread.encode({ link: 'a', codec: 'fp16' }, z)
    expect(z.length).toBe(0)
  })

  it('keeps delta state per link end in the thread', async () => {
    const ids = [1, 2]
    const send = { link: 'peer/fwd/send', codec: 'q4-delta', init: { warmupSteps: 0 } }
    const recv = { link: 'peer/fwd/recv', codec: 'q4-delta', init: { warmupSteps: 0 } }
    const x0 = gaussian(1024, 3)
    const a = await thread.encode(send, x0, { sampleIds: ids, step: 0 }, { copy: true })
    const fullBytes = a.payload.length
    await thread.decode(recv, a, { elementCount: 1024 })
    expect(a.payload.length).toBe(0) // transferred to the thread
    const x1 = x0.map((v) => v + 0.01)
    const b = await thread.encode(send, x1, { sampleIds: ids, step: 1 }, { copy: true })
    expect(b.payload.length).toBeLessThan(fullBytes / 3)
    const y = await thread.decode(recv, b, { elementCount: 1024 })
    for (let i = 0; i < y.length; i++) expect(Math.abs(y[i]! - x1[i]!)).toBeLessThan(0.01)
    await thread.forget('peer/fwd/recv')
    await expect(thread.decode(recv, await thread.encode(send, x1, { sampleIds: ids, step: 2 }, { copy: true }), { elementCount: 1024 })).rejects.toMatchObject({
      name: 'ValidationError',
      code: CodecErrorCode.DELTA_BASE,
    })
  })

  it('brings typed errors back', async () => {
    const x = new Float32Array(16)
    x[5] = Number.NaN
    await expect(thread.encode({ link: 'b', codec: 'q8' }, x)).rejects.toMatchObject({
      name: 'ValidationError',
      code: CodecErrorCode.NON_FINITE,
      data: { index: 5 },
    })
    await expect(thread.encode({ link: 'b', codec: 'q9' }, new Float32Array(8))).rejects.toMatchObject({ code: CodecErrorCode.UNKNOWN })
  })
})
