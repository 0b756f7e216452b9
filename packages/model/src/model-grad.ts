// Loss, logits and every parameter gradient of GPT-J on one batch: the whole model as one stage,
// or split into N stages (evenSplit) whose graphs are chained exactly as a pipeline chains them.
// Used by `tandem model grad` and by the exactness test against the PyTorch reference.
import { IGNORE_INDEX, type TokenBatch, UserError } from '@tandem/proto'
import { evenSplit, type GPTJConfig } from './config.js'
import type { Device } from './session/ort-options.js'
import type { Precision } from './stage-graph.js'
import { StageRuntime } from './stage-runtime.js'

export interface ModelGradOptions {
  /** Split the layers into this many stages (default 1). */
  stages?: number
  device?: Device
  precision?: Precision
  threads?: number
}

export interface ModelGradResult {
  /** Mean cross-entropy over scored tokens (labels != -100, shifted). */
  loss: number
  /** [B, T, V] */
  logits: Float32Array
  /** Hugging Face parameter name -> gradient of the loss. */
  grads: Map<string, Float32Array>
  /** Scored tokens. */
  tokens: number
}

export async function modelGrad(config: GPTJConfig, params: Map<string, Float32Array>, batch: TokenBatch, opts: ModelGradOptions = {}): Promise<ModelGradResult> {
  const stages = opts.stages ?? 1
  if (!Number.isInteger(stages) || stages < 1 || stages > config.nLayer) {
    throw new RangeError(`stages must be a whole number in 1..${config.nLayer} (one layer per stage at least), got ${stages}`)
  }
  const ranges = evenSplit(config.nLayer, stages)
  const runtimes: StageRuntime[] = []
  try {
    // Stages start side by side (graph building and session creation are mostly single-threaded).
    const started = await Promise.allSettled(
      ranges.map((range) =>
        StageRuntime.create(
          { config, range, microBatch: batch.batch, seq: batch.seq, device: opts.device, precision: opts.precision, threads: opts.threads, logits: true },
          params,
        ),
      ),
    )
    for (const s of started) if (s.status === 'fulfilled') runtimes.push(s.value)
    const failed = started.find((s) => s.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
    let hidden: Float32Array | undefined
    let loss = 0
    let tokens = 0
    let logits: Float32Array | undefined
    for (const rt of runtimes) {
      const f = await rt.forward(0, hidden ? { batch, hidden } : { batch }, { transfer: true })
      hidden = f.hidden
      if (rt.last) {
        loss = f.loss!
        tokens = f.tokens!
        logits = f.logits!
      }
    }
    let grad: Float32Array | undefined
    for (const rt of [...runtimes].reverse()) {
      grad = (await rt.backward(0, grad, { transfer: true })).gradInput
    }
    const grads = new Map<string, Float32Array>()
    for (const rt of runtimes) for (const [name, g] of rt.gradients()) grads.set(name, g)
    return { loss, logits: logits!, grads, tokens }
  } finally {
    await Promise.all(runtimes.map((rt) => rt.close()))
  }
}

/** `tandem model grad`'s BATCH.json (rows of equal length; labels aligned with input_ids, -100 not scored). */
export interface BatchJson {
  input_ids: number[][]
  labels: number[][]
  /** Per row: tokens t < prefix_lengths[b] form the bidirectional UL2 prefix. */
  prefix_lengths?: number[]
  /** Per token: packed-example ids (attention stays inside a segment; positions restart). */
  segment_ids?: number[][]
  /** Per token: 1 where the token is in its segment's prefix (the general form of prefix_lengths). */
  prefix_mask?: number[][]
}

function batchError(message: string, field: string): UserError {
  return new UserError(message, { field }, 'E_BATCH')
}

function eachCell(m: number[][], fn: (x: number, b: number, t: number) => void): void {
  for (let b = 0; b < m.length; b++) {
    const row = m[b]!
    for (let t = 0; t < row.length; t++) fn(row[t]!, b, t)
  }
}

function intMatrix(v: unknown, field: string, rows: number | null, cols: number | null): number[][] {
  if (!Array.isArray(v) || v.length === 0) throw batchError(`${field} must be a non-empty array of rows (int[B][T]).`, field)
  if (rows !== null && v.length !== rows) throw batchError(`${field} has ${v.length} rows, input_ids has ${rows}.`, field)
  const width = cols ?? (Array.isArray(v[0]) ? v[0].length : 0)
  if (width === 0) throw batchError(`${field}[0] must be a non-empty array of integers.`, field)
  v.forEach((row, b) => {
    if (!Array.isArray(row) || row.length !== width) throw batchError(`${field}[${b}] must be an array of ${width} integers (every row as long as input_ids[0]).`, field)
    row.forEach((x, t) => {
      if (!Number.isSafeInteger(x)) throw batchError(`${field}[${b}][${t}] must be an integer, got ${JSON.stringify(x)}.`, field)
    })
  })
  return v as number[][]
}

/**
 * Parses and checks BATCH.json against the model: shapes, token ids and labels in range, prefix
 * lengths inside the row. Refusals are UserErrors naming the field.
 */
export function batchFromJson(json: unknown, config: GPTJConfig): TokenBatch {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw batchError('the batch must be a JSON object with input_ids and labels (int[B][T]).', 'batch')
  }
  const j = json as Record<string, unknown>
  const ids = intMatrix(j.input_ids, 'input_ids', null, null)
  const B = ids.length
  const T = ids[0]!.length
  const labels = intMatrix(j.labels, 'labels', B, T)
  const V = config.vocabSize
  eachCell(ids, (x, b, t) => {
    if (x < 0 || x >= V) throw batchError(`input_ids[${b}][${t}] = ${x} is outside the vocabulary 0..${V - 1}.`, 'input_ids')
  })
  eachCell(labels, (x, b, t) => {
    if (x !== IGNORE_INDEX && (x < 0 || x >= V)) throw batchError(`labels[${b}][${t}] = ${x} is neither ${IGNORE_INDEX} nor inside 0..${V - 1}.`, 'labels')
  })
  const segmentIds = new Int32Array(B * T)
  if (j.segment_ids !== undefined) {
    const seg = intMatrix(j.segment_ids, 'segment_ids', B, T)
    eachCell(seg, (x, b, t) => {
      if (x < -(2 ** 31) || x >= 2 ** 31) throw batchError(`segment_ids[${b}][${t}] = ${x} does not fit in 32 bits.`, 'segment_ids')
      segmentIds[b * T + t] = x
    })
  }
  const prefixMask = new Uint8Array(B * T)
  if (j.prefix_lengths !== undefined && j.prefix_mask !== undefined) {
    throw batchError('give prefix_lengths or prefix_mask, not both.', 'prefix_lengths')
  }
  if (j.prefix_lengths !== undefined) {
    const p = j.prefix_lengths
    if (!Array.isArray(p) || p.length !== B) throw batchError(`prefix_lengths must be an array of ${B} integers (one per row).`, 'prefix_lengths')
    p.forEach((x, b) => {
      if (!Number.isSafeInteger(x) || x < 0 || x > T) throw batchError(`prefix_lengths[${b}] = ${JSON.stringify(x)} must be an integer in 0..${T}.`, 'prefix_lengths')
      for (let t = 0; t < x; t++) prefixMask[b * T + t] = 1
    })
  }
  if (j.prefix_mask !== undefined) {
    const m = intMatrix(j.prefix_mask, 'prefix_mask', B, T)
    eachCell(m, (x, b, t) => {
      if (x !== 0 && x !== 1) throw batchError(`prefix_mask[${b}][${t}] must be 0 or 1, got ${x}.`, 'prefix_mask')
      prefixMask[b * T + t] = x
    })
  }
  return { batch: B, seq: T, inputIds: Int32Array.from(ids.flat()), labels: Int32Array.from(labels.flat()), segmentIds, prefixMask }
}
