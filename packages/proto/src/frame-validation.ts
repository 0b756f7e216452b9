// Checks a tensor frame header before its payload is read or allocated (limits, dtype, shape,
// sizes), and a receiver's expectations (run, epoch, step, sender) before it touches state.
// Also the finiteness checks daemons run on decoded tensors.
import {
  FRAME_BYTES_MAX,
  FRAME_HEADER_BYTES_MAX,
  FRAMES_PER_TENSOR_MAX,
  SHAPE_DIM_MAX,
  SHAPE_RANK_MAX,
  TENSOR_ELEMENTS_MAX,
} from './constants.js'
import { LimitError, ValidationError, WireErrorCode } from './errors.js'
import { tensor } from './messages.js'

const { DType, FrameKind } = tensor

export interface FrameLimits {
  /** Largest payload of one frame in bytes. */
  frameBytesMax: number
  /** Largest encoded header in bytes. */
  headerBytesMax: number
  /** Highest tensor rank. */
  shapeRankMax: number
  /** Most elements of the tensor a header describes. */
  elementsMax: number
}

export const DEFAULT_FRAME_LIMITS: Readonly<FrameLimits> = Object.freeze({
  frameBytesMax: FRAME_BYTES_MAX,
  headerBytesMax: FRAME_HEADER_BYTES_MAX,
  shapeRankMax: SHAPE_RANK_MAX,
  elementsMax: TENSOR_ELEMENTS_MAX,
})

export function frameLimits(init: Partial<FrameLimits> = {}): FrameLimits {
  return {
    frameBytesMax: init.frameBytesMax ?? FRAME_BYTES_MAX,
    headerBytesMax: init.headerBytesMax ?? FRAME_HEADER_BYTES_MAX,
    shapeRankMax: init.shapeRankMax ?? SHAPE_RANK_MAX,
    elementsMax: init.elementsMax ?? TENSOR_ELEMENTS_MAX,
  }
}

/** What a receiver expects of a frame; each field is checked only when given. */
export interface FrameExpectation {
  runId?: string
  /** The receiver's plan epoch: older is E_STALE_EPOCH, newer E_FUTURE_EPOCH. */
  epoch?: number
  /** Accepted steps, inclusive. */
  stepMin?: number
  stepMax?: number
  /** Micro-batches per step: microBatch must be below it. */
  microBatches?: number
  /** The stream's remote peer id: the header's sender must equal it. */
  sender?: string
  /** Frame kinds this stream carries. */
  kinds?: readonly number[]
  /**
   * Payload size the codec of this header produces, when the caller knows it (a codec registry);
   * undefined to skip. Plain casts ("raw", "fp32", "fp16", "bf16") are checked without it.
   */
  payloadBytesFor?: (header: tensor.ITensorFrameHeader) => number | undefined
}

const DTYPE_BYTES: Record<number, number> = {
  [DType.DTYPE_FLOAT32]: 4,
  [DType.DTYPE_FLOAT16]: 2,
  [DType.DTYPE_BFLOAT16]: 2,
  [DType.DTYPE_INT8]: 1,
  [DType.DTYPE_UINT8]: 1,
  [DType.DTYPE_INT32]: 4,
  [DType.DTYPE_INT64]: 8,
  [DType.DTYPE_BOOL]: 1,
}

/** Short dtype names, as codecs and logs spell them. */
const DTYPE_NAMES: Record<number, string> = {
  [DType.DTYPE_FLOAT32]: 'fp32',
  [DType.DTYPE_FLOAT16]: 'fp16',
  [DType.DTYPE_BFLOAT16]: 'bf16',
  [DType.DTYPE_INT8]: 'int8',
  [DType.DTYPE_UINT8]: 'uint8',
  [DType.DTYPE_INT32]: 'int32',
  [DType.DTYPE_INT64]: 'int64',
  [DType.DTYPE_BOOL]: 'bool',
}

/** Bytes per element of a known dtype; undefined for unknown or unset. */
export function dtypeBytes(dtype: number): number | undefined {
  return DTYPE_BYTES[dtype]
}

export function dtypeName(dtype: number): string | undefined {
  return DTYPE_NAMES[dtype]
}

/** The dtype a short name ("fp32", "fp16", ...) stands for. */
export function dtypeFromName(name: string): number | undefined {
  for (const [value, n] of Object.entries(DTYPE_NAMES)) if (n === name) return Number(value)
  return undefined
}

const KINDS = new Set<number>(Object.values(FrameKind).filter((v): v is number => typeof v === 'number' && v !== 0))

/** Element size of the codecs that are plain casts: payload = elements x this. */
const CAST_CODEC_BYTES: Record<string, number> = { fp32: 4, fp16: 2, bf16: 2 }

/** The element count of a shape, with each dimension and the product checked against limits. */
export function shapeElements(shape: readonly number[], limits: Pick<FrameLimits, 'shapeRankMax' | 'elementsMax'> = DEFAULT_FRAME_LIMITS): number {
  if (shape.length > limits.shapeRankMax) {
    throw new LimitError(WireErrorCode.RANK_TOO_LARGE, `tensor rank ${shape.length} exceeds the limit of ${limits.shapeRankMax}`, {
      rank: shape.length,
      limit: limits.shapeRankMax,
    })
  }
  let n = 1
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i]!
    if (!Number.isInteger(d) || d < 0 || d > SHAPE_DIM_MAX) {
      throw new ValidationError(WireErrorCode.SHAPE, `shape dimension ${i} is ${d}, not an integer in [0, ${SHAPE_DIM_MAX}]`, { dim: i, value: d })
    }
    n *= d
    // n <= elementsMax before each product, so a product past the limit is caught at once; past
    // 2^53 it may be inexact, but then it is far above any limit.
    if (n > limits.elementsMax) {
      throw new LimitError(WireErrorCode.TOO_MANY_ELEMENTS, `tensor of shape [${shape.join(', ')}] exceeds ${limits.elementsMax} elements`, {
        limit: limits.elementsMax,
      })
    }
  }
  return n
}

function checkSafe(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ValidationError(WireErrorCode.RANGE, `${name} is ${value}, beyond exact integers`, { field: name, value })
  }
}

/** The plain-cast codec size check: undefined when the codec is not a plain cast. */
function castPayloadBytes(codec: string, dtype: number, elements: number): number | undefined {
  if (codec === '' || codec === 'raw') return elements * DTYPE_BYTES[dtype]!
  const size = CAST_CODEC_BYTES[codec]
  return size === undefined ? undefined : elements * size
}

/**
 * Validates a decoded header against limits and the receiver's expectations. Throws LimitError
 * (too big), ValidationError (inconsistent, or not what the receiver expects). Returns the
 * decoded tensor's element count.
 */
export function validateFrameHeader(header: tensor.ITensorFrameHeader, limits: FrameLimits = DEFAULT_FRAME_LIMITS, expect: FrameExpectation = {}): number {
  const payloadBytes = header.payloadBytes ?? 0
  checkSafe('payloadBytes', payloadBytes)
  if (payloadBytes > limits.frameBytesMax) {
    throw new LimitError(WireErrorCode.FRAME_TOO_LARGE, `frame payload of ${payloadBytes} bytes exceeds frameBytesMax ${limits.frameBytesMax}`, {
      bytes: payloadBytes,
      limit: limits.frameBytesMax,
    })
  }
  const kind = header.kind ?? 0
  if (!KINDS.has(kind)) throw new ValidationError(WireErrorCode.KIND, `unknown frame kind ${kind}`, { kind })
  const dtype = header.dtype ?? 0
  const elementBytes = DTYPE_BYTES[dtype]
  if (elementBytes === undefined) throw new ValidationError(WireErrorCode.DTYPE, `unknown dtype ${dtype}`, { dtype })
  const elements = shapeElements(header.shape ?? [], limits)
  const rawBytes = header.rawBytes ?? 0
  checkSafe('rawBytes', rawBytes)
  if (rawBytes !== elements * elementBytes) {
    throw new ValidationError(
      WireErrorCode.SIZE_MISMATCH,
      `rawBytes ${rawBytes} disagrees with shape [${(header.shape ?? []).join(', ')}] x ${elementBytes} bytes`,
      { rawBytes, elements, elementBytes },
    )
  }
  const count = header.count ?? 0
  const index = header.index ?? 0
  if (count > FRAMES_PER_TENSOR_MAX) {
    throw new LimitError(WireErrorCode.FRAME_INDEX, `a tensor split into ${count} frames exceeds ${FRAMES_PER_TENSOR_MAX}`, { count })
  }
  if (count <= 1 ? index !== 0 : index >= count) {
    throw new ValidationError(WireErrorCode.FRAME_INDEX, `frame index ${index} out of range for count ${count}`, { index, count })
  }
  const codec = header.codec ?? ''
  // Whole-tensor frames of known codecs must carry exactly the codec's size; pieces of a split
  // tensor are only bounded by it.
  const expected = castPayloadBytes(codec, dtype, elements) ?? expect.payloadBytesFor?.(header)
  if (expected !== undefined && (count <= 1 ? payloadBytes !== expected : payloadBytes > expected)) {
    throw new ValidationError(
      WireErrorCode.SIZE_MISMATCH,
      `payload of ${payloadBytes} bytes does not match codec '${codec}' for ${elements} elements (${expected} bytes)`,
      { payloadBytes, expected, codec },
    )
  }
  checkSafe('epoch', header.epoch ?? 0)
  checkSafe('step', header.step ?? 0)
  checkExpectation(header, expect)
  return elements
}

function checkExpectation(header: tensor.ITensorFrameHeader, expect: FrameExpectation): void {
  if (expect.runId !== undefined && (header.runId ?? '') !== expect.runId) {
    throw new ValidationError(WireErrorCode.WRONG_RUN, `frame for run '${header.runId ?? ''}', expected '${expect.runId}'`, { runId: header.runId })
  }
  const epoch = header.epoch ?? 0
  if (expect.epoch !== undefined && epoch !== expect.epoch) {
    const stale = epoch < expect.epoch
    throw new ValidationError(
      stale ? WireErrorCode.STALE_EPOCH : WireErrorCode.FUTURE_EPOCH,
      `frame of plan epoch ${epoch}, expected ${expect.epoch}`,
      { epoch, expected: expect.epoch },
    )
  }
  const step = header.step ?? 0
  if ((expect.stepMin !== undefined && step < expect.stepMin) || (expect.stepMax !== undefined && step > expect.stepMax)) {
    throw new ValidationError(WireErrorCode.STEP, `frame of step ${step}, expected [${expect.stepMin ?? 0}, ${expect.stepMax ?? '∞'}]`, { step })
  }
  const mb = header.microBatch ?? 0
  if (expect.microBatches !== undefined && mb >= expect.microBatches) {
    throw new ValidationError(WireErrorCode.MICRO_BATCH, `micro-batch ${mb} out of range (${expect.microBatches} per step)`, { microBatch: mb })
  }
  if (expect.sender !== undefined && (header.sender ?? '') !== expect.sender) {
    throw new ValidationError(WireErrorCode.SENDER, `frame claims sender '${header.sender ?? ''}' on a stream from '${expect.sender}'`, {
      sender: header.sender,
    })
  }
  if (expect.kinds !== undefined && !expect.kinds.includes(header.kind ?? 0)) {
    throw new ValidationError(WireErrorCode.KIND, `frame kind ${header.kind} is not carried on this stream`, { kind: header.kind })
  }
}

/** Throws ValidationError E_NOT_FINITE at the first NaN or infinity. Checks exponent bits, ~GB/s. */
export function assertFiniteFloat32(values: Float32Array, what = 'tensor'): void {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length)
  for (let i = 0; i < bits.length; i++) {
    if ((bits[i]! & 0x7f800000) === 0x7f800000) throw notFinite(what, i, values[i]!)
  }
}

/** The same for IEEE half floats stored as their 16-bit patterns. */
export function assertFiniteFloat16(bits: Uint16Array, what = 'tensor'): void {
  for (let i = 0; i < bits.length; i++) {
    if ((bits[i]! & 0x7c00) === 0x7c00) throw notFinite(what, i, Number.NaN)
  }
}

function notFinite(what: string, index: number, value: number): ValidationError {
  return new ValidationError(WireErrorCode.NOT_FINITE, `${what} holds a non-finite value at element ${index}`, { index, value: String(value) })
}

/**
 * A typed-array view of a frame payload of a plain dtype (no copy): Float32Array for fp32,
 * Uint16Array (bit patterns) for fp16/bf16, and so on. The payload must be aligned, as payloads
 * from readFrame are.
 */
export function payloadView(dtype: number, payload: Uint8Array): Float32Array | Uint16Array | Int8Array | Uint8Array | Int32Array | BigInt64Array {
  const { buffer, byteOffset, byteLength } = payload
  const size = DTYPE_BYTES[dtype]
  if (size === undefined) throw new ValidationError(WireErrorCode.DTYPE, `unknown dtype ${dtype}`, { dtype })
  if (byteLength % size !== 0 || byteOffset % size !== 0) {
    throw new ValidationError(WireErrorCode.SIZE_MISMATCH, `payload of ${byteLength} bytes at offset ${byteOffset} is not a whole ${dtypeName(dtype)} array`)
  }
  const n = byteLength / size
  switch (dtype) {
    case DType.DTYPE_FLOAT32:
      return new Float32Array(buffer, byteOffset, n)
    case DType.DTYPE_FLOAT16:
    case DType.DTYPE_BFLOAT16:
      return new Uint16Array(buffer, byteOffset, n)
    case DType.DTYPE_INT8:
      return new Int8Array(buffer, byteOffset, n)
    case DType.DTYPE_INT32:
      return new Int32Array(buffer, byteOffset, n)
    case DType.DTYPE_INT64:
      return new BigInt64Array(buffer, byteOffset, n)
    default:
      return new Uint8Array(buffer, byteOffset, n)
  }
}
