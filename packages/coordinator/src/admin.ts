// The admin protocol's request -> answer function (admin.proto), free of any network: the
// coordinator implements `AdminContext`, the libp2p binding in admin-server.ts feeds requests in.
// Authentication comes first: the admin key for everything, a viewer token for read-only requests;
// a refused request learns nothing but the refusal.
import { admin } from '@tandem/proto'
import type { AdminRole } from './auth.js'

export type AdminRequest = admin.IAdminRequest
export type AdminAnswer = admin.IAdminAnswer

const E = admin.AdminErrorCode

/** Requests a viewer token may make. */
const READ_ONLY = new Set(['status', 'workers', 'plan', 'checkpoints', 'metrics'])

/** A refusal with a code the CLI maps to one sentence. */
export class AdminRefusal extends Error {
  override name = 'AdminRefusal'
  constructor(
    readonly code: admin.AdminErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** What the admin handler needs from the coordinator. Each method answers one request kind. */
export interface AdminContext {
  roleOf(credential: string): AdminRole | undefined
  status(): admin.IStatusAnswer
  workers(): admin.IWorkersAnswer
  plan(): admin.IPlanAnswer
  drain(peerId: string, reason: string): admin.IAckAnswer
  kick(peerId: string, reason: string, ban: boolean): admin.IAckAnswer
  pause(reason: string): admin.IAckAnswer
  resume(): admin.IAckAnswer
  checkpointNow(wait: boolean, signal: AbortSignal): Promise<admin.ICheckpointNowAnswer>
  checkpoints(limit: number): Promise<admin.ICheckpointsAnswer>
  rollback(step: number): admin.IAckAnswer
  tokenCreate(kind: 'join' | 'viewer', label: string, ttlMs: number): admin.ITokenAnswer
  tokenRevoke(tokenId: string): admin.IAckAnswer
  tokensList(): admin.ITokensListAnswer
  export(step: number, dtype: 'f32' | 'f16', serverOutDir: string): Promise<admin.IExportAnswer>
  blob(sha256: string, offset: number, length: number): Promise<admin.IBlobAnswer>
  logs(peerId: string, linesMax: number, levelMin: string, signal: AbortSignal): Promise<admin.ILogsAnswer>
  metrics(sinceStep: number, pointsMax: number): admin.IMetricsAnswer
}

/** The request with every field present (protobufjs toObject with defaults). */
interface Normalized {
  requestId: number
  auth?: 'adminKey' | 'viewerToken'
  adminKey?: string
  viewerToken?: string
  body?: string
  drain?: { peerId: string; reason: string }
  kick?: { peerId: string; reason: string; ban: boolean }
  pause?: { reason: string }
  checkpoint?: { wait: boolean }
  checkpoints?: { limit: number }
  rollback?: { step: number }
  tokenCreate?: { kind: number; label: string; ttlMs: number; usesMax: number }
  tokenRevoke?: { tokenId: string }
  export?: { step: number; dtype: string; serverOutDir: string }
  blob?: { sha256: string; offset: number; length: number }
  logs?: { peerId: string; linesMax: number; levelMin: string }
  metrics?: { sinceStep: number; pointsMax: number }
}

function refuse(code: admin.AdminErrorCode, message: string): never {
  throw new AdminRefusal(code, message)
}

function nonEmpty(value: string, what: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 256) refuse(E.ADMIN_ERROR_CODE_BAD_REQUEST, `${what} is missing or too long.`)
  return value
}

/**
 * Answers one admin request. Never throws: refusals and failures become `ok: false` answers with a
 * code and one sentence.
 */
export async function handleAdmin(raw: AdminRequest, ctx: AdminContext, signal: AbortSignal = new AbortController().signal): Promise<AdminAnswer> {
  // Fill every field with its default, so that each branch reads plain values.
  const request = admin.AdminRequest.toObject(admin.AdminRequest.fromObject(raw), { defaults: true, oneofs: true }) as unknown as Normalized
  const requestId = request.requestId
  try {
    const credential = request.auth === 'adminKey' ? request.adminKey : request.auth === 'viewerToken' ? request.viewerToken : ''
    const role = credential ? ctx.roleOf(credential) : undefined
    if (role === undefined) refuse(E.ADMIN_ERROR_CODE_UNAUTHORIZED, 'the admin key or viewer token is missing or wrong.')
    const body = request.body
    if (body === undefined) refuse(E.ADMIN_ERROR_CODE_BAD_REQUEST, 'the request names no command (a newer client?).')
    if (role === 'viewer' && !READ_ONLY.has(body)) refuse(E.ADMIN_ERROR_CODE_FORBIDDEN, `'${body}' needs the admin key; a viewer token only reads.`)
    const ok = (answer: Omit<AdminAnswer, 'requestId' | 'ok'>): AdminAnswer => ({ requestId, ok: true, ...answer })
    switch (body) {
      case 'status':
        return ok({ status: ctx.status() })
      case 'workers':
        return ok({ workers: ctx.workers() })
      case 'plan':
        return ok({ plan: ctx.plan() })
      case 'drain':
        return ok({ ack: ctx.drain(nonEmpty(request.drain!.peerId, 'the peer id'), request.drain!.reason || 'drained by the operator') })
      case 'kick':
        return ok({ ack: ctx.kick(nonEmpty(request.kick!.peerId, 'the peer id'), request.kick!.reason || 'kicked by the operator', request.kick!.ban) })
      case 'pause':
        return ok({ ack: ctx.pause(request.pause!.reason || 'paused by the operator') })
      case 'resume':
        return ok({ ack: ctx.resume() })
      case 'checkpoint':
        return ok({ checkpoint: await ctx.checkpointNow(request.checkpoint!.wait, signal) })
      case 'checkpoints':
        return ok({ checkpoints: await ctx.checkpoints(request.checkpoints!.limit) })
      case 'rollback':
        return ok({ ack: ctx.rollback(request.rollback!.step) })
      case 'tokenCreate': {
        const t = request.tokenCreate!
        const kind = t.kind === admin.TokenKind.TOKEN_KIND_VIEWER ? 'viewer' : t.kind === admin.TokenKind.TOKEN_KIND_JOIN ? 'join' : undefined
        if (kind === undefined) refuse(E.ADMIN_ERROR_CODE_BAD_REQUEST, 'the token kind must be join or viewer.')
        if (t.label.length > 128) refuse(E.ADMIN_ERROR_CODE_BAD_REQUEST, 'the token label is longer than 128 characters.')
        return ok({ token: ctx.tokenCreate(kind, t.label, t.ttlMs) })
      }
      case 'tokenRevoke':
        return ok({ ack: ctx.tokenRevoke(nonEmpty(request.tokenRevoke!.tokenId, 'the token id')) })
      case 'tokensList':
        return ok({ tokensList: ctx.tokensList() })
      case 'export': {
        const x = request.export!
        const dtype = x.dtype === '' || x.dtype === 'fp32' ? 'f32' : x.dtype === 'fp16' ? 'f16' : undefined
        if (dtype === undefined) refuse(E.ADMIN_ERROR_CODE_BAD_REQUEST, `the export dtype must be fp32 or fp16, got '${x.dtype.slice(0, 20)}'.`)
        return ok({ export: await ctx.export(x.step, dtype, x.serverOutDir) })
      }
      case 'blob': {
        const b = request.blob!
        return ok({ blob: await ctx.blob(b.sha256, b.offset, b.length) })
      }
      case 'logs': {
        const l = request.logs!
        return ok({ logs: await ctx.logs(nonEmpty(l.peerId, 'the peer id'), l.linesMax, l.levelMin, signal) })
      }
      case 'metrics':
        return ok({ metrics: ctx.metrics(request.metrics!.sinceStep, request.metrics!.pointsMax) })
      default:
        return refuse(E.ADMIN_ERROR_CODE_BAD_REQUEST, 'unknown command.')
    }
  } catch (err) {
    if (err instanceof AdminRefusal) return { requestId, ok: false, error: err.code, message: err.message }
    const message = err instanceof Error ? err.message : String(err)
    return { requestId, ok: false, error: E.ADMIN_ERROR_CODE_INTERNAL, message: `the coordinator failed: ${message}` }
  }
}
