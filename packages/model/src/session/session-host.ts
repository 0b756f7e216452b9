// The main thread's handle on a worker thread that owns ONNX Runtime sessions
// (./session-host-worker.mjs): ONNX Runtime's run() blocks whatever thread calls it, so Tandem's
// daemons never call it on their event loop. Requests are answered in order; tensor buffers are
// transferred both ways, never copied.
import { Worker } from 'node:worker_threads'
import { TandemError, UserError } from '@tandem/proto'
import { isDeviceFailure, type SessionSettings, sessionOptions } from './ort-options.js'
import { deviceUnavailable } from './ort-session.js'
import type { HostRequest, HostResponse, RunRequest, RunResult, SessionInfo, TensorMsg } from './protocol.js'

/** A failed run's error carries the lent groups back. */
export type LentGroups = Record<string, Record<string, TensorMsg>>

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void }

type RequestBody = HostRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never

export class SessionHost {
  readonly #worker: Worker
  readonly #pending = new Map<number, Pending>()
  #nextId = 1
  #closed = false
  #failure: Error | null = null

  constructor() {
    // Plain JavaScript worker: no inherited loaders (tsx would add about a second per thread).
    this.#worker = new Worker(new URL('./session-host-worker.mjs', import.meta.url), { execArgv: [] })
    this.#worker.on('message', (res: HostResponse) => {
      const p = this.#pending.get(res.id)
      if (!p) return
      this.#pending.delete(res.id)
      if (res.ok) p.resolve(res.value)
      else p.reject(Object.assign(reviveError(res.error), { lentGroups: res.groups }))
    })
    this.#worker.on('error', (err) => this.#fail(err))
    this.#worker.on('exit', (code) => {
      if (!this.#closed) this.#fail(new Error(`the session worker thread exited (code ${code})`))
    })
    // The worker must not keep a finished process alive on its own.
    this.#worker.unref()
  }

  #fail(err: Error): void {
    this.#failure = err
    for (const p of this.#pending.values()) p.reject(err)
    this.#pending.clear()
  }

  #request<T>(body: RequestBody, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('the session host is closed'))
    if (this.#failure) return Promise.reject(this.#failure)
    const id = this.#nextId++
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      // Keep the process alive while a request is in flight.
      if (this.#pending.size === 1) this.#worker.ref()
      this.#worker.postMessage({ ...body, id }, transfer)
    }).finally(() => {
      if (this.#pending.size === 0) this.#worker.unref()
    })
  }

  /** Creates (or replaces) the session `key` from ONNX model bytes. */
  async create(key: string, bytes: Uint8Array, settings: SessionSettings): Promise<SessionInfo> {
    try {
      return await this.#request<SessionInfo>({ kind: 'create', key, bytes, options: sessionOptions(settings) })
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      if ((err as { code?: string }).code === E_SESSION_CREATE && isDeviceFailure(settings.device, message)) {
        throw deviceUnavailable(settings.device, message)
      }
      throw err
    }
  }

  /**
   * Runs a session. Buffers in `transfer` (and those of `run.groups`) move to the worker; the
   * groups come back in the result, or, when the run fails, as the error's `lentGroups`.
   */
  run(run: RunRequest, transfer: ArrayBuffer[] = []): Promise<RunResult> {
    const all = [...transfer]
    for (const g of Object.values(run.groups ?? {})) {
      for (const m of Object.values(g)) {
        const b = m.data.buffer
        if (b instanceof ArrayBuffer && !all.includes(b)) all.push(b)
      }
    }
    return this.#request({ kind: 'run', run }, all)
  }

  drop(stash: string): Promise<void> {
    return this.#request({ kind: 'drop', stash })
  }

  release(key: string): Promise<void> {
    return this.#request({ kind: 'release', key })
  }

  /** Ends the worker thread (safe to call twice). */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    for (const p of this.#pending.values()) p.reject(new Error('the session host was closed'))
    this.#pending.clear()
    await this.#worker.terminate()
  }
}

/** Code of a worker-side failure to create a session. */
const E_SESSION_CREATE = 'E_SESSION_CREATE'

function reviveError(e: { name: string; message: string; code?: string; stack?: string }): Error {
  let err: Error
  if (e.name === 'UserError') err = new UserError(e.message, undefined, e.code)
  else if (e.code) err = new TandemError(e.code, e.message)
  else err = new Error(e.message)
  if (e.stack) err.stack = `${err.name}: ${e.message}\n    (in the session worker thread)\n${e.stack.split('\n').slice(1).join('\n')}`
  return err
}
