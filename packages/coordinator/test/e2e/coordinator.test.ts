// The coordinator daemon in this process, scripted workers over real libp2p on loopback: join and
// refusals, plans, state fetch from the checkpoint store, step progress, checkpoint upload and
// commit, failure re-planning, and the admin protocol.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { initParams, loadHFModel, saveHFModel } from '@tandem/model'
import { randomBytes } from 'node:crypto'
import { multiaddr } from '@multiformats/multiaddr'
import { admin, control, decodeCheckpointManifest, PROTOCOL_ADMIN, PROTOCOL_CONTROL, PROTOCOL_STATE } from '@tandem/proto'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CoordinatorDaemon, startCoordinatorDaemon } from '../../src/daemon.js'
import { adminRequest, FakeWorker } from './fake-worker.js'
import { micro } from './micro-model.js'

const tiny = micro
let dir: string
let daemon: CoordinatorDaemon
let addr: string
let adminKey: string
const workers: FakeWorker[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-coord-'))
  await saveHFModel(join(dir, 'model'), micro, initParams(micro, 5))
  const run = {
    name: 'e2e',
    model: { path: './model' },
    seqLen: 64,
    parallelism: { stages: 2, replicas: 2 },
    steps: 40,
    globalBatch: 8,
    microBatch: 2,
    checkpoint: { everySteps: 3, keep: 5 },
  }
  await writeFile(join(dir, 'run.json'), JSON.stringify(run))
  daemon = await startCoordinatorDaemon({
    dataDir: join(dir, 'data'),
    runPath: join(dir, 'run.json'),
    logger: pino({ level: process.env.TANDEM_TEST_LOG ?? 'silent' }),
    tuning: { heartbeatTimeoutMs: 2_000, tickIntervalMs: 100, joinSettleMs: 100, fillWaitMs: 1_000 },
    dashboardPort: 0,
  })
  addr = daemon.ready.multiaddrs[0]!
  adminKey = (await readFile(daemon.ready.adminKeyFile, 'utf8')).trim()
}, 60_000)

afterAll(async () => {
  for (const w of workers) await w.stop().catch(() => {})
  await daemon?.stop()
  await daemon?.stop() // safe twice
  await rm(dir, { recursive: true, force: true })
})

async function worker(): Promise<FakeWorker> {
  const w = await FakeWorker.create()
  workers.push(w)
  return w
}

describe('coordinator daemon', () => {
  it('refuses a bad token and a wrong protocol version with nothing but the refusal', async () => {
    const w = await worker()
    const bad = await w.join(addr, 'tdj_nope_nope')
    expect(bad.accepted).toBe(false)
    expect(bad.refusal).toBe(control.JoinRefusal.JOIN_REFUSAL_BAD_TOKEN)
    expect(bad.runId).toBe('')
    expect(bad.modelConfigJson).toBe('')
    await w.stop()
    const v = await worker()
    const old = await v.join(addr, daemon.ready.joinToken, { protocolVersion: '0.9.0' })
    expect(old.refusal).toBe(control.JoinRefusal.JOIN_REFUSAL_PROTOCOL_MISMATCH)
    await v.stop()
  })

  it('survives garbage on its protocols and drops invalid messages of a joined worker', async () => {
    const rogue = await worker()
    // Random bytes, then an oversized length prefix, on the control and state protocols.
    for (const protocol of [PROTOCOL_CONTROL, PROTOCOL_STATE, PROTOCOL_ADMIN]) {
      for (const junk of [randomBytes(300), new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])]) {
        const s = await rogue.node.dialProtocol(multiaddr(addr), protocol)
        s.send(junk)
        await s.close().catch(() => {})
      }
    }
    // A joined worker sends invalid messages: each is answered with an error and dropped.
    const w = await worker()
    expect((await w.join(addr, daemon.ready.joinToken)).accepted).toBe(true)
    const refusedBefore = daemon.coordinator.counters.messagesRefused
    // A peer report as workers send it is taken, not refused: the first error answers the bad step report.
    await w.send({ peerReport: { runId: w.runId, epoch: 0, peerId: rogue.peerId, reason: control.PeerReportReason.PEER_REPORT_REASON_UNREACHABLE, lastError: 'E_DIAL: refused' } })
    await w.send({ stepReport: { runId: w.runId, epoch: 1, step: 0, hasLoss: true, loss: Number.NaN } })
    const err = await w.next((m) => m.body === 'error')
    expect(err.error!.code).toBe('E_BAD_MESSAGE')
    expect(err.error!.message).toContain('step report')
    expect(daemon.coordinator.counters.messagesRefused).toBe(refusedBefore + 1)
    await w.send({ heartbeat: { runId: 'another-run', epoch: 0, step: 0 } })
    expect((await w.next((m) => m.body === 'error')).error!.code).toBe('E_UNKNOWN_RUN')
    // The worker answers a log request for `tandem admin logs`.
    const logs = adminRequest(w.node, addr, { adminKey, logs: { peerId: w.peerId, linesMax: 5 } })
    const req = await w.next((m) => m.body === 'logRequest')
    await w.send({ logAnswer: { requestId: req.logRequest!.requestId, lines: [{ timeMs: 1, level: 'info', component: 'x', message: '<b>hi</b>' }] } })
    const answer = await logs
    expect(answer.logs!.lines!.map((l) => l.message)).toEqual(['<b>hi</b>'])
    const unknownPeer = await adminRequest(w.node, addr, { adminKey, logs: { peerId: 'nobody' } })
    expect(unknownPeer.error).toBe(admin.AdminErrorCode.ADMIN_ERROR_CODE_UNKNOWN_PEER)
    // Still alive and answering.
    expect((await adminRequest(w.node, addr, { adminKey, status: {} })).ok).toBe(true)
    expect(daemon.coordinator.counters.messagesRefused).toBeGreaterThanOrEqual(2)
    await w.stop()
    await rogue.stop()
  })

  it('runs a 2x2 plan from the step-0 checkpoint, checkpoints, and re-plans after a failure', async () => {
    const ws = [await worker(), await worker(), await worker(), await worker()]
    for (const w of ws) {
      const a = await w.join(addr, daemon.ready.joinToken)
      expect(a.accepted).toBe(true)
      expect(JSON.parse(a.modelConfigJson!).n_layer).toBe(tiny.nLayer)
    }
    // The last to join is asked to measure its links to the others (latency only with a fixed layout).
    const probe = (await ws[3]!.next((m) => m.body === 'probeRequest')).probeRequest!
    expect(probe.targets!.map((t) => t.peerId).sort()).toEqual([ws[0]!.peerId, ws[1]!.peerId, ws[2]!.peerId].sort())
    expect(Number(probe.probeBytes)).toBe(0)
    await ws[3]!.send({ probeReport: { requestId: probe.requestId, links: [{ peerId: ws[0]!.peerId, latencyMs: 0.4, ok: true }] } })
    const plans = await Promise.all(ws.map((w) => w.plan(1)))
    const plan = plans[0]!
    expect(plan.numStages).toBe(2)
    expect(plan.numReplicas).toBe(2)
    expect(plan.resumeStep).toBe(0)
    const assignments = ws.map((w, i) => w.assignment(plans[i]!)!)
    expect(new Set(assignments.map((a) => `${a.stageIndex}/${a.replicaIndex}`)).size).toBe(4)
    for (const a of assignments) {
      expect(a.stateSources).toHaveLength(1)
      expect(a.stateSources![0]!.origin).toBe(control.StateOrigin.STATE_ORIGIN_CHECKPOINT)
      expect(a.stateSources![0]!.manifestSha256).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(plan.data?.cursor?.length ?? 0).toBeGreaterThan(0)

    // A worker fetches its layers from the checkpoint store, verified by sha256.
    const a0 = assignments[0]!
    const fetched = await ws[0]!.fetchState(addr, { epoch: plan.epoch, step: 0, layerStart: a0.layerStart, layerEnd: a0.layerEnd })
    expect(fetched.answer.ok).toBe(true)
    expect(fetched.tensors.size).toBe(fetched.answer.tensors!.length)
    // A stranger gets nothing.
    const stranger = await worker()
    stranger.runId = ws[0]!.runId
    const refused = await stranger.fetchState(addr, { epoch: plan.epoch, step: 0, layerStart: 0, layerEnd: 2 })
    expect(refused.answer.ok).toBe(false)
    expect(refused.answer.refusal).toBe(control.StateRefusal.STATE_REFUSAL_NOT_A_MEMBER)

    const epoch = Number(plan.epoch)
    for (const w of ws) await w.ack(epoch)
    for (const w of ws) expect(Number((await w.next((m) => m.body === 'planStart')).planStart!.step)).toBe(0)

    // Steps 0..2: every cell reports; the last stage carries the loss.
    for (let s = 0; s < 3; s++) {
      for (let i = 0; i < 4; i++) await ws[i]!.report(epoch, s, assignments[i]!, assignments[i]!.stageIndex === 1 ? 5 - s * 0.1 : undefined)
    }
    // State 3 is a checkpoint step: each stage's designated replica is asked to upload.
    const designated = ws.filter((_, i) => assignments[i]!.checkpointDesignated)
    expect(designated).toHaveLength(2)
    const requests = await Promise.all(designated.map((w) => w.next((m) => m.body === 'checkpointRequest')))
    for (const r of requests) expect(Number(r.checkpointRequest!.step)).toBe(3)
    // A corrupted upload is refused and commits nothing.
    const d0 = designated[0]!
    const a = d0.assignment(plan)!
    const bad = await d0.upload(addr, tiny, requests[0]!.checkpointRequest!, a, 1, true)
    expect(bad.ok).toBe(false)
    expect(bad.badTensors!.length).toBe(1)
    const results = await Promise.all(designated.map((w, i) => w.upload(addr, tiny, requests[i]!.checkpointRequest!, w.assignment(plan)!, 1)))
    for (const r of results) expect(r.ok).toBe(true)
    const committed = await ws[0]!.next((m) => m.body === 'checkpointCommitted')
    expect(Number(committed.checkpointCommitted!.step)).toBe(3)
    expect(daemon.db.getRun()!.committedStep).toBe(3)
    expect(await daemon.checkpoints.verify(3)).toBe('verified')

    // The dashboard's snapshot.
    const snap = daemon.coordinator.snapshot()
    expect(snap.run.step).toBe(3)
    expect(snap.grid.cells).toHaveLength(4)
    expect(snap.grid.stages.map((x) => [x.layerStart, x.layerEnd])).toEqual([
      [0, 2],
      [2, 4],
    ])
    expect(snap.history.map((h) => h.loss)).toEqual([5, 4.9, 4.8].map((x) => expect.closeTo(x, 6)))
    expect(snap.checkpoints.map((c) => c.step)).toEqual([0, 3])
    expect(snap.links).toContainEqual(expect.objectContaining({ from: ws[3]!.peerId, to: ws[0]!.peerId, latencyMs: 0.4 }))
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap)
    // The same over the dashboard's HTTP API, and the metrics in Prometheus form.
    const api = (await (await fetch(new URL('/api/snapshot', daemon.ready.dashboardUrl))).json()) as { run: { step: number } }
    expect(api.run.step).toBe(3)
    const prom = await (await fetch(new URL('/metrics', daemon.ready.dashboardUrl))).text()
    expect(prom).toMatch(/tandem_step\{[^}]*\} 2/)
    expect(prom).toMatch(/tandem_checkpoints_total\{[^}]*outcome="committed"[^}]*\} 1/)

    // Admin: status with the key; a wrong key learns nothing.
    const status = await adminRequest(ws[0]!.node, addr, { adminKey, status: {} })
    expect(status.ok).toBe(true)
    expect(status.status!.step).toBe(3)
    expect(status.status!.workers).toBe(4)
    expect(status.status!.loss).toBeCloseTo(4.8, 5)
    const denied = await adminRequest(ws[0]!.node, addr, { adminKey: 'wrong', status: {} })
    expect(denied.ok).toBe(false)
    expect(denied.error).toBe(admin.AdminErrorCode.ADMIN_ERROR_CODE_UNAUTHORIZED)
    expect(denied.status).toBeFalsy()
    const cps = await adminRequest(ws[0]!.node, addr, { adminKey, checkpoints: {} })
    expect(cps.checkpoints!.checkpoints!.map((c) => Number(c.step))).toEqual([3, 0])

    // Export: the coordinator writes a Hugging Face folder, or hands out the manifest and blobs.
    const exported = await adminRequest(ws[0]!.node, addr, { adminKey, export: { step: 3, serverOutDir: join(dir, 'export') } })
    expect(exported.ok).toBe(true)
    const model = await loadHFModel(exported.export!.serverOutDir!)
    expect(model.params.get('transformer.h.0.ln_1.weight')![0]).toBeCloseTo(1.1, 6)
    const client = await adminRequest(ws[0]!.node, addr, { adminKey, export: { step: 3 } })
    const manifest = decodeCheckpointManifest(client.export!.manifest!)
    const blobSha = manifest.layers[1]!.tensors![0]!.blob!.sha256!
    const chunk = await adminRequest(ws[0]!.node, addr, { adminKey, blob: { sha256: blobSha, offset: 0, length: 64 } })
    expect(chunk.blob!.data!.byteLength).toBe(64)
    const viewer = await adminRequest(ws[0]!.node, addr, { adminKey, tokenCreate: { kind: admin.TokenKind.TOKEN_KIND_VIEWER, label: 'dash' } })
    const forbidden = await adminRequest(ws[0]!.node, addr, { viewerToken: viewer.token!.token!, blob: { sha256: blobSha, length: 64 } })
    expect(forbidden.error).toBe(admin.AdminErrorCode.ADMIN_ERROR_CODE_FORBIDDEN)
    const unknown = await adminRequest(ws[0]!.node, addr, { adminKey, blob: { sha256: 'a'.repeat(64), length: 64 } })
    expect(unknown.error).toBe(admin.AdminErrorCode.ADMIN_ERROR_CODE_UNKNOWN_BLOB)

    // Step 3 is half done when a stage-1 worker drops dead: no step is lost.
    const victimIndex = assignments.findIndex((x) => x.stageIndex === 1 && x.replicaIndex === 0)
    for (let i = 0; i < 4; i++) if (i !== victimIndex) await ws[i]!.report(epoch, 3, assignments[i]!)
    const t0 = Date.now()
    await ws[victimIndex]!.stop()
    const survivors = ws.filter((_, i) => i !== victimIndex)
    const p2 = await survivors[0]!.plan(epoch + 1)
    const detectMs = Date.now() - t0
    expect(detectMs).toBeLessThan(5_000)
    expect(p2.reason).toBe(control.PlanReason.PLAN_REASON_FAILURE)
    expect(Number(p2.resumeStep)).toBe(3)
    expect(p2.numReplicas).toBe(1)
    const kept = p2.assignments!.flatMap((x) => x.stateSources ?? [])
    expect(kept.every((s) => s.origin === control.StateOrigin.STATE_ORIGIN_KEEP)).toBe(true)
  }, 60_000)
})
