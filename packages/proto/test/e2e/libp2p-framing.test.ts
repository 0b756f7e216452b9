// The framing over a real libp2p stream (two nodes in one process, TCP + Noise + Yamux on
// loopback): tensor frames and envelopes arrive intact, a slow reader pauses the sender instead of
// overflowing the stream's buffers, and a bad frame is skipped without losing the stream.
import type { Stream } from '@libp2p/interface'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Frame } from '../../src/frame-codec.js'
import { FramedStream } from '../../src/framed-stream.js'
import { control, tensor } from '../../src/messages.js'
import { PROTOCOL_ACTIVATIONS, PROTOCOL_STATE } from '../../src/protocols.js'
import { WireErrorCode } from '../../src/errors.js'
import { createPair, type Pair } from '../helpers/libp2p.js'

const { DType, FrameKind } = tensor
const MiB = 1024 * 1024

function pattern(n: number, seed: number): Float32Array {
  const a = new Float32Array(n)
  for (let i = 0; i < n; i++) a[i] = ((i * 2654435761 + seed) % 1000) / 7
  return a
}

describe('framing over libp2p', () => {
  let pair: Pair
  beforeAll(async () => {
    pair = await createPair()
  })
  afterAll(async () => {
    await pair?.stop()
  })

  it('carries frames and envelopes both ways, with a slow reader', async () => {
    const frames = 12
    const elements = MiB // 4 MiB per frame: 48 MiB in all, three yamux windows
    let pauses = 0
    const received: Frame[] = []
    const done = new Promise<void>((resolve, reject) => {
      pair.b.handle(PROTOCOL_ACTIVATIONS, async (stream: Stream) => {
        try {
          const pause = stream.pause.bind(stream)
          let onPause!: () => void
          const paused = new Promise<void>((r) => {
            onPause = r
          })
          stream.pause = () => {
            pauses++
            pause()
            onPause()
          }
          const framed = new FramedStream(stream)
          // A slow consumer that reads nothing at first: a full yamux window (16 MiB) arrives,
          // past the 8 MiB high-water mark, so the reader must pause the stream, not buffer on.
          await Promise.race([paused, new Promise((r) => setTimeout(r, 20_000))])
          for (let i = 0; i < frames; i++) {
            const frame = await framed.readFrame({ kinds: [FrameKind.FRAME_KIND_ACTIVATION], sender: pair.a.peerId.toString() })
            expect(frame).not.toBeNull()
            received.push(frame!)
            if (i % 3 === 0) await new Promise((r) => setTimeout(r, 50))
            expect(process.memoryUsage().arrayBuffers).toBeLessThan(2048 * MiB)
          }
          await framed.writeMessage(control.StateMessage, { uploadResult: { requestId: 1, ok: true } })
          await stream.close()
          resolve()
        } catch (err) {
          reject(err)
        }
      })
    })
    const stream = await pair.open(PROTOCOL_ACTIVATIONS)
    const framed = new FramedStream(stream)
    for (let i = 0; i < frames; i++) {
      await framed.writeFrame(
        { runId: 'r', epoch: 1, step: i, kind: FrameKind.FRAME_KIND_ACTIVATION, dtype: DType.DTYPE_FLOAT32, shape: [1, 1024, 1024], codec: 'fp32', sender: pair.a.peerId.toString() },
        pattern(elements, i),
      )
    }
    expect(stream.status).toBe('open')
    const answer = await framed.readMessage(control.StateMessage)
    expect(answer?.uploadResult?.ok).toBe(true)
    await done
    await stream.close()
    expect(received.map((f) => f.header.step)).toEqual([...Array(frames).keys()])
    expect(pauses).toBeGreaterThan(0) // the reader paused the stream instead of buffering it all
    for (const f of received) {
      const values = new Float32Array(f.payload.buffer, f.payload.byteOffset, elements)
      const want = pattern(elements, f.header.step)
      expect(values[0]).toBe(want[0])
      expect(values[elements - 1]).toBe(want[elements - 1])
      expect(values[12345]).toBe(want[12345])
    }
  })

  it('skips a stale frame and keeps the stream', async () => {
    const got: Array<string | number> = []
    const done = new Promise<void>((resolve, reject) => {
      pair.b.handle(PROTOCOL_STATE, async (stream: Stream) => {
        try {
          const framed = new FramedStream(stream)
          for (;;) {
            try {
              const f = await framed.readFrame({ epoch: 2 })
              if (f === null) break
              got.push(f.header.step)
            } catch (err) {
              const e = err as { code?: string; data?: { frameSkipped?: boolean } }
              if (e.data?.frameSkipped !== true) throw err
              got.push(e.code!)
            }
          }
          resolve()
        } catch (err) {
          reject(err)
        }
      })
    })
    const stream = await pair.open(PROTOCOL_STATE)
    const framed = new FramedStream(stream)
    const h = { runId: 'r', kind: FrameKind.FRAME_KIND_WEIGHTS, dtype: DType.DTYPE_FLOAT32, shape: [256], codec: 'raw' }
    await framed.writeFrame({ ...h, epoch: 2, step: 1 }, pattern(256, 1))
    await framed.writeFrame({ ...h, epoch: 1, step: 2 }, pattern(256, 2))
    await framed.writeFrame({ ...h, epoch: 2, step: 3 }, pattern(256, 3))
    await stream.close()
    await done
    expect(got).toEqual([1, WireErrorCode.STALE_EPOCH, 3])
  })
})
