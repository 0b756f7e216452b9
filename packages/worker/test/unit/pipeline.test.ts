import { type Frame, type TokenBatch, tensor } from '@tandem/proto'
import { describe, expect, it } from 'vitest'
import { createCodec } from '../../src/codecs/create-codec.js'
import type { FrameSender } from '../../src/frame-links.js'
import { Inbox } from '../../src/inbox.js'
import { runPipelineStep } from '../../src/pipeline.js'
import type { StageCompute, StageInput } from '../../src/stage-compute.js'
import { BadFrameError, decodeBatchAux, encodeBatchAux, StageLinks } from '../../src/stage-links.js'
import { inboxKind } from '../../src/step-runner.js'
import { TrafficCounters } from '../../src/traffic.js'

const ROWS = 2
const SEQ = 4
const C = 3
const VOCAB = 50

function batch(m: number): TokenBatch {
  const n = ROWS * SEQ
  return {
    batch: ROWS, seq: SEQ,
    inputIds: Int32Array.from({ length: n }, (_, i) => (i + m) % VOCAB),
    labels: Int32Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -100 : (i + m + 1) % VOCAB)),
    segmentIds: new Int32Array(n).fill(1),
    prefixMask: Uint8Array.from({ length: n }, (_, i) => (i % SEQ === 0 ? 1 : 0)),
  }
}

/** A stage whose "model" is arithmetic, recording the order of its passes. */
function fakeStage(first: boolean, last: boolean, log: string[]): StageCompute {
  let grads = 0
  return {
    async forward(mb: number, input: StageInput) {
      log.push(`F${mb}`)
      await new Promise((r) => setTimeout(r, 5))
      const base = 'hidden' in input ? input.hidden : Float32Array.from({ length: ROWS * SEQ * C }, (_, i) => input.batch.inputIds[Math.floor(i / C)]! / 10)
      if (last) return { loss: base.reduce((a, b) => a + b, 0) / base.length, tokens: 5 }
      return { hidden: base.map((v) => v + 1) }
    },
    async backward(mb: number, gradOutput?: Float32Array) {
      log.push(`B${mb}`)
      grads++
      return first ? {} : { gradInput: gradOutput ?? new Float32Array(ROWS * SEQ * C).fill(0.5) }
    },
    params: () => new Map(),
    gradients: () => new Map([['g', Float32Array.of(grads)]]),
    zeroGrad: () => {
      grads = 0
    },
    setLossScale: () => {},
    inFlight: () => [],
    discard: async () => {},
    close: async () => {},
  }
}

/** Frames go straight into the peer's inbox, after `delayMs` (a slow link). */
function sender(from: string, inboxes: Map<string, Inbox<Frame>>, delayMs = 0, sent: string[] = []): FrameSender {
  return {
    async send(peer, header, payload) {
      sent.push(`${header.kind}:${header.microBatch}`)
      await new Promise((r) => setTimeout(r, delayMs))
      const h = tensor.TensorFrameHeader.fromObject({ ...header, sender: from })
      const bytes = new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength).slice()
      inboxes.get(peer)!.put({ epoch: Number(h.epoch), step: Number(h.step), kind: inboxKind(h), microBatch: h.microBatch, from }, { header: h, payload: bytes }, bytes.byteLength)
    },
  }
}

function links(self: string, stage: number, prev: string, next: string, s: FrameSender, inbox: Inbox<Frame>, codec = 'fp32'): StageLinks {
  return new StageLinks(
    {
      runId: 'r', epoch: 1, self, stage, replica: 0, prevPeer: prev, nextPeer: next, rows: ROWS, seq: SEQ, nEmbd: C, vocabSize: VOCAB,
      forwardCodec: createCodec(codec), backwardCodec: createCodec(codec), forwardDecoder: createCodec(codec), backwardDecoder: createCodec(codec),
    },
    s,
    inbox,
    new TrafficCounters(),
  )
}

describe('pipeline step over in-memory links', () => {
  it('runs GPipe across two stages, sends overlapping the next forward', async () => {
    const inboxes = new Map([['a', new Inbox<Frame>({ bytesMax: 1 << 20 })], ['b', new Inbox<Frame>({ bytesMax: 1 << 20 })]])
    const logA: string[] = []
    const logB: string[] = []
    const sentA: string[] = []
    const la = links('a', 0, '', 'b', sender('a', inboxes, 30, sentA), inboxes.get('a')!)
    const lb = links('b', 1, 'a', '', sender('b', inboxes), inboxes.get('b')!)
    const signal = new AbortController().signal
    const shape = { stages: 2, microBatches: 3, schedule: 'gpipe' as const }
    const [ra, rb] = await Promise.all([
      runPipelineStep(0, { ...shape, stage: 0 }, fakeStage(true, false, logA), la, () => [batch(0), batch(1), batch(2)], { signal }),
      runPipelineStep(0, { ...shape, stage: 1 }, fakeStage(false, true, logB), lb, undefined, { signal }),
    ])
    expect(logA).toEqual(['F0', 'F1', 'F2', 'B2', 'B1', 'B0'])
    expect(logB).toEqual(['F0', 'F1', 'F2', 'B2', 'B1', 'B0'])
    // Each 30 ms send was queued while the next forward ran: 3 forwards took less than 3 sends.
    expect(ra.forwardMs).toBeLessThan(90)
    expect(sentA.slice(0, 2)).toEqual(['1:0', '7:0'])
    expect(Number.isFinite(rb.loss)).toBe(true)
    expect(rb.lossTokens).toBe(15)
    expect(ra.tokens).toBe(3 * ROWS * SEQ)
  })

  it('carries each micro-batch\'s labels and masks with its activations', () => {
    const b = batch(3)
    expect(decodeBatchAux(encodeBatchAux(b), ROWS, SEQ, VOCAB)).toEqual(b)
    const bad = encodeBatchAux(b)
    bad[0] = VOCAB
    expect(() => decodeBatchAux(bad, ROWS, SEQ, VOCAB)).toThrow(/outside the vocabulary/)
    const badLabel = encodeBatchAux(b)
    badLabel[ROWS * SEQ + 1] = -5
    expect(() => decodeBatchAux(badLabel, ROWS, SEQ, VOCAB)).toThrow(/neither -100/)
    const badMask = encodeBatchAux(b)
    badMask[3 * ROWS * SEQ] = 2
    expect(() => decodeBatchAux(badMask, ROWS, SEQ, VOCAB)).toThrow(/not 0 or 1/)
  })

  it('refuses a neighbour\'s frame with the wrong shape or non-finite values before the runtime sees it', async () => {
    const inbox = new Inbox<Frame>({ bytesMax: 1 << 20 })
    const lb = links('b', 1, 'a', '', { send: async () => {} }, inbox)
    const signal = new AbortController().signal
    const put = (mb: number, kind: number, h: tensor.ITensorFrameHeader, payload: Uint8Array) =>
      inbox.put({ epoch: 1, step: 0, kind, microBatch: mb, from: 'a' }, { header: tensor.TensorFrameHeader.fromObject({ runId: 'r', epoch: 1, step: 0, microBatch: mb, kind, ...h }), payload }, payload.byteLength)
    const aux = new Uint8Array(encodeBatchAux(batch(0)).buffer)
    const auxHeader = { codec: 'raw', dtype: tensor.DType.DTYPE_INT32, shape: [4, ROWS, SEQ] }
    // Non-finite activations (fp32 codec).
    const nan = createCodec('fp32').encode(new Float32Array(ROWS * SEQ * C))
    new Float32Array(nan.payload.buffer)[5] = Number.NaN
    put(0, 1, { codec: 'fp32', codecParams: nan.params, dtype: tensor.DType.DTYPE_FLOAT32, shape: [ROWS, SEQ, C] }, nan.payload)
    put(0, 7, auxHeader, aux)
    await expect(lb.recvActivation(0, 0, signal)).rejects.toBeInstanceOf(BadFrameError)
    // Wrong shape.
    const ok = createCodec('fp32').encode(new Float32Array(ROWS * SEQ * C))
    put(1, 1, { codec: 'fp32', codecParams: ok.params, dtype: tensor.DType.DTYPE_FLOAT32, shape: [ROWS, SEQ + 1, C] }, ok.payload)
    put(1, 7, auxHeader, aux)
    await expect(lb.recvActivation(0, 1, signal)).rejects.toThrow(/shape/)
    // A good one passes.
    put(2, 1, { codec: 'fp32', codecParams: ok.params, dtype: tensor.DType.DTYPE_FLOAT32, shape: [ROWS, SEQ, C] }, ok.payload)
    put(2, 7, auxHeader, aux)
    const got = await lb.recvActivation(0, 2, signal)
    expect(got.hidden).toHaveLength(ROWS * SEQ * C)
    expect(got.batch.inputIds).toEqual(batch(0).inputIds)
  })

  it('abandons a step when it is aborted while waiting for a neighbour', async () => {
    const inbox = new Inbox<Frame>({ bytesMax: 1 << 20 })
    const lb = links('b', 1, 'a', '', { send: async () => {} }, inbox)
    const ac = new AbortController()
    const p = runPipelineStep(0, { stage: 1, stages: 2, microBatches: 1, schedule: 'gpipe' }, fakeStage(false, true, []), lb, undefined, { signal: ac.signal })
    setTimeout(() => ac.abort(new Error('new plan')), 20)
    await expect(p).rejects.toThrow('new plan')
  })
})
