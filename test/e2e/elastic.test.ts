// Elasticity with real processes: kill -9 of a worker whose stage has another replica loses no
// step; a late joiner takes a stage with state from its peers; kill -9 of the coordinator and a
// restart on the same data dir resumes the run, the workers reconnecting by themselves.
import { afterAll, describe, expect, it } from 'vitest'
import { type LocalCluster, makeCluster, plans, removeCluster, sleep, tinyRun, workerAt } from './helpers.js'

const STEPS = 24

describe('elastic run on loopback', () => {
  let cluster: LocalCluster | undefined
  afterAll(async () => {
    if (cluster !== undefined) await removeCluster(cluster)
  })

  it('survives a worker kill, takes a late joiner, and resumes after a coordinator kill', async () => {
    cluster = await makeCluster('elastic', tinyRun({ stages: 2, replicas: 2, steps: STEPS, checkpointEvery: 8, compression: false }))
    const c = cluster
    await c.startCoordinator()
    for (let i = 0; i < 4; i++) c.addWorker(`w${i}`)
    await c.waitForStep(2, 240_000)

    // 1. kill -9 of stage 1, replica 1, mid-step: its stage keeps replica 0.
    const victim = workerAt(c, 1, 1)
    expect(victim).toBeDefined()
    const doneBefore = c.lastStepOfCoordinator()
    const plansBefore = plans(c).length
    const killedAt = Date.now()
    victim!.kill('SIGKILL')
    await c.waitForStep(doneBefore + 2, 120_000)
    const recoveryMs = Date.now() - killedAt
    const failurePlan = plans(c).slice(plansBefore).find((p) => p.reason === 'failure')
    expect(failurePlan, 'a plan after the failure').toBeDefined()
    // No step lost: the new plan resumes from the surviving replica's state, not a checkpoint.
    expect(failurePlan!.origin).toBe('peers')
    expect(failurePlan!.resumeStep as number).toBeGreaterThanOrEqual(doneBefore + 1)
    console.info(`recovery from kill -9 to the next completed step: ${recoveryMs} ms`)

    // 2. A late joiner takes the free cell, fetching its layers from a peer.
    const joiner = c.addWorker('late')
    await joiner.waitFor((l) => l.msg === 'step done', 180_000, 'a step on the late joiner')
    expect(joiner.lines.some((l) => l.msg === 'state fetched from a peer')).toBe(true)
    const joinPlan = plans(c).find((p) => p.reason === 'join' && (p.replicas as number) === 2 && (p.epoch as number) > (failurePlan!.epoch as number))
    expect(joinPlan?.origin).toBe('peers')

    // 3. kill -9 of the coordinator; restart on the same data dir; workers reconnect by themselves.
    const beforeCoordKill = c.lastStepOfCoordinator()
    c.coordinator!.kill('SIGKILL')
    await c.coordinator!.exited
    await sleep(500)
    await c.startCoordinator()
    await c.waitForStep(Math.max(beforeCoordKill + 2, STEPS - 1), 300_000)
    const rejoined = [...c.workers.values()].filter((w) => w.alive && w.lines.some((l) => l.msg === 'rejoined after a lost coordinator connection'))
    expect(rejoined.length).toBeGreaterThanOrEqual(2)
    await c.waitForStep(STEPS - 1, 300_000)
  }, 600_000)
})
