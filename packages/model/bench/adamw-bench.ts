// AdamW on CPU three ways, for one stage's parameters of a preset: the scalar JavaScript loop, the
// WebAssembly SIMD kernel (what AdamW uses; on one thread and split over two), and an ONNX graph of the same update on ONNX Runtime
// (elementwise kernels, intra-op threads). Times one update (after the global-norm pass, which is
// timed on its own), median of a few; prints one JSON line. Never a test: numbers are reported.
//   npx tsx packages/model/bench/adamw-bench.ts [--preset small] [--threads 2] [--steps 5]
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import * as ort from 'onnxruntime-node'
import { AdamW, decaysMatricesOnly, gradSqSum } from '../src/adamw.js'
import { PRESETS, type PresetName, stageParams } from '../src/config.js'
import { emitModel } from '../src/graph/emit-onnx.js'
import { Graph, type Value } from '../src/graph/graph.js'
import * as o from '../src/graph/ops.js'
import { sessionOptions } from '../src/session/ort-options.js'

const { values: a } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    threads: { type: 'string', default: String(availableParallelism()) },
    steps: { type: 'string', default: '5' },
  },
})
const config = PRESETS[a.preset as PresetName]
const specs = stageParams(config, { start: 0, end: config.nLayer })
const threads = Number(a.threads)
const steps = Number(a.steps)
const B1 = 0.9
const B2 = 0.999
const EPS = 1e-8
const LR = 1e-4
const WD = 0.01

const fill = (n: number, seed: number): Float32Array => Float32Array.from({ length: n }, (_, i) => (((i + seed) * 7919) % 1000) / 1e5 - 0.005)
const sizes = specs.map((s) => s.shape.reduce((x, y) => x * y, 1))
const params = new Map(specs.map((s, i) => [s.name, fill(sizes[i]!, 1)]))
const grads = new Map(specs.map((s, i) => [s.name, fill(sizes[i]!, 2)]))
const total = sizes.reduce((x, y) => x + y, 0)

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y)
  return s[Math.floor(s.length / 2)]!
}

async function timeKernel(kernel: 'wasm' | 'js', threads: 1 | 2 = 1): Promise<number> {
  const opt = new AdamW(params, { lr: LR, weightDecay: WD, kernel, clipNorm: Number.POSITIVE_INFINITY, threads })
  const ms: number[] = []
  const sq = gradSqSum(grads.values())
  for (let i = 0; i <= steps; i++) {
    const t0 = performance.now()
    // The norm is given, so this times the update pass alone.
    opt.step(grads, { gradSqSumGlobal: sq })
    if (i > 0) ms.push(performance.now() - t0)
  }
  await opt.close()
  return median(ms)
}

function timeNorm(): { wasm: number; js: number } {
  const wasm: number[] = []
  const js: number[] = []
  for (let i = 0; i <= steps; i++) {
    let t0 = performance.now()
    gradSqSum(grads.values())
    if (i > 0) wasm.push(performance.now() - t0)
    t0 = performance.now()
    let s = 0
    for (const g of grads.values()) for (let k = 0; k < g.length; k++) s += g[k]! * g[k]!
    if (i > 0) js.push(performance.now() - t0)
    if (!Number.isFinite(s)) throw new Error('non-finite gradients')
  }
  return { wasm: median(wasm), js: median(js) }
}

/** The same update as an ONNX graph: per parameter p, g, m, v in; p', m', v' out (into preallocated buffers). */
async function timeOnnx(): Promise<number> {
  const g = new Graph()
  const gs = g.input('grad_scale', 'float32', [])
  const ss = g.input('step_size', 'float32', [])
  const inv = g.input('inv_bc2_sqrt', 'float32', [])
  const keep = g.input('keep', 'float32', [])
  const outputs: Record<string, Value> = {}
  specs.forEach((s, i) => {
    const n = sizes[i]!
    const p = g.input(`p.${s.name}`, 'float32', [n])
    const gr = o.mul(g.input(`g.${s.name}`, 'float32', [n]), gs)
    const m = o.add(o.mul(g.input(`m.${s.name}`, 'float32', [n]), B1), o.mul(gr, 1 - B1))
    const v = o.add(o.mul(g.input(`v.${s.name}`, 'float32', [n]), B2), o.mul(o.mul(gr, gr), 1 - B2))
    const denom = o.add(o.mul(o.sqrt(v), inv), EPS)
    const decayed = decaysMatricesOnly(s.name) ? o.mul(p, keep) : p
    outputs[`p2.${s.name}`] = o.sub(decayed, o.div(o.mul(m, ss), denom))
    outputs[`m2.${s.name}`] = m
    outputs[`v2.${s.name}`] = v
  })
  const session = await ort.InferenceSession.create(emitModel(g, { outputs, name: 'adamw' }).bytes, sessionOptions({ device: 'cpu', threads }))
  type Buffers = Record<'p' | 'm' | 'v', Map<string, Float32Array>>
  const state: Buffers = { p: params, m: new Map(specs.map((s, i) => [s.name, new Float32Array(sizes[i]!)])), v: new Map(specs.map((s, i) => [s.name, new Float32Array(sizes[i]!)])) }
  // Double buffers: the outputs of one step are the inputs of the next (ONNX Runtime may not write an input).
  const other: Buffers = { p: new Map(specs.map((s, i) => [s.name, new Float32Array(sizes[i]!)])), m: new Map(specs.map((s, i) => [s.name, new Float32Array(sizes[i]!)])), v: new Map(specs.map((s, i) => [s.name, new Float32Array(sizes[i]!)])) }
  let cur = state
  let nxt = other
  const ms: number[] = []
  for (let t = 1; t <= steps + 1; t++) {
    const feeds: Record<string, ort.Tensor> = {
      grad_scale: new ort.Tensor('float32', Float32Array.of(1), []),
      step_size: new ort.Tensor('float32', Float32Array.of(LR / (1 - B1 ** t)), []),
      inv_bc2_sqrt: new ort.Tensor('float32', Float32Array.of(1 / Math.sqrt(1 - B2 ** t)), []),
      keep: new ort.Tensor('float32', Float32Array.of(1 - LR * WD), []),
    }
    const fetches: Record<string, ort.Tensor> = {}
    specs.forEach((s, i) => {
      const dims = [sizes[i]!]
      feeds[`p.${s.name}`] = new ort.Tensor('float32', cur.p.get(s.name)!, dims)
      feeds[`g.${s.name}`] = new ort.Tensor('float32', grads.get(s.name)!, dims)
      feeds[`m.${s.name}`] = new ort.Tensor('float32', cur.m.get(s.name)!, dims)
      feeds[`v.${s.name}`] = new ort.Tensor('float32', cur.v.get(s.name)!, dims)
      fetches[`p2.${s.name}`] = new ort.Tensor('float32', nxt.p.get(s.name)!, dims)
      fetches[`m2.${s.name}`] = new ort.Tensor('float32', nxt.m.get(s.name)!, dims)
      fetches[`v2.${s.name}`] = new ort.Tensor('float32', nxt.v.get(s.name)!, dims)
    })
    const t0 = performance.now()
    await session.run(feeds, fetches)
    if (t > 1) ms.push(performance.now() - t0)
    ;[cur, nxt] = [nxt, cur]
  }
  await session.release()
  return median(ms)
}

const norm = timeNorm()
const js = await timeKernel('js')
const wasm = await timeKernel('wasm')
const wasmTwo = await timeKernel('wasm', 2)
const onnx = await timeOnnx()
const wasm2 = await timeKernel('wasm')
const wasmTwo2 = await timeKernel('wasm', 2)
console.log(
  JSON.stringify({
    preset: a.preset,
    params: total,
    threads,
    updateMs: { js, wasm: Math.min(wasm, wasm2), wasmTwoThreads: Math.min(wasmTwo, wasmTwo2), onnx },
    normMs: norm,
    nsPerParam: { js: (js * 1e6) / total, wasm: (Math.min(wasm, wasm2) * 1e6) / total, wasmTwoThreads: (Math.min(wasmTwo, wasmTwo2) * 1e6) / total, onnx: (onnx * 1e6) / total },
  }),
)
