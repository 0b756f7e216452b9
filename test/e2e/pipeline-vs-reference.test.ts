// A 2-stage x 2-replica run over real processes and libp2p converges exactly like the same run in
// one process (same seed, same data, same codecs): the distributed system adds no error. One of
// the workers accepts no inbound connections (--no-listen): its peers reach it through the
// coordinator's circuit relay.
import { afterAll, describe, expect, it } from 'vitest'
import { type LocalCluster, makeCluster, plans, removeCluster, tinyRun, workerLosses } from './helpers.js'
import { runReference } from './reference.js'

const STEPS = 6

describe('2 stages x 2 replicas on loopback', () => {
  let cluster: LocalCluster | undefined
  afterAll(async () => {
    if (cluster !== undefined) await removeCluster(cluster)
  })

  it('gives the loss curve of the in-process reference, step for step', async () => {
    // 1F1B, the default schedule (packages/worker/bench/schedules.ts measures it against GPipe).
    const run = { ...tinyRun({ stages: 2, replicas: 2, steps: STEPS }), schedule: '1f1b' }
    // A loaded CI machine can take longer than the default 3 s between worker starts: wait for all
    // four before the first plan, or it would train on another split of the batch.
    cluster = await makeCluster('converge', run, ['--fill-wait-ms', '120000'])
    await cluster.startCoordinator()
    // The relayed worker first (its relay reservation takes a moment), so that the first plan
    // already has all four: a plan with fewer replicas would train on another split of the batch.
    const nat = cluster.addWorker('nat', ['--no-listen'])
    await nat.waitFor((l) => l.msg === 'joined', 120_000, 'the relayed worker joining')
    for (let i = 0; i < 3; i++) cluster.addWorker(`w${i}`)
    await cluster.waitForStep(STEPS - 1, 240_000)
    const started = nat.lines.find((l) => l.msg === 'worker started')
    expect(started).toBeDefined()
    expect((started!.multiaddrs as string[]).every((a) => a.includes('/p2p-circuit'))).toBe(true)
    // As epoch:step, so that a failure shows which step ran again and under which plan.
    expect(nat.lines.filter((l) => l.msg === 'step done').map((l) => `${l.epoch}:${l.step}`)).toEqual(Array.from({ length: STEPS }, (_, i) => `1:${i}`))
    const distributed = workerLosses(cluster)
    expect(plans(cluster).filter((p) => (p.replicas as number) > 0).map((p) => p.replicas)).toEqual([2])
    await removeCluster(cluster)
    cluster = undefined

    const reference = await runReference(run, { threads: 1 })
    for (let step = 0; step < STEPS; step++) {
      for (let r = 0; r < 2; r++) {
        const got = distributed.get(step)?.get(r)
        expect(got, `step ${step} replica ${r}`).toBeDefined()
        // Same code, same bytes on the wire: equal up to float summation order in ORT threads.
        expect(Math.abs(got! - reference.lossesByReplica[step]![r]!)).toBeLessThan(1e-4)
      }
    }
    expect(reference.losses.at(-1)!).toBeLessThan(reference.losses[0]!)
  }, 420_000)
})
