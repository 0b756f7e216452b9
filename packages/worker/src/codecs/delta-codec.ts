// q<k>-delta: AC-SGD's activation delta mode (Wang et al. 2022). Both ends of a link keep the last
// reconstructed activation of every sample id; the sender quantizes the difference between the new
// activation and that reconstruction, and both add the decoded difference to their copy, so the two
// copies stay bit-identical. Samples without a cached base (warm-up steps, first sight, a receiver
// that just joined, an evicted entry) are sent as full fp16 values, which fill the caches.
//
// One instance per link end: the sender encodes, the receiver decodes. Every cache write carries a
// fresh version number, and a delta names the version it applies to, so a lost or replayed frame is
// detected (E_DELTA_BASE) instead of silently corrupting the receiver's copy; the receiver then asks
// for the micro-batch again and the sender `invalidate`s those samples, which resends them in full.
import { randomInt } from 'node:crypto'
import {
  assertLittleEndian,
  checkCodecId,
  checkElementCount,
  checkSameCount,
  checkVersion,
  type DecodeContext,
  type EncodeContext,
  type EncodedTensor,
  outputFor,
  type TensorCodec,
  u16View,
} from './codec.js'
import {
  CODEC_PARAMS_VERSION,
  DEFAULT_ACTIVATION_GROUP,
  DEFAULT_DELTA_CACHE_BYTES_MAX,
  DEFAULT_DELTA_WARMUP_STEPS,
  DEFAULT_FORWARD_BITS,
} from './constants.js'
import { CodecErrorCode, mismatchError, nonFiniteError, paramsError, payloadLengthError, rangeError } from './errors.js'
import { f16ToF32Array, f32ToF16Array } from './half.js'
import { ParamsReader, ParamsWriter } from './params.js'
import { groupProblem, isValidBits } from './quantized-codec.js'
import { checkScales, dequantizeBlocks, packedBytes, quantizeBlocks, scaleBytes } from './quantize.js'
import { ValidationError } from '@tandem/proto'

assertLittleEndian()

export interface DeltaCodecInit {
  /** Bits per value of a delta, 2..8 (default 4). */
  bits?: number
  /** Values per fp16 scale (a multiple of 8). */
  groupSize?: number
  /** Steps (ctx.step below this) that send every sample in full, filling the caches. */
  warmupSteps?: number
  /** Cache limit in bytes (fp32 per cached value); least recently used samples are evicted. */
  cacheBytesMax?: number
  /** First version number (random by default, so a restarted sender never reuses an old one). */
  firstVersion?: number
}

export interface DeltaCacheStats {
  entries: number
  bytes: number
  bytesMax: number
  evictions: number
  /** Samples sent or received in full / as deltas since the instance was made. */
  fullSamples: number
  deltaSamples: number
}

/** How a sample travels: full fp16 values, or a quantized difference from the cached base. */
type Mode = 0 | 1
const Mode = { Full: 0, Delta: 1 } as const

interface SampleRecord {
  id: number
  mode: Mode
  baseVersion: number
  newVersion: number
}

interface Entry {
  data: Float32Array
  version: number
}

interface DeltaParams {
  bits: number
  groupSize: number
  elementCount: number
  samples: SampleRecord[]
}

/** Sample ids are non-negative integers below 2^53. */
function checkSampleIds(codec: string, ids: readonly number[] | undefined): readonly number[] {
  if (ids === undefined || ids.length === 0) {
    throw mismatchError(`${codec}: delta mode needs the sample ids of the micro-batch`, { codec })
  }
  const seen = new Set<number>()
  for (const id of ids) {
    if (!Number.isSafeInteger(id) || id < 0) throw mismatchError(`${codec}: sample id ${id} is not an id`, { codec })
    if (seen.has(id)) throw mismatchError(`${codec}: sample id ${id} appears twice in one frame`, { codec, id })
    seen.add(id)
  }
  return ids
}

function segmentBytes(mode: Mode, perSample: number, bits: number, groupSize: number): number {
  if (mode === Mode.Full) return (perSample * 2 + 3) & ~3
  return scaleBytes(Math.ceil(perSample / groupSize)) + ((packedBytes(perSample, bits) + 3) & ~3)
}

const SAMPLE_RECORD_BYTES = 8 + 1 + 4 + 4

// params: u8 version | u8 bits | u32 groupSize | u64 elementCount | u32 sampleCount |
//         per sample: u64 id | u8 mode | u32 baseVersion | u32 newVersion
function writeDeltaParams(p: DeltaParams): Uint8Array {
  const w = new ParamsWriter(1 + 1 + 4 + 8 + 4 + p.samples.length * SAMPLE_RECORD_BYTES)
    .u8(CODEC_PARAMS_VERSION)
    .u8(p.bits)
    .u32(p.groupSize)
    .u64(p.elementCount)
    .u32(p.samples.length)
  for (const s of p.samples) w.u64(s.id).u8(s.mode).u32(s.baseVersion).u32(s.newVersion)
  return w.finish()
}

function readDeltaParams(codec: string, params: Uint8Array): DeltaParams {
  const r = new ParamsReader(params, codec)
  checkVersion(codec, r.u8(), CODEC_PARAMS_VERSION)
  const bits = r.u8()
  const groupSize = r.u32()
  const elementCount = r.u64()
  const count = r.u32()
  // Bound the loop by the bytes actually present before allocating anything per sample.
  if (count === 0 || count * SAMPLE_RECORD_BYTES !== params.length - 18) {
    throw paramsError(`${codec}: ${count} sample records do not fit ${params.length} params bytes`, { codec, count })
  }
  const samples: SampleRecord[] = []
  for (let k = 0; k < count; k++) {
    const id = r.u64()
    const mode = r.u8()
    const baseVersion = r.u32()
    const newVersion = r.u32()
    if (mode > 1) throw paramsError(`${codec}: unknown sample mode ${mode}`, { codec, mode })
    samples.push({ id, mode: mode as Mode, baseVersion, newVersion })
  }
  r.end()
  if (!isValidBits(bits)) throw paramsError(`${codec}: ${bits} bits is outside 2..8`, { codec, bits })
  const problem = groupProblem('block', groupSize, elementCount)
  if (problem !== undefined) throw paramsError(`${codec}: ${problem}`, { codec })
  if (elementCount % count !== 0) {
    throw paramsError(`${codec}: ${elementCount} elements do not split into ${count} samples`, { codec })
  }
  return { bits, groupSize, elementCount, samples }
}

export class DeltaActivationCodec implements TensorCodec {
  readonly id: string
  readonly stateful = true
  readonly bits: number
  readonly groupSize: number
  readonly warmupSteps: number
  readonly cacheBytesMax: number
  private readonly cache = new Map<number, Entry>()
  private cacheBytes = 0
  private nextVersion: number
  private evictions = 0
  private fullSamples = 0
  private deltaSamples = 0
  private scratch = new Float32Array(0)

  constructor(init: DeltaCodecInit = {}) {
    this.bits = init.bits ?? DEFAULT_FORWARD_BITS
    if (!isValidBits(this.bits)) throw new RangeError(`delta codec: bits must be 2..8, got ${this.bits}`)
    this.groupSize = init.groupSize ?? DEFAULT_ACTIVATION_GROUP
    const problem = groupProblem('block', this.groupSize, 0)
    if (problem !== undefined) throw new RangeError(`delta codec: ${problem}`)
    this.warmupSteps = init.warmupSteps ?? DEFAULT_DELTA_WARMUP_STEPS
    this.cacheBytesMax = init.cacheBytesMax ?? DEFAULT_DELTA_CACHE_BYTES_MAX
    this.nextVersion = (init.firstVersion ?? randomInt(1, 2 ** 31)) >>> 0
    this.id = `q${this.bits}-delta`
  }

  stats(): DeltaCacheStats {
    return {
      entries: this.cache.size,
      bytes: this.cacheBytes,
      bytesMax: this.cacheBytesMax,
      evictions: this.evictions,
      fullSamples: this.fullSamples,
      deltaSamples: this.deltaSamples,
    }
  }

  /** Forgets these samples: the next encode sends them in full (after a receiver's E_DELTA_BASE). */
  invalidate(sampleIds: Iterable<number>): void {
    for (const id of sampleIds) this.drop(id)
  }

  /** Forgets everything (a new peer on the other end of the link, a new plan epoch). */
  clear(): void {
    this.cache.clear()
    this.cacheBytes = 0
  }

  encode(tensor: Float32Array, ctx: EncodeContext = {}): EncodedTensor {
    const n = tensor.length
    checkElementCount(this.id, n)
    const ids = checkSampleIds(this.id, ctx.sampleIds)
    if (n % ids.length !== 0) {
      throw mismatchError(`${this.id}: ${n} elements do not split into ${ids.length} samples`, { codec: this.id })
    }
    const perSample = n / ids.length
    const warm = (ctx.step ?? Number.POSITIVE_INFINITY) < this.warmupSteps
    const samples: SampleRecord[] = ids.map((id) => {
      const entry = this.cache.get(id)
      const delta = !warm && entry !== undefined && entry.data.length === perSample && perSample > 0
      return {
        id,
        mode: delta ? Mode.Delta : Mode.Full,
        baseVersion: delta ? entry!.version : 0,
        newVersion: this.takeVersion(),
      }
    })
    let bytes = 0
    for (const s of samples) bytes += segmentBytes(s.mode, perSample, this.bits, this.groupSize)
    const payload = new Uint8Array(bytes)
    // Phase 1: write every segment; a bad input throws here, before any cache entry changes.
    if (this.scratch.length < perSample) this.scratch = new Float32Array(perSample)
    const diff = this.scratch.subarray(0, perSample)
    let pos = 0
    for (let k = 0; k < samples.length; k++) {
      const s = samples[k]!
      const from = k * perSample
      if (s.mode === Mode.Full) {
        const bad = f32ToF16Array(tensor, from, perSample, new Uint16Array(payload.buffer, pos, perSample), 0)
        if (bad >= 0) {
          const v = tensor[bad]!
          throw Number.isFinite(v) ? rangeError(this.id, bad, v) : nonFiniteError(this.id, bad, 'input')
        }
      } else {
        const base = this.cache.get(s.id)!.data
        for (let i = 0; i < perSample; i++) diff[i] = tensor[from + i]! - base[i]!
        const nScales = Math.ceil(perSample / this.groupSize)
        try {
          quantizeBlocks(this.id, diff, 0, perSample, this.bits, this.groupSize, 'nearest', 0,
            new Uint16Array(payload.buffer, pos, nScales), 0, payload, pos + scaleBytes(nScales))
        } catch (err) {
          // Report the index in the tensor, not in the difference.
          if (err instanceof ValidationError && err.code === CodecErrorCode.NON_FINITE) {
            throw nonFiniteError(this.id, from + Number(err.data?.index ?? 0), 'input')
          }
          throw err
        }
      }
      pos += segmentBytes(s.mode, perSample, this.bits, this.groupSize)
    }
    // Phase 2: both ends apply the same reconstruction to their cache.
    this.apply(samples, perSample, payload, undefined)
    const params = writeDeltaParams({ bits: this.bits, groupSize: this.groupSize, elementCount: n, samples })
    return { codec: this.id, params, payload }
  }

  decode(encoded: EncodedTensor, ctx: DecodeContext): Float32Array {
    checkCodecId(this.id, encoded)
    const p = readDeltaParams(this.id, encoded.params)
    if (p.bits !== this.bits) throw mismatchError(`${this.id}: params say ${p.bits} bits`, { codec: this.id })
    checkSameCount(this.id, p.elementCount, ctx)
    const ids = p.samples.map((s) => s.id)
    checkSampleIds(this.id, ids)
    if (ctx.sampleIds !== undefined) {
      const same = ctx.sampleIds.length === ids.length && ctx.sampleIds.every((id, k) => id === ids[k])
      if (!same) throw mismatchError(`${this.id}: the frame's sample ids differ from the batch's`, { codec: this.id })
    }
    const perSample = p.elementCount / p.samples.length
    let expected = 0
    for (const s of p.samples) expected += segmentBytes(s.mode, perSample, p.bits, p.groupSize)
    if (encoded.payload.length !== expected) throw payloadLengthError(this.id, expected, encoded.payload.length)
    // A misaligned payload (sliced out of a stream buffer) is copied once so the views below work.
    const payload = encoded.payload.byteOffset % 4 === 0 ? encoded.payload : encoded.payload.slice()
    // Phase 1: check everything before touching the cache or the output.
    let pos = 0
    for (const s of p.samples) {
      if (s.mode === Mode.Delta) {
        const entry = this.cache.get(s.id)
        if (entry === undefined || entry.version !== s.baseVersion || entry.data.length !== perSample) {
          throw new ValidationError(
            CodecErrorCode.DELTA_BASE,
            `${this.id}: no base for sample ${s.id} at version ${s.baseVersion} (have ${entry?.version ?? 'none'}): ask for it again in full`,
            { codec: this.id, sampleId: s.id, baseVersion: s.baseVersion, have: entry?.version },
          )
        }
        const nScales = Math.ceil(perSample / p.groupSize)
        const bad = checkScales(new Uint16Array(payload.buffer, payload.byteOffset + pos, nScales), 0, nScales)
        if (bad >= 0) throw nonFiniteError(this.id, bad, 'payload')
      } else {
        const h = new Uint16Array(payload.buffer, payload.byteOffset + pos, perSample)
        for (let i = 0; i < perSample; i++) {
          if ((h[i]! & 0x7c00) === 0x7c00) throw nonFiniteError(this.id, i, 'payload')
        }
      }
      pos += segmentBytes(s.mode, perSample, p.bits, p.groupSize)
    }
    const out = outputFor(this.id, ctx)
    this.apply(p.samples, perSample, payload, out)
    return out
  }

  // Adds each segment's reconstruction to the cache (and copies it to `out` when decoding).
  private apply(samples: SampleRecord[], perSample: number, payload: Uint8Array, out: Float32Array | undefined): void {
    let pos = 0
    const nScales = Math.ceil(perSample / this.groupSize)
    for (let k = 0; k < samples.length; k++) {
      const s = samples[k]!
      let entry: Entry
      if (s.mode === Mode.Full) {
        this.fullSamples++
        entry = this.insert(s.id, perSample)
        f16ToF32Array(u16View(payload, pos, perSample), 0, perSample, entry.data, 0)
      } else {
        this.deltaSamples++
        entry = this.touch(s.id)
        if (this.scratch.length < perSample) this.scratch = new Float32Array(perSample)
        const d = this.scratch
        dequantizeBlocks(u16View(payload, pos, nScales), 0, payload, pos + scaleBytes(nScales), perSample, this.bits,
          this.groupSize, d, 0)
        const base = entry.data
        for (let i = 0; i < perSample; i++) base[i] = base[i]! + d[i]!
      }
      entry.version = s.newVersion
      out?.set(entry.data, k * perSample)
      pos += segmentBytes(s.mode, perSample, this.bits, this.groupSize)
    }
    // Evict only now: an entry this frame still needs must not go halfway through it.
    this.evictOver(new Set(samples.map((s) => s.id)))
  }

  private takeVersion(): number {
    const v = this.nextVersion
    this.nextVersion = (this.nextVersion + 1) >>> 0 || 1
    return v
  }

  private touch(id: number): Entry {
    const entry = this.cache.get(id)!
    this.cache.delete(id)
    this.cache.set(id, entry)
    return entry
  }

  private insert(id: number, perSample: number): Entry {
    const old = this.cache.get(id)
    if (old !== undefined && old.data.length === perSample) return this.touch(id)
    this.drop(id)
    const entry: Entry = { data: new Float32Array(perSample), version: 0 }
    this.cache.set(id, entry)
    this.cacheBytes += perSample * 4
    return entry
  }

  private drop(id: number): void {
    const old = this.cache.get(id)
    if (old === undefined) return
    this.cache.delete(id)
    this.cacheBytes -= old.data.length * 4
  }

  // Evicts least recently used entries until under the limit, the current frame's samples last.
  // Both ends run the same sequence of operations, so with the same limit they evict the same
  // samples (and when they do not, the version check catches it).
  private evictOver(frame: Set<number>): void {
    if (this.cacheBytes <= this.cacheBytesMax) return
    for (const pass of [false, true]) {
      for (const id of [...this.cache.keys()]) {
        if (this.cacheBytes <= this.cacheBytesMax) return
        if (frame.has(id) !== pass) continue
        this.drop(id)
        this.evictions++
      }
    }
  }
}
