// Envelopes on a libp2p stream as a MessageChannel: length-prefixed protobuf messages read and
// written with @tandem/proto's framing (limits on read, 'drain' on write), one writer at a time.
import type { Stream } from '@libp2p/interface'
import { FramedStream, type MessageType } from '@tandem/proto'
import type { MessageChannel } from './control-client.js'

export function streamChannel<T>(stream: Stream, type: MessageType<T, never> & MessageType<unknown, T>, init: { messageBytesMax?: number } = {}): MessageChannel<T> {
  const framed = new FramedStream(stream, init.messageBytesMax === undefined ? {} : { messageBytesMax: init.messageBytesMax })
  let writing: Promise<void> = Promise.resolve()
  return {
    send(message: T): Promise<void> {
      const p = writing.then(() => framed.writeMessage(type, message))
      writing = p.catch(() => {})
      return p
    },
    async close(): Promise<void> {
      await writing
      await stream.close()
    },
    abort(err: Error): void {
      stream.abort(err)
    },
    async *[Symbol.asyncIterator](): AsyncGenerator<T> {
      for (;;) {
        const msg = (await framed.readMessage(type)) as T | null
        if (msg === null) return
        yield msg
      }
    },
  }
}
