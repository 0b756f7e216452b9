import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Auth, sha256Hex } from '../../src/auth.js'
import { CoordinatorDatabase } from '../../src/database.js'
import { loadOrCreateIdentity } from '../../src/identity.js'

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'tandem-auth-'))
  dirs.push(d)
  return d
}

describe('Auth', () => {
  it('stores only the hash of a token and verifies it', () => {
    const db = new CoordinatorDatabase(':memory:')
    const auth = new Auth({ db })
    const t = auth.issueToken('join', 'donor', 1000)
    const rows = db.listTokens()
    expect(rows).toHaveLength(1)
    expect(rows[0]!.hash).toBe(sha256Hex(t.token))
    expect(JSON.stringify(rows)).not.toContain(t.token)
    expect(auth.checkToken(t.token, 'join', 2000)).toMatchObject({ ok: true })
    expect(auth.checkToken(`${t.token}x`, 'join', 2000)).toEqual({ ok: false, reason: 'bad' })
    expect(auth.checkToken(t.token, 'viewer', 2000)).toEqual({ ok: false, reason: 'wrong-kind' })
    expect(auth.checkToken('', 'join', 2000)).toEqual({ ok: false, reason: 'bad' })
  })

  it('refuses revoked and expired tokens', () => {
    const db = new CoordinatorDatabase(':memory:')
    const auth = new Auth({ db })
    const a = auth.issueToken('join', 'a', 0)
    const b = auth.issueToken('join', 'b', 0, 100)
    expect(auth.revokeToken(a.id, 5)).toBe(true)
    expect(auth.revokeToken(a.id, 6)).toBe(false)
    expect(auth.checkToken(a.token, 'join', 10)).toEqual({ ok: false, reason: 'revoked' })
    expect(auth.checkToken(b.token, 'join', 99)).toMatchObject({ ok: true })
    expect(auth.checkToken(b.token, 'join', 100)).toEqual({ ok: false, reason: 'expired' })
  })

  it('keeps the admin key and the default join token in 0600 files across restarts', async () => {
    const dir = await tempDir()
    const path = join(dir, 'c.db')
    const db = new CoordinatorDatabase(path)
    const auth = new Auth({ db })
    const keyFile = await auth.loadOrCreateAdminKey(dir)
    const token = await auth.loadOrCreateDefaultJoinToken(dir, 1)
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'join-token'))).mode & 0o777).toBe(0o600)
    const key = (await readFile(keyFile, 'utf8')).trim()
    expect(auth.roleOf(key, 1)).toBe('admin')
    expect(auth.roleOf(`${key}x`, 1)).toBeUndefined()
    const viewer = auth.issueToken('viewer', 'dash', 1)
    expect(auth.roleOf(viewer.token, 1)).toBe('viewer')
    expect(auth.roleOf(token, 1)).toBeUndefined() // a join token is no admin credential
    db.close()

    const db2 = new CoordinatorDatabase(path)
    const auth2 = new Auth({ db: db2 })
    expect(await auth2.loadOrCreateAdminKey(dir)).toBe(keyFile)
    expect(auth2.roleOf(key, 2)).toBe('admin')
    expect(await auth2.loadOrCreateDefaultJoinToken(dir, 2)).toBe(token)
    // Revoked: a fresh default token replaces it.
    auth2.revokeToken(db2.listTokens().find((t) => t.label === 'default')!.id, 3)
    const fresh = await auth2.loadOrCreateDefaultJoinToken(dir, 4)
    expect(fresh).not.toBe(token)
    expect(auth2.checkToken(fresh, 'join', 5).ok).toBe(true)
    db2.close()
  })

  it('keeps the peer identity in a 0600 file', async () => {
    const dir = await tempDir()
    const a = await loadOrCreateIdentity(dir)
    const b = await loadOrCreateIdentity(dir)
    expect(b.equals(a)).toBe(true)
    expect((await stat(join(dir, 'peer-key'))).mode & 0o777).toBe(0o600)
  })
})
