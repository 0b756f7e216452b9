// Resuming on a cluster of another shape: run A (2 stages x 1 replica, two workers) checkpoints at
// step K and goes on; run B, a fresh coordinator whose RUN.json names A's data dir, resumes that
// checkpoint with 1 stage on one worker. With the same weights, Adam moments, step count and data,
// B's losses at steps K and K+1 are A's (a stage split does not change the math), and B reads the
// batches A read there.
import { join } from 'node:path'
import { control } from '@tandem/proto'
import { afterAll, describe, expect, it } from 'vitest'
import { CoordinatorDatabase } from '../../packages/coordinator/src/database.js'
import { type LocalCluster, type LogLine, makeCluster, plans, removeCluster, tinyRun } from './helpers.js'

const K = 3

/** The coordinator's loss per step. */
function losses(c: LocalCluster): Map<number, number> {
  const out = new Map<number, number>()
  for (const l of c.coordinator?.lines ?? []) if (l.msg === 'step done' && typeof l.loss === 'number') out.set(l.step as number, l.loss)
  return out
}

/** From a stopped coordinator's data dir: its first plan's data cursor, its checkpoint at `step` (cursor, tokens seen), and its step rows' tokens. */
async function stored(c: LocalCluster, step: number): Promise<{ plan: unknown; checkpoint: unknown; tokensSeen: number; stepTokens: number[] }> {
  const { decodeCheckpointManifest } = await import('@tandem/proto')
  const { BlobStore } = await import('../../packages/coordinator/src/blob-store.js')
  const dir = join(c.init.dir, 'coordinator')
  const db = new CoordinatorDatabase(join(dir, 'coordinator.db'))
  try {
    const run = db.getRun()!
    const first = db.getPlan(run.id, 1)
    const plan = first === undefined ? undefined : JSON.parse(new TextDecoder().decode(control.Plan.decode(first.plan).data!.cursor!))
    const row = db.getCheckpoint(run.id, step)!
    const m = decodeCheckpointManifest(await new BlobStore({ dir: join(dir, 'blobs') }).get(row.manifestSha256))
    const stepTokens = db.listSteps(run.id, 1000).map((r) => r.tokens)
    return { plan, checkpoint: JSON.parse(new TextDecoder().decode(m.data!.cursor!)), tokensSeen: Number(m.tokensSeen), stepTokens }
  } finally {
    db.close()
  }
}

describe('resume on a cluster of another shape', () => {
  const clusters: LocalCluster[] = []
  afterAll(async () => {
    for (const c of clusters) await removeCluster(c)
  })

  it('continues the steps, data, optimizer state and loss of a 2-stage run on 1 stage', async () => {
    const runA = tinyRun({ stages: 2, replicas: 1, steps: K + 2, checkpointEvery: K, compression: false })
    const a = await makeCluster('resume-a', runA)
    clusters.push(a)
    await a.startCoordinator()
    a.addWorker('a0')
    a.addWorker('a1')
    await a.coordinator!.waitFor((l) => l.msg === 'checkpoint committed' && l.step === K, 240_000, `the checkpoint of step ${K}`)
    await a.waitForStep(K + 1, 240_000)
    await a.stop()
    const lossA = losses(a)

    const from = join(a.init.dir, 'coordinator')
    const b = await makeCluster('resume-b', { ...tinyRun({ stages: 1, replicas: 1, steps: K + 2, checkpointEvery: K, compression: false }), resume: { from, step: K } })
    clusters.push(b)
    await b.startCoordinator()
    const imported = b.coordinator!.lines.find((l) => l.msg === 'checkpoint imported') as LogLine & { step: number; writtenBy: { stages: number } }
    expect(imported, 'the coordinator imported the checkpoint').toBeDefined()
    expect(imported.step).toBe(K)
    expect(imported.writtenBy.stages).toBe(2)
    b.addWorker('b0')
    await b.waitForStep(K + 1, 240_000)
    await b.coordinator!.waitFor((l) => l.msg === 'checkpoint committed' && l.step === K + 2, 120_000, 'the final checkpoint')
    await b.stop()

    // The first plan resumes at K from the imported checkpoint, on one stage.
    const first = plans(b)[0]!
    expect(first).toMatchObject({ resumeStep: K, origin: 'checkpoint', stages: 1, replicas: 1 })
    const lossB = losses(b)
    expect(Math.min(...lossB.keys()), 'B starts at step K, not 0').toBe(K)
    // Same weights and data: the same loss at K. Same moments, step count and schedule: the same update, so the same loss at K+1.
    for (const s of [K, K + 1]) {
      expect(lossA.get(s), `A's loss at step ${s}`).toBeDefined()
      expect(lossB.get(s)!, `B's loss at step ${s} vs A's ${lossA.get(s)}`).toBeCloseTo(lossA.get(s)!, 4)
    }

    // B's plan reads the stream where A's checkpoint left it, which is where A's own cursor stood at K.
    const cb = await stored(b, K)
    const ca = await stored(a, K)
    expect(cb.plan).toEqual(ca.checkpoint)
    // B counts tokens on from A's checkpoint: at its last step it has seen what A saw in all K + 2 steps.
    expect(ca.stepTokens).toHaveLength(K + 2)
    expect(ca.tokensSeen, "A's checkpoint counts the tokens of steps 0..K-1").toBe(ca.stepTokens.slice(0, K).reduce((x, y) => x + y, 0))
    expect((await stored(b, K + 2)).tokensSeen).toBe(ca.stepTokens.reduce((x, y) => x + y, 0))
    const { openDataset, DataCursor } = await import('@tandem/data')
    const ds = await openDataset({ kind: 'sample' })
    try {
      const fresh = new DataCursor(ds, { globalBatch: runA.globalBatch as number, seqLen: runA.seqLen as number, seed: runA.seed as number }).at(K)
      const req = { step: K, replica: 0, replicaCount: 1, microBatches: 4 }
      const resumed = DataCursor.fromJSON(ds, cb.plan).batchesFor(req)
      expect(resumed.map((x) => Array.from(x.inputIds))).toEqual(fresh.batchesFor(req).map((x) => Array.from(x.inputIds)))
    } finally {
      ds.close()
    }
  }, 480_000)
})
