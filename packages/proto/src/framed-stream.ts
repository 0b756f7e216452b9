// One libp2p stream (or any byte source + sink) read and written as Tandem's framing: length-
// prefixed envelopes and tensor frames, in whatever order the protocol defines. Reading pauses the
// stream past a high-water mark; writing waits for 'drain'. Limits apply to everything read.
import { ByteReader, type ReadOptions } from './byte-reader.js'
import type { ByteSink, WriteOptions } from './byte-sink.js'
import type { ByteSource, StreamSourceInit } from './byte-source.js'
import { CONTROL_MESSAGE_BYTES_MAX } from './constants.js'
import { type Frame, readFrame, writeFrame } from './frame-codec.js'
import { type FrameExpectation, type FrameLimits, frameLimits } from './frame-validation.js'
import { type MessageType, readMessage, writeMessage } from './message-framing.js'
import type { tensor } from './messages.js'

export interface FramedStreamInit extends StreamSourceInit, Partial<FrameLimits> {
  /** Largest envelope read from this stream (default CONTROL_MESSAGE_BYTES_MAX). */
  messageBytesMax?: number
}

/** A duplex byte stream: a libp2p Stream satisfies it. */
export type DuplexByteStream = ByteSource & ByteSink

export class FramedStream {
  readonly reader: ByteReader
  readonly #sink: ByteSink
  readonly #limits: FrameLimits
  readonly #messageBytesMax: number
  #bytesWritten = 0

  constructor(stream: DuplexByteStream, init?: FramedStreamInit)
  constructor(source: ByteSource, sink: ByteSink, init?: FramedStreamInit)
  constructor(a: ByteSource, b?: ByteSink | FramedStreamInit, c?: FramedStreamInit) {
    const split = b !== undefined && typeof (b as ByteSink).send === 'function'
    const sink = split ? (b as ByteSink) : (a as DuplexByteStream)
    const init = (split ? c : (b as FramedStreamInit | undefined)) ?? {}
    this.reader = new ByteReader(a, init)
    this.#sink = sink
    this.#limits = frameLimits(init)
    this.#messageBytesMax = init.messageBytesMax ?? CONTROL_MESSAGE_BYTES_MAX
  }

  get limits(): Readonly<FrameLimits> {
    return this.#limits
  }

  get bytesRead(): number {
    return this.reader.bytesRead
  }

  get bytesWritten(): number {
    return this.#bytesWritten
  }

  /** The next envelope, or null at a clean end of stream. */
  readMessage<T>(type: MessageType<T, never>, options?: ReadOptions & { messageBytesMax?: number }): Promise<T | null> {
    return readMessage(this.reader, type, { messageBytesMax: options?.messageBytesMax ?? this.#messageBytesMax }, options)
  }

  async writeMessage<P>(type: MessageType<unknown, P>, message: P, options?: WriteOptions): Promise<void> {
    this.#bytesWritten += await writeMessage(this.#sink, type, message, options)
  }

  /** The next tensor frame, or null at a clean end of stream. See readFrame for error handling. */
  readFrame(expect?: FrameExpectation, options?: ReadOptions): Promise<Frame | null> {
    return readFrame(this.reader, this.#limits, expect, options)
  }

  async writeFrame(header: tensor.ITensorFrameHeader, payload: ArrayBufferView, options?: WriteOptions): Promise<void> {
    this.#bytesWritten += await writeFrame(this.#sink, header, payload, { ...options, limits: this.#limits })
  }

  /** Frames until the stream ends; errors end the iteration (skipped frames included: catch and resume with readFrame). */
  async *frames(expect?: FrameExpectation, options?: ReadOptions): AsyncGenerator<Frame> {
    for (;;) {
      const frame = await this.readFrame(expect, options)
      if (frame === null) return
      yield frame
    }
  }

  /** Stops reading (releases the stream's listeners). Closing the stream stays with its owner. */
  close(): Promise<void> {
    return this.reader.close()
  }
}
