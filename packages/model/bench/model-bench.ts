// The CPU training benchmark behind `tandem bench model`: forward + backward + AdamW of a GPT-J
// preset on ONNX Runtime, with achieved GFLOP/s, against a plain ONNX Runtime MatMul of the MLP's
// size measured in the same process and thread setting. Never a test: numbers are reported.
import { availableParallelism } from 'node:os'
import type { TokenBatch } from '@tandem/proto'
import { AdamW } from '../src/adamw.js'
import { evenSplit, type GPTJConfig, PRESETS, type PresetName } from '../src/config.js'
import type { GeluMode, LinearMode } from '../src/gptj-graph.js'
import { emitModel } from '../src/graph/emit-onnx.js'
import { Graph } from '../src/graph/graph.js'
import * as o from '../src/graph/ops.js'
import { initParams } from '../src/init.js'
import type { Device } from '../src/session/ort-options.js'
import { SessionHost } from '../src/session/session-host.js'
import type { ActivationMode, Precision } from '../src/stage-graph.js'
import { StageRuntime } from '../src/stage-runtime.js'

export interface ModelBenchOptions {
  preset?: PresetName
  batch?: number
  seq?: number
  /** Timed steps (after one warm-up step). */
  steps?: number
  /** Pipeline stages chained in this process (1: the whole model in one fused graph). */
  stages?: number
  activations?: ActivationMode
  linear?: LinearMode
  threads?: number
  device?: Device
  precision?: Precision
  memPattern?: boolean
  gelu?: GeluMode
  /** AdamW's update loop (see AdamWInit.kernel). */
  adamwKernel?: 'wasm' | 'js'
  /** AdamW's threads (default: 2 when ONNX Runtime has 2 or more and the kernel is wasm; ORT idles during the update). */
  adamwThreads?: 1 | 2
}

export interface ModelBenchResult {
  preset: string
  batch: number
  seq: number
  stages: number
  activations: ActivationMode
  linear: LinearMode
  memPattern: boolean
  gelu: GeluMode
  device: Device
  precision: Precision
  threads: number
  params: number
  tokensPerStep: number
  /** Model FLOPs of forward + backward per step (3x the forward's matrix products; recomputation not counted). */
  gflopPerStep: number
  stepMs: { median: number; min: number; max: number }
  forwardBackwardMs: number
  optimizerMs: number
  /** CPU time of the whole process (all threads) per step: steadier than wall time on a shared machine. */
  cpuMsPerStep: number
  optimizer: string
  tokensPerSec: number
  achievedGflops: number
  matmul: { shape: [number, number, number]; gflops: number; gemmTransBGflops: number }
  /** achievedGflops / matmul.gflops */
  matmulFraction: number
  setupMs: number
  peakRssMiB: number
  loss: { first: number; last: number }
}

/** Forward FLOPs of the matrix products (attention over the full T x T, as the graph computes it). */
export function forwardFlops(c: GPTJConfig, batch: number, seq: number): number {
  const tokens = batch * seq
  const perLayer = 2 * tokens * (4 * c.nEmbd * c.nEmbd + 2 * c.nEmbd * c.nInner) + 4 * batch * seq * seq * c.nEmbd
  return c.nLayer * perLayer + 2 * tokens * c.nEmbd * c.vocabSize
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function syntheticBatch(config: GPTJConfig, batch: number, seq: number, seed: number): TokenBatch {
  let s = seed
  const next = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return s
  }
  const n = batch * seq
  const inputIds = Int32Array.from({ length: n }, () => next() % 50257)
  const labels = inputIds.slice()
  const prefixMask = Uint8Array.from({ length: n }, (_, i) => (i % seq < seq / 8 ? 1 : 0))
  for (let i = 0; i < n; i++) if (prefixMask[i]) labels[i] = -100
  void config
  return { batch, seq, inputIds, labels, segmentIds: new Int32Array(n), prefixMask }
}

/** GFLOP/s of one MatMul [m, k] x [k, n] (and Gemm with a [n, k] weight) in a session worker thread. */
async function matmulGflops(m: number, k: number, n: number, device: Device, threads: number): Promise<{ gflops: number; gemmTransBGflops: number }> {
  const host = new SessionHost()
  try {
    const g = new Graph()
    const a = g.input('a', 'float32', [m, k])
    const b = g.input('b', 'float32', [k, n])
    const w = g.input('w', 'float32', [n, k])
    await host.create('mm', emitModel(g, { outputs: { y: o.matmul(a, b) } }).bytes, { device, threads })
    await host.create('gemm', emitModel(g, { outputs: { y: o.gemm(a, w, null, { transB: true }) } }).bytes, { device, threads })
    const rand = (len: number) => Float32Array.from({ length: len }, (_, i) => ((i * 7919) % 1000) / 1000 - 0.5)
    const time = async (session: string, feeds: Record<string, Float32Array>, dims: Record<string, number[]>): Promise<number> => {
      const ms: number[] = []
      for (let i = 0; i < 12; i++) {
        const r = await host.run({ session, feeds: Object.fromEntries(Object.entries(feeds).map(([k2, d]) => [k2, { type: 'float32', dims: dims[k2]!, data: d }])) })
        if (i >= 2) ms.push(r.runMs)
      }
      return (2 * m * k * n) / (median(ms) * 1e6)
    }
    const A = rand(m * k)
    const B = rand(k * n)
    return {
      gflops: await time('mm', { a: A, b: B }, { a: [m, k], b: [k, n] }),
      gemmTransBGflops: await time('gemm', { a: A, w: B }, { a: [m, k], w: [n, k] }),
    }
  } finally {
    await host.close()
  }
}

export async function runModelBench(opts: ModelBenchOptions = {}): Promise<ModelBenchResult> {
  const preset = opts.preset ?? 'small'
  const config = PRESETS[preset]
  const B = opts.batch ?? 4
  const T = opts.seq ?? 512
  const steps = opts.steps ?? 3
  const stages = opts.stages ?? 1
  const activations = opts.activations ?? 'recompute'
  const linear = opts.linear ?? 'gemm'
  const threads = opts.threads ?? availableParallelism()
  const device = opts.device ?? 'cpu'
  const precision = opts.precision ?? 'fp32'
  const gelu = opts.gelu ?? (device === 'cpu' ? 'fused' : 'primitive')
  const adamwKernel = opts.adamwKernel ?? 'wasm'
  const adamwThreads = opts.adamwThreads ?? (adamwKernel === 'wasm' && threads >= 2 ? 2 : 1)

  const t0 = performance.now()
  const params = initParams(config, 1)
  const rts: StageRuntime[] = []
  let optimizers: AdamW[] = []
  try {
    for (const range of evenSplit(config.nLayer, stages)) {
      rts.push(await StageRuntime.create({ config, range, microBatch: B, seq: T, device, precision, threads, activations, linear, gelu, memPattern: opts.memPattern }, params))
    }
    params.clear()
    optimizers = rts.map((rt) => new AdamW(rt.params(), { lr: 1e-4, kernel: adamwKernel, threads: adamwThreads }))
    const setupMs = performance.now() - t0

    const stepMs: number[] = []
    const fbMs: number[] = []
    const optMs: number[] = []
    const cpuMs: number[] = []
    const losses: number[] = []
    for (let step = 0; step <= steps; step++) {
      const batch = syntheticBatch(config, B, T, step + 1)
      const s0 = performance.now()
      const c0 = process.cpuUsage()
      for (const rt of rts) rt.zeroGrad()
      let hidden: Float32Array | undefined
      for (const rt of rts) {
        const f = await rt.forward(0, hidden ? { batch, hidden } : { batch }, { transfer: true })
        hidden = f.hidden
        if (rt.last) losses.push(f.loss!)
      }
      let g: Float32Array | undefined
      for (const rt of [...rts].reverse()) g = (await rt.backward(0, g, { transfer: true })).gradInput
      const s1 = performance.now()
      for (let i = 0; i < rts.length; i++) optimizers[i]!.step(rts[i]!.gradients())
      const s2 = performance.now()
      const c = process.cpuUsage(c0)
      if (step > 0) {
        cpuMs.push((c.user + c.system) / 1000)
        stepMs.push(s2 - s0)
        fbMs.push(s1 - s0)
        optMs.push(s2 - s1)
      }
    }
    const mm = await matmulGflops(B * T, config.nEmbd, config.nInner, device, threads)
    const gflopPerStep = (3 * forwardFlops(config, B, T)) / 1e9
    const med = median(stepMs)
    const achieved = gflopPerStep / (med / 1000)
    return {
      preset,
      batch: B,
      seq: T,
      stages,
      activations,
      linear,
      memPattern: opts.memPattern ?? false,
      gelu,
      device,
      precision,
      threads,
      params: rts.reduce((n, rt) => n + [...rt.params().values()].reduce((a, p) => a + p.length, 0), 0),
      tokensPerStep: B * T,
      gflopPerStep,
      stepMs: { median: med, min: Math.min(...stepMs), max: Math.max(...stepMs) },
      forwardBackwardMs: median(fbMs),
      optimizerMs: median(optMs),
      cpuMsPerStep: median(cpuMs),
      optimizer: `${adamwKernel === 'wasm' ? 'AdamW (WebAssembly SIMD, @tandem/model adamw-simd.ts)' : 'AdamW (scalar JavaScript loop, @tandem/model adamw.ts)'}, ${adamwThreads} thread(s)`,
      tokensPerSec: (B * T) / (med / 1000),
      achievedGflops: achieved,
      matmul: { shape: [B * T, config.nEmbd, config.nInner], ...mm },
      matmulFraction: achieved / mm.gflops,
      setupMs,
      peakRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
      loss: { first: losses[0]!, last: losses[losses.length - 1]! },
    }
  } finally {
    await Promise.all([...rts.map((rt) => rt.close()), ...optimizers.map((opt) => opt.close())])
  }
}
