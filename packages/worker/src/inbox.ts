// A bounded mailbox for frames that arrive from pipeline neighbours and data-parallel peers before
// (or after) the schedule asks for them. Keys carry (epoch, step, kind, micro-batch, from); frames
// of an older epoch or an older step are stale: refused and counted. Frames of a later epoch are
// kept (bounded) because a neighbour may start the new plan a moment before this worker does.
import { LimitError } from '@tandem/proto'

export interface InboxKey {
  epoch: number
  step: number
  /** Frame kind (tensor.proto FrameKind number). */
  kind: number
  microBatch: number
  /** Sender peer id ('' when any sender will do). */
  from: string
}

export type PutResult = 'accepted' | 'stale' | 'duplicate' | 'overflow'

interface Waiter<T> {
  resolve: (value: T) => void
  reject: (err: unknown) => void
}

interface Entry<T> {
  key: InboxKey
  value: T
  bytes: number
}

const keyString = (k: InboxKey): string => `${k.epoch}/${k.step}/${k.kind}/${k.microBatch}/${k.from}`

export class Inbox<T> {
  private readonly bytesMax: number
  private readonly entries = new Map<string, Entry<T>>()
  private readonly waiters = new Map<string, Waiter<T>>()
  private bytes = 0
  private epoch = 0
  private step = 0
  /** Frames refused as stale since creation. */
  stale = 0
  /** Frames refused because the buffer was full. */
  overflows = 0

  constructor(init: { bytesMax: number }) {
    this.bytesMax = init.bytesMax
  }

  /** Moves the stale horizon: everything older than (epoch, step) is dropped now and refused later. */
  advance(epoch: number, step: number): void {
    this.epoch = epoch
    this.step = step
    for (const [k, e] of this.entries) {
      if (this.isStale(e.key)) {
        this.entries.delete(k)
        this.bytes -= e.bytes
        this.stale++
      }
    }
  }

  isStale(key: InboxKey): boolean {
    return key.epoch < this.epoch || (key.epoch === this.epoch && key.step < this.step)
  }

  put(key: InboxKey, value: T, bytes: number): PutResult {
    if (this.isStale(key)) {
      this.stale++
      return 'stale'
    }
    const k = keyString(key)
    const waiter = this.waiters.get(k)
    if (waiter !== undefined) {
      this.waiters.delete(k)
      waiter.resolve(value)
      return 'accepted'
    }
    if (this.entries.has(k)) return 'duplicate'
    if (this.bytes + bytes > this.bytesMax) {
      this.overflows++
      return 'overflow'
    }
    this.entries.set(k, { key, value, bytes })
    this.bytes += bytes
    return 'accepted'
  }

  /** Resolves with the frame for `key`, now or when it arrives; rejects on abort. */
  take(key: InboxKey, options: { signal?: AbortSignal } = {}): Promise<T> {
    const k = keyString(key)
    const e = this.entries.get(k)
    if (e !== undefined) {
      this.entries.delete(k)
      this.bytes -= e.bytes
      return Promise.resolve(e.value)
    }
    if (this.waiters.has(k)) return Promise.reject(new LimitError('E_INBOX_DUPLICATE_TAKE', `a frame ${k} is already awaited`))
    const { signal } = options
    if (signal?.aborted === true) return Promise.reject(signal.reason)
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        this.waiters.delete(k)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiters.set(k, {
        resolve: (v) => {
          signal?.removeEventListener('abort', onAbort)
          resolve(v)
        },
        reject: (err) => {
          signal?.removeEventListener('abort', onAbort)
          reject(err)
        },
      })
    })
  }

  /** Buffered bytes (frames received but not taken yet). */
  get bufferedBytes(): number {
    return this.bytes
  }

  get size(): number {
    return this.entries.size
  }

  /** Rejects every waiter and empties the buffer (stop, or a new plan). */
  clear(reason: unknown): void {
    for (const w of this.waiters.values()) w.reject(reason)
    this.waiters.clear()
    this.entries.clear()
    this.bytes = 0
  }
}
