// `tandem bench codecs`: encode/decode throughput (GB/s of fp32 input, one core), bytes on the wire
// against fp32 and fp16, and reconstruction error of every codec at 16 MiB tensors; the grouping
// measurement behind the activation default (per block vs per channel); the update codec's
// compression against fp16 and its cost per replica. Figures only: nothing here is asserted.
import os from 'node:os'
import {
  AllReduce,
  CocktailSgd,
  type CocktailSgdInit,
  type DecodeContext,
  DeltaActivationCodec,
  type EncodeContext,
  type EncodedTensor,
  Fp16Codec,
  Fp32Codec,
  DEFAULT_MOMENT_SHARE_EVERY,
  InProcessExchangeHub,
  QuantizedCodec,
  SecondMomentShare,
  type TensorCodec,
} from '../src/codecs/index.js'
import { benchOnnxQuantize, type OnnxQuantizeResult } from './codecs-onnx.js'

export interface CodecBenchOptions {
  /** Tensor size in MiB of fp32 (default 16). */
  mib?: number
  /** Timed repetitions per measurement; the best is reported (default 5). */
  repeat?: number
  /** Replicas in the update-codec measurement (default 4). */
  replicas?: number
}

export interface ActivationCodecResult {
  codec: string
  settings: string
  encodeGBps: number
  decodeGBps: number
  encodeMs: number
  wireBytes: number
  ratioVsFp32: number
  ratioVsFp16: number
  relRmse: number
  /** Largest |error| divided by the largest |value|. */
  relMaxErr: number
}

export interface GroupingResult {
  data: string
  bits: number
  grouping: string
  bitsPerValue: number
  relRmse: number
}

export interface UpdateCodecResult {
  codec: string
  replicas: number
  params: number
  /** Which step: a warm-up (dense) or compressed sync, or the second-moment share's per-step average. */
  step: 'warm-up' | 'compressed' | `every ${number}`
  /** The codec's settings when not its defaults (e.g. 2 bits over a 1/12 subset). */
  settings?: string
  /** Bytes one replica sends per sync (both rounds) and the same rounds as dense fp16. */
  bytesSentPerReplica: number
  bytesFp16PerReplica: number
  ratioVsFp16: number
  /** CPU time per replica and sync (all replicas run on this one core, in turn). */
  msPerReplica: number
}

export interface CodecBenchResult {
  machine: { cpu: string; cores: number; node: string }
  tensorMiB: number
  activationData: string
  activation: ActivationCodecResult[]
  grouping: GroupingResult[]
  update: UpdateCodecResult[]
  /** The same q8 block quantization inside an ONNX graph (ORT CPU, one thread); null if ORT failed. */
  onnx: OnnxQuantizeResult | null
  notes: string[]
}

/** mulberry32-based normal samples, seeded: the bench inputs are the same on every run. */
function normals(n: number, seed: number): Float32Array {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = new Float32Array(n)
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(next() || 1e-12))
    const th = 2 * Math.PI * next()
    out[i] = r * Math.cos(th)
    if (i + 1 < n) out[i + 1] = r * Math.sin(th)
  }
  return out
}

/**
 * Hidden states shaped like a transformer's residual stream [tokens, channels]: per-channel scales
 * spread log-normally, a few outlier channels 20x larger (LLM.int8's observation), per-token norms
 * that vary, and the first token of each 512-token sequence 10x larger (the "attention sink").
 */
export function activationLike(tokens: number, channels: number, seed: number): Float32Array {
  const x = normals(tokens * channels, seed)
  const ch = normals(channels, seed + 1)
  const tok = normals(tokens, seed + 2)
  const chScale = Float32Array.from(ch, (v, c) => Math.exp(0.5 * v) * (c % 97 === 5 ? 20 : 1))
  const tokScale = Float32Array.from(tok, (v, t) => Math.exp(0.3 * v) * (t % 512 === 0 ? 10 : 1))
  for (let t = 0; t < tokens; t++) {
    const s = tokScale[t]!
    for (let c = 0; c < channels; c++) x[t * channels + c] = x[t * channels + c]! * s * chScale[c]!
  }
  return x
}

function errors(x: Float32Array, y: Float32Array): { relRmse: number; relMaxErr: number } {
  let se = 0
  let sx = 0
  let maxErr = 0
  let maxX = 0
  for (let i = 0; i < x.length; i++) {
    const d = y[i]! - x[i]!
    se += d * d
    sx += x[i]! * x[i]!
    maxErr = Math.max(maxErr, Math.abs(d))
    maxX = Math.max(maxX, Math.abs(x[i]!))
  }
  return { relRmse: Math.sqrt(se / (sx || 1)), relMaxErr: maxErr / (maxX || 1) }
}

function bestMs(repeat: number, fn: () => void): number {
  fn() // warm the JIT
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now()
    fn()
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

function wire(m: EncodedTensor): number {
  return m.payload.length + m.params.length
}

interface ActivationCase {
  settings: string
  make(): TensorCodec
  ctx: EncodeContext
  /** Delta codecs: prime sender and receiver with a previous activation so the timed call sends deltas. */
  delta?: boolean
}

function activationCases(): ActivationCase[] {
  const cases: ActivationCase[] = [
    { settings: 'fp32 copy', make: () => new Fp32Codec(), ctx: {} },
    { settings: 'fp16 round to nearest even', make: () => new Fp16Codec(), ctx: {} },
  ]
  for (const bits of [8, 6, 4, 3, 2]) {
    cases.push({ settings: `block 64, nearest`, make: () => new QuantizedCodec({ bits, groupSize: 64 }), ctx: {} })
  }
  for (const bits of [8, 4]) {
    cases.push({
      settings: 'block 64, stochastic',
      make: () => new QuantizedCodec({ bits, groupSize: 64, rounding: 'stochastic', seed: 1 }),
      ctx: { step: 1, microBatch: 0 },
    })
  }
  for (const bits of [4, 2, 8]) {
    cases.push({
      settings: 'delta, block 64, steady state',
      make: () => new DeltaActivationCodec({ bits, groupSize: 64, warmupSteps: 0 }),
      ctx: { sampleIds: [0, 1, 2, 3], step: 1 },
      delta: true,
    })
  }
  return cases
}

function benchActivation(c: ActivationCase, x: Float32Array, drifted: Float32Array, repeat: number): ActivationCodecResult {
  const n = x.length
  const enc = c.make()
  let dec = c.make()
  const dctx: DecodeContext = { elementCount: n, out: new Float32Array(n) }
  let m: EncodedTensor
  let y: Float32Array
  if (c.delta) {
    // Steady state: both caches hold the previous activation; time the delta encode of the next one.
    const prime = (): void => {
      ;(enc as DeltaActivationCodec).clear()
      dec = c.make()
      dec.decode(enc.encode(x, { ...c.ctx, step: 0 }), { elementCount: n })
    }
    let encodeMs = Number.POSITIVE_INFINITY
    for (let r = 0; r <= repeat; r++) {
      prime()
      const t0 = performance.now()
      m = enc.encode(drifted, c.ctx)
      if (r > 0) encodeMs = Math.min(encodeMs, performance.now() - t0)
    }
    let decodeMs = Number.POSITIVE_INFINITY
    for (let r = 0; r <= repeat; r++) {
      prime()
      m = enc.encode(drifted, c.ctx)
      const t0 = performance.now()
      y = dec.decode(m, dctx)
      if (r > 0) decodeMs = Math.min(decodeMs, performance.now() - t0)
    }
    return result(c, m!, y!, drifted, encodeMs, decodeMs)
  }
  const encodeMs = bestMs(repeat, () => {
    m = enc.encode(x, c.ctx)
  })
  const decodeMs = bestMs(repeat, () => {
    y = dec.decode(m, dctx)
  })
  return result(c, m!, y!, x, encodeMs, decodeMs)
}

function result(c: ActivationCase, m: EncodedTensor, y: Float32Array, x: Float32Array, encodeMs: number, decodeMs: number): ActivationCodecResult {
  const bytes = x.length * 4
  return {
    codec: m.codec,
    settings: c.settings,
    encodeGBps: bytes / encodeMs / 1e6,
    decodeGBps: bytes / decodeMs / 1e6,
    encodeMs,
    wireBytes: wire(m),
    ratioVsFp32: bytes / wire(m),
    ratioVsFp16: bytes / 2 / wire(m),
    ...errors(x, y),
  }
}

function benchGrouping(data: string, x: Float32Array, channels: number): GroupingResult[] {
  const out: GroupingResult[] = []
  for (const bits of [2, 4, 8]) {
    const settings: { grouping: 'block' | 'channel'; groupSize: number; label: string }[] = [
      ...[32, 64, 128, 256].map((g) => ({ grouping: 'block' as const, groupSize: g, label: `block ${g}` })),
      { grouping: 'channel', groupSize: channels, label: `channel (${channels})` },
    ]
    for (const s of settings) {
      const codec = new QuantizedCodec({ bits, grouping: s.grouping, groupSize: s.groupSize })
      const m = codec.encode(x)
      const y = codec.decode(m, { elementCount: x.length })
      out.push({ data, bits, grouping: s.label, bitsPerValue: (wire(m) * 8) / x.length, relRmse: errors(x, y).relRmse })
    }
  }
  return out
}

async function benchUpdate(
  params: number,
  replicas: number,
  compressed: boolean,
  variant?: { settings: string; init: CocktailSgdInit },
): Promise<UpdateCodecResult[]> {
  const results: UpdateCodecResult[] = []
  const init = normals(params, 5)
  const deltas = Array.from({ length: replicas }, (_, r) => {
    const d = normals(params, 100 + r)
    for (let i = 0; i < params; i++) d[i] = d[i]! * 1e-4
    return d
  })
  const step = compressed ? 100 : 0
  {
    const hub = new InProcessExchangeHub(replicas)
    const syncs = Array.from({ length: replicas }, (_, r) => new CocktailSgd({ exchange: hub.endpoint(r) }, params, { ...variant?.init, warmupSteps: 1 }))
    syncs.forEach((s) => {
      s.reset(init)
    })
    const locals = syncs.map((_, r) => Float32Array.from(init, (v, i) => v + deltas[r]![i]!))
    const t0 = performance.now()
    const reports = await Promise.all(syncs.map((s, r) => s.sync(locals[r]!, step)))
    const ms = performance.now() - t0
    const rep = reports[0]!
    results.push({
      codec: 'cocktail',
      replicas,
      params,
      step: compressed ? 'compressed' : 'warm-up',
      ...(variant === undefined ? {} : { settings: variant.settings }),
      bytesSentPerReplica: rep.bytesSent,
      bytesFp16PerReplica: rep.bytesFp16,
      ratioVsFp16: rep.bytesFp16 / rep.bytesSent,
      msPerReplica: ms / replicas,
    })
  }
  if (!compressed) {
    for (const half of [false, true]) {
      const hub = new InProcessExchangeHub(replicas)
      const ars = Array.from({ length: replicas }, (_, r) => new AllReduce({ exchange: hub.endpoint(r) }, params, { half }))
      const vs = deltas.map((d) => d.slice())
      const t0 = performance.now()
      const reports = await Promise.all(ars.map((a, r) => a.mean(vs[r]!, 0)))
      const ms = performance.now() - t0
      const rep = reports[0]!
      results.push({
        codec: half ? 'all-reduce fp16' : 'all-reduce fp32',
        replicas,
        params,
        step: 'warm-up',
        bytesSentPerReplica: rep.bytesSent,
        bytesFp16PerReplica: rep.bytesFp16,
        ratioVsFp16: rep.bytesFp16 / rep.bytesSent,
        msPerReplica: ms / replicas,
      })
    }
  }
  return results
}

/**
 * The second-moment share's bytes per step at its default interval, for rows of `rowLength` (64: the
 * tiny model's; 4096: GPT-J-6B's), against `fp16PerReplica`, the parameter sync's fp16 reference
 * for the same parameters and replicas.
 */
async function benchMomentShare(params: number, replicas: number, rowLength: number, fp16PerReplica: number): Promise<UpdateCodecResult[]> {
  if (params % rowLength !== 0) throw new RangeError(`moment share bench: ${params} values do not split into rows of ${rowLength}`)
  const length = params
  const hub = new InProcessExchangeHub(replicas)
  const shares = Array.from({ length: replicas }, (_, r) => new SecondMomentShare({ exchange: hub.endpoint(r) }, [{ length, rowLength }], { every: DEFAULT_MOMENT_SHARE_EVERY }))
  const vs = Array.from({ length: replicas }, (_, r) => Float32Array.from(normals(length, 200 + r), (x) => x * x * 1e-6))
  const t0 = performance.now()
  const reports = await Promise.all(shares.map((s, r) => s.share([vs[r]!], DEFAULT_MOMENT_SHARE_EVERY - 1)))
  const ms = performance.now() - t0
  const rep = reports[0]!
  // The share's own report counts its rows only: the reference is the parameter sync's.
  const fp16 = fp16PerReplica
  const perStep = rep.bytesSent / DEFAULT_MOMENT_SHARE_EVERY
  return [
    {
      codec: 'moment share',
      replicas,
      params: length,
      step: `every ${DEFAULT_MOMENT_SHARE_EVERY}`,
      settings: `rows of ${rowLength}, bytes per step`,
      bytesSentPerReplica: Math.round(perStep),
      bytesFp16PerReplica: fp16,
      ratioVsFp16: fp16 / perStep,
      msPerReplica: ms / replicas,
    },
  ]
}

export async function runCodecBench(options: CodecBenchOptions = {}): Promise<CodecBenchResult> {
  const mib = options.mib ?? 16
  const repeat = options.repeat ?? 5
  const replicas = options.replicas ?? 4
  const channels = 1024
  const n = Math.floor((mib * 1024 * 1024) / 4 / channels) * channels
  const x = activationLike(n / channels, channels, 1)
  // The next step's activations of the same samples: close to the last ones (AC-SGD's premise).
  const noise = normals(n, 2)
  const drifted = Float32Array.from(x, (v, i) => v * 1.01 + 0.02 * noise[i]!)
  const activation = activationCases().map((c) => benchActivation(c, x, drifted, repeat))
  const grouping = [
    ...benchGrouping('activation-like', x.subarray(0, Math.min(n, 1 << 20)), channels),
    ...benchGrouping('gaussian', normals(1 << 20, 3), channels),
  ]
  const update = [
    ...(await benchUpdate(n, replicas, false)),
    ...(await benchUpdate(n, replicas, true)),
    ...(await benchUpdate(n, replicas, true, { settings: '2 bits, 1/12 subset (the default until 2026-12-06)', init: { bits: 2, randomRatio: 1 / 12 } })),
  ]
  // n is a whole number of MiB of fp32 values: rows of 64 and of 4096 both divide it.
  const fp16 = update.find((u) => u.codec === 'cocktail' && u.step === 'compressed')!.bytesFp16PerReplica
  update.push(...(await benchMomentShare(n, replicas, 64, fp16)), ...(await benchMomentShare(n, replicas, 4096, fp16)))
  let onnx: OnnxQuantizeResult | null = null
  try {
    onnx = await benchOnnxQuantize(x, 64, repeat)
  } catch {
    onnx = null
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown'
  return {
    machine: { cpu, cores: os.cpus().length, node: process.version },
    tensorMiB: (n * 4) / 1024 / 1024,
    activationData: `[${n / channels} tokens, ${channels} channels] residual-stream-like (log-normal channel scales, 1% outlier channels x20, token norms spread, every 512th token x10)`,
    activation,
    grouping,
    update,
    onnx,
    notes: [
      'One core, JavaScript on typed arrays; the best of the timed repetitions is reported.',
      'relRmse: root-mean-square error over root-mean-square value; relMaxErr: largest error over largest |value|.',
      'Delta rows: steady state (the receiver holds the previous activation of each sample); error against the new activation.',
      'Update rows: one sync of a 16 MiB stage among in-process replicas; bytes per replica over both all-to-all rounds.',
    ],
  }
}
