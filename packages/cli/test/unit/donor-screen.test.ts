// The donor's status screen as text: every field a donor looks for, a bar that fits, no escapes
// from peer-supplied strings.
import type { WorkerStatus } from '@tandem/worker/local-control'
import { describe, expect, it } from 'vitest'
import { progressBar, renderDonorScreen } from '../../src/donor-screen.js'

const base: WorkerStatus = {
  connected: true,
  runId: 'run-abc',
  epoch: 3,
  phase: 'forward',
  paused: false,
  pauseReason: '',
  assignment: { stage: 1, stages: 2, replica: 0, replicas: 2, layerStart: 2, layerEnd: 4 },
  step: 30,
  stepsMax: 60,
  loss: 3.25,
  tokens: 12_000,
  lastStep: { step: 29, ms: 500, tokens: 1024, atMs: 0 },
  bytesIn: 5 * 1024 * 1024,
  bytesOut: 1024 * 1024,
  rawBytesOut: 4 * 1024 * 1024,
  pid: 1,
  startedAtMs: 0,
  updatedAtMs: 0,
  peerId: '12D3KooWAbcdefghijklmnopqrstuvwxyz',
  name: 'alice\u001b[31m',
  coordinator: '/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWCoordinatorPeerIdXYZ',
  device: 'cuda',
  deviceName: 'RTX 4090',
  deviceMemoryBytes: 24 * 1024 ** 3,
  memoryBytesMax: 20 * 1024 ** 3,
  schedule: '22:00-07:00',
  insideSchedule: true,
  nextScheduleEdgeAtMs: 3_600_000,
}

describe('donor screen', () => {
  it('shows device, caps, coordinator, place, step, loss, speed, traffic and progress', () => {
    const text = renderDonorScreen(base, { width: 80, nowMs: 60_000, logs: [{ timeMs: 0, level: 'info', message: 'step done' }] })
    for (const part of ['cuda (RTX 4090)', 'capped at 20.0 GiB', 'connected', 'stage 2 of 2 (layers 2-3), replica 1 of 2', 'step:', '30 of 60', '3.2500', '2,048 tokens/s', 'in 5.0 MiB, out 1.0 MiB (4.0x compressed)', '22:00-07:00 (inside now; changes in 59 min)', '50% step 30/60', 'step done']) {
      expect(text).toContain(part)
    }
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking there are none
    expect(text).not.toMatch(/\u001b/)
  })

  it('states the upload cap', () => {
    expect(renderDonorScreen(base, { width: 80, nowMs: 0 })).toContain('upload:      no cap')
    expect(renderDonorScreen({ ...base, uploadBytesPerSMax: 12_500_000 }, { width: 80, nowMs: 0 })).toContain('capped at 100.0 Mbit/s')
  })

  it('names the device once', () => {
    const text = renderDonorScreen({ ...base, device: 'cpu', deviceName: 'cpu (2 cores, AMD EPYC)' }, { width: 80, nowMs: 0 })
    expect(text).toContain('device:      cpu (2 cores, AMD EPYC), 24.0 GiB')
  })

  it('says paused, why, and how to resume', () => {
    const text = renderDonorScreen({ ...base, paused: true, pauseReason: 'paused by its owner', assignment: undefined }, { width: 60, nowMs: 0 })
    expect(text).toContain('PAUSED: paused by its owner')
    expect(text).toContain('not in the plan')
    expect(text).toContain('tandem worker resume')
  })

  it('draws a bar as wide as asked', () => {
    expect(progressBar(0.5, 40, 'x')).toHaveLength(40)
    expect(progressBar(2, 40, 'x')).toContain('100%')
    expect(progressBar(Number.NaN, 40, 'x')).toContain('0%')
  })
})
