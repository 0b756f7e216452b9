import { admin } from '@tandem/proto'
import { describe, expect, it } from 'vitest'
import { type AdminContext, AdminRefusal, handleAdmin } from '../../src/admin.js'

const E = admin.AdminErrorCode

function context(over: Partial<AdminContext> = {}): AdminContext & { calls: string[] } {
  const calls: string[] = []
  const ctx = {
    calls,
    roleOf: (c: string) => (c === 'KEY' ? 'admin' : c === 'VIEW' ? 'viewer' : undefined),
    status: () => ({ runId: 'r', step: 7 }),
    workers: () => ({ workers: [] }),
    plan: () => ({ epoch: 2 }),
    drain: (peer: string) => {
      calls.push(`drain ${peer}`)
      return { detail: 'ok' }
    },
    kick: (peer: string, _r: string, ban: boolean) => {
      calls.push(`kick ${peer} ${ban}`)
      return {}
    },
    pause: () => ({}),
    resume: () => ({}),
    checkpointNow: async () => ({ step: 3 }),
    checkpoints: async () => ({ checkpoints: [] }),
    rollback: (step: number) => {
      throw new AdminRefusal(E.ADMIN_ERROR_CODE_NO_CHECKPOINT, `there is no committed checkpoint at step ${step}.`)
    },
    tokenCreate: (kind: string, label: string) => ({ token: `t-${kind}-${label}` }),
    tokenRevoke: () => ({}),
    tokensList: () => ({ tokens: [] }),
    export: async () => ({ step: 1 }),
    blob: async () => {
      throw new Error('disk on fire')
    },
    logs: async () => ({ lines: [] }),
    metrics: () => ({ points: [] }),
    ...over,
  }
  return ctx as AdminContext & { calls: string[] }
}

describe('handleAdmin', () => {
  it('refuses a missing or wrong credential before reading the command', async () => {
    const ctx = context()
    const none = await handleAdmin({ requestId: 1, drain: { peerId: 'p' } }, ctx)
    expect(none).toMatchObject({ requestId: 1, ok: false, error: E.ADMIN_ERROR_CODE_UNAUTHORIZED })
    const wrong = await handleAdmin({ requestId: 2, adminKey: 'nope', drain: { peerId: 'p' } }, ctx)
    expect(wrong.error).toBe(E.ADMIN_ERROR_CODE_UNAUTHORIZED)
    expect(ctx.calls).toEqual([])
  })

  it('lets a viewer token read but not change the run', async () => {
    const ctx = context()
    const status = await handleAdmin({ requestId: 3, viewerToken: 'VIEW', status: {} }, ctx)
    expect(status.ok).toBe(true)
    expect(status.status).toMatchObject({ step: 7 })
    const kick = await handleAdmin({ requestId: 4, viewerToken: 'VIEW', kick: { peerId: 'p', ban: true } }, ctx)
    expect(kick).toMatchObject({ ok: false, error: E.ADMIN_ERROR_CODE_FORBIDDEN })
    expect(kick.message).toMatch(/needs the admin key/)
    expect(ctx.calls).toEqual([])
  })

  it('runs admin commands with the key', async () => {
    const ctx = context()
    expect((await handleAdmin({ adminKey: 'KEY', kick: { peerId: 'p1', ban: true } }, ctx)).ok).toBe(true)
    expect((await handleAdmin({ adminKey: 'KEY', drain: { peerId: 'p2' } }, ctx)).ok).toBe(true)
    expect(ctx.calls).toEqual(['kick p1 true', 'drain p2'])
    const token = await handleAdmin({ adminKey: 'KEY', tokenCreate: { kind: admin.TokenKind.TOKEN_KIND_VIEWER, label: 'dash' } }, ctx)
    expect(token.token).toMatchObject({ token: 't-viewer-dash' })
  })

  it('answers bad requests, refusals and failures with one sentence', async () => {
    const ctx = context()
    expect(await handleAdmin({ adminKey: 'KEY' }, ctx)).toMatchObject({ ok: false, error: E.ADMIN_ERROR_CODE_BAD_REQUEST })
    expect(await handleAdmin({ adminKey: 'KEY', drain: { peerId: '' } }, ctx)).toMatchObject({ ok: false, error: E.ADMIN_ERROR_CODE_BAD_REQUEST })
    expect(await handleAdmin({ adminKey: 'KEY', tokenCreate: { kind: 0 } }, ctx)).toMatchObject({ ok: false, error: E.ADMIN_ERROR_CODE_BAD_REQUEST })
    expect(await handleAdmin({ adminKey: 'KEY', export: { dtype: 'int3' } }, ctx)).toMatchObject({ ok: false, error: E.ADMIN_ERROR_CODE_BAD_REQUEST })
    const rb = await handleAdmin({ adminKey: 'KEY', rollback: { step: 5 } }, ctx)
    expect(rb).toMatchObject({ ok: false, error: E.ADMIN_ERROR_CODE_NO_CHECKPOINT, message: 'there is no committed checkpoint at step 5.' })
    const blob = await handleAdmin({ adminKey: 'KEY', blob: { sha256: 'x' } }, ctx)
    expect(blob).toMatchObject({ ok: false, error: E.ADMIN_ERROR_CODE_INTERNAL })
    expect(blob.message).toMatch(/disk on fire/)
  })
})
