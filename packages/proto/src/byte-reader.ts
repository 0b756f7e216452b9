// Pull-based reading of exact byte counts from a chunked source. The reader never allocates more
// than the caller asks for, and the caller checks every length against a limit before asking.
import { type ByteChunk, type ByteSource, forEachBuffer, type StreamSourceInit, toByteSource } from './byte-source.js'
import { DecodeError, WireErrorCode } from './errors.js'
import { VarintParser } from './varint.js'

export interface ReadOptions {
  signal?: AbortSignal
}

export class ByteReader {
  readonly #iterator: AsyncIterator<ByteChunk>
  #pending: Promise<IteratorResult<ByteChunk>> | undefined
  #chunks: Uint8Array[] = []
  #offset = 0 // into #chunks[0]
  #buffered = 0
  #done = false
  #bytesRead = 0

  constructor(source: ByteSource, init?: StreamSourceInit) {
    this.#iterator = toByteSource(source, init)[Symbol.asyncIterator]()
  }

  /** Bytes received but not yet consumed. */
  get bufferedBytes(): number {
    return this.#buffered
  }

  /** Bytes consumed so far. */
  get bytesRead(): number {
    return this.#bytesRead
  }

  /** Pulls one more chunk into the buffer; false when the source has ended. */
  async #pull(options?: ReadOptions): Promise<boolean> {
    if (this.#done) return false
    const signal = options?.signal
    signal?.throwIfAborted()
    this.#pending ??= this.#iterator.next()
    const result = signal ? await raceAbort(this.#pending, signal) : await this.#pending
    this.#pending = undefined
    if (result.done === true) {
      this.#done = true
      return false
    }
    forEachBuffer(result.value, (buf) => {
      if (buf.byteLength === 0) return
      this.#chunks.push(buf)
      this.#buffered += buf.byteLength
    })
    return true
  }

  /** True when the source ended and every byte was consumed (waits for the next chunk if needed). */
  async atEnd(options?: ReadOptions): Promise<boolean> {
    while (this.#buffered === 0) {
      if (!(await this.#pull(options))) return true
    }
    return false
  }

  /**
   * Reads a varint length prefix. Returns null when the source ends cleanly before its first byte;
   * throws DecodeError when it ends inside it or the varint is malformed.
   */
  async readVarint(options?: ReadOptions): Promise<number | null> {
    const parser = new VarintParser()
    for (;;) {
      if (this.#buffered === 0 && !(await this.#pull(options))) {
        if (!parser.started) return null
        throw new DecodeError(WireErrorCode.TRUNCATED, 'stream ended inside a length prefix')
      }
      const value = parser.push(this.#takeByte())
      if (value !== undefined) return value
    }
  }

  #takeByte(): number {
    const chunk = this.#chunks[0]!
    const byte = chunk[this.#offset++]!
    this.#consumed(1, chunk)
    return byte
  }

  #consumed(n: number, chunk: Uint8Array): void {
    this.#buffered -= n
    this.#bytesRead += n
    if (this.#offset === chunk.byteLength) {
      this.#chunks.shift()
      this.#offset = 0
    }
  }

  /**
   * Fills `target` with the next target.byteLength bytes, calling `onSlice` on each piece as it
   * is copied (for incremental checksums). `what` names the thing for the truncation error.
   */
  async readInto(target: Uint8Array, what: string, options?: ReadOptions, onSlice?: (slice: Uint8Array) => void): Promise<void> {
    let filled = 0
    while (filled < target.byteLength) {
      if (this.#buffered === 0 && !(await this.#pull(options))) {
        throw new DecodeError(WireErrorCode.TRUNCATED, `stream ended inside ${what} (${filled} of ${target.byteLength} bytes)`, {
          expectedBytes: target.byteLength,
          receivedBytes: filled,
        })
      }
      const chunk = this.#chunks[0]!
      const n = Math.min(chunk.byteLength - this.#offset, target.byteLength - filled)
      const slice = chunk.subarray(this.#offset, this.#offset + n)
      target.set(slice, filled)
      onSlice?.(slice)
      filled += n
      this.#offset += n
      this.#consumed(n, chunk)
    }
  }

  /** Reads exactly `n` bytes into a new buffer. The caller has checked `n` against a limit. */
  async readExact(n: number, what: string, options?: ReadOptions): Promise<Uint8Array> {
    const out = new Uint8Array(n)
    await this.readInto(out, what, options)
    return out
  }

  /** Discards the next `n` bytes without keeping them, calling `onSlice` on each piece. */
  async skip(n: number, what: string, options?: ReadOptions, onSlice?: (slice: Uint8Array) => void): Promise<void> {
    let left = n
    while (left > 0) {
      if (this.#buffered === 0 && !(await this.#pull(options))) {
        throw new DecodeError(WireErrorCode.TRUNCATED, `stream ended inside ${what} (${n - left} of ${n} bytes)`)
      }
      const chunk = this.#chunks[0]!
      const k = Math.min(chunk.byteLength - this.#offset, left)
      onSlice?.(chunk.subarray(this.#offset, this.#offset + k))
      this.#offset += k
      left -= k
      this.#consumed(k, chunk)
    }
  }

  /** Stops reading: releases the source (a libp2p stream's listeners, a generator). */
  async close(): Promise<void> {
    this.#done = true
    this.#chunks = []
    this.#buffered = 0
    await this.#iterator.return?.()
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e) => {
        signal.removeEventListener('abort', onAbort)
        reject(e)
      },
    )
  })
}
