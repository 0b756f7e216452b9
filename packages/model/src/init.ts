// GPT-J's initialisation, as transformers' `GPTJPreTrainedModel._init_weights`: Linear and
// Embedding weights ~ Normal(0, initializer_range), biases 0, LayerNorm weight 1 and bias 0 (no
// depth scaling of residual projections, unlike GPT-2). Reproducible from a seed, and each tensor
// has its own random stream (seed, name), so initialising one stage's layers gives exactly the
// values a whole-model initialisation gives them.
import { type GPTJConfig, type LayerRange, type ParamSpec, modelParams, stageParams } from './config.js'
import { numelOf } from './safetensors.js'

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a tensor name. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** splitmix32 (Steele et al.): spreads a 32-bit seed into well-mixed state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0
  let z = state.s
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/** xoshiro128** (Blackman & Vigna): a small, fast PRNG with 2^128 - 1 period; uint32 outputs. */
export class Xoshiro128 {
  private a: number
  private b: number
  private c: number
  private d: number

  /** `seed` is a non-negative safe integer; `stream` separates independent sequences of one seed. */
  constructor(seed: number, stream = 0) {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`)
    const st = { s: (seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32), 0x27d4eb2f) ^ Math.imul(stream, 0x165667b1) }
    this.a = splitmix32(st)
    this.b = splitmix32(st)
    this.c = splitmix32(st)
    this.d = splitmix32(st)
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1
  }

  next(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0
    const t = this.b << 9
    this.c ^= this.a
    this.d ^= this.b
    this.b ^= this.c
    this.a ^= this.d
    this.c ^= t
    this.d = rotl(this.d, 11)
    return r
  }

  /**
   * Fills `out` with Normal(mean, std) samples: Marsaglia's polar method (two per accepted pair of
   * uniforms in the unit disc; twice as fast as Box-Muller here, no trigonometry).
   */
  fillNormal(out: Float32Array, std: number, mean = 0): Float32Array {
    for (let i = 0; i < out.length; ) {
      let u: number
      let v: number
      let s: number
      do {
        u = this.next() / 2147483648 - 1
        v = this.next() / 2147483648 - 1
        s = u * u + v * v
      } while (s >= 1 || s === 0)
      const f = Math.sqrt((-2 * Math.log(s)) / s) * std
      out[i++] = mean + u * f
      if (i < out.length) out[i++] = mean + v * f
    }
    return out
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}

/** How `_init_weights` treats a parameter, by its Hugging Face name. */
export function initKind(name: string): 'normal' | 'zeros' | 'ones' {
  if (/\.ln_(1|f)\.weight$/.test(name)) return 'ones'
  if (name.endsWith('.bias')) return 'zeros' // Linear and LayerNorm biases
  return 'normal' // Linear weights (attention, MLP, lm_head) and the token embedding
}

/** One freshly initialised tensor; the same (seed, name) always gives the same values. */
export function initTensor(spec: ParamSpec, seed: number, std: number): Float32Array {
  const out = new Float32Array(numelOf(spec.shape))
  switch (initKind(spec.name)) {
    case 'ones':
      return out.fill(1)
    case 'zeros':
      return out
    case 'normal':
      return new Xoshiro128(seed, fnv1a(spec.name)).fillNormal(out, std)
  }
}

/**
 * Fresh parameters for the whole model, or for the stage holding `range`, keyed by Hugging Face
 * name. `std` defaults to config.initializerRange (0.02 for GPT-J).
 */
export function initParams(config: GPTJConfig, seed: number, range?: LayerRange, opts: { std?: number } = {}): Map<string, Float32Array> {
  const std = opts.std ?? config.initializerRange
  const specs = range ? stageParams(config, range) : modelParams(config)
  return new Map(specs.map((s) => [s.name, initTensor(s, seed, std)]))
}
