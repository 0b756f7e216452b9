// Shared pieces of the cross-package e2e tests: a small run, a cluster of real processes on
// loopback (packages/cli/src/commands/demo-cluster.ts), and readers of the daemons' JSON logs.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DaemonProcess, LocalCluster, type LogLine } from '../../packages/cli/src/commands/demo-cluster.js'

export { LocalCluster, type DaemonProcess, type LogLine }

/** A run small enough for 2 CPU cores in seconds per step: tiny GPT-J, short sequences. */
export function tinyRun(over: { stages: number; replicas: number; steps: number; checkpointEvery?: number; compression?: boolean }): Record<string, unknown> {
  return {
    name: 'e2e',
    model: { preset: 'tiny' },
    data: { sample: true },
    seed: 7,
    seqLen: 32,
    globalBatch: 4,
    microBatch: 1,
    steps: over.steps,
    optimizer: { lr: 3e-3, warmupSteps: 2, weightDecay: 0.01, beta1: 0.9, beta2: 0.95, eps: 1e-8, gradClip: 1.0 },
    precision: 'fp32',
    parallelism: { stages: over.stages, replicas: over.replicas },
    schedule: 'gpipe',
    compression:
      over.compression === false
        ? { activations: { forward: 'fp32', backward: 'fp32', delta: false, warmupSteps: 0 }, updates: { codec: 'fp32', warmupSteps: 0, bits: 4, topK: 0.5, subset: 0.5 } }
        : { activations: { forward: 'q4', backward: 'q8', delta: false, warmupSteps: 0 }, updates: { codec: 'cocktail', warmupSteps: 2, bits: 4, topK: 0.5, subset: 0.5 } },
    checkpoint: { everySteps: over.checkpointEvery ?? 1000, keep: 10 },
  }
}

export async function makeCluster(name: string, run: Record<string, unknown>, coordinatorArgs: string[] = []): Promise<LocalCluster> {
  const dir = await mkdtemp(join(tmpdir(), `tandem-e2e-${name}-`))
  return new LocalCluster({ dir, run, threads: 1, skipBench: true, coordinatorArgs })
}

export async function removeCluster(c: LocalCluster): Promise<void> {
  await c.stop()
  await rm(c.init.dir, { recursive: true, force: true })
}

/** The coordinator's 'plan published' lines, oldest first. */
export function plans(c: LocalCluster): LogLine[] {
  return (c.coordinator?.lines ?? []).filter((l) => l.msg === 'plan published')
}

/** The worker that the latest 'plan ready' of each process puts at (stage, replica). */
export function workerAt(c: LocalCluster, stage: number, replica: number): DaemonProcess | undefined {
  for (const p of c.workers.values()) {
    if (!p.alive) continue
    const ready = [...p.lines].reverse().find((l) => l.msg === 'plan ready')
    if (ready?.stage === stage && ready.replica === replica) return p
  }
  return undefined
}

/** Per step and replica, the last-stage loss the workers logged (the latest report of a redone step wins). */
export function workerLosses(c: LocalCluster): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>()
  for (const r of c.losses()) {
    const m = out.get(r.step) ?? new Map<number, number>()
    out.set(r.step, m)
    m.set(r.replica, r.loss)
  }
  return out
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}
