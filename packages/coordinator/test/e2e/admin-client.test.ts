// The admin client and `tandem admin` against a real coordinator daemon on loopback: reads, writes,
// tokens, client-side export (byte-identical to the coordinator's own), and one-sentence refusals
// for a wrong key, a viewer on an admin command, an unknown peer and a step without checkpoint.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { initParams, loadHFModel, saveHFModel } from '@tandem/model'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AdminClient } from '../../src/admin-client.js'
import { type CoordinatorDaemon, startCoordinatorDaemon } from '../../src/daemon.js'
import { FakeWorker } from './fake-worker.js'
import { micro } from './micro-model.js'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../../../..')
const TANDEM = join(ROOT, 'packages/cli/bin/tandem.js')

let dir: string
let daemon: CoordinatorDaemon
let adminKey: string
let client: AdminClient
let worker: FakeWorker

/** Runs the real CLI; never throws, returns the exit code and both streams. */
async function tandem(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TANDEM, ...args], { cwd: ROOT, timeout: 60_000 })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-admin-'))
  await saveHFModel(join(dir, 'model'), micro, initParams(micro, 7))
  const runConfig = {
    name: 'admin-e2e',
    model: { path: './model' },
    seqLen: 64,
    parallelism: { stages: 2, replicas: 1 },
    steps: 10,
    globalBatch: 4,
    microBatch: 2,
    checkpoint: { everySteps: 5, keep: 3 },
  }
  await writeFile(join(dir, 'run.json'), JSON.stringify(runConfig))
  daemon = await startCoordinatorDaemon({
    dataDir: join(dir, 'data'),
    runPath: join(dir, 'run.json'),
    logger: pino({ level: process.env.TANDEM_TEST_LOG ?? 'silent' }),
    tuning: { heartbeatTimeoutMs: 5_000, tickIntervalMs: 100, joinSettleMs: 100, fillWaitMs: 1_000 },
  })
  adminKey = (await readFile(daemon.ready.adminKeyFile, 'utf8')).trim()
  worker = await FakeWorker.create()
  await worker.join(daemon.ready.multiaddrs[0]!, daemon.ready.joinToken)
  client = new AdminClient({ addrs: daemon.ready.multiaddrs, adminKey })
  await client.start()
}, 60_000)

afterAll(async () => {
  await client?.stop()
  await worker?.stop().catch(() => {})
  await daemon?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('AdminClient', () => {
  it('reads status, workers, plan and checkpoints on one stream', async () => {
    const status = await client.status()
    expect(status.runName).toBe('admin-e2e')
    expect(status.hasCheckpoint).toBe(true)
    const workers = await client.workers()
    expect(workers.map((w) => w.peerId)).toContain(worker.peerId)
    await client.plan()
    const cps = await client.checkpoints()
    expect(cps.map((c) => Number(c.step))).toContain(0)
  })

  it('creates, uses, lists and revokes a viewer token', async () => {
    const tok = await client.tokenCreate('viewer', 'e2e viewer')
    expect(tok.token).toMatch(/^tdv/)
    const viewer = new AdminClient({ addrs: daemon.ready.multiaddrs, viewerToken: tok.token! })
    try {
      expect((await viewer.status()).runName).toBe('admin-e2e')
      await expect(viewer.pause()).rejects.toMatchObject({ name: 'UserError', code: 'E_ADMIN_FORBIDDEN' })
      expect((await client.tokensList()).some((k) => k.tokenId === tok.info?.tokenId)).toBe(true)
      await client.tokenRevoke(tok.info!.tokenId!)
      await expect(viewer.status()).rejects.toMatchObject({ code: 'E_ADMIN_UNAUTHORIZED' })
    } finally {
      await viewer.stop()
    }
  })

  it('refuses an unknown peer and a step without checkpoint with one sentence', async () => {
    await expect(client.drain('12D3KooWNobodyNobodyNobody')).rejects.toMatchObject({ code: 'E_ADMIN_UNKNOWN_PEER' })
    const err = await client.rollback(999).catch((e: Error) => e)
    expect(err).toMatchObject({ name: 'UserError', code: 'E_ADMIN_NO_CHECKPOINT' })
    expect((err as Error).message.split('. ').length).toBe(1)
  })

  it('exports a checkpoint here, identical to the coordinator writing it itself', async () => {
    const here = join(dir, 'export-here')
    const there = join(dir, 'export-there')
    const r = await client.exportHere(0, 'fp32', here)
    expect(r.step).toBe(0)
    await client.exportOnServer(0, 'fp32', there)
    const files = (await readdir(here)).sort()
    expect(files).toEqual((await readdir(there)).sort())
    for (const f of files) expect(Buffer.compare(await readFile(join(here, f)), await readFile(join(there, f)))).toBe(0)
    const loaded = await loadHFModel(here)
    const expected = initParams(micro, 7)
    for (const [name, values] of expected) expect(loaded.params.get(name)).toEqual(values)
  })

  it('acknowledges pause and resume with the step where they take effect', async () => {
    // The run waits for a second worker, so the pause cannot show as a state yet: the ack says when.
    const paused = await client.pause('e2e')
    expect(paused.detail).toContain('pauses')
    expect(Number(paused.effectiveStep)).toBeGreaterThan(0)
    expect((await client.resume()).detail).toContain('resumes')
  })
})

describe('tandem admin (the CLI)', () => {
  it('prints status as JSON with the data dir alone', async () => {
    const r = await tandem('admin', 'status', '--json', '--data-dir', join(dir, 'data'))
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).runName).toBe('admin-e2e')
  }, 60_000)

  it('answers a wrong key and a rollback without checkpoint with one sentence and exit 2', async () => {
    const keyFile = join(dir, 'wrong.key')
    await writeFile(keyFile, 'not-the-key\n')
    const addr = daemon.ready.multiaddrs[0]!
    const wrong = await tandem('admin', 'status', '--coordinator', addr, '--key', keyFile)
    expect(wrong.code).toBe(2)
    expect(wrong.stdout).toBe('')
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1)
    expect(wrong.stderr).toContain('refused the admin key')
    const rollback = await tandem('admin', 'rollback', '999', '--coordinator', addr, '--key', daemon.ready.adminKeyFile)
    expect(rollback.code).toBe(2)
    expect(rollback.stderr.trim().split('\n')).toHaveLength(1)
    const badFlag = await tandem('admin', 'rollback', 'ten', '--coordinator', addr, '--key', daemon.ready.adminKeyFile)
    expect(badFlag.code).toBe(2)
  }, 120_000)
})
