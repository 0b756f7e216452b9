import { AdamW, type GPTJConfig, stageParams } from '@tandem/model'
import { type Frame, type TokenBatch, tensor } from '@tandem/proto'
import { describe, expect, it } from 'vitest'
import { AllReduce } from '../../src/codecs/all-reduce.js'
import { CocktailSgd } from '../../src/codecs/cocktail-sgd.js'
import { InProcessExchangeHub } from '../../src/codecs/exchange.js'
import type { FrameSender } from '../../src/frame-links.js'
import { Inbox } from '../../src/inbox.js'
import type { StageCompute } from '../../src/stage-compute.js'
import { StageState } from '../../src/stage-state.js'
import { type BatchSource, buildStepContext, inboxKind, localAdamReplicas, trainStep } from '../../src/step-runner.js'
import { TrafficCounters } from '../../src/traffic.js'

const config: GPTJConfig = {
  vocabSize: 16, nPositions: 32, nEmbd: 8, nLayer: 1, nHead: 2, rotaryDim: 2, nInner: 16,
  layerNormEpsilon: 1e-5, initializerRange: 0.02, bosTokenId: 0, eosTokenId: 0,
}
const RANGE = { start: 0, end: 1 }
const NAMES = stageParams(config, RANGE).map((s) => s.name)

/** Replica r's gradient at a step (every coordinate alike): the replicas disagree, as noise does. */
const GRADS = [
  [1, 0.5],
  [-0.6, 0.9],
]
const gradValue = (replica: number, step: number): number => GRADS[replica]![step]!

/** A one-stage "model" whose gradients are fixed numbers: only the optimizer and the sync are real. */
function fakeStage(replica: number, params: Map<string, Float32Array>): StageCompute & { step: number } {
  const grads = new Map(NAMES.map((n) => [n, new Float32Array(params.get(n)!.length)]))
  return {
    step: 0,
    async forward() {
      return { loss: 1, tokens: 1 }
    },
    async backward() {
      for (const g of grads.values()) g.fill(gradValue(replica, this.step))
      return {}
    },
    params: () => params,
    gradients: () => grads,
    zeroGrad: () => {},
    setLossScale: () => {},
    inFlight: () => [],
    discard: async () => {},
    close: async () => {},
  }
}

function startParams(): Map<string, Float32Array> {
  return new Map(stageParams(config, RANGE).map((s) => [s.name, new Float32Array(s.shape.reduce((a, b) => a * b, 1)).fill(0.5)]))
}

const INIT = { lr: 0.1, weightDecay: 0, clipNorm: Number.POSITIVE_INFINITY }

/** Two one-stage replicas of a CocktailSGD group over in-process inboxes, with the given update-codec params. */
function twoReplicas(updateParams: Record<string, number>) {
  const ids = ['r0', 'r1']
  const inboxes = new Map(ids.map((id) => [id, new Inbox<Frame>({ bytesMax: 1 << 24 })]))
  const senderOf = (from: string): FrameSender => ({
    async send(peer, header, payload) {
      const bytes = new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength).slice()
      const h = tensor.TensorFrameHeader.fromObject({ ...header, sender: from })
      inboxes.get(peer)!.put({ epoch: Number(h.epoch), step: Number(h.step), kind: inboxKind(h), microBatch: h.microBatch, from }, { header: h, payload: bytes }, bytes.byteLength)
    },
  })
  const batch: TokenBatch = {
    batch: 1, seq: 4, inputIds: new Int32Array(4), labels: new Int32Array(4), segmentIds: new Int32Array(4).fill(1), prefixMask: new Uint8Array(4),
  }
  const batches: BatchSource = { batchesFor: () => [batch] }
  const workers = ids.map((id, r) => {
    const params = startParams()
    const traffic = new TrafficCounters()
    const ctx = buildStepContext(
      {
        runId: 'run', epoch: 1, self: id, config, stage: 0, stages: 1, replica: r, replicas: 2, range: RANGE, prevPeer: '', nextPeer: '',
        microBatches: 1, rows: 1, seq: 4, schedule: 'gpipe', replicaChain: [id], group: ids,
        codecs: { updates: { codec: 'cocktail', params: new TextEncoder().encode(JSON.stringify(updateParams)) } },
        seed: 0,
      },
      { activations: senderOf(id), updates: senderOf(id), inbox: inboxes.get(id)!, traffic },
      params,
      batches,
    )
    return { ctx, rt: fakeStage(r, params), state: new StageState(config, RANGE, params, 0, INIT), traffic }
  })
  const step = (k: number) => {
    for (const inbox of inboxes.values()) inbox.advance(1, k)
    for (const w of workers) w.rt.step = k
    return Promise.all(workers.map((w) => trainStep(w.ctx, w.state, w.rt, k, w.traffic, { signal: new AbortController().signal })))
  }
  return { workers, step }
}

describe('localAdamReplicas', () => {
  it("is the CocktailSGD group's size; all-reduce and a lone replica keep plain AdamW", () => {
    const hub3 = new InProcessExchangeHub(3)
    expect(localAdamReplicas(new CocktailSgd({ exchange: hub3.endpoint(1) }, 100))).toBe(3)
    const hub2 = new InProcessExchangeHub(2)
    expect(localAdamReplicas(new CocktailSgd({ exchange: hub2.endpoint(0) }, 100))).toBe(2)
    expect(localAdamReplicas(new AllReduce({ exchange: new InProcessExchangeHub(4).endpoint(0) }, 100))).toBe(1)
    expect(localAdamReplicas(undefined)).toBe(1)
  })
})

describe('trainStep under CocktailSGD', () => {
  it('steps the local AdamW with the replica-corrected second moment (R = 2), then averages the deltas', async () => {
    // Dense warm-up for both steps: the sync is the exact mean of the two local models.
    const { workers, step } = twoReplicas({ warmupSteps: 10 })
    const init = INIT
    for (let k = 0; k < 2; k++) {
      const outs = await step(k)
      expect(outs.every((o) => o.applied)).toBe(true)
    }
    // By hand: each replica's AdamW on its own gradient, then every replica continues from the mean
    // model (the dense sync), each with its own moments.
    const reference = (replicas: number): number => {
      const ps = [0, 1].map(() => new Map([['x.bias', new Float32Array([0.5])]]))
      const opts = ps.map((p) => new AdamW(p, { ...init, replicas }))
      for (let step = 0; step < 2; step++) {
        opts.forEach((o, r) => {
          o.step(new Map([['x.bias', new Float32Array([gradValue(r, step)])]]))
        })
        const mean = (ps[0]!.get('x.bias')![0]! + ps[1]!.get('x.bias')![0]!) / 2
        for (const p of ps) p.get('x.bias')![0] = mean
      }
      return ps[0]!.get('x.bias')![0]!
    }
    const corrected = reference(2)
    const plain = reference(1)
    expect(Math.abs(corrected - plain)).toBeGreaterThan(1e-3)
    for (const w of workers) {
      for (const name of NAMES) {
        const p = w.state.params.get(name)!
        expect(p[0], name).toBeCloseTo(corrected, 6)
        expect(p[p.length - 1], name).toBeCloseTo(corrected, 6)
      }
    }
  })

  it("shares the second moments' row means after the optimizer step when the run asks every step", async () => {
    const { workers, step } = twoReplicas({ warmupSteps: 10, shareMoments: 1 })
    expect(workers[0]!.ctx.moments?.every).toBe(1)
    let v = 0
    for (let k = 0; k < 2; k++) {
      const outs = await step(k)
      expect(outs.every((o) => o.applied && o.moments?.applied === true)).toBe(true)
      // By hand: each replica's v takes its own gradient (beta2 = 0.999), then the group's mean.
      v = 0.999 * v + (0.001 * (gradValue(0, k) ** 2 + gradValue(1, k) ** 2)) / 2
    }
    for (const w of workers) {
      for (const [name, st] of w.state.optimizer.state()) {
        for (const x of st.v) expect(Math.abs(x - v) / v, name).toBeLessThan(2 ** -7)
      }
    }
  })
})
