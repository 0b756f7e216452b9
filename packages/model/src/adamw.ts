// AdamW (Loshchilov & Hutter) on fp32 master weights: one pass over the gradients for the global
// norm (clipping), then one fused pass per parameter (moments, bias correction, decoupled weight
// decay, update) with torch.optim.AdamW's float32 arithmetic, in WebAssembly SIMD (./adamw-simd.ts;
// a scalar JavaScript loop is kept for comparison). No buffer is allocated per step. State (m, v,
// step) is per parameter, by Hugging Face name, so a checkpoint of one global layer carries its
// own optimizer state.
import { AdamWKernel, type AdamWScalars } from './adamw-simd.js'
import { AdamWHelper, type HelperJob, ownsBuffer } from './adamw-threads.js'
import { lrAt, type LrSchedule } from './optimizer-schedule.js'
import type { NamedTensor } from './tensor-io.js'

export interface AdamWInit {
  /** Peak learning rate (GPT-JT: 1e-5). */
  lr?: number
  /** Adam betas (PyTorch's defaults). */
  beta1?: number
  beta2?: number
  /** Added to sqrt(v) (PyTorch's default). */
  eps?: number
  /** Decoupled weight decay (PyTorch AdamW's default 0.01), applied only where `decays(name)`. */
  weightDecay?: number
  /** Clip the global gradient norm to this (GPT-JT: 1.0); Infinity turns clipping off. */
  clipNorm?: number
  schedule?: LrSchedule
  /**
   * Which parameters get weight decay. Default: matrices only (wte, attention/MLP weights,
   * lm_head); not biases nor LayerNorm weights, the common choice (GPT-2/nanoGPT, Megatron).
   */
  decays?: (name: string, value: Float32Array) => boolean
  /**
   * The update loop: 'wasm' (default; float32 SIMD, about 3x faster) or 'js' (scalar float64
   * arithmetic rounded to float32 per step; kept to measure against).
   */
  kernel?: 'wasm' | 'js'
  /**
   * 2: split each update across this thread and a helper worker thread (./adamw-threads.ts), for
   * the core ONNX Runtime leaves idle between passes. The arrays of `params` (which must then be
   * a Map) and of the gradients Map given to step() travel to the helper and back: after a step
   * the Maps hold new views of the same memory, so re-read them from the Maps (StageRuntime's
   * params() and gradients() Maps are the ones to give). Needs the 'wasm' kernel. Default 1.
   */
  threads?: 1 | 2
  /**
   * This optimizer steps on one of R data-parallel replicas that each run AdamW on their own
   * gradient and then average their parameter deltas (CocktailSGD, local SGD). Per coordinate,
   * with g_i = mu + noise (variance s2), all-reduce Adam divides by sqrt(mu^2 + s2/R) while a
   * replica's own v estimates mu^2 + s2: in the noise-dominated regime the mean of R local steps is
   * up to sqrt(R) shorter. R > 1 divides instead by a local estimate of the global second moment,
   * sqrt(v_hat / R + (1 - 1/R) min(m_hat^2, v_hat)) + eps (m_hat^2 estimates mu^2; capped at v_hat
   * because m forgets 100x faster than v, so right after a spike, e.g. a rare token's embedding row,
   * m_hat^2 overstates the long-run mu^2 and the uncapped step came out shorter than plain Adam's).
   * The stored m and v stay standard Adam state; R = 1 is plain AdamW exactly (the default).
   * step() may override it.
   */
  replicas?: number
}

export const ADAMW_DEFAULTS = {
  lr: 1e-5,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  weightDecay: 0.01,
  clipNorm: 1.0,
} as const

/** Optimizer state of one parameter: first and second moments and its update count. */
export interface AdamWParamState {
  m: Float32Array
  v: Float32Array
  step: number
}

export interface StepOptions {
  /**
   * Multiplies every gradient before use: 1/lossScale to undo fp16 loss scaling, 1/k to average k
   * accumulated micro-batches (default 1).
   */
  gradScale?: number
  /**
   * Sum of squared (scaled) gradient entries over the whole model, for the global norm when this
   * optimizer holds one pipeline stage: each stage reports `gradSqSum(grads, gradScale)`, the
   * coordinator adds them up. Default: this optimizer's own gradients.
   */
  gradSqSumGlobal?: number
  /** Replica count for this step's denominator (see AdamWInit.replicas; default: the optimizer's). */
  replicas?: number
}

export interface StepResult {
  /** False when the gradient norm was not finite: nothing changed (fp16 overflow: lower the loss scale). */
  applied: boolean
  /** Global gradient norm before clipping. */
  gradNorm: number
  /** Factor the clipping applied (1: none). */
  clipFactor: number
  /** Learning rate used. */
  lr: number
}

/** This thread's kernels for gradSqSum (module state is per thread). */
let sharedKernel: AdamWKernel | null = null

/** Sum of squares of `scale * g` over all gradients, in float64; non-finite if any entry is. */
export function gradSqSum(grads: Iterable<Float32Array>, scale = 1): number {
  sharedKernel ??= new AdamWKernel()
  let sum = 0
  for (const g of grads) sum += sharedKernel.sqSum(g)
  return sum * scale * scale
}

/** True when any gradient entry is NaN or ±Infinity (an fp16 overflow). */
export function hasNonFinite(grads: Iterable<Float32Array>): boolean {
  return !Number.isFinite(gradSqSum(grads))
}

function jsSqSum(g: Float32Array): number {
  let s = 0
  for (let i = 0; i < g.length; i++) s += g[i]! * g[i]!
  return s
}

function checkReplicas(r: number): number {
  if (!Number.isSafeInteger(r) || r < 1) throw new RangeError(`AdamW: replicas must be a whole number >= 1, got ${r}`)
  return r
}

export function decaysMatricesOnly(name: string): boolean {
  return !name.endsWith('.bias') && !/\.ln_(1|f)\.weight$/.test(name)
}

export class AdamW {
  readonly lr: number
  readonly beta1: number
  readonly beta2: number
  readonly eps: number
  readonly weightDecay: number
  readonly clipNorm: number
  /** Default replica count of the denominator (AdamWInit.replicas). */
  readonly replicas: number
  readonly schedule: LrSchedule
  private readonly params: ReadonlyMap<string, Float32Array>
  private readonly moments = new Map<string, AdamWParamState>()
  private readonly decay = new Map<string, boolean>()
  private readonly kernel: AdamWKernel | null
  private readonly helper: AdamWHelper | null = null
  /** Parameters the helper thread updates (about half of the elements). */
  private readonly lent = new Set<string>()

  /** `params` are updated in place; their moments are allocated once here (no copies per step). */
  constructor(params: ReadonlyMap<string, Float32Array>, init: AdamWInit = {}) {
    this.lr = init.lr ?? ADAMW_DEFAULTS.lr
    this.beta1 = init.beta1 ?? ADAMW_DEFAULTS.beta1
    this.beta2 = init.beta2 ?? ADAMW_DEFAULTS.beta2
    this.eps = init.eps ?? ADAMW_DEFAULTS.eps
    this.weightDecay = init.weightDecay ?? ADAMW_DEFAULTS.weightDecay
    this.clipNorm = init.clipNorm ?? ADAMW_DEFAULTS.clipNorm
    this.replicas = checkReplicas(init.replicas ?? 1)
    this.schedule = init.schedule ?? {}
    if (!(this.lr >= 0 && this.beta1 >= 0 && this.beta1 < 1 && this.beta2 >= 0 && this.beta2 < 1 && this.eps > 0 && this.weightDecay >= 0 && this.clipNorm > 0)) {
      throw new RangeError('AdamW: need lr >= 0, 0 <= betas < 1, eps > 0, weightDecay >= 0, clipNorm > 0')
    }
    const decays = init.decays ?? decaysMatricesOnly
    this.kernel = (init.kernel ?? 'wasm') === 'wasm' ? new AdamWKernel() : null
    this.params = params
    for (const [name, p] of params) {
      this.moments.set(name, { m: new Float32Array(p.length), v: new Float32Array(p.length), step: 0 })
      this.decay.set(name, decays(name, p))
    }
    if ((init.threads ?? 1) === 2) {
      if (!this.kernel) throw new RangeError("AdamW: threads 2 needs the 'wasm' kernel")
      if (!(params instanceof Map)) throw new RangeError('AdamW: threads 2 needs params as a Map (its arrays are replaced by views of the same memory)')
      // Largest first, each to the thread with fewer elements so far.
      let here = 0
      let there = 0
      for (const [name, p] of [...params].sort((a, b) => b[1].length - a[1].length)) {
        if (there < here) {
          this.lent.add(name)
          there += p.length
        } else {
          here += p.length
        }
      }
      this.helper = new AdamWHelper()
    }
  }

  /** Ends the helper thread of a two-thread AdamW (safe twice; a no-op otherwise). */
  async close(): Promise<void> {
    await this.helper?.close()
  }

  /** Updates since the start (of the first parameter; all advance together). */
  get stepCount(): number {
    return this.moments.values().next().value?.step ?? 0
  }

  /** Whether `name` gets weight decay. */
  decays(name: string): boolean {
    return this.decay.get(name) ?? false
  }

  /** One update from `grads` (every parameter must have one); returns what it did. */
  step(grads: ReadonlyMap<string, Float32Array>, opts: StepOptions = {}): StepResult {
    const gradScale = opts.gradScale ?? 1
    const replicas = checkReplicas(opts.replicas ?? this.replicas)
    for (const [name, p] of this.params) {
      const g = grads.get(name)
      if (!g) throw new RangeError(`AdamW.step: no gradient for '${name}'`)
      if (g.length !== p.length) throw new RangeError(`AdamW.step: gradient of '${name}' has ${g.length} values, the parameter ${p.length}`)
    }
    let sq = opts.gradSqSumGlobal
    if (sq === undefined) {
      sq = 0
      for (const name of this.params.keys()) sq += this.kernel ? this.kernel.sqSum(grads.get(name)!) : jsSqSum(grads.get(name)!)
      sq *= gradScale * gradScale
    }
    const gradNorm = Math.sqrt(sq)
    const t = this.stepCount + 1
    const lr = lrAt(this.lr, t, this.schedule)
    if (!Number.isFinite(gradNorm)) return { applied: false, gradNorm, clipFactor: 1, lr }
    // torch.nn.utils.clip_grad_norm_: scale by max_norm / (norm + 1e-6) when that is below 1.
    const clipFactor = Math.min(1, this.clipNorm / (gradNorm + 1e-6))
    const gs = gradScale * clipFactor
    if (this.helper) {
      this.splitStep(grads, gs, lr, replicas)
    } else {
      for (const [name, p] of this.params) this.update(p, grads.get(name)!, this.moments.get(name)!, this.scalars(name, gs, lr, replicas))
    }
    return { applied: true, gradNorm, clipFactor, lr }
  }

  /** The update on two threads: the lent parameters on the helper, the rest here, at the same time. */
  private splitStep(grads: ReadonlyMap<string, Float32Array>, gs: number, lr: number, replicas: number): void {
    const params = this.params as Map<string, Float32Array>
    const jobs: HelperJob[] = []
    const names: string[] = []
    for (const name of this.lent) {
      const p = params.get(name)!
      const g = grads.get(name)!
      const st = this.moments.get(name)!
      // Only arrays that own their buffers can travel (transferring a view would detach its neighbours).
      if (!(grads instanceof Map) || ![p, g, st.m, st.v].every(ownsBuffer) || p.buffer === g.buffer) continue
      jobs.push({ p, g, m: st.m, v: st.v, k: this.scalars(name, gs, lr, replicas) })
      names.push(name)
    }
    const sent = new Set(names)
    this.helper!.run(
      jobs,
      () => {
        for (const [name, p] of params) if (!sent.has(name)) this.update(p, grads.get(name)!, this.moments.get(name)!, this.scalars(name, gs, lr, replicas))
      },
      (back) =>
        back.forEach((j, i) => {
          const name = names[i]!
          params.set(name, j.p)
          ;(grads as Map<string, Float32Array>).set(name, j.g)
          const st = this.moments.get(name)!
          st.m = j.m
          st.v = j.v
        }),
    )
  }

  /** Advances `name`'s step count and returns its update's scalars. */
  private scalars(name: string, gs: number, lr: number, replicas: number): AdamWScalars {
    const st = this.moments.get(name)!
    st.step += 1
    const bc1 = 1 - this.beta1 ** st.step
    const bc2 = 1 - this.beta2 ** st.step
    const k: AdamWScalars = {
      gradScale: gs,
      beta1: this.beta1,
      beta2: this.beta2,
      invBiasCorrection2Sqrt: 1 / Math.sqrt(bc2),
      eps: this.eps,
      stepSize: lr / bc1,
      keep: this.decay.get(name) ? 1 - lr * this.weightDecay : 1,
    }
    // v_hat / R + (1 - 1/R) min(m_hat^2, v_hat) with v_hat = v / bc2, m_hat = m / bc1.
    if (replicas > 1) {
      k.replicaCorrection = { vScale: 1 / (replicas * bc2), m2Scale: (1 - 1 / replicas) / (bc1 * bc1), m2Cap: (1 - 1 / replicas) / bc2 }
    }
    return k
  }

  private update(p: Float32Array, g: Float32Array, st: AdamWParamState, k: AdamWScalars): void {
    const { m, v } = st
    if (this.kernel) {
      this.kernel.update(p, g, m, v, k)
      return
    }
    const { gradScale: gs, beta1: b1, beta2: b2, invBiasCorrection2Sqrt: invBc2Sqrt, eps, stepSize, keep } = k
    if (k.replicaCorrection !== undefined) {
      const { vScale, m2Scale, m2Cap } = k.replicaCorrection
      for (let i = 0; i < p.length; i++) {
        const gi = g[i]! * gs
        const mi = b1 * m[i]! + (1 - b1) * gi
        const vi = b2 * v[i]! + (1 - b2) * gi * gi
        m[i] = mi
        v[i] = vi
        p[i] = p[i]! * keep - (stepSize * mi) / (Math.sqrt(vi * vScale + Math.min(mi * mi * m2Scale, vi * m2Cap)) + eps)
      }
      return
    }
    for (let i = 0; i < p.length; i++) {
      const gi = g[i]! * gs
      const mi = b1 * m[i]! + (1 - b1) * gi
      const vi = b2 * v[i]! + (1 - b2) * gi * gi
      m[i] = mi
      v[i] = vi
      p[i] = p[i]! * keep - (stepSize * mi) / (Math.sqrt(vi) * invBc2Sqrt + eps)
    }
  }

  /** The live per-parameter state (not copies: serialise it before the next step). */
  state(): Map<string, AdamWParamState> {
    return new Map(this.moments)
  }

  /** Loads state (e.g. from a checkpoint): every parameter must be present with matching sizes; values are copied. */
  loadState(state: ReadonlyMap<string, AdamWParamState>): void {
    for (const [name, p] of this.params) {
      const s = state.get(name)
      if (!s) throw new RangeError(`AdamW.loadState: no state for '${name}'`)
      if (s.m.length !== p.length || s.v.length !== p.length) throw new RangeError(`AdamW.loadState: state of '${name}' has the wrong size`)
      if (!Number.isSafeInteger(s.step) || s.step < 0) throw new RangeError(`AdamW.loadState: step of '${name}' is ${s.step}`)
    }
    for (const name of state.keys()) {
      if (!this.params.has(name)) throw new RangeError(`AdamW.loadState: '${name}' is not a parameter of this optimizer`)
    }
    for (const [name, s] of state) {
      const own = this.moments.get(name)!
      own.m.set(s.m)
      own.v.set(s.v)
      own.step = s.step
    }
  }
}

/** Tensor names of one parameter's optimizer state in a checkpoint file (torch's names for AdamW's buffers). */
export function adamStateTensorNames(param: string): { m: string; v: string; step: string } {
  return { m: `exp_avg.${param}`, v: `exp_avg_sq.${param}`, step: `step.${param}` }
}

/**
 * Optimizer state as named tensors for a safetensors checkpoint: `exp_avg.<name>` and
 * `exp_avg_sq.<name>` shaped like the parameter, `step.<name>` a scalar (fp32 holds step counts
 * exactly up to 2^24). `shapes` gives each parameter's shape (default: flat).
 */
export function adamStateToTensors(state: ReadonlyMap<string, AdamWParamState>, shapes?: ReadonlyMap<string, number[]>): Map<string, NamedTensor> {
  const out = new Map<string, NamedTensor>()
  for (const [name, s] of state) {
    const shape = shapes?.get(name) ?? [s.m.length]
    const n = adamStateTensorNames(name)
    out.set(n.m, { shape, data: s.m })
    out.set(n.v, { shape, data: s.v })
    out.set(n.step, { shape: [], data: new Float32Array([s.step]) })
  }
  return out
}

/** The inverse of adamStateToTensors for the parameters `names`; refuses missing or inconsistent entries. */
export function adamStateFromTensors(tensors: ReadonlyMap<string, NamedTensor>, names: Iterable<string>): Map<string, AdamWParamState> {
  const out = new Map<string, AdamWParamState>()
  for (const name of names) {
    const n = adamStateTensorNames(name)
    const m = tensors.get(n.m)
    const v = tensors.get(n.v)
    const step = tensors.get(n.step)?.data[0]
    if (!m || !v || step === undefined) throw new RangeError(`optimizer state of '${name}' is incomplete (need ${n.m}, ${n.v}, ${n.step})`)
    if (m.data.length !== v.data.length || !Number.isSafeInteger(step) || step < 0) {
      throw new RangeError(`optimizer state of '${name}' is inconsistent`)
    }
    out.set(name, { m: m.data, v: v.data, step })
  }
  return out
}
