// A donor pauses and resumes a running worker from its own command line: real coordinator and
// worker processes on loopback, the real `tandem worker pause|status|resume` commands. The paused
// worker leaves the plan at a step boundary while the other replica trains on, and is placed again
// on resume. The workers get their join token from a file and from TANDEM_TOKEN (never argv).
import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DaemonProcess } from '../../packages/cli/src/commands/demo-cluster.js'
import { type LocalCluster, makeCluster, removeCluster, tinyRun } from './helpers.js'

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/cli/bin/tandem.js')

function tandem(args: string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 })
  expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0)
  return JSON.parse(r.stdout) as Record<string, unknown>
}

describe('donor pause', () => {
  let cluster: LocalCluster | undefined
  afterAll(async () => {
    if (cluster !== undefined) await removeCluster(cluster)
  })

  it('drains a paused worker at a step boundary and places it again on resume', async () => {
    const c = await makeCluster('pause', tinyRun({ stages: 1, replicas: 2, steps: 10_000, compression: false }), ['--fill-wait-ms', '60000'])
    cluster = c
    const ready = await c.startCoordinator()
    const tokenFile = join(c.init.dir, 'join-token')
    await writeFile(tokenFile, `${ready.joinToken}\n`, { mode: 0o600 })
    const common = ['--coordinator', c.coordinatorAddr, '--listen', '/ip4/127.0.0.1/tcp/0', '--threads', '1', '--no-bench']
    const a = new DaemonProcess('a', ['worker', 'start', ...common, '--token-file', tokenFile, '--data-dir', join(c.init.dir, 'a'), '--name', 'a'])
    const bDir = join(c.init.dir, 'b')
    // b's updates to a also pass its upload cap (generous: it must not slow the test down).
    const b = new DaemonProcess('b', ['worker', 'start', ...common, '--data-dir', bDir, '--name', 'b', '--upload-max-mbps', '1000'], { TANDEM_TOKEN: ready.joinToken })
    c.workers.set('a', a)
    c.workers.set('b', b)
    const coord = c.coordinator!
    const isStep = (l: { msg: string }) => l.msg === 'step done'
    await b.waitFor(isStep, 180_000, 'a step of b')

    const paused = tandem(['worker', 'pause', '--data-dir', bDir, '--reason', 'owner needs the GPU', '--json'])
    // `confirmed` (the worker's status file showing the pause within a few seconds) depends on load: not asserted.
    expect(paused).toMatchObject({ paused: true, workerRunning: true })
    const pauseLine = await coord.waitFor((l) => l.msg === 'donor paused or resumed the device' && l.paused === true, 60_000, 'the pause at the coordinator')
    // The plan may be logged in the same read as the pause (both within one step boundary under
    // load): count from the pause line itself, not from what had arrived when the wait returned.
    const after = coord.lines.indexOf(pauseLine)
    const onePlan = await coord.waitFor((l) => l.msg === 'plan published' && l.replicas === 1 && coord.lines.indexOf(l) >= after, 120_000, 'a plan without b')
    // Training goes on with a alone; b trains no step under that plan.
    const resumeStep = Number(onePlan.resumeStep)
    await a.waitFor((l) => isStep(l) && Number(l.step) >= resumeStep + 2, 120_000, 'steps of a alone')
    expect(b.lines.filter((l) => isStep(l) && Number(l.step) >= resumeStep)).toEqual([])
    const status = tandem(['worker', 'status', '--data-dir', bDir, '--json']) as { running: boolean; pauseRequested: boolean; status: { paused: boolean; phase: string; assignment?: unknown; uploadBytesPerSMax?: number } }
    expect(status).toMatchObject({ running: true, pauseRequested: true, status: { paused: true, phase: 'paused' } })
    expect(status.status.assignment).toBeUndefined()
    expect(status.status).toMatchObject({ uploadBytesPerSMax: 125_000_000 })

    const resumed = tandem(['worker', 'resume', '--data-dir', bDir, '--json'])
    expect(resumed).toMatchObject({ paused: false, wasPaused: true, workerRunning: true })
    const back = await coord.waitFor((l) => l.msg === 'plan published' && l.replicas === 2 && Number(l.epoch) > Number(onePlan.epoch), 120_000, 'a plan with b again')
    await b.waitFor((l) => isStep(l) && Number(l.step) >= Number(back.resumeStep) + 1, 120_000, 'b training again')
  }, 600_000)
})
