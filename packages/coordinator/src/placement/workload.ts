// What one training step asks of devices and links, derived from the model and the run: FLOPs per
// block and per head, bytes per activation element on the wire, bytes per parameter of an update,
// and memory per parameter. Pure arithmetic; the cost model builds on it.
import { blockParams, embeddingParams, type GPTJConfig, headParams, paramCount, type LayerRange } from '@tandem/model'
import { feasibleReplicaCounts } from '../layout.js'
import type { ActivationCodecId, FixedParallelism, RunConfig, Schedule, UpdateCodecId } from '../run-config.js'
import {
  CODEC_STATE_BYTES_PER_PARAM,
  COCKTAIL_AGGREGATOR_BYTES_PER_PARAM,
  MOVED_BYTES_PER_PARAM,
  ACTIVATION_GROUP_ELEMENTS,
  SAVED_WIDTHS_PER_BLOCK,
  STATE_BYTES_PER_PARAM,
  TOKEN_METADATA_BYTES,
  UPDATE_BUCKET_ELEMENTS,
} from './constants.js'

/** The parts of a run that placement depends on. */
export interface Workload {
  seqLen: number
  microBatch: number
  globalBatch: number
  precision: 'fp32' | 'fp16'
  schedule: Schedule
  activations: { forward: ActivationCodecId; backward: ActivationCodecId }
  updates: { codec: UpdateCodecId; bits: number; topK: number; subset: number }
  parallelism: FixedParallelism | 'auto'
}

export function workloadFromRun(run: RunConfig): Workload {
  const u = run.compression.updates
  return {
    seqLen: run.seqLen,
    microBatch: run.microBatch,
    globalBatch: run.globalBatch,
    precision: run.precision,
    schedule: run.schedule,
    activations: { forward: run.compression.activations.forward, backward: run.compression.activations.backward },
    updates: { codec: u.codec, bits: u.bits, topK: u.topK, subset: u.subset },
    parallelism: run.parallelism,
  }
}

/** Tokens in one micro-batch. */
export function tokensPerMicroBatch(w: Workload): number {
  return w.microBatch * w.seqLen
}

/** Micro-batches each replica runs per step (globalBatch split evenly over replicas, then micro-batches). */
export function microBatchesPerReplica(w: Workload, replicas: number): number {
  return w.globalBatch / (replicas * w.microBatch)
}

/** Replica counts up to `max` that split the global batch into whole micro-batches, largest first. */
export function validReplicaCounts(w: Workload, max: number): number[] {
  return feasibleReplicaCounts(w.globalBatch, w.microBatch, max)
}

/**
 * FLOPs of one block's forward + backward for one micro-batch: matmuls 2N(4C^2 + 2C*I), attention
 * scores and weighted sum 4NTC, backward twice the forward (N = micro-batch x seq tokens).
 */
export function blockFlops(model: GPTJConfig, w: Workload): number {
  const C = model.nEmbd
  const N = tokensPerMicroBatch(w)
  const forward = 2 * N * (4 * C * C + 2 * C * model.nInner) + 4 * N * w.seqLen * C
  return 3 * forward
}

/** FLOPs of lm_head forward + backward for one micro-batch (the embedding is a gather: no FLOPs counted). */
export function headFlops(model: GPTJConfig, w: Workload): number {
  return 3 * 2 * tokensPerMicroBatch(w) * model.nEmbd * model.vocabSize
}

/** Effective FLOP/s of a device that takes `secondsPerLayer` for one block's forward + backward at the run's shape. */
export function flopsFromLayerSeconds(model: GPTJConfig, w: Workload, secondsPerLayer: number): number {
  return blockFlops(model, w) / secondsPerLayer
}

/** Bytes per element of an activation codec on the wire: k-bit values plus one fp16 scale per group. */
export function activationBytesPerElement(codec: ActivationCodecId): number {
  if (codec === 'fp32') return 4
  if (codec === 'fp16') return 2
  const bits = Number(codec.slice(1))
  return bits / 8 + 2 / ACTIVATION_GROUP_ELEMENTS
}

/** Bytes of one forward activation message (one micro-batch over one stage boundary), token metadata included. */
export function forwardMessageBytes(model: GPTJConfig, w: Workload): number {
  const n = tokensPerMicroBatch(w)
  return n * model.nEmbd * activationBytesPerElement(w.activations.forward) + n * TOKEN_METADATA_BYTES
}

/** Bytes of one backward (activation-gradient) message. */
export function backwardMessageBytes(model: GPTJConfig, w: Workload): number {
  return tokensPerMicroBatch(w) * model.nEmbd * activationBytesPerElement(w.activations.backward)
}

/**
 * The share of a chunk in CocktailSGD's random subset as the codec takes it: every
 * round(1/subset)-th value (packages/worker/src/codecs/subset.ts strideFor), so 0.3 means 1/3.
 */
export function subsetShare(subset: number): number {
  return 1 / Math.max(1, Math.round(1 / subset))
}

/**
 * Bytes per parameter one replica sends in one round of the update exchange (steady state, after
 * warm-up), as the worker's codec lays them out (update-messages.ts). CocktailSGD: a bitmask over
 * the random subset (subset/8; left out when top-k keeps the whole subset), k-bit values of the
 * top-k inside it, and one fp16 scale per 128 kept values. A message's fixed header (about 60 bytes
 * per chunk) is left out: update-bytes.test.ts checks the formula against a real sync's bytesSent.
 */
export function updateBytesPerParam(w: Workload): number {
  const u = w.updates
  if (u.codec === 'fp32') return 4
  if (u.codec === 'fp16') return 2
  const subset = subsetShare(u.subset)
  const kept = subset * u.topK
  const mask = u.topK < 1 ? subset / 8 : 0
  return mask + (kept * u.bits) / 8 + (kept * 2) / UPDATE_BUCKET_ELEMENTS
}

/** Memory per parameter held by a replica of a stage: training state plus the update codec's state. */
export function stateBytesPerParam(w: Workload, replicas: number): number {
  const codec = CODEC_STATE_BYTES_PER_PARAM[w.updates.codec]
  const aggregator = w.updates.codec === 'cocktail' && replicas > 1 ? COCKTAIL_AGGREGATOR_BYTES_PER_PARAM / replicas : 0
  return STATE_BYTES_PER_PARAM[w.precision] + (replicas > 1 ? codec + aggregator : 0)
}

export function movedBytesPerParam(): number {
  return MOVED_BYTES_PER_PARAM
}

/** Bytes of activations one block keeps per in-flight micro-batch (see SAVED_WIDTHS_PER_BLOCK). */
export function blockActivationBytes(model: GPTJConfig, w: Workload): number {
  const s = SAVED_WIDTHS_PER_BLOCK
  const perToken = s.embd * model.nEmbd + s.inner * model.nInner + s.headsTimesSeq * model.nHead * w.seqLen
  return tokensPerMicroBatch(w) * perToken * (w.precision === 'fp16' ? 2 : 4)
}

/** Parameter counts that do not depend on which stage: one block, the embedding, ln_f + lm_head. */
export interface ParamSizes {
  block: number
  embedding: number
  head: number
}

export function paramSizes(model: GPTJConfig): ParamSizes {
  return {
    block: paramCount(blockParams(model, 0)),
    embedding: paramCount(embeddingParams(model)),
    head: paramCount(headParams(model)),
  }
}

/** Parameters a stage holding `range` owns (embedding on the first, ln_f + lm_head on the last). */
export function rangeParams(model: GPTJConfig, sizes: ParamSizes, range: LayerRange): number {
  let n = (range.end - range.start) * sizes.block
  if (range.start === 0) n += sizes.embedding
  if (range.end === model.nLayer) n += sizes.head
  return n
}
