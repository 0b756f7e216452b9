// AdamW's inner loop and the gradient norm's sum of squares as WebAssembly SIMD (4 float32 lanes):
// the scalar JavaScript loop is bound by float64 sqrt and division (about 12 ns per parameter),
// while the update is memory-bound work (28 bytes per parameter). The arithmetic is float32, as in
// torch.optim.AdamW; sums of squares are accumulated in float64.
//
// Parameters, gradients and moments stay ordinary Float32Arrays (they move between threads and
// into ONNX Runtime, which a WebAssembly memory cannot): each is streamed through a small scratch
// area of the module's own memory in chunks that stay in the core's cache.
import { ADAMW_CHUNK_FLOATS } from './constants.js'

/** Float32 hyper-parameters of one update of one parameter. */
export interface AdamWScalars {
  /** Gradient multiplier (loss scale, micro-batch average and clipping together). */
  gradScale: number
  beta1: number
  beta2: number
  /** 1 / sqrt(1 - beta2^t). */
  invBiasCorrection2Sqrt: number
  eps: number
  /** lr / (1 - beta1^t). */
  stepSize: number
  /** 1 - lr * weightDecay (1: no decay). */
  keep: number
  /**
   * Replica-corrected denominator (AdamW `replicas` R > 1):
   * sqrt(v * vScale + min(m^2 * m2Scale, v * m2Cap)) + eps with vScale = 1 / (R (1 - beta2^t)),
   * m2Scale = (1 - 1/R) / (1 - beta1^t)^2 and m2Cap = (1 - 1/R) / (1 - beta2^t), in place of
   * sqrt(v) * invBiasCorrection2Sqrt + eps: v_hat / R + (1 - 1/R) min(m_hat^2, v_hat). Absent: plain
   * AdamW (the original kernel, unchanged).
   */
  replicaCorrection?: { vScale: number; m2Scale: number; m2Cap: number }
}

// --- a tiny assembler for the one module below -----------------------------------------------

function uleb(n: number): number[] {
  const out: number[] = []
  do {
    let b = n & 0x7f
    n >>>= 7
    if (n !== 0) b |= 0x80
    out.push(b)
  } while (n !== 0)
  return out
}

function sleb(n: number): number[] {
  const out: number[] = []
  for (;;) {
    const b = n & 0x7f
    n >>= 7
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b)
      return out
    }
    out.push(b | 0x80)
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()]
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body]
const str = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]))

const I32 = 0x7f
const F32 = 0x7d
const F64 = 0x7c
const V128 = 0x7b
const get = (i: number): number[] => [0x20, ...uleb(i)]
const set = (i: number): number[] => [0x21, ...uleb(i)]
const simd = (op: number): number[] => [0xfd, ...uleb(op)]
const load = (offset: number): number[] => [...simd(0x00), 4, ...uleb(offset)]
const store = (offset: number): number[] => [...simd(0x0b), 4, ...uleb(offset)]
const F32X4_SPLAT = simd(0x13)
const F32X4_SQRT = simd(0xe3)
const F32X4_ADD = simd(0xe4)
const F32X4_SUB = simd(0xe5)
const F32X4_MUL = simd(0xe6)
const F32X4_DIV = simd(0xe7)
const F32X4_MIN = simd(0xe8)
const F64X2_ADD = simd(0xf0)
const F64X2_MUL = simd(0xf2)
const F64X2_PROMOTE_LOW = simd(0x5f)
const F64X2_EXTRACT = (lane: number): number[] => [...simd(0x21), lane]
// Lanes 2 and 3 of a f32x4 moved to lanes 0 and 1.
const HIGH_HALF = [...simd(0x0d), 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7]
const I32_CONST = (n: number): number[] => [0x41, ...sleb(n)]

const BYTES = ADAMW_CHUNK_FLOATS * 4
const P_AT = 0
const G_AT = BYTES
const M_AT = 2 * BYTES
const V_AT = 3 * BYTES
const PAGES = Math.ceil((4 * BYTES) / 65536)

/**
 * adamw(endBytes, gs, b1, c1, b2, c2, inv, eps, ss, keep): over the scratch chunks, for every lane
 *   g = gs*g; m = b1*m + c1*g; v = b2*v + c2*g*g; p = keep*p - ss*m / (sqrt(v)*inv + eps)
 * sqsum(endBytes) -> f64: sum of g*g over the gradient chunk.
 * adamwr(endBytes, gs, b1, c1, b2, c2, a, b, cap, eps, ss, keep): adamw with the replica-corrected
 * denominator sqrt(v*a + min(m*m*b, v*cap)) + eps (see AdamWScalars.replicaCorrection).
 */
function moduleBytes(): Uint8Array {
  // adamw: params 0 end, 1..9 f32 scalars; locals 10 i (i32), 11..19 splats, 20 g, 21 m, 22 v.
  const splats = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((k) => [...get(k), ...F32X4_SPLAT, ...set(k + 10)])
  const [GS, B1, C1, B2, C2, INV, EPS, SS, KEEP] = [11, 12, 13, 14, 15, 16, 17, 18, 19]
  const I = 10
  const G = 20
  const M = 21
  const V = 22
  const adamwBody = [
    ...vec([
      [1, I32],
      [12, V128],
    ]),
    ...splats,
    0x02, 0x40, // block
    0x03, 0x40, // loop
    ...get(I), ...get(0), 0x4f, 0x0d, 1, // br_if i >= end
    ...get(I), ...load(G_AT), ...get(GS), ...F32X4_MUL, ...set(G),
    ...get(I), ...load(M_AT), ...get(B1), ...F32X4_MUL, ...get(G), ...get(C1), ...F32X4_MUL, ...F32X4_ADD, ...set(M),
    ...get(I), ...get(M), ...store(M_AT),
    ...get(I), ...load(V_AT), ...get(B2), ...F32X4_MUL, ...get(G), ...get(G), ...F32X4_MUL, ...get(C2), ...F32X4_MUL, ...F32X4_ADD, ...set(V),
    ...get(I), ...get(V), ...store(V_AT),
    ...get(I),
    ...get(I), ...load(P_AT), ...get(KEEP), ...F32X4_MUL,
    ...get(SS), ...get(M), ...F32X4_MUL,
    ...get(V), ...F32X4_SQRT, ...get(INV), ...F32X4_MUL, ...get(EPS), ...F32X4_ADD,
    ...F32X4_DIV, ...F32X4_SUB,
    ...store(P_AT),
    ...get(I), ...I32_CONST(16), 0x6a, ...set(I),
    0x0c, 0, // br loop
    0x0b, 0x0b, // end loop, end block
    0x0b,
  ]
  // adamwr: params 0 end, 1..11 f32 scalars; locals 12 i (i32), 13..23 splats, 24 g, 25 m, 26 v.
  const rSplats = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].flatMap((k) => [...get(k), ...F32X4_SPLAT, ...set(k + 12)])
  const [RGS, RB1, RC1, RB2, RC2, RA, RB, RCAP, REPS, RSS, RKEEP] = [13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]
  const RI = 12
  const RG = 24
  const RM = 25
  const RV = 26
  const adamwrBody = [
    ...vec([
      [1, I32],
      [14, V128],
    ]),
    ...rSplats,
    0x02, 0x40, // block
    0x03, 0x40, // loop
    ...get(RI), ...get(0), 0x4f, 0x0d, 1, // br_if i >= end
    ...get(RI), ...load(G_AT), ...get(RGS), ...F32X4_MUL, ...set(RG),
    ...get(RI), ...load(M_AT), ...get(RB1), ...F32X4_MUL, ...get(RG), ...get(RC1), ...F32X4_MUL, ...F32X4_ADD, ...set(RM),
    ...get(RI), ...get(RM), ...store(M_AT),
    ...get(RI), ...load(V_AT), ...get(RB2), ...F32X4_MUL, ...get(RG), ...get(RG), ...F32X4_MUL, ...get(RC2), ...F32X4_MUL, ...F32X4_ADD, ...set(RV),
    ...get(RI), ...get(RV), ...store(V_AT),
    ...get(RI),
    ...get(RI), ...load(P_AT), ...get(RKEEP), ...F32X4_MUL,
    ...get(RSS), ...get(RM), ...F32X4_MUL,
    ...get(RV), ...get(RA), ...F32X4_MUL,
    ...get(RM), ...get(RM), ...F32X4_MUL, ...get(RB), ...F32X4_MUL, ...get(RV), ...get(RCAP), ...F32X4_MUL, ...F32X4_MIN,
    ...F32X4_ADD,
    ...F32X4_SQRT, ...get(REPS), ...F32X4_ADD,
    ...F32X4_DIV, ...F32X4_SUB,
    ...store(P_AT),
    ...get(RI), ...I32_CONST(16), 0x6a, ...set(RI),
    0x0c, 0, // br loop
    0x0b, 0x0b, // end loop, end block
    0x0b,
  ]
  // sqsum: param 0 end; locals 1 i, 2 x, 3 acc0, 4 acc1, 5 a half of x as f64x2 (locals start at zero).
  const sq = [
    ...vec([
      [1, I32],
      [4, V128],
    ]),
    0x02, 0x40,
    0x03, 0x40,
    ...get(1), ...get(0), 0x4f, 0x0d, 1,
    ...get(1), ...load(G_AT), ...set(2),
    ...get(2), ...F64X2_PROMOTE_LOW, ...set(5),
    ...get(3), ...get(5), ...get(5), ...F64X2_MUL, ...F64X2_ADD, ...set(3),
    ...get(2), ...get(2), ...HIGH_HALF, ...F64X2_PROMOTE_LOW, ...set(5),
    ...get(4), ...get(5), ...get(5), ...F64X2_MUL, ...F64X2_ADD, ...set(4),
    ...get(1), ...I32_CONST(16), 0x6a, ...set(1),
    0x0c, 0,
    0x0b, 0x0b,
    ...get(3), ...get(4), ...F64X2_ADD, ...set(3),
    ...get(3), ...F64X2_EXTRACT(0), ...get(3), ...F64X2_EXTRACT(1), 0xa0,
    0x0b,
  ]
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(
      1,
      vec([
        [0x60, ...vec([[I32], ...Array(9).fill([F32])]), ...vec([])],
        [0x60, ...vec([[I32]]), ...vec([[F64]])],
        [0x60, ...vec([[I32], ...Array(11).fill([F32])]), ...vec([])],
      ]),
    ),
    ...section(3, vec([[0], [1], [2]])),
    ...section(5, vec([[0x00, ...uleb(PAGES)]])),
    ...section(7, vec([[...str('memory'), 0x02, 0], [...str('adamw'), 0x00, 0], [...str('sqsum'), 0x00, 1], [...str('adamwr'), 0x00, 2]])),
    ...section(10, vec([[...uleb(adamwBody.length), ...adamwBody], [...uleb(sq.length), ...sq], [...uleb(adamwrBody.length), ...adamwrBody]])),
  ]
  return Uint8Array.from(bytes)
}

/** The slice of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: unknown }
}
interface KernelExports {
  memory: { buffer: ArrayBuffer }
  adamw: (end: number, gs: number, b1: number, c1: number, b2: number, c2: number, inv: number, eps: number, ss: number, keep: number) => void
  sqsum: (end: number) => number
  adamwr: (end: number, gs: number, b1: number, c1: number, b2: number, c2: number, a: number, b: number, cap: number, eps: number, ss: number, keep: number) => void
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly

/** The compiled module, shared by every instance (compiling it takes well under a millisecond). */
let compiled: object | null = null

/** The compiled kernels (a WebAssembly.Module: it can be posted to a worker thread). */
export function kernelModule(): object {
  compiled ??= new wasm.Module(moduleBytes())
  return compiled
}

/** Where the scratch arrays lie in the module's memory, in bytes (for a worker thread's copy of the glue). */
export const KERNEL_LAYOUT = { chunkFloats: ADAMW_CHUNK_FLOATS, p: P_AT, g: G_AT, m: M_AT, v: V_AT } as const

/** One instance of the kernels with its scratch memory: use from one thread at a time. */
export class AdamWKernel {
  readonly #adamw: KernelExports['adamw']
  readonly #sqsum: KernelExports['sqsum']
  readonly #adamwr: KernelExports['adamwr']
  readonly #p: Float32Array
  readonly #g: Float32Array
  readonly #m: Float32Array
  readonly #v: Float32Array

  constructor() {
    const e = new wasm.Instance(kernelModule(), {}).exports as KernelExports
    this.#adamw = e.adamw
    this.#sqsum = e.sqsum
    this.#adamwr = e.adamwr
    // The memory never grows, so these views stay valid.
    const buf = e.memory.buffer
    this.#p = new Float32Array(buf, P_AT, ADAMW_CHUNK_FLOATS)
    this.#g = new Float32Array(buf, G_AT, ADAMW_CHUNK_FLOATS)
    this.#m = new Float32Array(buf, M_AT, ADAMW_CHUNK_FLOATS)
    this.#v = new Float32Array(buf, V_AT, ADAMW_CHUNK_FLOATS)
  }

  /** Sum of g[i]^2 in float64 (NaN or Infinity when any entry is not finite). */
  sqSum(g: Float32Array): number {
    let s = 0
    for (let at = 0; at < g.length; at += ADAMW_CHUNK_FLOATS) {
      const len = Math.min(ADAMW_CHUNK_FLOATS, g.length - at)
      this.#g.set(len === g.length ? g : g.subarray(at, at + len))
      const end = (len + 3) & ~3
      // Lanes past the data in the last vector must add nothing.
      if (end > len) this.#g.fill(0, len, end)
      s += this.#sqsum(end * 4)
    }
    return s
  }

  /** One AdamW update of p, m and v in place from g (all the same length). */
  update(p: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, k: AdamWScalars): void {
    const c1 = 1 - k.beta1
    const c2 = 1 - k.beta2
    const rc = k.replicaCorrection
    for (let at = 0; at < p.length; at += ADAMW_CHUNK_FLOATS) {
      const len = Math.min(ADAMW_CHUNK_FLOATS, p.length - at)
      const whole = len === p.length
      this.#p.set(whole ? p : p.subarray(at, at + len))
      this.#g.set(whole ? g : g.subarray(at, at + len))
      this.#m.set(whole ? m : m.subarray(at, at + len))
      this.#v.set(whole ? v : v.subarray(at, at + len))
      // The lanes past `len` in the last vector compute on stale scratch values and are not copied back.
      const end = ((len + 3) & ~3) * 4
      if (rc === undefined) this.#adamw(end, k.gradScale, k.beta1, c1, k.beta2, c2, k.invBiasCorrection2Sqrt, k.eps, k.stepSize, k.keep)
      else this.#adamwr(end, k.gradScale, k.beta1, c1, k.beta2, c2, rc.vScale, rc.m2Scale, rc.m2Cap, k.eps, k.stepSize, k.keep)
      const full = len === ADAMW_CHUNK_FLOATS
      p.set(full ? this.#p : this.#p.subarray(0, len), at)
      m.set(full ? this.#m : this.#m.subarray(0, len), at)
      v.set(full ? this.#v : this.#v.subarray(0, len), at)
    }
  }
}
