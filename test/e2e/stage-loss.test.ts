// Losing the only worker of a stage: the run goes back to the last committed checkpoint and a
// standby worker takes the stage from the coordinator's checkpoint store.
import { afterAll, describe, expect, it } from 'vitest'
import { type LocalCluster, makeCluster, plans, removeCluster, tinyRun, workerAt } from './helpers.js'

const STEPS = 30

describe('only worker of a stage killed', () => {
  let cluster: LocalCluster | undefined
  afterAll(async () => {
    if (cluster !== undefined) await removeCluster(cluster)
  })

  it('resumes from the last checkpoint with a standby worker', async () => {
    // 30 steps: under load checkpoint commits lag the steps, and a run that had already finished by
    // the kill (as 12 steps once did in the full suite) would leave nothing to resume.
    cluster = await makeCluster('stage-loss', tinyRun({ stages: 2, replicas: 1, steps: STEPS, checkpointEvery: 3, compression: false }))
    const c = cluster
    await c.startCoordinator()
    for (let i = 0; i < 3; i++) c.addWorker(`w${i}`) // two placed, one standby
    await c.coordinator!.waitFor((l) => l.msg === 'checkpoint committed' && (l.step as number) >= 3, 240_000, 'a checkpoint')
    const victim = workerAt(c, 1, 0)
    expect(victim).toBeDefined()
    const committed = c.coordinator!.lines.filter((l) => l.msg === 'checkpoint committed').map((l) => l.step as number)
    const plansBefore = plans(c).length
    victim!.kill('SIGKILL')
    const maxBefore = c.lastStepOfCoordinator()
    expect(maxBefore, 'the run must still be going when its worker is killed').toBeLessThan(STEPS - 1)
    await c.waitForStep(maxBefore + 1, 180_000)
    const p = plans(c).slice(plansBefore).find((x) => x.reason === 'failure')
    expect(p, 'a plan after the failure').toBeDefined()
    expect(p!.origin).toBe('checkpoint')
    // Back to the newest checkpoint committed by the time of the kill (or one committed just after).
    expect(committed).toContain(p!.resumeStep as number)
    const standby = [...c.workers.values()].find((w) => w !== victim && w.lines.some((l) => l.msg === 'state fetched from the checkpoint store' && (l.step as number) === p!.resumeStep))
    expect(standby, 'a worker took state from the checkpoint store').toBeDefined()
    await c.waitForStep(STEPS - 1, 240_000)
  }, 480_000)
})
