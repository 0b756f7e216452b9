// `tandem coordinator start` as a real process: it prints one ready line, takes workers, commits a
// checkpoint, is killed with SIGKILL, and restarts from the same data dir into the same run (same
// peer id, token, epoch history, completed step and checkpoints); workers rejoin with what they hold.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { initParams, saveHFModel } from '@tandem/model'
import { control } from '@tandem/proto'
import { afterAll, describe, expect, it } from 'vitest'
import { micro } from './micro-model.js'
import { adminRequest, FakeWorker } from './fake-worker.js'

const cli = fileURLToPath(new URL('../../../cli/bin/tandem.js', import.meta.url))
const children: ChildProcess[] = []
const workers: FakeWorker[] = []
let dir = ''

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
  for (const w of workers) await w.stop().catch(() => {})
  if (dir) await rm(dir, { recursive: true, force: true })
})

interface Ready {
  event: string
  multiaddrs: string[]
  joinToken: string
  adminKeyFile: string
  peerId: string
  runId: string
}

/** Starts the coordinator process and resolves with its ready line (the only line on stdout). */
function startCoordinator(args: string[]): Promise<{ child: ChildProcess; ready: Ready; stdout: string[] }> {
  const child = spawn(process.execPath, [cli, 'coordinator', 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  const stdout: string[] = []
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-20_000)
  })
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! })
    rl.on('line', (line) => {
      stdout.push(line)
      if (stdout.length === 1) resolve({ child, ready: JSON.parse(line) as Ready, stdout })
    })
    child.once('exit', (code, signal) => reject(new Error(`coordinator exited (${code ?? signal}) before ready:\n${stderr}`)))
  })
}

async function waitExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
}

describe('tandem coordinator start (real process)', () => {
  it('survives kill -9 and restarts into the same run', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-restart-'))
    await saveHFModel(join(dir, 'model'), micro, initParams(micro, 9))
    const runFile = join(dir, 'run.json')
    await writeFile(
      runFile,
      JSON.stringify({ name: 'restart', model: { path: './model' }, seqLen: 64, parallelism: { stages: 2, replicas: 1 }, steps: 50, globalBatch: 4, microBatch: 2, checkpoint: { everySteps: 2, keep: 5 } }),
    )
    const dataDir = join(dir, 'data')
    const first = await startCoordinator(['--data-dir', dataDir, '--run', runFile, '--log-level', 'warn'])
    const ready = first.ready
    expect(ready.event).toBe('ready')
    expect(ready.multiaddrs[0]).toContain(`/p2p/${ready.peerId}`)
    expect(JSON.parse(await readFile(join(dataDir, 'coordinator.json'), 'utf8'))).toEqual(ready)
    const addr = ready.multiaddrs[0]!
    const port = /\/tcp\/(\d+)\//.exec(addr)![1]!

    const ws = [await FakeWorker.create(), await FakeWorker.create()]
    workers.push(...ws)
    for (const w of ws) expect((await w.join(addr, ready.joinToken)).accepted).toBe(true)
    const plans = await Promise.all(ws.map((w) => w.plan(1)))
    const epoch = Number(plans[0]!.epoch)
    const cells = ws.map((w, i) => w.assignment(plans[i]!)!)
    for (const w of ws) await w.ack(epoch)
    for (const w of ws) await w.next((m) => m.body === 'planStart')
    for (let s = 0; s < 2; s++) for (let i = 0; i < 2; i++) await ws[i]!.report(epoch, s, cells[i]!, cells[i]!.stageIndex === 1 ? 6 - s : undefined)
    const requests = await Promise.all(ws.map((w) => w.next((m) => m.body === 'checkpointRequest')))
    await Promise.all(ws.map((w, i) => w.upload(addr, micro, requests[i]!.checkpointRequest!, cells[i]!, 2)))
    await ws[0]!.next((m) => m.body === 'checkpointCommitted')
    for (let i = 0; i < 2; i++) await ws[i]!.report(epoch, 2, cells[i]!, cells[i]!.stageIndex === 1 ? 4 : undefined)
    // Wait until the coordinator has seen step 2 complete (its beat says state 3).
    for (;;) {
      const beat = await ws[0]!.next((m) => m.body === 'coordinatorBeat')
      if (Number(beat.coordinatorBeat!.step) >= 3) break
    }

    first.child.kill('SIGKILL')
    expect((await waitExit(first.child)).signal).toBe('SIGKILL')

    // Same data dir, same port: the same peer and join token come back.
    const second = await startCoordinator(['--data-dir', dataDir, '--listen', `/ip4/127.0.0.1/tcp/${port}`, '--log-level', 'warn'])
    expect(second.ready.peerId).toBe(ready.peerId)
    expect(second.ready.runId).toBe(ready.runId)
    expect(second.ready.joinToken).toBe(ready.joinToken)
    expect(second.ready.multiaddrs[0]).toBe(addr)

    // The workers reconnect with the state they hold (step 3 of their layers).
    for (let i = 0; i < 2; i++) {
      const w = ws[i]!
      const held = [{ runId: ready.runId, step: 3, layerStart: cells[i]!.layerStart, layerEnd: cells[i]!.layerEnd, hasOptimizer: true }]
      const a = await w.join(addr, ready.joinToken, { previousWorkerId: w.workerId, held })
      expect(a.accepted).toBe(true)
      w.beat = { epoch, step: 3, held }
    }
    const p2 = await ws[0]!.plan(epoch + 1)
    expect(Number(p2.resumeStep)).toBe(3)
    for (const a of p2.assignments ?? []) expect(a.stateSources!.every((s) => s.origin === control.StateOrigin.STATE_ORIGIN_KEEP)).toBe(true)

    const adminKey = (await readFile(second.ready.adminKeyFile, 'utf8')).trim()
    const status = await adminRequest(ws[0]!.node, addr, { adminKey, status: {} })
    expect(status.status!.step).toBe(3)
    expect(Number(status.status!.planEpoch)).toBe(epoch + 1)
    expect(status.status!.workers).toBe(2)
    const cps = await adminRequest(ws[0]!.node, addr, { adminKey, checkpoints: {} })
    expect(cps.checkpoints!.checkpoints!.map((c) => [Number(c.step), c.verification])).toEqual([
      [2, 'verified'],
      [0, 'verified'],
    ])
    const metrics = await adminRequest(ws[0]!.node, addr, { adminKey, metrics: {} })
    expect(metrics.metrics!.points!.map((p) => [Number(p.step), p.loss])).toEqual([
      [0, 6],
      [1, 5],
      [2, 4],
    ])

    // SIGTERM stops it cleanly, and stdout held nothing but the ready line.
    second.child.kill('SIGTERM')
    expect((await waitExit(second.child)).code).toBe(0)
    expect(second.stdout).toHaveLength(1)
  }, 120_000)
})
