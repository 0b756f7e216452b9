// The messages of a data-parallel sync: one per (step, round, chunk). Their codec_params carry the
// step, round, chunk, chunk length and subset, and a receiver refuses a message whose fields differ
// from what it computed itself, so a stale, misrouted or truncated message never reaches state.
//   sparse: a bitmask over the chunk's subset, then the kept values (k bits, one fp16 scale per bucket);
//           when every subset value is kept (kept === count, e.g. top-k ratio 1) the mask is left out
//   dense:  fp32, fp16 or bf16 values of the whole chunk (warm-up steps, plain all-reduce, shared
//           second-moment statistics: bf16 keeps fp32's range, which second moments need)
//   blocks: the chunk as blocks of `bucket` values, a bitmask over the blocks naming the ones sent
//           (those with the largest norms), then one fp16 scale per sent block and their values at
//           k bits (1: signs)
//   skip:   "nobody applies this step" with the reason and the replica that caused it
import { ValidationError } from '@tandem/proto'
import { checkCodecId, checkVersion, type EncodedTensor, f32View, u16View } from './codec.js'
import { CODEC_PARAMS_VERSION } from './constants.js'
import { CodecErrorCode, mismatchError, nonFiniteError, paramsError, payloadLengthError } from './errors.js'
import { firstNonFiniteIndex } from './float-codecs.js'
import { bf16ToF32Array, f16ToF32Array, f32ToBf16Array, f32ToF16Array } from './half.js'
import { ParamsReader, ParamsWriter } from './params.js'
import { checkScales, dequantizeBlocks, packedBytes, quantizeBlocks, scaleBytes } from './quantize.js'
import { SYNC_ROUNDS, type SyncRound } from './exchange.js'
import type { Subset } from './subset.js'
import { dequantizeSigns, quantizeSigns, signPaddingIsZero } from './sign-quantize.js'
import { popcount, topkMask } from './top-k.js'

export type UpdateKind = 'sparse' | 'dense32' | 'dense16' | 'skip' | 'densebf16' | 'blocks'

/** Why a step was skipped (carried in skip messages). */
export const SkipReason = {
  /** The replica's own update held NaN/Inf. */
  NON_FINITE: 1,
  /** The replica's update could not be encoded (a value beyond the format's range). */
  RANGE: 2,
  /** An owner received a message it refused (wrong step/chunk/length, non-finite payload). */
  BAD_MESSAGE: 3,
} as const
export type SkipReasonCode = (typeof SkipReason)[keyof typeof SkipReason]

/** "No replica" in the culprit field. */
export const NO_CULPRIT = 0xffffffff

export interface UpdateHeader {
  kind: UpdateKind
  round: SyncRound
  step: number
  chunk: number
  chunkLength: number
  reason: number
  culprit: number
  stride: number
  offset: number
  count: number
  kept: number
  bits: number
  bucket: number
}

const KINDS: UpdateKind[] = ['sparse', 'dense32', 'dense16', 'skip', 'densebf16', 'blocks']
const PARAMS_BYTES = 1 + 1 + 1 + 1 + 8 + 4 + 8 + 4 + 4 + 4 + 4 + 4 + 1 + 4

// params: u8 version | u8 kind | u8 round | u8 reason | u64 step | u32 chunk | u64 chunkLength |
//         u32 culprit | u32 stride | u32 offset | u32 count | u32 kept | u8 bits | u32 bucket
function writeHeader(h: UpdateHeader): Uint8Array {
  return new ParamsWriter(PARAMS_BYTES)
    .u8(CODEC_PARAMS_VERSION)
    .u8(KINDS.indexOf(h.kind))
    .u8(SYNC_ROUNDS.indexOf(h.round))
    .u8(h.reason)
    .u64(h.step)
    .u32(h.chunk)
    .u64(h.chunkLength)
    .u32(h.culprit)
    .u32(h.stride)
    .u32(h.offset)
    .u32(h.count)
    .u32(h.kept)
    .u8(h.bits)
    .u32(h.bucket)
    .finish()
}

export function readUpdateHeader(codec: string, m: EncodedTensor): UpdateHeader {
  checkCodecId(codec, m)
  const r = new ParamsReader(m.params, codec)
  checkVersion(codec, r.u8(), CODEC_PARAMS_VERSION)
  const kind = KINDS[r.u8()]
  const round = r.u8()
  const h = {
    reason: r.u8(),
    step: r.u64(),
    chunk: r.u32(),
    chunkLength: r.u64(),
    culprit: r.u32(),
    stride: r.u32(),
    offset: r.u32(),
    count: r.u32(),
    kept: r.u32(),
    bits: r.u8(),
    bucket: r.u32(),
  }
  r.end()
  const roundName = SYNC_ROUNDS[round]
  if (kind === undefined || roundName === undefined) throw paramsError(`${codec}: unknown message kind or round`, { codec })
  return { kind, round: roundName, ...h }
}

export interface ChunkExpectation {
  step: number
  round: SyncRound
  chunk: number
  chunkLength: number
}

function checkExpected(codec: string, h: UpdateHeader, e: ChunkExpectation): void {
  if (h.step !== e.step || h.round !== e.round || h.chunk !== e.chunk || h.chunkLength !== e.chunkLength) {
    throw mismatchError(
      `${codec}: message for step ${h.step} ${h.round} chunk ${h.chunk} (${h.chunkLength} values), expected step ${e.step} ${e.round} chunk ${e.chunk} (${e.chunkLength})`,
      { codec, got: { step: h.step, round: h.round, chunk: h.chunk }, expected: e },
    )
  }
}

function baseHeader(e: ChunkExpectation, kind: UpdateKind): UpdateHeader {
  return {
    kind,
    round: e.round,
    step: e.step,
    chunk: e.chunk,
    chunkLength: e.chunkLength,
    reason: 0,
    culprit: NO_CULPRIT,
    stride: 0,
    offset: 0,
    count: 0,
    kept: 0,
    bits: 0,
    bucket: 0,
  }
}

export function skipMessage(codec: string, e: ChunkExpectation, reason: number, culprit: number): EncodedTensor {
  const h = { ...baseHeader(e, 'skip'), reason, culprit }
  return { codec, params: writeHeader(h), payload: new Uint8Array(0) }
}

export type DensePrecision = 'fp32' | 'fp16' | 'bf16'

const DENSE_KIND: Record<DensePrecision, UpdateKind> = { fp32: 'dense32', fp16: 'dense16', bf16: 'densebf16' }

/**
 * Dense chunk values in fp32, fp16 (values beyond fp16 range throw E_CODEC_RANGE) or bf16 (rounded
 * to nearest even: fp32's range with 8 bits of precision; a value that rounds past bf16's largest
 * throws E_CODEC_RANGE). NaN/Inf throw E_NON_FINITE.
 */
export function denseMessage(codec: string, e: ChunkExpectation, values: Float32Array, precision: DensePrecision): EncodedTensor {
  if (values.length !== e.chunkLength) throw new RangeError(`dense message: ${values.length} values for a chunk of ${e.chunkLength}`)
  const h = baseHeader(e, DENSE_KIND[precision])
  if (precision === 'bf16') {
    const bad = firstNonFiniteIndex(values)
    if (bad >= 0) throw nonFiniteError(codec, bad, 'input')
    const payload = new Uint8Array(values.length * 2)
    const over = f32ToBf16Array(values, new Uint16Array(payload.buffer, 0, values.length))
    if (over >= 0) throw new ValidationError(CodecErrorCode.RANGE, `${codec}: value beyond bf16 range at ${over}`, { codec, index: over })
    return { codec, params: writeHeader(h), payload }
  }
  if (precision === 'fp32') {
    const bad = firstNonFiniteIndex(values)
    if (bad >= 0) throw nonFiniteError(codec, bad, 'input')
    const payload = new Uint8Array(values.length * 4)
    payload.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
    return { codec, params: writeHeader(h), payload }
  }
  const payload = new Uint8Array(values.length * 2)
  const bad = f32ToF16Array(values, 0, values.length, new Uint16Array(payload.buffer), 0)
  if (bad >= 0) {
    throw Number.isFinite(values[bad]!)
      ? new ValidationError(CodecErrorCode.RANGE, `${codec}: value beyond fp16 range at ${bad}`, { codec, index: bad })
      : nonFiniteError(codec, bad, 'input')
  }
  return { codec, params: writeHeader(h), payload }
}

/** Decodes a dense message into `out` (chunkLength values), refusing non-finite payload values. */
export function readDense(codec: string, m: EncodedTensor, h: UpdateHeader, e: ChunkExpectation, out: Float32Array): void {
  checkExpected(codec, h, e)
  const n = e.chunkLength
  if (h.kind === 'dense32') {
    if (m.payload.length !== n * 4) throw payloadLengthError(codec, n * 4, m.payload.length)
    const src = f32View(m.payload, 0, n)
    for (let i = 0; i < n; i++) if (!Number.isFinite(src[i]!)) throw nonFiniteError(codec, i, 'payload')
    out.set(src)
  } else if (h.kind === 'dense16') {
    if (m.payload.length !== n * 2) throw payloadLengthError(codec, n * 2, m.payload.length)
    const bad = f16ToF32Array(u16View(m.payload, 0, n), 0, n, out, 0)
    if (bad >= 0) throw nonFiniteError(codec, bad, 'payload')
  } else if (h.kind === 'densebf16') {
    if (m.payload.length !== n * 2) throw payloadLengthError(codec, n * 2, m.payload.length)
    const bad = bf16ToF32Array(u16View(m.payload, 0, n), out)
    if (bad >= 0) throw nonFiniteError(codec, bad, 'payload')
  } else {
    throw mismatchError(`${codec}: expected a dense message, got ${h.kind}`, { codec, kind: h.kind })
  }
}

export interface SparseSettings {
  topkRatio: number
  bits: number
  bucket: number
}

function maskBytes(count: number): number {
  return (Math.ceil(count / 8) + 3) & ~3
}

// A mask that would name every position carries no information: it is left out. At 2 bits per
// value the mask alone would cost half a value's bits again.
function sparseMaskBytes(count: number, kept: number): number {
  return kept === count ? 0 : maskBytes(count)
}

function sparsePayloadBytes(count: number, kept: number, bits: number, bucket: number): number {
  return sparseMaskBytes(count, kept) + scaleBytes(Math.ceil(kept / bucket)) + packedBytes(kept, bits)
}

/** Bits per kept value the update codec carries: 1 (signs) or 2..8 (fixed point). */
export function isValidUpdateBits(bits: number): boolean {
  return Number.isInteger(bits) && bits >= 1 && bits <= 8
}

let keptScratch = new Float32Array(1024)

/**
 * CocktailSGD's compressor for one chunk: top-k of the subset values `v` (count values) by
 * magnitude, kept values quantized. Writes the reconstruction (what the receiver will decode) to
 * `recon` (count values, zero where not kept), so the caller can keep the error v - recon.
 */
export function sparseMessage(
  codec: string,
  e: ChunkExpectation,
  subset: Subset,
  v: Float32Array,
  s: SparseSettings,
  recon: Float32Array,
): EncodedTensor {
  const count = subset.count
  const k = count === 0 ? 0 : Math.max(1, Math.ceil(s.topkRatio * count))
  if (keptScratch.length < count) keptScratch = new Float32Array(count)
  let kept: number
  let values: Float32Array
  let mask: Uint8Array | undefined
  if (k >= count) {
    // Top-k of everything: every subset value goes, zeros included, without a mask.
    kept = count
    values = v
  } else {
    mask = new Uint8Array(maskBytes(count))
    kept = topkMask(v, count, k, mask, keptScratch)
    values = keptScratch
  }
  const mBytes = sparseMaskBytes(count, kept)
  const payload = new Uint8Array(sparsePayloadBytes(count, kept, s.bits, s.bucket))
  if (mBytes > 0 && mask !== undefined) payload.set(mask)
  const nScales = Math.ceil(kept / s.bucket)
  const scales = new Uint16Array(payload.buffer, mBytes, nScales)
  const codesAt = mBytes + scaleBytes(nScales)
  if (s.bits === 1) quantizeSigns(codec, values, 0, kept, s.bucket, scales, 0, payload, codesAt)
  else quantizeBlocks(codec, values, 0, kept, s.bits, s.bucket, 'nearest', 0, scales, 0, payload, codesAt)
  const h: UpdateHeader = {
    ...baseHeader(e, 'sparse'),
    stride: subset.stride,
    offset: subset.offset,
    count,
    kept,
    bits: s.bits,
    bucket: s.bucket,
  }
  const message = { codec, params: writeHeader(h), payload }
  expandSparse(payload, count, kept, s.bits, s.bucket, recon)
  return message
}

let valueScratch = new Float32Array(1024)

// Decodes the kept values and scatters them over `out` (count values, zeros elsewhere).
function expandSparse(payload: Uint8Array, count: number, kept: number, bits: number, bucket: number, out: Float32Array): void {
  const mBytes = sparseMaskBytes(count, kept)
  const nScales = Math.ceil(kept / bucket)
  const scales = u16View(payload, mBytes, nScales)
  const codesAt = mBytes + scaleBytes(nScales)
  // Without a mask the kept values are the subset itself; with one they go through the scratch.
  if (kept < count && valueScratch.length < kept) valueScratch = new Float32Array(kept)
  const dst = kept === count ? out : valueScratch
  if (bits === 1) dequantizeSigns(scales, 0, payload, codesAt, kept, bucket, dst, 0)
  else dequantizeBlocks(scales, 0, payload, codesAt, kept, bits, bucket, dst, 0)
  if (kept < count) scatterMasked(payload, count, out)
}

// Spreads the decoded kept values (valueScratch) over the mask's positions, zeros elsewhere.
function scatterMasked(mask: Uint8Array, count: number, out: Float32Array): void {
  out.fill(0, 0, count)
  let j = 0
  for (let i = 0; i < count; i++) {
    if ((mask[i >>> 3]! >>> (i & 7)) & 1) out[i] = valueScratch[j++]!
  }
}

// A bitmask of `mBytes` bytes over `count` positions must name exactly `kept` of them, none past
// `count`, with zero padding.
function checkMask(codec: string, payload: Uint8Array, mBytes: number, count: number, kept: number, what: string): void {
  const usedBytes = Math.ceil(count / 8)
  if (popcount(payload, mBytes) !== kept || (count % 8 !== 0 && payload[usedBytes - 1]! >>> (count % 8) !== 0)) {
    throw mismatchError(`${codec}: bitmask does not hold ${kept} ${what} within ${count}`, { codec })
  }
  for (let i = usedBytes; i < mBytes; i++) {
    if (payload[i] !== 0) throw mismatchError(`${codec}: bitmask padding is not zero`, { codec })
  }
}

/**
 * Decodes a sparse message into `out` (count values of the subset, zeros where not kept), after
 * checking it against the chunk, the subset this replica computed, and the settings.
 */
export function readSparse(
  codec: string,
  m: EncodedTensor,
  h: UpdateHeader,
  e: ChunkExpectation,
  subset: Subset,
  s: Pick<SparseSettings, 'bits' | 'bucket'>,
  out: Float32Array,
): void {
  checkExpected(codec, h, e)
  if (h.kind !== 'sparse') throw mismatchError(`${codec}: expected a sparse message, got ${h.kind}`, { codec })
  if (h.stride !== subset.stride || h.offset !== subset.offset || h.count !== subset.count) {
    throw mismatchError(`${codec}: subset (${h.stride}, ${h.offset}, ${h.count}) differs from this replica's (${subset.stride}, ${subset.offset}, ${subset.count})`, { codec })
  }
  if (h.bits !== s.bits || h.bucket !== s.bucket) {
    throw mismatchError(`${codec}: ${h.bits} bits / bucket ${h.bucket}, expected ${s.bits} / ${s.bucket}`, { codec })
  }
  if (h.kept > h.count) throw paramsError(`${codec}: ${h.kept} kept of ${h.count}`, { codec })
  const expected = sparsePayloadBytes(h.count, h.kept, h.bits, h.bucket)
  if (m.payload.length !== expected) throw payloadLengthError(codec, expected, m.payload.length)
  const payload = m.payload.byteOffset % 4 === 0 ? m.payload : m.payload.slice()
  const mBytes = sparseMaskBytes(h.count, h.kept)
  if (mBytes > 0) checkMask(codec, payload, mBytes, h.count, h.kept, 'positions')
  const nScales = Math.ceil(h.kept / h.bucket)
  const bad = checkScales(u16View(payload, mBytes, nScales), 0, nScales)
  if (bad >= 0) throw nonFiniteError(codec, bad, 'payload')
  if (h.bits === 1 && !signPaddingIsZero(payload, mBytes + scaleBytes(nScales), h.kept)) {
    throw mismatchError(`${codec}: sign padding after ${h.kept} values is not zero`, { codec })
  }
  expandSparse(payload, h.count, h.kept, h.bits, h.bucket, out)
}

// ---- blocks ----------------------------------------------------------------------------------------

export interface BlockSettings {
  /** Values per block (one fp16 scale each; a multiple of 8). */
  block: number
  /** Share of the chunk's blocks sent, those with the largest norms. */
  ratio: number
  bits: number
}

function blockCount(n: number, block: number): number {
  return Math.ceil(n / block)
}

// Values in the kept blocks: every kept block is whole except the chunk's last, which may be short.
function keptValues(mask: Uint8Array, n: number, block: number, kept: number): number {
  const blocks = blockCount(n, block)
  if (kept === 0) return 0
  const last = blocks - 1
  const lastLen = n - last * block
  return (mask[last >>> 3]! >>> (last & 7)) & 1 ? (kept - 1) * block + lastLen : kept * block
}

function blocksPayloadBytes(mBytes: number, kept: number, values: number, bits: number): number {
  return mBytes + scaleBytes(kept) + packedBytes(values, bits)
}

let normScratch = new Float32Array(1024)
let normKept = new Float32Array(1024)
let blockValues = new Float32Array(1024)

/**
 * The chunk `v` (chunkLength values) as its largest-norm blocks: a bitmask over the blocks, then the
 * kept blocks quantized (one fp16 scale per block). Writes what the receiver will decode to `recon`
 * (chunkLength values, zero outside the kept blocks).
 */
export function blocksMessage(codec: string, e: ChunkExpectation, v: Float32Array, s: BlockSettings, recon: Float32Array): EncodedTensor {
  const n = e.chunkLength
  if (v.length !== n) throw new RangeError(`blocks message: ${v.length} values for a chunk of ${n}`)
  const blocks = blockCount(n, s.block)
  if (normScratch.length < blocks) {
    normScratch = new Float32Array(blocks)
    normKept = new Float32Array(blocks)
  }
  for (let b = 0; b < blocks; b++) {
    let t = 0
    for (let i = b * s.block, end = Math.min(n, i + s.block); i < end; i++) t += v[i]! * v[i]!
    normScratch[b] = t
  }
  const bad = firstNonFiniteIndex(v)
  if (bad >= 0) throw nonFiniteError(codec, bad, 'input')
  const mBytes = maskBytes(blocks)
  const mask = new Uint8Array(mBytes)
  const k = blocks === 0 ? 0 : Math.max(1, Math.ceil(s.ratio * blocks))
  const kept = topkMask(normScratch, blocks, k, mask, normKept)
  const values = keptValues(mask, n, s.block, kept)
  if (blockValues.length < values) blockValues = new Float32Array(values)
  let o = 0
  for (let b = 0; b < blocks; b++) {
    if (!((mask[b >>> 3]! >>> (b & 7)) & 1)) continue
    for (let i = b * s.block, end = Math.min(n, i + s.block); i < end; i++) blockValues[o++] = v[i]!
  }
  const payload = new Uint8Array(blocksPayloadBytes(mBytes, kept, values, s.bits))
  payload.set(mask)
  const scales = new Uint16Array(payload.buffer, mBytes, kept)
  const codesAt = mBytes + scaleBytes(kept)
  if (s.bits === 1) quantizeSigns(codec, blockValues, 0, values, s.block, scales, 0, payload, codesAt)
  else quantizeBlocks(codec, blockValues, 0, values, s.bits, s.block, 'nearest', 0, scales, 0, payload, codesAt)
  const h: UpdateHeader = { ...baseHeader(e, 'blocks'), stride: 1, count: n, kept, bits: s.bits, bucket: s.block }
  expandBlocks(payload, n, kept, s.bits, s.block, recon)
  return { codec, params: writeHeader(h), payload }
}

// Decodes the kept blocks over `out` (n values, zeros elsewhere).
function expandBlocks(payload: Uint8Array, n: number, kept: number, bits: number, block: number, out: Float32Array): void {
  const blocks = blockCount(n, block)
  const mBytes = maskBytes(blocks)
  const values = keptValues(payload, n, block, kept)
  if (blockValues.length < values) blockValues = new Float32Array(values)
  const scales = u16View(payload, mBytes, kept)
  const codesAt = mBytes + scaleBytes(kept)
  if (bits === 1) dequantizeSigns(scales, 0, payload, codesAt, values, block, blockValues, 0)
  else dequantizeBlocks(scales, 0, payload, codesAt, values, bits, block, blockValues, 0)
  out.fill(0, 0, n)
  let o = 0
  for (let b = 0; b < blocks; b++) {
    if (!((payload[b >>> 3]! >>> (b & 7)) & 1)) continue
    for (let i = b * block, end = Math.min(n, i + block); i < end; i++) out[i] = blockValues[o++]!
  }
}

/** Decodes a blocks message into `out` (chunkLength values), after checking it against the chunk and the settings. */
export function readBlocks(codec: string, m: EncodedTensor, h: UpdateHeader, e: ChunkExpectation, s: Pick<BlockSettings, 'block' | 'bits'>, out: Float32Array): void {
  checkExpected(codec, h, e)
  if (h.kind !== 'blocks') throw mismatchError(`${codec}: expected a blocks message, got ${h.kind}`, { codec })
  if (h.bits !== s.bits || h.bucket !== s.block || h.count !== e.chunkLength) {
    throw mismatchError(`${codec}: ${h.bits} bits / block ${h.bucket} / ${h.count} values, expected ${s.bits} / ${s.block} / ${e.chunkLength}`, { codec })
  }
  const n = e.chunkLength
  const blocks = blockCount(n, s.block)
  if (h.kept > blocks) throw paramsError(`${codec}: ${h.kept} kept of ${blocks} blocks`, { codec })
  const mBytes = maskBytes(blocks)
  if (m.payload.length < mBytes) throw payloadLengthError(codec, mBytes, m.payload.length)
  const payload = m.payload.byteOffset % 4 === 0 ? m.payload : m.payload.slice()
  checkMask(codec, payload, mBytes, blocks, h.kept, 'blocks')
  const values = keptValues(payload, n, s.block, h.kept)
  const expected = blocksPayloadBytes(mBytes, h.kept, values, h.bits)
  if (m.payload.length !== expected) throw payloadLengthError(codec, expected, m.payload.length)
  const bad = checkScales(u16View(payload, mBytes, h.kept), 0, h.kept)
  if (bad >= 0) throw nonFiniteError(codec, bad, 'payload')
  if (h.bits === 1 && !signPaddingIsZero(payload, mBytes + scaleBytes(h.kept), values)) {
    throw mismatchError(`${codec}: sign padding after ${values} values is not zero`, { codec })
  }
  expandBlocks(payload, n, h.kept, h.bits, s.block, out)
}

