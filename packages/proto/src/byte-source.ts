// Where the wire codecs read bytes from: any async iterable of chunks (tests, files, pipes), or a
// libp2p 3 stream read through its 'message' events with pause/resume, because its own async
// iterator buffers without bound (DESIGN.md: reading has no automatic backpressure).
import {
  READ_HIGH_WATER_BYTES,
  READ_LOW_WATER_BYTES,
  STREAM_READ_BUFFER_BYTES_MIN,
} from './constants.js'

/** A chunk as libp2p delivers it: a Uint8Array or a Uint8ArrayList (an iterable of Uint8Arrays). */
export type ByteChunk = Uint8Array | { readonly byteLength: number; [Symbol.iterator](): Iterator<Uint8Array> }

export type ByteSource = AsyncIterable<ByteChunk>

/** The part of a libp2p 3 stream (MessageStream) that reading with backpressure uses. */
export interface PausableStream extends ByteSource {
  readStatus: string
  readonly readableEnded?: boolean
  readonly readBufferLength?: number
  maxReadBufferLength: number
  pause(): void
  resume(): void
  addEventListener(type: string, listener: (evt: Event) => void): void
  removeEventListener(type: string, listener: (evt: Event) => void): void
}

export interface StreamSourceInit {
  /** Pause the stream when this many bytes wait unread (default READ_HIGH_WATER_BYTES). */
  highWaterBytes?: number
  /** Resume it below this (default READ_LOW_WATER_BYTES). */
  lowWaterBytes?: number
}

export function isPausableStream(x: unknown): x is PausableStream {
  const s = x as Partial<PausableStream> | null
  return (
    s != null &&
    typeof s.pause === 'function' &&
    typeof s.resume === 'function' &&
    typeof s.addEventListener === 'function' &&
    typeof s.readStatus === 'string'
  )
}

/** Calls `fn` for each Uint8Array of a chunk (a Uint8ArrayList holds several). */
export function forEachBuffer(chunk: ByteChunk, fn: (buf: Uint8Array) => void): void {
  if (chunk instanceof Uint8Array) fn(chunk)
  else for (const buf of chunk) fn(buf)
}

/**
 * Reads a libp2p stream with bounded buffering: chunks are queued as 'message' events deliver
 * them; past `highWaterBytes` the stream is paused (yamux stops granting window), and resumed once
 * the reader has taken the queue below `lowWaterBytes`. Ends at the stream's 'end', fails on a
 * 'close' that carries an error. Raises the stream's maxReadBufferLength to hold a full yamux
 * window while paused.
 */
export function streamSource(stream: PausableStream, init: StreamSourceInit = {}): ByteSource {
  const high = init.highWaterBytes ?? READ_HIGH_WATER_BYTES
  const low = Math.min(init.lowWaterBytes ?? READ_LOW_WATER_BYTES, high)
  return {
    [Symbol.asyncIterator](): AsyncIterator<ByteChunk> {
      if (stream.maxReadBufferLength < STREAM_READ_BUFFER_BYTES_MIN) stream.maxReadBufferLength = STREAM_READ_BUFFER_BYTES_MIN
      const queue: Uint8Array[] = []
      let head = 0
      let queued = 0
      let ended = stream.readableEnded === true
      let failure: unknown
      let paused = false
      let wake: (() => void) | undefined

      const notify = (): void => {
        const w = wake
        wake = undefined
        w?.()
      }
      const onMessage = (evt: Event): void => {
        const data = (evt as Event & { data: ByteChunk }).data
        forEachBuffer(data, (buf) => {
          if (buf.byteLength > 0) {
            queue.push(buf)
            queued += buf.byteLength
          }
        })
        if (!paused && queued > high && stream.readStatus === 'readable') {
          paused = true
          stream.pause()
        }
        notify()
      }
      const onEnd = (): void => {
        ended = true
        notify()
      }
      const onClose = (evt: Event): void => {
        const error = (evt as Event & { error?: unknown }).error
        if (error != null) failure = error
        // Without an error, data still in the stream's buffer arrives before 'end'.
        else if ((stream.readBufferLength ?? 0) === 0) ended = true
        notify()
      }
      const detach = (): void => {
        stream.removeEventListener('message', onMessage)
        stream.removeEventListener('end', onEnd)
        stream.removeEventListener('close', onClose)
      }
      stream.addEventListener('message', onMessage)
      stream.addEventListener('end', onEnd)
      stream.addEventListener('close', onClose)

      return {
        async next(): Promise<IteratorResult<ByteChunk>> {
          for (;;) {
            if (head < queue.length) {
              const buf = queue[head]!
              queue[head++] = EMPTY
              if (head > 1024 && head * 2 > queue.length) {
                queue.splice(0, head)
                head = 0
              }
              queued -= buf.byteLength
              if (paused && queued < low && stream.readStatus === 'paused') {
                paused = false
                stream.resume()
              }
              return { value: buf, done: false }
            }
            if (failure !== undefined) {
              detach()
              throw failure
            }
            if (ended || stream.readStatus === 'closed') {
              detach()
              return { value: undefined, done: true }
            }
            await new Promise<void>((resolve) => {
              wake = resolve
            })
          }
        },
        async return(): Promise<IteratorResult<ByteChunk>> {
          detach()
          if (paused && stream.readStatus === 'paused') stream.resume()
          return { value: undefined, done: true }
        },
      }
    },
  }
}

const EMPTY = new Uint8Array(0)

/** The source to read `input` from: a pausable libp2p stream through streamSource, else as is. */
export function toByteSource(input: ByteSource, init?: StreamSourceInit): ByteSource {
  return isPausableStream(input) ? streamSource(input, init) : input
}
