// Messages between CodecThread (the daemon's side) and its worker thread.
import type { DecodeContext, EncodeContext, EncodedTensor } from './codec.js'
import type { CodecInit } from './create-codec.js'

/** Which codec instance: stateful codecs live in the thread, one per link end. */
export interface CodecKey {
  /** The link end, e.g. `${peer}/fwd/send`; one codec instance per (link, codec id). */
  link: string
  codec: string
  init?: CodecInit
}

export type CodecRequest =
  | { id: number; op: 'encode'; key: CodecKey; tensor: Float32Array; ctx: EncodeContext }
  | { id: number; op: 'decode'; key: CodecKey; encoded: EncodedTensor; ctx: Omit<DecodeContext, 'out'> }
  | { id: number; op: 'invalidate'; key: CodecKey; sampleIds: number[] }
  | { id: number; op: 'forget'; link: string }

export interface SerializedError {
  name: string
  code?: string
  message: string
  data?: Record<string, unknown>
}

export type CodecResponse =
  | { id: number; ok: true; encoded?: EncodedTensor; tensor?: Float32Array }
  | { id: number; ok: false; error: SerializedError }
