import { control } from '@tandem/proto'
import { describe, expect, it } from 'vitest'
import type { PlanDecision } from '../../src/membership.js'
import { buildPlanMessage, codecSettings, rankSources } from '../../src/plan-message.js'
import { parseRunConfig } from '../../src/run-config.js'

const run = parseRunConfig(
  {
    model: { preset: 'tiny' },
    globalBatch: 8,
    microBatch: 2,
    steps: 100,
    parallelism: { stages: 2, replicas: 2 },
    compression: { activations: { forward: 'q4', backward: 'q8', delta: true }, updates: { codec: 'cocktail', bits: 4 } },
  },
  'run.json',
)

const decision: PlanDecision = {
  epoch: 7,
  resumeStep: 40,
  reason: 'failure',
  paused: false,
  layout: {
    stages: [
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ],
    replicas: 2,
    cells: [
      { stage: 0, replica: 0, workerId: 'a' },
      { stage: 1, replica: 0, workerId: 'b' },
      { stage: 0, replica: 1, workerId: 'c' },
      { stage: 1, replica: 1, workerId: 'd' },
    ],
    predictedStepMs: 1234,
  },
  idle: ['e'],
  sources: new Map([
    ['a', [{ range: { start: 0, end: 2 }, origin: 'keep', peers: [], step: 40 }]],
    ['b', [{ range: { start: 2, end: 4 }, origin: 'keep', peers: [], step: 40 }]],
    ['c', [{ range: { start: 0, end: 2 }, origin: 'peers', peers: ['a'], step: 40 }]],
    ['d', [{ range: { start: 2, end: 4 }, origin: 'checkpoint', peers: [], step: 30 }]],
  ]),
  designated: ['a', 'b'],
  origin: 'peers',
}

const members = new Map(['a', 'b', 'c', 'd', 'e'].map((w) => [w, { peerId: `peer-${w}`, multiaddrs: [`/ip4/127.0.0.1/tcp/1/p2p/peer-${w}`] }]))

describe('buildPlanMessage', () => {
  const plan = buildPlanMessage(decision, {
    runId: 'run-x',
    run,
    nLayer: 4,
    modelConfigJson: '{}',
    modelConfigSha256: 'h',
    coordinatorPeerId: 'coord',
    members,
    manifestAt: (step) => (step === 30 ? 'm'.repeat(64) : undefined),
    data: { datasetId: 'sample', seed: 1234 },
    lossScale: 1,
    nowMs: 5,
  })

  it('gives each worker its neighbours, data-parallel peers and batch rows', () => {
    const by = new Map(plan.assignments!.map((a) => [a.workerId, a]))
    expect(by.get('a')).toMatchObject({ stageIndex: 0, replicaIndex: 0, prevPeerId: '', nextPeerId: 'peer-b', dataParallelPeerIds: ['peer-c'], batchRowStart: 0, batchRows: 4 })
    expect(by.get('d')).toMatchObject({ stageIndex: 1, replicaIndex: 1, prevPeerId: 'peer-c', nextPeerId: '', dataParallelPeerIds: ['peer-b'], batchRowStart: 4, batchRows: 4 })
    expect(by.get('a')!.checkpointDesignated).toBe(true)
    expect(by.get('c')!.checkpointDesignated).toBe(false)
    expect(plan.assignments!.some((a) => a.workerId === 'e')).toBe(false)
    expect(plan.microBatchesPerStep).toBe(2)
  })

  it('names where each worker gets its state', () => {
    const by = new Map(plan.assignments!.map((a) => [a.workerId, a]))
    expect(by.get('c')!.stateSources).toEqual([{ layerStart: 0, layerEnd: 2, origin: control.StateOrigin.STATE_ORIGIN_PEERS, peerIds: ['peer-a'], step: 40, manifestSha256: '' }])
    expect(by.get('d')!.stateSources![0]).toMatchObject({ origin: control.StateOrigin.STATE_ORIGIN_CHECKPOINT, step: 30, manifestSha256: 'm'.repeat(64) })
  })

  it('lists state source peers fastest first by the measured links, unmeasured ones last', () => {
    const bw = new Map([
      ['c>a', 10e6],
      ['c>b', 100e6],
      ['c>e', 0],
    ])
    const bandwidth = (from: string, to: string) => bw.get(`${from}>${to}`)
    expect(rankSources('c', ['a', 'd', 'b', 'e'], bandwidth)).toEqual(['b', 'a', 'd', 'e'])
    expect(rankSources('c', ['a', 'd', 'b'], undefined)).toEqual(['a', 'd', 'b'])
    const ranked = buildPlanMessage(
      { ...decision, sources: new Map([['c', [{ range: { start: 0, end: 2 }, origin: 'peers', peers: ['a', 'b'], step: 40 }]]]) },
      { runId: 'run-x', run, nLayer: 4, modelConfigJson: '{}', modelConfigSha256: 'h', coordinatorPeerId: 'coord', members, manifestAt: () => undefined, data: {}, lossScale: 1, nowMs: 5, bandwidth },
    )
    expect(ranked.assignments!.find((a) => a.workerId === 'c')!.stateSources![0]!.peerIds).toEqual(['peer-b', 'peer-a'])
  })

  it('carries epoch, resume step, reason, hyper-parameters and codecs, and survives the wire', () => {
    const wire = control.Plan.decode(control.Plan.encode(plan).finish())
    expect(wire.epoch).toBe(7)
    expect(wire.resumeStep).toBe(40)
    expect(wire.reason).toBe(control.PlanReason.PLAN_REASON_FAILURE)
    expect(wire.hyper!.globalBatchSequences).toBe(8)
    expect(wire.codecs!.activationsForward!.codec).toBe('q4-delta')
    expect(wire.codecs!.activationsBackward!.codec).toBe('q8-delta')
    expect(wire.codecs!.updates!.codec).toBe('cocktail')
    expect(JSON.parse(new TextDecoder().decode(wire.codecs!.updates!.params!))).toMatchObject({ bits: 4 })
    expect(wire.predictedStepMs).toBe(1234)
  })

  it('keeps plain codec ids without delta', () => {
    const plain = parseRunConfig({ compression: { activations: { forward: 'fp16', backward: 'q8' } } }, 'run.json')
    expect(codecSettings(plain).activationsForward!.codec).toBe('fp16')
    expect(codecSettings(plain).activationsBackward!.codec).toBe('q8')
  })
})
