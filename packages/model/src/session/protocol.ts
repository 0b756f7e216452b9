// Messages between a SessionHost (main thread) and its worker thread (./session-host-worker.mjs).
// Tensors travel as plain objects with their buffers transferred, not copied. ONNX Runtime's
// binding refuses SharedArrayBuffer-backed tensors, so long-lived tensors (parameters, gradient
// accumulators) move to the worker with each run and come back with its answer (ownership moves,
// bytes stay put).
import type { InferenceSession } from 'onnxruntime-node'

export type TensorType = 'float32' | 'float16' | 'float64' | 'int32' | 'int64' | 'bool' | 'uint8'

export interface TensorMsg {
  type: TensorType
  dims: number[]
  data: Float32Array | Float64Array | Uint16Array | Int32Array | BigInt64Array | Uint8Array
}

export interface RunRequest {
  /** Session key (from create). */
  session: string
  feeds: Record<string, TensorMsg>
  /**
   * Named groups of tensors lent for this run (parameters, gradient accumulators): `accumulate`
   * writes into its group, the tensors of the other groups that the model takes are fed, and all
   * come back in the answer (also when the run fails).
   */
  groups?: Record<string, Record<string, TensorMsg>>
  /** Feed the tensors kept under this stash key (and drop them after the run unless `keepStash`). */
  stash?: string
  keepStash?: boolean
  /** Outputs to return (default: all but those consumed by `keep`, `into` and `accumulate`). */
  fetch?: string[]
  /**
   * Keep tensors in the worker under `keep.key` for a later run's `stash`: these outputs (saved
   * activations) and, with `feeds`, this run's message feeds (a stage's input, for recomputation).
   */
  keep?: { key: string; outputs?: string[]; feeds?: boolean }
  /** Write outputs `${prefix}${name}` into the lent group's tensor `name`: add to it, or overwrite it. */
  accumulate?: { group: string; prefix: string; mode: 'add' | 'set' }
}

export interface RunResult {
  outputs: Record<string, TensorMsg>
  /** The lent groups, given back. */
  groups: Record<string, Record<string, TensorMsg>>
  /** Wall time of session.run in the worker, ms. */
  runMs: number
  /** With `accumulate` 'add': false when any added value is NaN or infinite ('set' is not checked: undefined). */
  finite?: boolean
}

export type HostRequest =
  | { id: number; kind: 'create'; key: string; bytes: Uint8Array; options: InferenceSession.SessionOptions }
  | { id: number; kind: 'run'; run: RunRequest }
  | { id: number; kind: 'drop'; stash: string }
  | { id: number; kind: 'release'; key: string }

export interface SessionInfo {
  inputNames: string[]
  outputNames: string[]
}

export type HostResponse =
  | { id: number; ok: true; value: unknown }
  | {
      id: number
      ok: false
      error: { name: string; message: string; code?: string; stack?: string }
      /** Lent groups of a failed run, given back all the same. */
      groups?: Record<string, Record<string, TensorMsg>>
    }
