// /tandem/admin on the coordinator: reads AdminRequests from a stream, answers each through
// handleAdmin (admin.ts), in order, until the client closes. Malformed framing ends the stream.
import type { Connection, Stream } from '@libp2p/interface'
import { ADMIN_MESSAGE_BYTES_MAX, admin, FramedStream } from '@tandem/proto'
import type { Logger } from 'pino'
import { type AdminContext, handleAdmin } from './admin.js'
import { ADMIN_REQUEST_TIMEOUT_MS } from './constants.js'

export interface AdminServerComponents {
  logger: Logger
  context: AdminContext
}

export class AdminServer {
  private readonly log: Logger
  private readonly context: AdminContext

  constructor(components: AdminServerComponents) {
    this.log = components.logger.child({ component: 'admin' })
    this.context = components.context
  }

  async handle(stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer.toString()
    const framed = new FramedStream(stream, { messageBytesMax: ADMIN_MESSAGE_BYTES_MAX })
    try {
      for (;;) {
        const request = await framed.readMessage(admin.AdminRequest, { signal: AbortSignal.timeout(5 * 60_000) })
        if (request === null) break
        const answer = await handleAdmin(request, this.context, AbortSignal.timeout(ADMIN_REQUEST_TIMEOUT_MS))
        this.log.info({ peer, request: request.body, ok: answer.ok, error: answer.error }, 'admin request')
        await framed.writeMessage(admin.AdminAnswer, answer)
      }
      await stream.close()
    } catch (err) {
      this.log.warn({ peer, err: err instanceof Error ? err.message : String(err) }, 'admin stream failed')
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    } finally {
      await framed.close().catch(() => {})
    }
  }
}
