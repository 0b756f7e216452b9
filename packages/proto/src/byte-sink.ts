// Writing to a libp2p 3 stream with honest backpressure: when send() returns false, wait for the
// 'drain' event (listened to afresh each time: the stream's onDrain() promise does not reset in
// @libp2p/utils 7.4.1) before sending more; fail if the stream closes meanwhile.
import { SEND_CHUNK_BYTES } from './constants.js'
import { TandemError, WireErrorCode } from './errors.js'

/** The part of a libp2p 3 stream that writing uses. */
export interface ByteSink {
  send(data: Uint8Array): boolean
  readonly writableNeedsDrain?: boolean
  addEventListener(type: string, listener: (evt: Event) => void): void
  removeEventListener(type: string, listener: (evt: Event) => void): void
}

export interface WriteOptions {
  signal?: AbortSignal
}

/** Resolves on the sink's next 'drain'; rejects when it closes or `signal` aborts. */
export function waitForDrain(sink: ByteSink, options?: WriteOptions): Promise<void> {
  if (sink.writableNeedsDrain === false) return Promise.resolve()
  const signal = options?.signal
  return new Promise<void>((resolve, reject) => {
    const cleanup = (): void => {
      sink.removeEventListener('drain', onDrain)
      sink.removeEventListener('close', onClose)
      signal?.removeEventListener('abort', onAbort)
    }
    const onDrain = (): void => {
      cleanup()
      resolve()
    }
    const onClose = (evt: Event): void => {
      cleanup()
      const cause = (evt as Event & { error?: unknown }).error
      reject(new TandemError(WireErrorCode.STREAM_CLOSED, 'the stream closed while waiting to send', undefined, { cause }))
    }
    const onAbort = (): void => {
      cleanup()
      reject(signal!.reason)
    }
    if (signal?.aborted) return reject(signal.reason)
    sink.addEventListener('drain', onDrain)
    sink.addEventListener('close', onClose)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Sends `data` in slices of at most `chunkBytes`, waiting for 'drain' whenever send() reports a
 * full buffer, so that at most one slice sits beyond the stream's high-water mark.
 */
export async function sendAll(sink: ByteSink, data: Uint8Array, options?: WriteOptions, chunkBytes = SEND_CHUNK_BYTES): Promise<void> {
  for (let offset = 0; offset < data.byteLength; offset += chunkBytes) {
    options?.signal?.throwIfAborted()
    if (sink.writableNeedsDrain === true) await waitForDrain(sink, options)
    const slice = data.subarray(offset, Math.min(offset + chunkBytes, data.byteLength))
    if (!sink.send(slice)) await waitForDrain(sink, options)
  }
}
