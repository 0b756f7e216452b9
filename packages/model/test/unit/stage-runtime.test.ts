// StageRuntime and stage splits: chaining the stages of any split gives the loss and gradients of
// the whole model; micro-batches accumulate; saved activations equal recomputation; bad input is
// refused with a coded error naming the field; ONNX Runtime runs off the main event loop.
import { type TokenBatch, ValidationError } from '@tandem/proto'
import { afterAll, describe, expect, it } from 'vitest'
import { type GPTJConfig, type LayerRange, modelParams, PRESETS } from '../../src/config.js'
import { modelGrad } from '../../src/model-grad.js'
import { StageRuntime } from '../../src/stage-runtime.js'

// The tiny preset with a short vocabulary keeps each run in milliseconds.
const CONFIG: GPTJConfig = { ...PRESETS.tiny, vocabSize: 512 }
const B = 2
const T = 16
/** Same float32 math in a different grouping: agreement to rounding. */
const REL_ERR_MAX = 2e-5

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomParams(config: GPTJConfig, seed = 7): Map<string, Float32Array> {
  const r = rng(seed)
  const out = new Map<string, Float32Array>()
  for (const s of modelParams(config)) {
    const n = s.shape.reduce((a, b) => a * b, 1)
    const isLn = s.name.includes('ln_')
    const isWeight = s.name.endsWith('.weight')
    out.set(
      s.name,
      Float32Array.from({ length: n }, () => (isLn && isWeight ? 1 + 0.2 * (r() - 0.5) : (r() - 0.5) * (isWeight ? 0.3 : 0.2))),
    )
  }
  return out
}

function randomBatch(seed: number, rows = B, seq = T): TokenBatch {
  const r = rng(seed)
  const n = rows * seq
  const inputIds = Int32Array.from({ length: n }, () => Math.floor(r() * CONFIG.vocabSize))
  const labels = Int32Array.from(inputIds, (t, i) => (i % seq < 3 ? -100 : t))
  // Row 0: two packed segments, the second with a 2-token prefix; other rows: one segment, 3-token prefix.
  const segmentIds = Int32Array.from({ length: n }, (_, i) => (Math.floor(i / seq) === 0 && i % seq >= seq / 2 ? 1 : 0))
  const prefixMask = Uint8Array.from({ length: n }, (_, i) => {
    const t = i % seq
    return Math.floor(i / seq) === 0 ? (t >= seq / 2 && t < seq / 2 + 2 ? 1 : 0) : t < 3 ? 1 : 0
  })
  return { batch: rows, seq, inputIds, labels, segmentIds, prefixMask }
}

function relErr(got: Float32Array, want: Float32Array): number {
  let err = 0
  let scale = 0
  for (let i = 0; i < want.length; i++) {
    err = Math.max(err, Math.abs(got[i]! - want[i]!))
    scale = Math.max(scale, Math.abs(want[i]!))
  }
  return scale === 0 ? err : err / scale
}

/** Chains runtimes for the given ranges through one batch; returns loss and all gradients. */
async function chain(ranges: LayerRange[], params: Map<string, Float32Array>, batch: TokenBatch, activations: 'recompute' | 'saved' = 'recompute') {
  const rts = await Promise.all(
    ranges.map((range) => StageRuntime.create({ config: CONFIG, range, microBatch: batch.batch, seq: batch.seq, activations, threads: 1 }, params)),
  )
  try {
    let hidden: Float32Array | undefined
    let loss = 0
    for (const rt of rts) {
      const f = await rt.forward(0, hidden ? { batch, hidden } : { batch })
      hidden = f.hidden
      if (rt.last) loss = f.loss!
    }
    let g: Float32Array | undefined
    for (const rt of [...rts].reverse()) g = (await rt.backward(0, g)).gradInput
    const grads = new Map<string, Float32Array>()
    for (const rt of rts) for (const [k, v] of rt.gradients()) grads.set(k, v.slice())
    return { loss, grads }
  } finally {
    await Promise.all(rts.map((rt) => rt.close()))
  }
}

describe('stage splits', () => {
  const params = randomParams(CONFIG)
  const batch = randomBatch(1)
  let whole: Awaited<ReturnType<typeof modelGrad>>

  it('whole model: a finite loss and a gradient for every parameter', async () => {
    whole = await modelGrad(CONFIG, params, batch, { threads: 1 })
    expect(Number.isFinite(whole.loss)).toBe(true)
    // Labels 3..T-1 of each row are scored (the shift drops none of them: position t scores labels[t + 1]).
    expect(whole.tokens).toBe(B * (T - 3))
    expect([...whole.grads.keys()].sort()).toEqual(modelParams(CONFIG).map((s) => s.name).sort())
    expect(whole.logits.length).toBe(B * T * CONFIG.vocabSize)
  })

  const splits: [string, LayerRange[]][] = [
    ['2 even stages', [{ start: 0, end: 2 }, { start: 2, end: 4 }]],
    ['uneven 1 + 3', [{ start: 0, end: 1 }, { start: 1, end: 4 }]],
    ['4 single layers', [0, 1, 2, 3].map((i) => ({ start: i, end: i + 1 }))],
    ['1 + 2 + 1, saved activations', [{ start: 0, end: 1 }, { start: 1, end: 3 }, { start: 3, end: 4 }]],
  ]
  for (const [name, ranges] of splits) {
    it(`${name}: same loss and gradients as the whole model`, async () => {
      const got = await chain(ranges, params, batch, name.includes('saved') ? 'saved' : 'recompute')
      expect(Math.abs(got.loss - whole.loss) / Math.abs(whole.loss)).toBeLessThan(REL_ERR_MAX)
      for (const [k, v] of whole.grads) expect(relErr(got.grads.get(k)!, v), k).toBeLessThan(REL_ERR_MAX)
    })
  }

  it('modelGrad with stages: N gives the same result', async () => {
    const got = await modelGrad(CONFIG, params, batch, { stages: 3, threads: 1 })
    expect(Math.abs(got.loss - whole.loss) / Math.abs(whole.loss)).toBeLessThan(REL_ERR_MAX)
    expect(relErr(got.logits, whole.logits)).toBeLessThan(REL_ERR_MAX)
    for (const [k, v] of whole.grads) expect(relErr(got.grads.get(k)!, v), k).toBeLessThan(REL_ERR_MAX)
  })
})

describe('StageRuntime', () => {
  const params = randomParams(CONFIG, 11)
  const open: StageRuntime[] = []
  afterAll(async () => {
    await Promise.all(open.map((rt) => rt.close()))
  })
  const create = async (range: LayerRange, microBatch = B): Promise<StageRuntime> => {
    const rt = await StageRuntime.create({ config: CONFIG, range, microBatch, seq: T, threads: 1 }, params)
    open.push(rt)
    return rt
  }

  it('accumulates micro-batches: token-weighted loss scales give the full batch gradient', async () => {
    const full = randomBatch(3)
    const want = await modelGrad(CONFIG, params, full, { threads: 1 })
    const rows = (b: number): TokenBatch => {
      const s = (a: Int32Array | Uint8Array) => a.slice(b * T, (b + 1) * T)
      return { batch: 1, seq: T, inputIds: s(full.inputIds) as Int32Array, labels: s(full.labels) as Int32Array, segmentIds: s(full.segmentIds) as Int32Array, prefixMask: s(full.prefixMask) as Uint8Array }
    }
    const first = await create({ start: 0, end: 2 }, 1)
    const last = await create({ start: 2, end: 4 }, 1)
    // Tokens per micro-batch, known from the labels (the last stage also reports them).
    const counts = [0, 1].map((b) => rows(b).labels.slice(1).filter((l) => l !== -100).length)
    const total = counts[0]! + counts[1]!
    first.zeroGrad()
    last.zeroGrad()
    const hidden: Float32Array[] = []
    let lossSum = 0
    for (const b of [0, 1]) {
      const h = (await first.forward(b, { batch: rows(b) })).hidden!
      hidden.push(h)
      const f = await last.forward(b, { batch: rows(b), hidden: h }, { lossScale: counts[b]! / total })
      expect(f.tokens).toBe(counts[b])
      lossSum += f.loss! * f.tokens!
    }
    for (const b of [1, 0]) {
      const g = (await last.backward(b)).gradInput!
      await first.backward(b, g)
    }
    expect(Math.abs(lossSum / total - want.loss) / want.loss).toBeLessThan(REL_ERR_MAX)
    const grads = new Map([...first.gradients(), ...last.gradients()])
    for (const [k, v] of want.grads) expect(relErr(grads.get(k)!, v), k).toBeLessThan(REL_ERR_MAX)
    expect(first.gradientsFinite() && last.gradientsFinite()).toBe(true)
    // zeroGrad starts over: gradients() reads zeros until the next backward.
    first.zeroGrad()
    expect(first.gradients().get('transformer.wte.weight')!.every((x) => x === 0)).toBe(true)
  })

  it('params() is live: in-place updates and setParams change the next pass', async () => {
    const rt = await create({ start: 0, end: 4 })
    const batch = randomBatch(5)
    const before = (await rt.evaluate({ batch })).loss!
    const p = rt.params()
    const w = p.get('lm_head.bias')!
    w.fill(0)
    w[batch.labels[T + 5]!] = 5
    const after = (await rt.evaluate({ batch })).loss!
    expect(after).not.toBeCloseTo(before, 3)
    rt.setParams(params)
    expect((await rt.evaluate({ batch })).loss).toBeCloseTo(before, 5)
    // The maps are the same objects across passes; their arrays come back after each pass.
    expect(rt.params()).toBe(p)
    expect(rt.params().get('lm_head.bias')!.length).toBe(CONFIG.vocabSize)
  })

  it('refuses bad input with a ValidationError naming the field', async () => {
    const rt = await create({ start: 0, end: 4 })
    const good = randomBatch(9)
    const bad = (patch: Partial<TokenBatch>) => rt.forward(99, { batch: { ...good, ...patch } })
    await expect(bad({ batch: 3 })).rejects.toThrow(ValidationError)
    await expect(bad({ inputIds: good.inputIds.slice(1) })).rejects.toThrow(/inputIds/)
    const ids = good.inputIds.slice()
    ids[4] = CONFIG.vocabSize
    await expect(bad({ inputIds: ids })).rejects.toThrow(/inputIds\[4\]/)
    const labels = good.labels.slice()
    labels[7] = -5
    await expect(bad({ labels })).rejects.toThrow(/labels\[7\]/)
    await expect(rt.backward(12345)).rejects.toThrow(/micro-batch 12345/)
    const mid = await create({ start: 1, end: 3 })
    await expect(mid.forward(0, { batch: good })).rejects.toThrow(/hidden/)
    await expect(mid.forward(0, { batch: good, hidden: new Float32Array(5) })).rejects.toThrow(/hidden has 5 values/)
  })

  it('runs ONNX Runtime off the main thread: the event loop keeps turning during a pass', async () => {
    const rt = await create({ start: 0, end: 4 })
    const batch = randomBatch(13)
    let ticks = 0
    let running = true
    const spin = (): void => {
      if (!running) return
      ticks++
      setImmediate(spin)
    }
    spin()
    for (let k = 0; k < 3; k++) await rt.evaluate({ batch })
    running = false
    expect(ticks).toBeGreaterThan(3)
  })

  it('fp16 compute (float32 master weights) tracks fp32 and reports overflowing gradients', async () => {
    const batch = randomBatch(17)
    const want = await modelGrad(CONFIG, params, batch, { threads: 1 })
    const rt = await StageRuntime.create({ config: CONFIG, range: { start: 0, end: 4 }, microBatch: B, seq: T, precision: 'fp16', threads: 1 }, params)
    open.push(rt)
    rt.zeroGrad()
    const f = await rt.forward(0, { batch }, { lossScale: 1024 })
    await rt.backward(0)
    // Half precision: about 1e-3 relative; the gradients carry the loss scale.
    expect(Math.abs(f.loss! - want.loss) / want.loss).toBeLessThan(5e-3)
    expect(rt.gradientsFinite()).toBe(true)
    const g = rt.gradients().get('transformer.h.1.mlp.fc_in.weight')!.map((x) => x / 1024)
    expect(relErr(g, want.grads.get('transformer.h.1.mlp.fc_in.weight')!)).toBeLessThan(2e-2)
    // A scale beyond float16's range overflows: the step must be skipped.
    rt.zeroGrad()
    await rt.forward(1, { batch }, { lossScale: 1e6 })
    await rt.backward(1)
    expect(rt.gradientsFinite()).toBe(false)
  })

  it('refuses a missing execution provider with one sentence on how to install it', async () => {
    await expect(
      StageRuntime.create({ config: CONFIG, range: { start: 0, end: 4 }, microBatch: B, seq: T, device: 'cuda' }, params),
    ).rejects.toThrow(/ONNXRUNTIME_NODE_INSTALL=cuda12/)
  })
})
