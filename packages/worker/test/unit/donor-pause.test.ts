// The owner's pause: the decision (pause file over schedule), and the component reading real files
// in a temporary data dir, telling the worker only about changes and writing the status each tick.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DonorPause, decidePause } from '../../src/donor-pause.js'
import { parseSchedule } from '../../src/donor-schedule.js'
import { clearPauseRequest, PAUSE_FILE, readPauseRequest, readStatusFile, type WorkerStatus, writePauseRequest, writeStatusFile } from '../../src/local-control.js'

const logger = pino({ level: 'silent' })
const at = (h: number, m = 0) => new Date(2026, 10, 27, h, m).getTime()

describe('decidePause', () => {
  const night = parseSchedule('22:00-07:00')
  it('trains without a schedule or a pause', () => {
    expect(decidePause(undefined, undefined, at(12))).toMatchObject({ paused: false, insideSchedule: true })
  })
  it('pauses outside the schedule and trains inside it', () => {
    expect(decidePause(undefined, night, at(12))).toMatchObject({ paused: true, insideSchedule: false, nextScheduleEdgeAtMs: at(22) })
    expect(decidePause(undefined, night, at(23))).toMatchObject({ paused: false, insideSchedule: true })
  })
  it("lets the owner's pause win over the schedule", () => {
    expect(decidePause({ reason: 'gaming', atMs: 1 }, night, at(23))).toMatchObject({ paused: true, reason: 'gaming', insideSchedule: true })
  })
})

describe('DonorPause with files', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-pause-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('tells the worker of changes only, and reports every tick', async () => {
    const calls: [boolean, string][] = []
    let ticks = 0
    const p = new DonorPause({ logger, setPaused: (paused, reason) => calls.push([paused, reason]), onTick: () => void ticks++ }, { dataDir: dir, pollMs: 60_000 })
    await p.start()
    expect(calls).toEqual([])
    await writePauseRequest(dir, 'need the GPU')
    await p.tick()
    await p.tick()
    expect(calls).toEqual([[true, 'need the GPU']])
    expect(await clearPauseRequest(dir)).toBe(true)
    expect(await clearPauseRequest(dir)).toBe(false)
    await p.tick()
    expect(calls).toEqual([[true, 'need the GPU'], [false, '']])
    expect(ticks).toBe(4)
    await p.stop()
    await p.stop()
  })

  it('starts paused when the schedule is closed, before the first step', async () => {
    const calls: [boolean, string][] = []
    const p = new DonorPause({ logger, setPaused: (paused, reason) => calls.push([paused, reason]) }, { dataDir: dir, schedule: parseSchedule('22:00-07:00'), pollMs: 60_000, now: () => at(12) })
    await p.start()
    expect(calls).toEqual([[true, "outside the owner's schedule 22:00-07:00"]])
    await p.stop()
  })

  it('counts a damaged pause file as a pause and refuses foreign files', async () => {
    await writeFile(join(dir, PAUSE_FILE), 'not json')
    expect((await readPauseRequest(dir))?.reason).toMatch(/damaged/)
    await writeFile(join(dir, 'status.json'), JSON.stringify({ format: 'tandem-worker-status', version: 99 }))
    await expect(readStatusFile(dir)).rejects.toMatchObject({ name: 'DecodeError', code: 'E_BAD_VERSION' })
    await writeFile(join(dir, 'status.json'), 'x'.repeat(70_000))
    await expect(readStatusFile(dir)).rejects.toMatchObject({ code: 'E_FILE_TOO_LARGE' })
  })

  it('round-trips the status file', async () => {
    expect(await readStatusFile(dir)).toBeUndefined()
    const s = { pid: 1, step: 3, paused: false, phase: 'forward' } as unknown as WorkerStatus
    await writeStatusFile(dir, s)
    expect(await readStatusFile(dir)).toEqual(s)
  })
})
