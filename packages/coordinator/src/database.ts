// The coordinator's durable state: one better-sqlite3 database in the data dir, WAL mode,
// synchronous=FULL. Everything that must survive `kill -9` is written in a transaction before the
// daemon acts on it (a plan is stored before it is sent, a checkpoint row only once its manifest
// blob is on disk). Migrations are numbered and run at open.
import Database from 'better-sqlite3'

export type RunStatus = 'running' | 'paused' | 'finished'
export type MemberStatus = 'active' | 'gone' | 'left' | 'kicked'
export type TokenKind = 'join' | 'viewer'

export interface RunRow {
  id: string
  name: string
  configJson: string
  modelConfigJson: string
  createdAtMs: number
  status: RunStatus
  /** Latest plan epoch published. */
  epoch: number
  /** Latest state step every stage has completed ("globally complete"). */
  completedStep: number
  /** Latest committed checkpoint step, or -1. */
  committedStep: number
  lossScale: number
}

export interface MemberRow {
  workerId: string
  runId: string
  peerId: string
  name: string
  capabilities: Uint8Array | null
  multiaddrs: string[]
  reachability: number
  status: MemberStatus
  joinedAtMs: number
  lastSeenMs: number
  reason: string
}

export interface PlanRow {
  runId: string
  epoch: number
  resumeStep: number
  reason: number
  plan: Uint8Array
  createdAtMs: number
}

export interface CheckpointRow {
  runId: string
  step: number
  manifestSha256: string
  bytes: number
  tensors: number
  origin: 'init' | 'upload' | 'import'
  createdAtMs: number
}

export interface PendingTensorRow {
  runId: string
  step: number
  name: string
  role: number
  layer: number
  dtype: string
  shape: number[]
  sha256: string
  bytes: number
}

export interface StepRow {
  runId: string
  step: number
  epoch: number
  loss: number | null
  tokens: number
  stepMs: number
  completedAtMs: number
}

export interface StepReportRow {
  runId: string
  epoch: number
  step: number
  stage: number
  replica: number
  workerId: string
  hasLoss: boolean
  loss: number
  lossTokens: number
  tokens: number
  totalMs: number
  report: Uint8Array
  atMs: number
}

export interface TokenRow {
  id: string
  hash: string
  kind: TokenKind
  label: string
  createdAtMs: number
  expiresAtMs: number | null
  revokedAtMs: number | null
}

export interface EventRow {
  id: number
  runId: string
  atMs: number
  kind: string
  data: Record<string, unknown>
}

const MIGRATIONS: string[] = [
  `
  CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    config_json TEXT NOT NULL,
    model_config_json TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    status TEXT NOT NULL,
    epoch INTEGER NOT NULL DEFAULT 0,
    completed_step INTEGER NOT NULL DEFAULT 0,
    committed_step INTEGER NOT NULL DEFAULT -1,
    loss_scale REAL NOT NULL DEFAULT 1
  );
  CREATE TABLE members (
    worker_id TEXT PRIMARY KEY,
    run_id TEXT NOT NULL,
    peer_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    capabilities BLOB,
    multiaddrs_json TEXT NOT NULL DEFAULT '[]',
    reachability INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    joined_at_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX members_peer ON members (run_id, peer_id);
  CREATE TABLE plans (
    run_id TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    resume_step INTEGER NOT NULL,
    reason INTEGER NOT NULL,
    plan BLOB NOT NULL,
    created_at_ms INTEGER NOT NULL,
    PRIMARY KEY (run_id, epoch)
  );
  CREATE TABLE checkpoints (
    run_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    tensors INTEGER NOT NULL,
    origin TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    PRIMARY KEY (run_id, step)
  );
  CREATE TABLE pending_tensors (
    run_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    name TEXT NOT NULL,
    role INTEGER NOT NULL,
    layer INTEGER NOT NULL,
    dtype TEXT NOT NULL,
    shape_json TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    PRIMARY KEY (run_id, step, name, role)
  );
  CREATE TABLE steps (
    run_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    loss REAL,
    tokens INTEGER NOT NULL,
    step_ms REAL NOT NULL,
    completed_at_ms INTEGER NOT NULL,
    PRIMARY KEY (run_id, step)
  );
  CREATE TABLE step_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    step INTEGER NOT NULL,
    stage INTEGER NOT NULL,
    replica INTEGER NOT NULL,
    worker_id TEXT NOT NULL,
    has_loss INTEGER NOT NULL,
    loss REAL NOT NULL,
    loss_tokens INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    total_ms REAL NOT NULL,
    report BLOB NOT NULL,
    at_ms INTEGER NOT NULL
  );
  CREATE INDEX step_reports_step ON step_reports (run_id, step);
  CREATE TABLE tokens (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER,
    revoked_at_ms INTEGER
  );
  CREATE TABLE bans (
    peer_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at_ms INTEGER NOT NULL
  );
  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    data_json TEXT NOT NULL
  );
  `,
]

/** Opens (creating or migrating) the database at `path`; `:memory:` works for tests. */
export class CoordinatorDatabase {
  readonly db: Database.Database
  private closed = false

  constructor(path: string) {
    this.db = new Database(path)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.pragma('foreign_keys = ON')
    this.db.pragma('busy_timeout = 5000')
    this.migrate()
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number
    if (version > MIGRATIONS.length) {
      throw new Error(`database schema version ${version} is newer than this coordinator (${MIGRATIONS.length}); upgrade Tandem`)
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!)
        this.db.pragma(`user_version = ${v + 1}`)
      })()
    }
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.db.close()
  }

  /** Runs `fn` in one transaction (all its writes land together or not at all). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  // ---- runs ---------------------------------------------------------------------------------

  insertRun(run: RunRow): void {
    this.db
      .prepare(
        `INSERT INTO runs (id, name, config_json, model_config_json, created_at_ms, status, epoch, completed_step, committed_step, loss_scale)
         VALUES (@id, @name, @configJson, @modelConfigJson, @createdAtMs, @status, @epoch, @completedStep, @committedStep, @lossScale)`,
      )
      .run(run)
  }

  /** The data dir's run (one run per coordinator data dir), if any. */
  getRun(): RunRow | undefined {
    const r = this.db.prepare('SELECT * FROM runs ORDER BY created_at_ms LIMIT 1').get() as Record<string, unknown> | undefined
    return r === undefined ? undefined : toRun(r)
  }

  updateRun(id: string, fields: Partial<Pick<RunRow, 'status' | 'epoch' | 'completedStep' | 'committedStep' | 'lossScale'>>): void {
    const cols: Record<string, string> = {
      status: 'status',
      epoch: 'epoch',
      completedStep: 'completed_step',
      committedStep: 'committed_step',
      lossScale: 'loss_scale',
    }
    const sets: string[] = []
    const params: Record<string, unknown> = { id }
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue
      sets.push(`${cols[k]} = @${k}`)
      params[k] = v
    }
    if (sets.length === 0) return
    this.db.prepare(`UPDATE runs SET ${sets.join(', ')} WHERE id = @id`).run(params)
  }

  // ---- members ------------------------------------------------------------------------------

  upsertMember(m: MemberRow): void {
    this.db
      .prepare(
        `INSERT INTO members (worker_id, run_id, peer_id, name, capabilities, multiaddrs_json, reachability, status, joined_at_ms, last_seen_ms, reason)
         VALUES (@workerId, @runId, @peerId, @name, @capabilities, @multiaddrsJson, @reachability, @status, @joinedAtMs, @lastSeenMs, @reason)
         ON CONFLICT (worker_id) DO UPDATE SET peer_id = excluded.peer_id, name = excluded.name, capabilities = excluded.capabilities,
           multiaddrs_json = excluded.multiaddrs_json, reachability = excluded.reachability, status = excluded.status,
           joined_at_ms = excluded.joined_at_ms, last_seen_ms = excluded.last_seen_ms, reason = excluded.reason`,
      )
      .run({ ...m, capabilities: m.capabilities === null ? null : Buffer.from(m.capabilities), multiaddrsJson: JSON.stringify(m.multiaddrs) })
  }

  setMemberStatus(workerId: string, status: MemberStatus, reason: string, atMs: number): void {
    this.db.prepare('UPDATE members SET status = ?, reason = ?, last_seen_ms = MAX(last_seen_ms, ?) WHERE worker_id = ?').run(status, reason, atMs, workerId)
  }

  touchMember(workerId: string, atMs: number): void {
    this.db.prepare('UPDATE members SET last_seen_ms = ? WHERE worker_id = ?').run(atMs, workerId)
  }

  getMember(workerId: string): MemberRow | undefined {
    const r = this.db.prepare('SELECT * FROM members WHERE worker_id = ?').get(workerId) as Record<string, unknown> | undefined
    return r === undefined ? undefined : toMember(r)
  }

  memberByPeer(runId: string, peerId: string): MemberRow | undefined {
    const r = this.db.prepare('SELECT * FROM members WHERE run_id = ? AND peer_id = ? ORDER BY joined_at_ms DESC LIMIT 1').get(runId, peerId) as
      | Record<string, unknown>
      | undefined
    return r === undefined ? undefined : toMember(r)
  }

  listMembers(runId: string): MemberRow[] {
    return (this.db.prepare('SELECT * FROM members WHERE run_id = ? ORDER BY joined_at_ms').all(runId) as Record<string, unknown>[]).map(toMember)
  }

  /** At start every member is disconnected: the live ones rejoin by themselves. */
  markAllMembersGone(runId: string, reason: string): void {
    this.db.prepare(`UPDATE members SET status = 'gone', reason = ? WHERE run_id = ? AND status = 'active'`).run(reason, runId)
  }

  // ---- plans --------------------------------------------------------------------------------

  insertPlan(p: PlanRow): void {
    this.db
      .prepare('INSERT INTO plans (run_id, epoch, resume_step, reason, plan, created_at_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .run(p.runId, p.epoch, p.resumeStep, p.reason, Buffer.from(p.plan), p.createdAtMs)
  }

  latestPlan(runId: string): PlanRow | undefined {
    const r = this.db.prepare('SELECT * FROM plans WHERE run_id = ? ORDER BY epoch DESC LIMIT 1').get(runId) as Record<string, unknown> | undefined
    return r === undefined ? undefined : toPlan(r)
  }

  getPlan(runId: string, epoch: number): PlanRow | undefined {
    const r = this.db.prepare('SELECT * FROM plans WHERE run_id = ? AND epoch = ?').get(runId, epoch) as Record<string, unknown> | undefined
    return r === undefined ? undefined : toPlan(r)
  }

  // ---- checkpoints --------------------------------------------------------------------------

  insertCheckpoint(c: CheckpointRow): void {
    this.db
      .prepare(
        `INSERT INTO checkpoints (run_id, step, manifest_sha256, bytes, tensors, origin, created_at_ms) VALUES (@runId, @step, @manifestSha256, @bytes, @tensors, @origin, @createdAtMs)
         ON CONFLICT (run_id, step) DO UPDATE SET manifest_sha256 = excluded.manifest_sha256, bytes = excluded.bytes, tensors = excluded.tensors,
           origin = excluded.origin, created_at_ms = excluded.created_at_ms`,
      )
      .run(c)
  }

  listCheckpoints(runId: string): CheckpointRow[] {
    return (this.db.prepare('SELECT * FROM checkpoints WHERE run_id = ? ORDER BY step').all(runId) as Record<string, unknown>[]).map(toCheckpoint)
  }

  getCheckpoint(runId: string, step: number): CheckpointRow | undefined {
    const r = this.db.prepare('SELECT * FROM checkpoints WHERE run_id = ? AND step = ?').get(runId, step) as Record<string, unknown> | undefined
    return r === undefined ? undefined : toCheckpoint(r)
  }

  latestCheckpoint(runId: string, atMostStep = Number.MAX_SAFE_INTEGER): CheckpointRow | undefined {
    const r = this.db.prepare('SELECT * FROM checkpoints WHERE run_id = ? AND step <= ? ORDER BY step DESC LIMIT 1').get(runId, atMostStep) as
      | Record<string, unknown>
      | undefined
    return r === undefined ? undefined : toCheckpoint(r)
  }

  deleteCheckpoint(runId: string, step: number): void {
    this.db.prepare('DELETE FROM checkpoints WHERE run_id = ? AND step = ?').run(runId, step)
  }

  putPendingTensor(t: PendingTensorRow): void {
    this.db
      .prepare(
        `INSERT INTO pending_tensors (run_id, step, name, role, layer, dtype, shape_json, sha256, bytes) VALUES (@runId, @step, @name, @role, @layer, @dtype, @shapeJson, @sha256, @bytes)
         ON CONFLICT (run_id, step, name, role) DO UPDATE SET layer = excluded.layer, dtype = excluded.dtype, shape_json = excluded.shape_json,
           sha256 = excluded.sha256, bytes = excluded.bytes`,
      )
      .run({ ...t, shapeJson: JSON.stringify(t.shape) })
  }

  pendingTensors(runId: string, step: number): PendingTensorRow[] {
    return (this.db.prepare('SELECT * FROM pending_tensors WHERE run_id = ? AND step = ? ORDER BY layer, name, role').all(runId, step) as Record<string, unknown>[]).map(
      (r) => ({
        runId: r.run_id as string,
        step: r.step as number,
        name: r.name as string,
        role: r.role as number,
        layer: r.layer as number,
        dtype: r.dtype as string,
        shape: JSON.parse(r.shape_json as string) as number[],
        sha256: r.sha256 as string,
        bytes: r.bytes as number,
      }),
    )
  }

  pendingSteps(runId: string): number[] {
    return (this.db.prepare('SELECT DISTINCT step FROM pending_tensors WHERE run_id = ? ORDER BY step').all(runId) as { step: number }[]).map((r) => r.step)
  }

  deletePendingTensors(runId: string, step: number): void {
    this.db.prepare('DELETE FROM pending_tensors WHERE run_id = ? AND step = ?').run(runId, step)
  }

  /** Every blob hash a checkpoint or a pending upload refers to is listed by the caller; this gives the pending ones. */
  pendingBlobHashes(): string[] {
    return (this.db.prepare('SELECT DISTINCT sha256 FROM pending_tensors').all() as { sha256: string }[]).map((r) => r.sha256)
  }

  // ---- steps and reports --------------------------------------------------------------------

  upsertStep(s: StepRow): void {
    this.db
      .prepare(
        `INSERT INTO steps (run_id, step, epoch, loss, tokens, step_ms, completed_at_ms) VALUES (@runId, @step, @epoch, @loss, @tokens, @stepMs, @completedAtMs)
         ON CONFLICT (run_id, step) DO UPDATE SET epoch = excluded.epoch, loss = excluded.loss, tokens = excluded.tokens,
           step_ms = excluded.step_ms, completed_at_ms = excluded.completed_at_ms`,
      )
      .run(s)
  }

  listSteps(runId: string, limit: number): StepRow[] {
    const rows = this.db.prepare('SELECT * FROM steps WHERE run_id = ? ORDER BY step DESC LIMIT ?').all(runId, limit) as Record<string, unknown>[]
    return rows.reverse().map((r) => ({
      runId: r.run_id as string,
      step: r.step as number,
      epoch: r.epoch as number,
      loss: r.loss as number | null,
      tokens: r.tokens as number,
      stepMs: r.step_ms as number,
      completedAtMs: r.completed_at_ms as number,
    }))
  }

  /** Forget steps at or after `fromStep` (a rollback redoes them). */
  deleteStepsFrom(runId: string, fromStep: number): void {
    this.db.prepare('DELETE FROM steps WHERE run_id = ? AND step >= ?').run(runId, fromStep)
  }

  insertStepReport(r: StepReportRow): void {
    this.db
      .prepare(
        `INSERT INTO step_reports (run_id, epoch, step, stage, replica, worker_id, has_loss, loss, loss_tokens, tokens, total_ms, report, at_ms)
         VALUES (@runId, @epoch, @step, @stage, @replica, @workerId, @hasLoss, @loss, @lossTokens, @tokens, @totalMs, @report, @atMs)`,
      )
      .run({ ...r, hasLoss: r.hasLoss ? 1 : 0, report: Buffer.from(r.report) })
  }

  /** Keeps the newest `keep` step reports of the run. */
  pruneStepReports(runId: string, keep: number): void {
    this.db
      .prepare('DELETE FROM step_reports WHERE run_id = ? AND id <= (SELECT id FROM step_reports WHERE run_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)')
      .run(runId, runId, keep)
  }

  countStepReports(runId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM step_reports WHERE run_id = ?').get(runId) as { n: number }).n
  }

  // ---- tokens and bans ----------------------------------------------------------------------

  insertToken(t: TokenRow): void {
    this.db
      .prepare(
        'INSERT INTO tokens (id, hash, kind, label, created_at_ms, expires_at_ms, revoked_at_ms) VALUES (@id, @hash, @kind, @label, @createdAtMs, @expiresAtMs, @revokedAtMs)',
      )
      .run(t)
  }

  tokenByHash(hash: string): TokenRow | undefined {
    const r = this.db.prepare('SELECT * FROM tokens WHERE hash = ?').get(hash) as Record<string, unknown> | undefined
    return r === undefined ? undefined : toToken(r)
  }

  listTokens(): TokenRow[] {
    return (this.db.prepare('SELECT * FROM tokens ORDER BY created_at_ms').all() as Record<string, unknown>[]).map(toToken)
  }

  /** Revokes by id; false when there is no such live token. */
  revokeToken(id: string, atMs: number): boolean {
    return this.db.prepare('UPDATE tokens SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL').run(atMs, id).changes > 0
  }

  ban(peerId: string, reason: string, atMs: number): void {
    this.db.prepare('INSERT INTO bans (peer_id, reason, at_ms) VALUES (?, ?, ?) ON CONFLICT (peer_id) DO UPDATE SET reason = excluded.reason').run(peerId, reason, atMs)
  }

  isBanned(peerId: string): boolean {
    return this.db.prepare('SELECT 1 FROM bans WHERE peer_id = ?').get(peerId) !== undefined
  }

  // ---- events -------------------------------------------------------------------------------

  insertEvent(runId: string, atMs: number, kind: string, data: Record<string, unknown>): void {
    this.db.prepare('INSERT INTO events (run_id, at_ms, kind, data_json) VALUES (?, ?, ?, ?)').run(runId, atMs, kind, JSON.stringify(data))
  }

  listEvents(runId: string, limit: number, kind?: string): EventRow[] {
    const rows = (
      kind === undefined
        ? this.db.prepare('SELECT * FROM events WHERE run_id = ? ORDER BY id DESC LIMIT ?').all(runId, limit)
        : this.db.prepare('SELECT * FROM events WHERE run_id = ? AND kind = ? ORDER BY id DESC LIMIT ?').all(runId, kind, limit)
    ) as Record<string, unknown>[]
    return rows.reverse().map((r) => ({
      id: r.id as number,
      runId: r.run_id as string,
      atMs: r.at_ms as number,
      kind: r.kind as string,
      data: JSON.parse(r.data_json as string) as Record<string, unknown>,
    }))
  }

  countEvents(runId: string, kind: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM events WHERE run_id = ? AND kind = ?').get(runId, kind) as { n: number }).n
  }
}

function toRun(r: Record<string, unknown>): RunRow {
  return {
    id: r.id as string,
    name: r.name as string,
    configJson: r.config_json as string,
    modelConfigJson: r.model_config_json as string,
    createdAtMs: r.created_at_ms as number,
    status: r.status as RunStatus,
    epoch: r.epoch as number,
    completedStep: r.completed_step as number,
    committedStep: r.committed_step as number,
    lossScale: r.loss_scale as number,
  }
}

function toMember(r: Record<string, unknown>): MemberRow {
  const caps = r.capabilities as Buffer | null
  return {
    workerId: r.worker_id as string,
    runId: r.run_id as string,
    peerId: r.peer_id as string,
    name: r.name as string,
    capabilities: caps === null ? null : new Uint8Array(caps),
    multiaddrs: JSON.parse(r.multiaddrs_json as string) as string[],
    reachability: r.reachability as number,
    status: r.status as MemberStatus,
    joinedAtMs: r.joined_at_ms as number,
    lastSeenMs: r.last_seen_ms as number,
    reason: r.reason as string,
  }
}

function toPlan(r: Record<string, unknown>): PlanRow {
  return {
    runId: r.run_id as string,
    epoch: r.epoch as number,
    resumeStep: r.resume_step as number,
    reason: r.reason as number,
    plan: new Uint8Array(r.plan as Buffer),
    createdAtMs: r.created_at_ms as number,
  }
}

function toCheckpoint(r: Record<string, unknown>): CheckpointRow {
  return {
    runId: r.run_id as string,
    step: r.step as number,
    manifestSha256: r.manifest_sha256 as string,
    bytes: r.bytes as number,
    tensors: r.tensors as number,
    origin: r.origin as CheckpointRow['origin'],
    createdAtMs: r.created_at_ms as number,
  }
}

function toToken(r: Record<string, unknown>): TokenRow {
  return {
    id: r.id as string,
    hash: r.hash as string,
    kind: r.kind as TokenKind,
    label: r.label as string,
    createdAtMs: r.created_at_ms as number,
    expiresAtMs: r.expires_at_ms as number | null,
    revokedAtMs: r.revoked_at_ms as number | null,
  }
}
