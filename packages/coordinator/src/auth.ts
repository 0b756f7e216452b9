// Secrets the coordinator issues and checks: join tokens (workers), viewer tokens (read-only admin
// and dashboard access) and the admin key. The database keeps only sha256 hashes of tokens; the
// admin key and the run's default join token live in 0600 files in the data dir so an operator (or
// the demo) can read them after a restart.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '@tandem/model'
import { ADMIN_KEY_FILE, JOIN_TOKEN_FILE, SECRET_BYTES } from './constants.js'
import type { CoordinatorDatabase, TokenKind, TokenRow } from './database.js'

export type TokenCheck =
  | { ok: true; token: TokenRow }
  | { ok: false; reason: 'bad' | 'revoked' | 'expired' | 'wrong-kind' }

/** What a presented admin credential allows. */
export type AdminRole = 'admin' | 'viewer'

export interface AuthComponents {
  db: CoordinatorDatabase
}

export interface IssuedToken {
  id: string
  /** The secret to hand out; never stored. */
  token: string
  kind: TokenKind
  label: string
  expiresAtMs: number | null
}

const TOKEN_PREFIX: Record<TokenKind, string> = { join: 'tdj', viewer: 'tdv' }

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

export class Auth {
  private readonly db: CoordinatorDatabase
  private adminKeyHash: Buffer | undefined

  constructor(components: AuthComponents) {
    this.db = components.db
  }

  /** Issues a token; its hash goes to the database, the token itself only to the caller. */
  issueToken(kind: TokenKind, label: string, nowMs: number, expiresAtMs: number | null = null): IssuedToken {
    const id = randomBytes(6).toString('hex')
    const token = `${TOKEN_PREFIX[kind]}_${id}_${randomBytes(SECRET_BYTES).toString('base64url')}`
    this.db.insertToken({ id, hash: sha256Hex(token), kind, label, createdAtMs: nowMs, expiresAtMs, revokedAtMs: null })
    return { id, token, kind, label, expiresAtMs }
  }

  /** Checks a presented token of the given kind. Unknown, revoked, expired and wrong-kind tokens are refused. */
  checkToken(presented: string, kind: TokenKind, nowMs: number): TokenCheck {
    if (typeof presented !== 'string' || presented.length === 0 || presented.length > 256) return { ok: false, reason: 'bad' }
    const row = this.db.tokenByHash(sha256Hex(presented))
    if (row === undefined) return { ok: false, reason: 'bad' }
    if (row.kind !== kind) return { ok: false, reason: 'wrong-kind' }
    if (row.revokedAtMs !== null) return { ok: false, reason: 'revoked' }
    if (row.expiresAtMs !== null && nowMs >= row.expiresAtMs) return { ok: false, reason: 'expired' }
    return { ok: true, token: row }
  }

  revokeToken(id: string, nowMs: number): boolean {
    return this.db.revokeToken(id, nowMs)
  }

  /**
   * Loads the admin key file (creating it, mode 0600, on first start) and remembers its hash.
   * Returns the file's path (printed in the `ready` line; the key itself is never printed).
   */
  async loadOrCreateAdminKey(dataDir: string): Promise<string> {
    const path = join(dataDir, ADMIN_KEY_FILE)
    let key = await readSecretFile(path)
    if (key === undefined) {
      key = randomBytes(SECRET_BYTES).toString('base64url')
      await writeFileAtomic(path, `${key}\n`, { mode: 0o600 })
    }
    this.adminKeyHash = createHash('sha256').update(key).digest()
    return path
  }

  /**
   * The run's default join token: read from its 0600 file while it is still valid, else issued anew
   * (first start, or the operator revoked it) and written there.
   */
  async loadOrCreateDefaultJoinToken(dataDir: string, nowMs: number): Promise<string> {
    const path = join(dataDir, JOIN_TOKEN_FILE)
    const existing = await readSecretFile(path)
    if (existing !== undefined && this.checkToken(existing, 'join', nowMs).ok) return existing
    const issued = this.issueToken('join', 'default', nowMs)
    await writeFileAtomic(path, `${issued.token}\n`, { mode: 0o600 })
    return issued.token
  }

  /** The role a presented credential grants: the admin key, a live viewer token, or nothing. */
  roleOf(credential: string, nowMs: number): AdminRole | undefined {
    if (typeof credential !== 'string' || credential.length === 0 || credential.length > 256) return undefined
    if (this.adminKeyHash !== undefined) {
      const h = createHash('sha256').update(credential).digest()
      if (timingSafeEqual(h, this.adminKeyHash)) return 'admin'
    }
    return this.checkToken(credential, 'viewer', nowMs).ok ? 'viewer' : undefined
  }
}

async function readSecretFile(path: string): Promise<string | undefined> {
  try {
    const text = (await readFile(path, 'utf8')).trim()
    return text.length > 0 ? text : undefined
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}
