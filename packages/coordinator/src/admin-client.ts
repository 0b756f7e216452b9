// The operator's side of /tandem/admin: a short-lived libp2p node that dials the coordinator, sends
// AdminRequests with the admin key (or a viewer token) on one stream, and turns refusals into
// UserErrors of one sentence with a stable code. Client-side export fetches the checkpoint's blobs
// in chunks, checks each against its sha256, and writes the Hugging Face folder locally.
import { createHash } from 'node:crypto'
import type { Libp2p, Stream } from '@libp2p/interface'
import { tcp } from '@libp2p/tcp'
import { multiaddr } from '@multiformats/multiaddr'
import { configFromHF, saveHFModel } from '@tandem/model'
import { ADMIN_MESSAGE_BYTES_MAX, admin, checkpoint as ckpt, decodeCheckpointManifest, FramedStream, PROTOCOL_ADMIN, readMessage, UserError } from '@tandem/proto'
import { tandemConnectionEncrypters, tandemStreamMuxer } from '@tandem/proto/libp2p-stack'
import { createLibp2p } from 'libp2p'
import { STREAM_READ_BUFFER_BYTES, STREAM_WINDOW_BYTES } from './constants.js'

/** Blob chunk asked per request: half the admin message limit, so an answer always fits. */
const BLOB_CHUNK_BYTES = 4 * 1024 * 1024

/** A whole admin request may take this long (a `checkpoint --wait` or `logs` waits on workers). */
const REQUEST_TIMEOUT_MS = 60_000

/** Dialing the coordinator gives up after this long. */
const DIAL_TIMEOUT_MS = 10_000

/** Longest refusal sentence shown (it comes from the network). */
const MESSAGE_CHARS_MAX = 300

const E = admin.AdminErrorCode

export interface AdminClientInit {
  /** The coordinator's multiaddrs (with /p2p/ID), tried in order. */
  addrs: string[]
  adminKey?: string
  viewerToken?: string
  requestTimeoutMs?: number
}

/** An admin request's body: exactly one of the request kinds. */
export type AdminBody = Omit<admin.IAdminRequest, 'requestId' | 'adminKey' | 'viewerToken'>

/** Replaces control characters (terminal escapes) in strings that came from the network. */
export function cleanText(value: unknown, charsMax = MESSAGE_CHARS_MAX): string {
  const s = String(value ?? '')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?')
  return clean.length > charsMax ? `${clean.slice(0, charsMax)}…` : clean
}

/** The UserError for a refused request: one sentence, code `E_ADMIN_<KIND>`. */
export function refusalError(answer: admin.IAdminAnswer): UserError {
  const code = answer.error ?? E.ADMIN_ERROR_CODE_INTERNAL
  const kind = (E[code] ?? 'ADMIN_ERROR_CODE_INTERNAL').replace(/^ADMIN_ERROR_CODE_/, '')
  const said = cleanText(answer.message || 'no reason given.')
  let sentence: string
  switch (code) {
    case E.ADMIN_ERROR_CODE_UNAUTHORIZED:
      sentence = "the coordinator refused the admin key or viewer token: pass --key with the admin.key file from the coordinator's data dir."
      break
    case E.ADMIN_ERROR_CODE_FORBIDDEN:
      sentence = 'a viewer token can only read: this command needs the admin key (--key).'
      break
    default:
      sentence = said.startsWith('the coordinator') ? said : `the coordinator refused: ${said}`
  }
  return new UserError(sentence, { adminError: kind }, `E_ADMIN_${kind}`)
}

export class AdminClient {
  private readonly init: AdminClientInit
  private node: Libp2p | undefined
  private stream: Stream | undefined
  private framed: FramedStream | undefined
  private requestIds = 1
  private queue: Promise<unknown> = Promise.resolve()

  constructor(init: AdminClientInit) {
    if (init.addrs.length === 0) throw new UserError('no coordinator address: pass --coordinator MULTIADDR or --data-dir of the coordinator.')
    if (!init.adminKey && !init.viewerToken) throw new UserError('no credential: pass --key FILE (the admin key) or --token TOKEN (a viewer token).')
    this.init = init
  }

  async start(options: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.node !== undefined) return
    // The coordinator's own stack (Noise with AES-GCM first) and yamux window, as every Tandem node.
    this.node = await createLibp2p({
      transports: [tcp()],
      connectionEncrypters: tandemConnectionEncrypters(),
      streamMuxers: [tandemStreamMuxer({ windowBytes: STREAM_WINDOW_BYTES, readBufferBytes: STREAM_READ_BUFFER_BYTES })],
    })
    const failures: string[] = []
    for (const addr of this.init.addrs) {
      let ma: ReturnType<typeof multiaddr>
      try {
        ma = multiaddr(addr)
      } catch {
        failures.push(`'${cleanText(addr, 80)}' is not a multiaddr`)
        continue
      }
      try {
        const signal = AbortSignal.any([AbortSignal.timeout(DIAL_TIMEOUT_MS), ...(options.signal ? [options.signal] : [])])
        this.stream = await this.node.dialProtocol(ma, PROTOCOL_ADMIN, { signal })
        this.framed = new FramedStream(this.stream, { messageBytesMax: ADMIN_MESSAGE_BYTES_MAX })
        return
      } catch (err) {
        failures.push(`${addr}: ${err instanceof Error ? err.message : String(err)}`)
      }
    }
    await this.stop()
    throw new UserError(`could not reach the coordinator (${cleanText(failures.join('; '), 400)}); is it running, and is the address right?`, {}, 'E_ADMIN_UNREACHABLE')
  }

  async stop(): Promise<void> {
    const { stream, node } = this
    this.stream = undefined
    this.framed = undefined
    this.node = undefined
    await stream?.close().catch(() => stream.abort(new Error('closing')))
    await node?.stop()
  }

  /** Sends one request and returns its answer; a refusal throws `refusalError(answer)`. */
  request(body: AdminBody, options: { signal?: AbortSignal } = {}): Promise<admin.AdminAnswer> {
    const run = this.queue.then(() => this.send(body, options))
    this.queue = run.catch(() => {})
    return run
  }

  private async send(body: AdminBody, options: { signal?: AbortSignal }): Promise<admin.AdminAnswer> {
    if (this.framed === undefined) await this.start(options)
    const framed = this.framed!
    const requestId = this.requestIds++
    const credential = this.init.adminKey ? { adminKey: this.init.adminKey } : { viewerToken: this.init.viewerToken ?? '' }
    const signal = AbortSignal.any([AbortSignal.timeout(this.init.requestTimeoutMs ?? REQUEST_TIMEOUT_MS), ...(options.signal ? [options.signal] : [])])
    let answer: admin.AdminAnswer | null
    try {
      await framed.writeMessage(admin.AdminRequest, { requestId, ...credential, ...body }, { signal })
      // A refusal carries no body: read without requiring one.
      answer = await readMessage(framed.reader, admin.AdminAnswer, { messageBytesMax: ADMIN_MESSAGE_BYTES_MAX, requireBody: false }, { signal })
    } catch (err) {
      await this.stop()
      if (signal.aborted) throw new UserError('the coordinator did not answer in time; try again, or check its log.', {}, 'E_ADMIN_TIMEOUT')
      throw new UserError(`the connection to the coordinator failed: ${cleanText(err instanceof Error ? err.message : String(err))}.`, {}, 'E_ADMIN_CONNECTION')
    }
    if (answer === null) {
      await this.stop()
      throw new UserError('the coordinator closed the admin stream without answering.', {}, 'E_ADMIN_CONNECTION')
    }
    if (Number(answer.requestId) !== requestId) throw new UserError('the coordinator answered a different request (a protocol bug).', {}, 'E_ADMIN_PROTOCOL')
    if (!answer.ok) throw refusalError(answer)
    return answer
  }

  async status(): Promise<admin.IStatusAnswer> {
    return (await this.request({ status: {} })).status ?? {}
  }

  async workers(): Promise<admin.IWorkerInfo[]> {
    return (await this.request({ workers: {} })).workers?.workers ?? []
  }

  async plan(): Promise<admin.IPlanAnswer> {
    return (await this.request({ plan: {} })).plan ?? {}
  }

  async drain(peerId: string, reason = ''): Promise<admin.IAckAnswer> {
    return (await this.request({ drain: { peerId, reason } })).ack ?? {}
  }

  async kick(peerId: string, reason = '', ban = false): Promise<admin.IAckAnswer> {
    return (await this.request({ kick: { peerId, reason, ban } })).ack ?? {}
  }

  async pause(reason = ''): Promise<admin.IAckAnswer> {
    return (await this.request({ pause: { reason } })).ack ?? {}
  }

  async resume(): Promise<admin.IAckAnswer> {
    return (await this.request({ resume: {} })).ack ?? {}
  }

  async checkpoint(wait: boolean): Promise<admin.ICheckpointNowAnswer> {
    return (await this.request({ checkpoint: { wait } })).checkpoint ?? {}
  }

  async checkpoints(limit = 0): Promise<admin.ICheckpointInfo[]> {
    return (await this.request({ checkpoints: { limit } })).checkpoints?.checkpoints ?? []
  }

  async rollback(step: number): Promise<admin.IAckAnswer> {
    return (await this.request({ rollback: { step } })).ack ?? {}
  }

  async tokenCreate(kind: 'join' | 'viewer', label = '', ttlMs = 0, usesMax = 0): Promise<admin.ITokenAnswer> {
    const k = kind === 'join' ? admin.TokenKind.TOKEN_KIND_JOIN : admin.TokenKind.TOKEN_KIND_VIEWER
    return (await this.request({ tokenCreate: { kind: k, label, ttlMs, usesMax } })).token ?? {}
  }

  async tokenRevoke(tokenId: string): Promise<admin.IAckAnswer> {
    return (await this.request({ tokenRevoke: { tokenId } })).ack ?? {}
  }

  async tokensList(): Promise<admin.ITokenInfo[]> {
    return (await this.request({ tokensList: {} })).tokensList?.tokens ?? []
  }

  async logs(peerId: string, linesMax = 100, levelMin = ''): Promise<admin.ILogsAnswer> {
    return (await this.request({ logs: { peerId, linesMax, levelMin } })).logs ?? {}
  }

  async metrics(sinceStep = 0, pointsMax = 0): Promise<admin.IMetricPoint[]> {
    return (await this.request({ metrics: { sinceStep, pointsMax } })).metrics?.points ?? []
  }

  /** The coordinator writes the Hugging Face folder on its own machine, at `serverOutDir`. */
  async exportOnServer(step: number, dtype: 'fp32' | 'fp16', serverOutDir: string): Promise<admin.IExportAnswer> {
    return (await this.request({ export: { step, dtype, serverOutDir } })).export ?? {}
  }

  /** Fetches step `step` (0: latest) and writes it here as a Hugging Face GPT-J folder. */
  async exportHere(step: number, dtype: 'fp32' | 'fp16', outDir: string, options: { signal?: AbortSignal; onBytes?: (bytes: number) => void } = {}): Promise<{ step: number; manifestSha256: string; files: string[]; bytes: number }> {
    const answer = (await this.request({ export: { step, dtype } }, options)).export ?? {}
    const manifestBytes = answer.manifest ?? new Uint8Array()
    if (createHash('sha256').update(manifestBytes).digest('hex') !== answer.manifestSha256) {
      throw new UserError('the checkpoint manifest the coordinator sent does not match its sha256; try again.', {}, 'E_ADMIN_CORRUPT')
    }
    const manifest = decodeCheckpointManifest(manifestBytes)
    const config = configFromHF(JSON.parse(manifest.modelConfigJson), 'the checkpoint manifest')
    const params = new Map<string, ckpt.ITensorEntry>()
    for (const layer of manifest.layers) {
      for (const t of layer.tensors ?? []) if (t.role === ckpt.TensorRole.TENSOR_ROLE_PARAM) params.set(t.name ?? '', t)
    }
    let bytes = 0
    const { files } = await saveHFModel(
      outDir,
      config,
      async (spec) => {
        const entry = params.get(spec.name)
        if (entry === undefined) throw new UserError(`the checkpoint has no tensor ${spec.name}; it does not match its own model config.`, {}, 'E_ADMIN_CORRUPT')
        const data = await this.fetchBlob(entry.blob?.sha256 ?? '', options)
        bytes += data.byteLength
        options.onBytes?.(bytes)
        const aligned = new Uint8Array(data.byteLength)
        aligned.set(data)
        return new Float32Array(aligned.buffer)
      },
      { dtype: dtype === 'fp16' ? 'f16' : 'f32', ...(options.signal ? { signal: options.signal } : {}) },
    )
    return { step: Number(manifest.step), manifestSha256: answer.manifestSha256 ?? '', files, bytes }
  }

  /** One whole blob, in chunks, checked against its sha256. */
  async fetchBlob(sha256: string, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const chunks: Uint8Array[] = []
    let offset = 0
    let total = -1
    const hash = createHash('sha256')
    while (total < 0 || offset < total) {
      const b = (await this.request({ blob: { sha256, offset, length: BLOB_CHUNK_BYTES } }, options)).blob ?? {}
      const data = b.data ?? new Uint8Array()
      total = Number(b.totalBytes ?? 0)
      if (data.byteLength === 0 && offset < total) throw new UserError('the coordinator sent an empty blob chunk; try again.', {}, 'E_ADMIN_CORRUPT')
      hash.update(data)
      chunks.push(data)
      offset += data.byteLength
    }
    if (hash.digest('hex') !== sha256) throw new UserError(`blob ${sha256.slice(0, 12)} does not match its sha256; try again.`, {}, 'E_ADMIN_CORRUPT')
    const out = new Uint8Array(offset)
    let at = 0
    for (const c of chunks) {
      out.set(c, at)
      at += c.byteLength
    }
    return out
  }
}
