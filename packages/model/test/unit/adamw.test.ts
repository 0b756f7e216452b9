import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AdamW, adamStateFromTensors, adamStateToTensors, decaysMatricesOnly, gradSqSum, hasNonFinite } from '../../src/adamw.js'
import { lrAt } from '../../src/optimizer-schedule.js'
import { readTensors, writeTensors } from '../../src/tensor-io.js'
import { relErr } from './exactness-helpers.js'

const TORCH = fileURLToPath(new URL('../fixtures/adamw-torch.safetensors', import.meta.url))
const NAMES = ['transformer.h.0.attn.q_proj.weight', 'transformer.h.0.mlp.fc_in.bias', 'transformer.h.0.ln_1.weight']

function randomMap(seed: number, sizes: Record<string, number>): Map<string, Float32Array> {
  let s = seed
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return s / 2 ** 32 - 0.5
  }
  return new Map(Object.entries(sizes).map(([k, n]) => [k, Float32Array.from({ length: n }, rnd)]))
}

describe('AdamW', () => {
  it.each(['wasm', 'js'] as const)('matches torch.optim.AdamW + clip_grad_norm_ + warm-up over 3 steps (fixture from PyTorch), %s kernel', async (kernel) => {
    const t = await readTensors(TORCH)
    const params = new Map(NAMES.map((n) => [n, t.get(`param.${n}`)!.data.slice()]))
    const opt = new AdamW(params, { lr: 1e-2, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, clipNorm: 1, schedule: { warmupSteps: 2 }, kernel })
    const norms = t.get('grad_norms')!.data
    for (let step = 0; step < 3; step++) {
      const grads = new Map(NAMES.map((n) => [n, t.get(`grad.${step}.${n}`)!.data]))
      const r = opt.step(grads)
      expect(r.applied).toBe(true)
      expect(r.gradNorm).toBeCloseTo(norms[step]!, 4)
      expect(r.lr).toBe(step === 0 ? 5e-3 : 1e-2)
    }
    expect(opt.stepCount).toBe(3)
    const state = opt.state()
    for (const n of NAMES) {
      // torch computes in fp32, Tandem in fp64 rounded to fp32 per step: agreement to ~1e-6
      expect(relErr(params.get(n)!, t.get(`expected.${n}`)!.data), n).toBeLessThan(1e-5)
      expect(relErr(state.get(n)!.m, t.get(`exp_avg.${n}`)!.data), n).toBeLessThan(1e-5)
      expect(relErr(state.get(n)!.v, t.get(`exp_avg_sq.${n}`)!.data), n).toBeLessThan(1e-5)
      expect(state.get(n)!.step).toBe(3)
    }
  })

  it('the SIMD kernel agrees with the scalar loop across chunk boundaries and ragged tails', () => {
    // Sizes around the 32768-float chunk and not multiples of the 4 SIMD lanes.
    const sizes = { 'a.weight': 32768 * 2 + 3, 'b.weight': 32767, 'c.bias': 1, 'd.bias': 6 }
    const pw = randomMap(5, sizes)
    const pj = new Map([...pw].map(([k, v]) => [k, v.slice()]))
    const wasm = new AdamW(pw, { lr: 1e-3, clipNorm: 0.5, kernel: 'wasm' })
    const js = new AdamW(pj, { lr: 1e-3, clipNorm: 0.5, kernel: 'js' })
    for (let s = 0; s < 3; s++) {
      const g = randomMap(20 + s, sizes)
      const a = wasm.step(g, { gradScale: 0.25 })
      const b = js.step(g, { gradScale: 0.25 })
      expect(a.gradNorm).toBeCloseTo(b.gradNorm, 9)
      expect(a.clipFactor).toBeCloseTo(b.clipFactor, 12)
    }
    for (const name of Object.keys(sizes)) {
      expect(relErr(pw.get(name)!, pj.get(name)!), name).toBeLessThan(1e-6)
      expect(relErr(wasm.state().get(name)!.v, js.state().get(name)!.v), name).toBeLessThan(1e-5)
    }
    // The sum of squares ignores the stale scratch lanes past a ragged tail.
    const g = new Float32Array(32768 + 5).fill(2)
    expect(gradSqSum([g, new Float32Array([3])])).toBe(4 * (32768 + 5) + 9)
  })

  it('two threads give the same update as one; the Maps then hold views of the same memory', async () => {
    const sizes = { 'a.weight': 40000, 'b.weight': 30001, 'c.bias': 7, 'd.weight': 20000 }
    const one = randomMap(6, sizes)
    const two = new Map([...one].map(([k, v]) => [k, v.slice()]))
    // A view into a larger buffer cannot travel (it would detach its neighbours): it stays here.
    const shared = new Float32Array(50000)
    shared.set(two.get('d.weight')!, 100)
    two.set('d.weight', shared.subarray(100, 20100))
    const single = new AdamW(one, { lr: 1e-3 })
    const split = new AdamW(two, { lr: 1e-3, threads: 2 })
    try {
      for (let s = 0; s < 3; s++) {
        const g = randomMap(30 + s, sizes)
        const g2 = new Map([...g].map(([k, v]) => [k, v.slice()]))
        const lent = g2.get('b.weight')!
        expect(split.step(g2)).toEqual(single.step(g))
        // b.weight went to the helper thread (its old view is detached) and came back as a new view.
        expect(lent.length).toBe(0)
        expect(g2.get('b.weight')!.length).toBe(30001)
      }
      for (const name of Object.keys(sizes)) {
        expect(two.get(name), name).toEqual(one.get(name))
        expect(split.state().get(name)!.m, name).toEqual(single.state().get(name)!.m)
        expect(split.state().get(name)!.step).toBe(3)
      }
      expect(two.get('d.weight')!.buffer).toBe(shared.buffer)
    } finally {
      await split.close()
      await split.close()
    }
  })

  describe('replicas (replica-corrected second moment)', () => {
    it('R = 1, from init or per step, is bit for bit plain AdamW on both kernels', () => {
      const sizes = { 'a.weight': 32768 + 9, 'a.bias': 5 }
      for (const kernel of ['wasm', 'js'] as const) {
        const plain = randomMap(11, sizes)
        const init = new Map([...plain].map(([k, v]) => [k, v.slice()]))
        const perStep = new Map([...plain].map(([k, v]) => [k, v.slice()]))
        const a = new AdamW(plain, { lr: 1e-2, kernel })
        const b = new AdamW(init, { lr: 1e-2, kernel, replicas: 1 })
        const c = new AdamW(perStep, { lr: 1e-2, kernel, replicas: 4 })
        for (let s = 0; s < 4; s++) {
          const g = randomMap(40 + s, sizes)
          a.step(g)
          b.step(g)
          c.step(g, { replicas: 1 })
        }
        for (const name of Object.keys(sizes)) {
          expect(init.get(name), `${kernel} ${name}`).toEqual(plain.get(name))
          expect(perStep.get(name), `${kernel} ${name}`).toEqual(plain.get(name))
          expect(b.state().get(name)!.v).toEqual(a.state().get(name)!.v)
        }
      }
    })

    it('R = 2 by hand: two steps of one decayed and one plain coordinate', () => {
      // lr 0.1, betas 0.9/0.999, weight decay 0.5 on the matrix; gradients 1 then -0.5.
      // Step 1: m_hat = 1, v_hat = 1, estimate 1/2 + 1/2 = 1: Adam's step 0.1 (p 0.9; decayed 0.85).
      // Step 2: m = 0.04, v = 0.001249; m_hat = 0.04/0.19, v_hat = 0.001249/0.001999;
      //   estimate v_hat/2 + m_hat^2/2 = 0.33457 -> step 0.1 * 0.210526 / 0.578418 = 0.0363969
      //   (plain Adam divides by sqrt(v_hat) = 0.790451: 0.0266337).
      for (const kernel of ['wasm', 'js'] as const) {
        const params = new Map([['x.weight', new Float32Array([1])], ['x.bias', new Float32Array([1])]])
        const opt = new AdamW(params, { lr: 0.1, weightDecay: 0.5, clipNorm: Number.POSITIVE_INFINITY, kernel, replicas: 2 })
        for (const g of [1, -0.5]) opt.step(new Map([['x.weight', new Float32Array([g])], ['x.bias', new Float32Array([g])]]))
        expect(params.get('x.bias')![0], kernel).toBeCloseTo(0.8636030572, 6)
        expect(params.get('x.weight')![0], kernel).toBeCloseTo(0.7711030572, 6)
        // The stored moments are plain Adam's.
        expect(opt.state().get('x.bias')!.m[0]).toBeCloseTo(0.04, 7)
        expect(opt.state().get('x.bias')!.v[0]).toBeCloseTo(0.001249, 9)
      }
    })

    it("caps the momentum term at v_hat: a gradient spike after a quiet spell steps as plain Adam's, not shorter", () => {
      // 500 steps of zero gradient (m = v = 0, no move), then g = 1 at t = 501, R = 2, lr 0.1:
      // m = 0.1, v = 0.001, m_hat^2 = 0.01 but v_hat = 0.001 / (1 - 0.999^501) = 0.0025366. A fresh
      // spike's m_hat^2 is not the long-run mu^2 that the estimate needs (m forgets 100x faster than
      // v); uncapped, v_hat/2 + m_hat^2/2 = 0.0062683 gives a step of 0.126306; capped it is v_hat,
      // plain Adam's 0.1 * 0.1 / sqrt(0.0025366) = 0.198552.
      for (const kernel of ['wasm', 'js'] as const) {
        const params = new Map([['x.bias', new Float32Array([0])]])
        const opt = new AdamW(params, { lr: 0.1, clipNorm: Number.POSITIVE_INFINITY, kernel, replicas: 2 })
        const zero = new Map([['x.bias', new Float32Array([0])]])
        for (let t = 0; t < 500; t++) opt.step(zero)
        expect(params.get('x.bias')![0]).toBe(0)
        opt.step(new Map([['x.bias', new Float32Array([1])]]))
        expect(params.get('x.bias')![0], kernel).toBeCloseTo(-0.198552, 5)
      }
    })

    it('a steady gradient (signal only) steps as plain Adam; alternating signs (noise only) step longer', () => {
      const run = (replicas: number, grads: number[]): number => {
        const params = new Map([['x.bias', new Float32Array([0])]])
        const opt = new AdamW(params, { lr: 0.01, clipNorm: Number.POSITIVE_INFINITY, replicas })
        for (const g of grads) opt.step(new Map([['x.bias', new Float32Array([g])]]))
        return params.get('x.bias')![0]!
      }
      const steady = Array(30).fill(0.3)
      expect(run(4, steady)).toBeCloseTo(run(1, steady), 5)
      // Zero-mean gradients: the moves of plain Adam are scaled up by close to sqrt(R) once m_hat^2 << v_hat.
      const noise = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 1 : -1))
      const last = (replicas: number): number => run(replicas, noise) - run(replicas, noise.slice(0, -1))
      const ratio = last(4) / last(1)
      expect(ratio).toBeGreaterThan(1.5)
      expect(ratio).toBeLessThanOrEqual(2)
    })

    it('the SIMD kernel, the scalar loop and two threads agree at R = 3', async () => {
      const sizes = { 'a.weight': 32768 * 2 + 3, 'b.weight': 32767, 'c.bias': 1, 'd.bias': 6 }
      const pw = randomMap(7, sizes)
      const pj = new Map([...pw].map(([k, v]) => [k, v.slice()]))
      const pt = new Map([...pw].map(([k, v]) => [k, v.slice()]))
      const wasm = new AdamW(pw, { lr: 1e-3, clipNorm: 0.5, kernel: 'wasm', replicas: 3 })
      const js = new AdamW(pj, { lr: 1e-3, clipNorm: 0.5, kernel: 'js', replicas: 3 })
      const two = new AdamW(pt, { lr: 1e-3, clipNorm: 0.5, threads: 2, replicas: 3 })
      const plain = randomMap(7, sizes)
      const ref = new AdamW(plain, { lr: 1e-3, clipNorm: 0.5 })
      try {
        for (let s = 0; s < 3; s++) {
          const g = randomMap(50 + s, sizes)
          wasm.step(g, { gradScale: 0.25 })
          js.step(g, { gradScale: 0.25 })
          ref.step(g, { gradScale: 0.25 })
          two.step(new Map([...g].map(([k, v]) => [k, v.slice()])), { gradScale: 0.25 })
        }
        for (const name of Object.keys(sizes)) {
          expect(relErr(pw.get(name)!, pj.get(name)!), name).toBeLessThan(1e-6)
          expect(pt.get(name), name).toEqual(pw.get(name))
          // and the correction did change the update
          expect(relErr(pw.get(name)!, plain.get(name)!), name).toBeGreaterThan(1e-6)
        }
      } finally {
        await two.close()
      }
    })

    it('refuses a replica count that is not a whole number >= 1', () => {
      const params = new Map([['x.bias', new Float32Array(1)]])
      expect(() => new AdamW(params, { replicas: 0 })).toThrow(/replicas must be a whole number >= 1, got 0/)
      expect(() => new AdamW(params).step(new Map([['x.bias', new Float32Array(1)]]), { replicas: 1.5 })).toThrow(/got 1.5/)
    })
  })

  it('decays matrices only: not biases nor LayerNorm weights', () => {
    expect(decaysMatricesOnly('transformer.wte.weight')).toBe(true)
    expect(decaysMatricesOnly('transformer.h.5.attn.v_proj.weight')).toBe(true)
    expect(decaysMatricesOnly('lm_head.weight')).toBe(true)
    expect(decaysMatricesOnly('lm_head.bias')).toBe(false)
    expect(decaysMatricesOnly('transformer.h.5.ln_1.weight')).toBe(false)
    expect(decaysMatricesOnly('transformer.ln_f.bias')).toBe(false)
    // zero gradient: only the decay moves a decayed parameter, nothing moves the others
    const params = new Map([['a.weight', new Float32Array([2])], ['a.bias', new Float32Array([2])]])
    new AdamW(params, { lr: 0.1, weightDecay: 0.5 }).step(new Map([['a.weight', new Float32Array(1)], ['a.bias', new Float32Array(1)]]))
    expect(params.get('a.weight')![0]).toBeCloseTo(2 * (1 - 0.05), 6)
    expect(params.get('a.bias')![0]).toBe(2)
  })

  it('skips a step with a non-finite gradient, changing nothing', () => {
    const params = randomMap(1, { 'x.weight': 10 })
    const before = params.get('x.weight')!.slice()
    const opt = new AdamW(params)
    const g = new Float32Array(10)
    g[3] = Number.POSITIVE_INFINITY
    const r = opt.step(new Map([['x.weight', g]]))
    expect(r.applied).toBe(false)
    expect(params.get('x.weight')).toEqual(before)
    expect(opt.stepCount).toBe(0)
    expect(hasNonFinite([g])).toBe(true)
    expect(hasNonFinite([new Float32Array(3)])).toBe(false)
  })

  it('uses a global norm given by the caller (pipeline stages) and the gradient scale', () => {
    const p1 = randomMap(2, { 'x.weight': 50 })
    const p2 = new Map([['x.weight', p1.get('x.weight')!.slice()]])
    const g = randomMap(3, { 'x.weight': 50 })
    const doubled = new Map([['x.weight', g.get('x.weight')!.map((v) => 2 * v)]])
    // The other stages' gradients make the global norm 10x this stage's: clipping is 10x stronger.
    const own = gradSqSum(g.values())
    const a = new AdamW(p1, { lr: 0.01, clipNorm: 0.1 }).step(g, { gradSqSumGlobal: own * 100 })
    const b = new AdamW(p2, { lr: 0.01, clipNorm: 0.1 }).step(doubled, { gradScale: 0.5, gradSqSumGlobal: own * 100 })
    expect(a.gradNorm).toBeCloseTo(10 * Math.sqrt(own), 10)
    expect(a.clipFactor).toBeCloseTo(0.1 / (10 * Math.sqrt(own) + 1e-6), 12)
    expect(b.gradNorm).toBeCloseTo(a.gradNorm, 10)
    expect(p1.get('x.weight')).toEqual(p2.get('x.weight'))
    expect(gradSqSum(doubled.values(), 0.5)).toBeCloseTo(own, 10)
  })

  it('resumes from state() / loadState() through a checkpoint file exactly as if never interrupted', async () => {
    const sizes = { 'a.weight': 30, 'a.bias': 5 }
    const grads = [1, 2, 3, 4].map((s) => randomMap(100 + s, sizes))
    const straight = randomMap(9, sizes)
    const opt = new AdamW(straight, { lr: 1e-3 })
    for (const g of grads) opt.step(g)

    const resumed = randomMap(9, sizes)
    const first = new AdamW(resumed, { lr: 1e-3 })
    first.step(grads[0]!)
    first.step(grads[1]!)
    // through a checkpoint file's tensors
    const file = join(await mkdtemp(join(tmpdir(), 'tandem-adamw-')), 'state.safetensors')
    await writeTensors(file, adamStateToTensors(first.state(), new Map([['a.weight', [5, 6]], ['a.bias', [5]]])))
    const back = await readTensors(file)
    expect(back.get('exp_avg.a.weight')!.shape).toEqual([5, 6])
    expect(back.get('step.a.bias')!.data[0]).toBe(2)
    const second = new AdamW(resumed, { lr: 1e-3 })
    second.loadState(adamStateFromTensors(back, resumed.keys()))
    await rm(dirname(file), { recursive: true })
    second.step(grads[2]!)
    second.step(grads[3]!)
    expect(resumed).toEqual(straight)
    expect(() => second.loadState(new Map())).toThrow(/no state for 'a.weight'/)
    expect(() => second.step(new Map())).toThrow(/no gradient for 'a.weight'/)
    expect(() => adamStateFromTensors(back, ['b.weight'])).toThrow(/optimizer state of 'b.weight' is incomplete/)
  })
})

describe('learning-rate schedule', () => {
  it('warms up linearly, then stays constant or follows a cosine to the floor', () => {
    expect([1, 2, 4, 5, 100].map((t) => lrAt(1, t, { warmupSteps: 4 }))).toEqual([0.25, 0.5, 1, 1, 1])
    const s = { warmupSteps: 10, decay: 'cosine' as const, totalSteps: 110, minLrRatio: 0.1 }
    expect(lrAt(2, 10, s)).toBe(2)
    expect(lrAt(2, 60, s)).toBeCloseTo(2 * 0.55, 12)
    expect(lrAt(2, 110, s)).toBeCloseTo(0.2, 12)
    expect(lrAt(2, 500, s)).toBeCloseTo(0.2, 12)
    expect(() => lrAt(1, 5, { decay: 'cosine' })).toThrow(/totalSteps/)
  })
})
