// Every backward rule checked against central finite differences, in float64 on ONNX Runtime's CPU
// provider (which runs every op here in double). Loss = sum(op(x) * R) with a fixed random R, so
// each output element contributes with its own weight. Tolerance: |analytic - numeric| <=
// ATOL + RTOL * |numeric| with eps = 1e-6 (truncation error ~eps^2, rounding ~1e-16/eps).
import * as ort from 'onnxruntime-node'
import { describe, expect, it } from 'vitest'
import { emitModel } from '../../src/graph/emit-onnx.js'
import { Graph, type Value } from '../../src/graph/graph.js'
import { grad, RULES } from '../../src/graph/gradients.js'
import * as o from '../../src/graph/ops.js'
import { geluNew } from '../../src/gptj-graph.js'

const EPS = 1e-6
const ATOL = 1e-7
const RTOL = 1e-6

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

interface InputSpec {
  shape: number[]
  /** Values drawn from [lo, hi) (default [-1, 1)). */
  lo?: number
  hi?: number
}

interface Tolerance {
  eps: number
  atol: number
  rtol: number
}

const DOUBLE: Tolerance = { eps: EPS, atol: ATOL, rtol: RTOL }

async function checkGradients(build: (g: Graph, xs: Value[]) => Value, specs: InputSpec[], tol = DOUBLE, seed = 1): Promise<void> {
  const { eps, atol, rtol } = tol
  const rand = rng(seed)
  const g = new Graph()
  const xs = specs.map((s, i) => g.input(`x${i}`, 'float64', s.shape))
  const y = build(g, xs)
  const r = o.constant(g, Float64Array.from({ length: y.size }, () => rand() * 2 - 1), 'float64', y.shape)
  const loss = o.reduceSum(o.mul(y, r), [...Array(y.rank).keys()], false)
  const grads = grad(loss, xs)
  const outputs: Record<string, Value> = { loss }
  grads.forEach((gr, i) => {
    if (gr) outputs[`g${i}`] = gr
  })
  const full = await ort.InferenceSession.create(emitModel(g, { outputs }).bytes)
  const lossOnly = await ort.InferenceSession.create(emitModel(g, { outputs: { loss } }).bytes)
  const data = specs.map((s) => {
    const lo = s.lo ?? -1
    const hi = s.hi ?? 1
    return Float64Array.from({ length: s.shape.reduce((a, b) => a * b, 1) }, () => lo + (hi - lo) * rand())
  })
  const feeds = (): Record<string, ort.Tensor> =>
    Object.fromEntries(data.map((d, i) => [`x${i}`, new ort.Tensor('float64', d, specs[i]!.shape)]))
  const analytic = await full.run(feeds())
  const f = async (): Promise<number> => ((await lossOnly.run(feeds())).loss!.data as Float64Array)[0]!
  for (let i = 0; i < specs.length; i++) {
    const gi = analytic[`g${i}`]
    expect(gi, `gradient of input ${i}`).toBeDefined()
    const ga = gi!.data as Float64Array
    const d = data[i]!
    for (let k = 0; k < d.length; k++) {
      const keep = d[k]!
      d[k] = keep + eps
      const up = await f()
      d[k] = keep - eps
      const down = await f()
      d[k] = keep
      const numeric = (up - down) / (2 * eps)
      const err = Math.abs(ga[k]! - numeric)
      if (err > atol + rtol * Math.abs(numeric)) {
        throw new Error(`input ${i} element ${k}: analytic ${ga[k]} vs numeric ${numeric} (error ${err})`)
      }
    }
  }
}

type Case = [op: string, build: (g: Graph, xs: Value[]) => Value, specs: InputSpec[], tol?: Tolerance]

/** A round trip through float32 rounds to 2^-24 relative: eps 1e-2 keeps that error near 1e-6. */
const THROUGH_FLOAT32: Tolerance = { eps: 1e-2, atol: 1e-5, rtol: 1e-5 }

/**
 * ONNX Runtime's FastGelu computes even float64 in float32 arithmetic (about 1e-7 absolute):
 * eps 1e-2 keeps that noise near 1e-5, and the truncation error (eps^2 / 6 |f'''|) below 2e-5.
 */
const FLOAT32_KERNEL: Tolerance = { eps: 1e-2, atol: 1e-4, rtol: 1e-4 }

const cases: Case[] = [
  ['Add', (_, [a, b]) => o.add(a!, b!), [{ shape: [2, 3] }, { shape: [3] }]],
  ['Sub', (_, [a, b]) => o.sub(a!, b!), [{ shape: [2, 1, 3] }, { shape: [4, 1] }]],
  ['Mul', (_, [a, b]) => o.mul(a!, b!), [{ shape: [2, 3] }, { shape: [2, 1] }]],
  ['Div', (_, [a, b]) => o.div(a!, b!), [{ shape: [2, 3] }, { shape: [3], lo: 0.5, hi: 2 }]],
  ['Pow', (_, [a, b]) => o.pow(a!, b!), [{ shape: [2, 3], lo: 0.5, hi: 2 }, { shape: [3], lo: 0.5, hi: 3 }]],
  ['Max', (_, [a, b]) => o.max(a!, b!), [{ shape: [3, 4] }, { shape: [4] }]],
  ['Sum', (_, [a, b, c]) => o.sum([a!, b!, c!]), [{ shape: [2, 3] }, { shape: [3] }, { shape: [2, 1] }]],
  ['Neg', (_, [a]) => o.neg(a!), [{ shape: [5] }]],
  ['Identity', (_, [a]) => o.identity(a!), [{ shape: [5] }]],
  ['Tanh', (_, [a]) => o.tanh(a!), [{ shape: [2, 3], lo: -2, hi: 2 }]],
  ['Sigmoid', (_, [a]) => o.sigmoid(a!), [{ shape: [2, 3], lo: -3, hi: 3 }]],
  ['FastGelu', (_, [a]) => o.fastGelu(a!), [{ shape: [3, 4], lo: -4, hi: 4 }], FLOAT32_KERNEL],
  ['Exp', (_, [a]) => o.exp(a!), [{ shape: [2, 3] }]],
  ['Log', (_, [a]) => o.log(a!), [{ shape: [2, 3], lo: 0.5, hi: 2 }]],
  ['Sqrt', (_, [a]) => o.sqrt(a!), [{ shape: [2, 3], lo: 0.5, hi: 2 }]],
  ['Sin', (_, [a]) => o.sin(a!), [{ shape: [2, 3], lo: -3, hi: 3 }]],
  ['Cos', (_, [a]) => o.cos(a!), [{ shape: [2, 3], lo: -3, hi: 3 }]],
  ['Reciprocal', (_, [a]) => o.reciprocal(a!), [{ shape: [2, 3], lo: 0.5, hi: 2 }]],
  ['MatMul', (_, [a, b]) => o.matmul(a!, b!), [{ shape: [2, 3, 4] }, { shape: [2, 4, 5] }]],
  ['MatMul (broadcast batch)', (_, [a, b]) => o.matmul(a!, b!), [{ shape: [2, 1, 3, 4] }, { shape: [3, 4, 2] }]],
  ['MatMul (shared 2-D weight)', (_, [a, b]) => o.matmul(a!, b!), [{ shape: [2, 3, 4] }, { shape: [4, 5] }]],
  ['Gemm', (_, [a, b, c]) => o.gemm(a!, b!, c!, { alpha: 0.7, beta: 1.3 }), [{ shape: [3, 4] }, { shape: [4, 2] }, { shape: [2] }]],
  ['Gemm transB', (_, [a, b, c]) => o.gemm(a!, b!, c!, { transB: true }), [{ shape: [3, 4] }, { shape: [2, 4] }, { shape: [3, 1] }]],
  ['Gemm transA', (_, [a, b]) => o.gemm(a!, b!, null, { transA: true, alpha: 2 }), [{ shape: [4, 3] }, { shape: [4, 2] }]],
  ['Gemm transA transB', (_, [a, b]) => o.gemm(a!, b!, null, { transA: true, transB: true }), [{ shape: [4, 3] }, { shape: [2, 4] }]],
  ['Softmax', (_, [a]) => o.softmax(a!, -1), [{ shape: [2, 5], lo: -2, hi: 2 }]],
  ['Softmax (axis 0)', (_, [a]) => o.softmax(a!, 0), [{ shape: [3, 2], lo: -2, hi: 2 }]],
  ['LogSoftmax', (_, [a]) => o.logSoftmax(a!, -1), [{ shape: [2, 5], lo: -2, hi: 2 }]],
  ['LayerNormalization', (_, [x, s, b]) => o.layerNorm(x!, s!, b!, 1e-5)[0]!, [{ shape: [2, 3, 6] }, { shape: [6] }, { shape: [6] }]],
  ['ReduceSum', (_, [a]) => o.reduceSum(a!, [0, 2], true), [{ shape: [2, 3, 4] }]],
  ['ReduceSum (drop axes)', (_, [a]) => o.reduceSum(a!, [1], false), [{ shape: [2, 3, 4] }]],
  ['ReduceMean', (_, [a]) => o.reduceMean(a!, [-1], false), [{ shape: [2, 3, 4] }]],
  ['Reshape', (_, [a]) => o.reshape(a!, [3, -1]), [{ shape: [2, 3, 2] }]],
  ['Transpose', (_, [a]) => o.transpose(a!, [2, 0, 1]), [{ shape: [2, 3, 4] }]],
  ['Concat', (_, [a, b]) => o.concat([a!, b!, a!], 1), [{ shape: [2, 1, 3] }, { shape: [2, 2, 3] }]],
  ['Slice', (_, [a]) => o.slice(a!, [1, 0], [3, -1], [1, 2]), [{ shape: [2, 4, 3] }]],
  ['Pad', (_, [a]) => o.pad(a!, [0, 1, 2, 0]), [{ shape: [2, 3] }]],
  ['Gather', (g, [a]) => o.gather(a!, o.constant(g, [2, 0, 2, 1], 'int32', [2, 2])), [{ shape: [3, 4] }]],
  ['GatherElements', (g, [a]) => o.gatherElements(a!, o.constant(g, [1, 0, 1, 2, 2, 0], 'int32', [2, 3]), 1), [{ shape: [2, 4] }]],
  [
    'SoftmaxCrossEntropyLoss',
    (g, [a]) => o.softmaxCrossEntropy(a!, o.constant(g, [2, -100, 0, 3], 'int32', [4]), -100)[0]!,
    [{ shape: [4, 5], lo: -2, hi: 2 }],
  ],
  [
    'Where',
    (g, [a, b]) => o.where(o.constant(g, [1, 0, 1], 'bool', [3]), a!, b!),
    [{ shape: [2, 3] }, { shape: [2, 1] }],
  ],
  ['Cast', (_, [a]) => o.cast(o.mul(o.cast(a!, 'float32'), 2), 'float64'), [{ shape: [4] }], THROUGH_FLOAT32],
  ['Expand', (_, [a]) => o.expand(a!, [2, 3, 4]), [{ shape: [3, 1] }]],
]

describe('backward rules', () => {
  for (const [name, build, specs, tol] of cases) {
    it(`${name} matches central finite differences`, async () => {
      await checkGradients(build, specs, tol)
    })
  }

  it('has a finite-difference case for every rule that carries a gradient', () => {
    const nonDiff = new Set(['Equal', 'Less', 'LessOrEqual', 'Greater', 'And', 'Or', 'Not'])
    const tested = new Set(cases.map(([name]) => name.split(' ')[0]!))
    for (const op of Object.keys(RULES)) {
      if (!nonDiff.has(op)) expect(tested, `no case for ${op}`).toContain(op)
    }
  })

  it('composes: a small MLP with LayerNorm, tanh and softmax', async () => {
    await checkGradients(
      (_, [x, w, b, s, sh]) => {
        const h = o.layerNorm(o.tanh(o.add(o.matmul(x!, w!), b!)), s!, sh!, 1e-5)[0]!
        return o.softmax(o.mul(h, h))
      },
      [{ shape: [2, 3, 4] }, { shape: [4, 5] }, { shape: [5] }, { shape: [5] }, { shape: [5] }],
    )
  })

  it('gelu_new as FastGelu matches the primitive chain, value and gradient (float32)', async () => {
    const g = new Graph()
    const n = 4096
    const x = g.input('x', 'float32', [n])
    const fused = geluNew(x, 'fused')
    const chain = geluNew(x, 'primitive')
    expect(fused.producer!.op).toBe('FastGelu')
    const [gf] = grad(o.reduceSum(fused, [0], false), [x])
    const [gc] = grad(o.reduceSum(chain, [0], false), [x])
    const s = await ort.InferenceSession.create(emitModel(g, { outputs: { fused, chain, gf: gf!, gc: gc! } }).bytes)
    const xs = Float32Array.from({ length: n }, (_, i) => -6 + (12 * i) / n)
    const r = await s.run({ x: new ort.Tensor('float32', xs, [n]) })
    // Against gelu_new and its derivative in float64.
    const A = Math.sqrt(2 / Math.PI)
    const value = (v: number): number => 0.5 * v * (1 + Math.tanh(A * (v + 0.044715 * v ** 3)))
    const slope = (v: number): number => {
      const t = Math.tanh(A * (v + 0.044715 * v ** 3))
      return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * A * (1 + 3 * 0.044715 * v * v)
    }
    const err = (name: string, f: (v: number) => number): number => {
      const p = r[name]!.data as Float32Array
      let e = 0
      for (let i = 0; i < n; i++) e = Math.max(e, Math.abs(p[i]! - f(xs[i]!)))
      return e
    }
    // Values up to 6, slopes up to 1.13. The primitive chain lands at about 7e-7 and 4e-6 (float32
    // rounding, ONNX Runtime's approximate tanh): the fused form must be as accurate.
    expect(err('fused', value)).toBeLessThan(1e-6)
    expect(err('gf', slope)).toBeLessThan(5e-6)
    expect(err('chain', value)).toBeLessThan(1e-6)
    expect(err('gc', slope)).toBeLessThan(5e-6)
  })

  it('refuses to differentiate an op without a rule, naming the op', () => {
    const g = new Graph()
    const x = g.input('x', 'float32', [2, 3])
    const m = o.reduceMax(x, [1], false)
    expect(() => grad(o.reduceSum(m, [0], false), [x])).toThrow(/no backward rule for op 'ReduceMax'/)
  })

  it('gives no gradient through integer and boolean values', () => {
    const g = new Graph()
    const x = g.input('x', 'float32', [3])
    const mask = o.greater(x, 0)
    const y = o.reduceSum(o.cast(mask, 'float32'), [0], false)
    expect(grad(y, [x])).toEqual([null])
  })
})
