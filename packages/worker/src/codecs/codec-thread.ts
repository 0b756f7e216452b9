// Runs codecs on a worker thread so that encoding a large activation never stalls the daemon's
// event loop (libp2p streams, heartbeats). Measured by `tandem bench codecs`: one 16 MiB tensor
// takes tens of milliseconds to quantize on one core, and a GPT-J micro-batch boundary tensor
// (1 x 2048 x 4096 fp32 = 32 MiB) about twice that, so the daemon encodes inline only below
// INLINE_CODEC_BYTES_MAX and hands larger tensors to this thread. Tensors go in and out by
// transfer (the caller's buffer is detached), codec state (delta caches) lives in the thread, and
// errors come back as the same typed errors (name, code, data) the codec threw.
import { Worker } from 'node:worker_threads'
import { DecodeError, LimitError, type TandemError, ValidationError } from '@tandem/proto'
import type { DecodeContext, EncodeContext, EncodedTensor } from './codec.js'
import type { CodecKey, CodecRequest, CodecResponse, SerializedError } from './codec-thread-protocol.js'

/** Tensors up to this many bytes are cheap enough to encode on the event loop (~2-5 ms). */
export const INLINE_CODEC_BYTES_MAX = 1024 * 1024

function revive(e: SerializedError): Error {
  const make = { DecodeError, ValidationError, LimitError } as Record<string, typeof TandemError>
  const Cls = make[e.name]
  if (Cls !== undefined && e.code !== undefined) return new Cls(e.code, e.message, e.data)
  const err = new Error(e.message)
  err.name = e.name
  return err
}

/** A request without its id (distributes over the union). */
type Request = CodecRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never

interface Pending {
  resolve: (r: CodecResponse) => void
  reject: (e: Error) => void
}

export class CodecThread {
  readonly #worker: Worker
  readonly #pending = new Map<number, Pending>()
  #nextId = 1
  #closed = false
  #dead: Error | undefined

  constructor() {
    // The worker is TypeScript like the rest of the daemon: a small JavaScript entry registers tsx.
    this.#worker = new Worker(new URL('./codec-thread-entry.mjs', import.meta.url), { execArgv: [] })
    this.#worker.on('message', (res: CodecResponse) => {
      const p = this.#pending.get(res.id)
      if (p === undefined) return
      this.#pending.delete(res.id)
      p.resolve(res)
    })
    this.#worker.on('error', (err) => {
      this.#dead ??= err
      this.#failAll(err)
    })
    this.#worker.on('exit', (code) => {
      this.#dead ??= new Error(`codec thread exited with code ${code}`)
      this.#failAll(this.#dead)
    })
    this.#worker.unref()
  }

  #failAll(err: Error): void {
    for (const p of this.#pending.values()) p.reject(err)
    this.#pending.clear()
  }

  #call(req: Request, transfer: ArrayBuffer[]): Promise<CodecResponse> {
    if (this.#closed) return Promise.reject(new Error('codec thread is closed'))
    if (this.#dead !== undefined) return Promise.reject(this.#dead)
    const id = this.#nextId++
    return new Promise<CodecResponse>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      this.#worker.ref()
      this.#worker.postMessage({ ...req, id } as CodecRequest, transfer)
    }).finally(() => {
      if (this.#pending.size === 0) this.#worker.unref()
    })
  }

  /** Encodes on the thread. `tensor`'s buffer is transferred (detached here) unless `copy`. */
  async encode(key: CodecKey, tensor: Float32Array, ctx: EncodeContext = {}, options: { copy?: boolean } = {}): Promise<EncodedTensor> {
    const t = options.copy || tensor.byteOffset !== 0 || tensor.byteLength !== tensor.buffer.byteLength ? tensor.slice() : tensor
    const res = await this.#call({ op: 'encode', key, tensor: t, ctx }, [t.buffer as ArrayBuffer])
    if (!res.ok) throw revive(res.error)
    return res.encoded!
  }

  /** Decodes on the thread; the payload's buffer is transferred unless `copy`. */
  async decode(key: CodecKey, encoded: EncodedTensor, ctx: Omit<DecodeContext, 'out'>, options: { copy?: boolean } = {}): Promise<Float32Array> {
    const own = (b: Uint8Array): Uint8Array => (options.copy || b.byteOffset !== 0 || b.byteLength !== b.buffer.byteLength ? b.slice() : b)
    const e = { codec: encoded.codec, params: own(encoded.params), payload: own(encoded.payload) }
    const res = await this.#call({ op: 'decode', key, encoded: e, ctx }, [e.params.buffer as ArrayBuffer, e.payload.buffer as ArrayBuffer])
    if (!res.ok) throw revive(res.error)
    return res.tensor!
  }

  /** Delta codecs: forget these samples (after a receiver's E_DELTA_BASE). */
  async invalidate(key: CodecKey, sampleIds: number[]): Promise<void> {
    const res = await this.#call({ op: 'invalidate', key, sampleIds }, [])
    if (!res.ok) throw revive(res.error)
  }

  /** Drops every codec of a link end (a new peer on the other end, a new plan epoch). */
  async forget(link: string): Promise<void> {
    const res = await this.#call({ op: 'forget', link }, [])
    if (!res.ok) throw revive(res.error)
  }

  /** Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#worker.terminate()
    this.#failAll(new Error('codec thread closed'))
  }
}
