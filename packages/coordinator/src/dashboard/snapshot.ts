// The dashboard's input: the coordinator's run snapshot (run-snapshot.ts), one plain JSON-ready
// object. Every string in it that came from a worker (names, devices, states) is untrusted data.
import type { RunSnapshot } from '../run-snapshot.js'

export type DashboardSnapshot = RunSnapshot

/** A snapshot with nothing in it: what the page shows before the coordinator has a run. */
export function emptySnapshot(nowMs: number = Date.now()): DashboardSnapshot {
  return {
    run: {
      id: '',
      name: '',
      state: 'waiting',
      stateReason: '',
      step: 0,
      stepsTotal: 0,
      loss: null,
      tokensPerSecond: 0,
      stepMs: 0,
      planEpoch: 0,
      lastCheckpointStep: null,
      workers: 0,
      recoveries: 0,
      startedAtMs: nowMs,
    },
    history: [],
    grid: { stages: [], replicas: 0, cells: [], idle: [] },
    links: [],
    traffic: [],
    timeline: { step: -1, rows: [] },
    checkpoints: [],
    generatedAtMs: nowMs,
  }
}
