import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { CoordinatorDatabase } from '../../src/database.js'

const dirs: string[] = []
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'tandem-db-'))
  dirs.push(d)
  return d
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

const writer = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url))

describe('CoordinatorDatabase', () => {
  it('keeps committed transactions and drops the open one across kill -9', async () => {
    const dir = await tempDir()
    const path = join(dir, 'coordinator.db')
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('written')) resolve()
      })
      child.on('exit', (code) => reject(new Error(`writer exited early with ${code}`)))
    })
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGKILL')
    await exited

    const db = new CoordinatorDatabase(path)
    try {
      const run = db.getRun()!
      expect(run.completedStep).toBe(50)
      expect(run.epoch).toBe(5)
      expect(db.listSteps('run-1', 1000).map((s) => s.step)).toEqual(Array.from({ length: 50 }, (_, i) => i))
      expect(db.latestPlan('run-1')).toMatchObject({ epoch: 5, resumeStep: 40, plan: new Uint8Array([1, 2, 3]) })
      expect(db.db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.db.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      db.close()
    }
  }, 30_000)

  it('reopens with the same state and migrates once', async () => {
    const path = join(await tempDir(), 'c.db')
    const a = new CoordinatorDatabase(path)
    a.insertRun({ id: 'r', name: 'n', configJson: '{}', modelConfigJson: '{}', createdAtMs: 1, status: 'running', epoch: 3, completedStep: 7, committedStep: 5, lossScale: 2 })
    a.upsertMember({
      workerId: 'w1',
      runId: 'r',
      peerId: 'p1',
      name: '<b>x</b>',
      capabilities: new Uint8Array([9]),
      multiaddrs: ['/ip4/127.0.0.1/tcp/1'],
      reachability: 1,
      status: 'active',
      joinedAtMs: 1,
      lastSeenMs: 2,
      reason: '',
    })
    a.insertCheckpoint({ runId: 'r', step: 5, manifestSha256: 'a'.repeat(64), bytes: 10, tensors: 2, origin: 'upload', createdAtMs: 3 })
    a.close()
    a.close() // safe twice
    const b = new CoordinatorDatabase(path)
    expect(b.db.pragma('user_version', { simple: true })).toBe(1)
    expect(b.getRun()).toMatchObject({ epoch: 3, completedStep: 7, committedStep: 5, lossScale: 2 })
    expect(b.getMember('w1')).toMatchObject({ peerId: 'p1', name: '<b>x</b>', capabilities: new Uint8Array([9]), multiaddrs: ['/ip4/127.0.0.1/tcp/1'] })
    b.markAllMembersGone('r', 'coordinator restarted')
    expect(b.getMember('w1')!.status).toBe('gone')
    expect(b.latestCheckpoint('r')!.step).toBe(5)
    expect(b.latestCheckpoint('r', 4)).toBeUndefined()
    b.close()
  })

  it('prunes step reports to a bound', () => {
    const db = new CoordinatorDatabase(':memory:')
    for (let i = 0; i < 30; i++) {
      db.insertStepReport({ runId: 'r', epoch: 1, step: i, stage: 0, replica: 0, workerId: 'w', hasLoss: true, loss: 1, lossTokens: 1, tokens: 1, totalMs: 1, report: new Uint8Array(), atMs: i })
    }
    db.pruneStepReports('r', 10)
    expect(db.countStepReports('r')).toBe(10)
    db.close()
  })
})
