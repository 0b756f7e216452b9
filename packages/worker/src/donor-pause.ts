// Decides, once a second, whether the owner wants this worker paused: a pause written by `tandem
// worker pause` (./local-control.ts) or hours outside `--schedule` (./donor-schedule.ts). The
// decision is a pure function of those and the clock; this component only reads the file, applies
// a changed decision to the worker and hands each tick to the status writer.
import type { Logger } from 'pino'
import { LOCAL_CONTROL_POLL_MS } from './constants.js'
import { type DonorSchedule, insideSchedule, msToNextScheduleEdge } from './donor-schedule.js'
import { type PauseRequest, readPauseRequest } from './local-control.js'

export interface PauseDecision {
  paused: boolean
  /** Why, for the coordinator's log and the status screen; empty when not paused. */
  reason: string
  insideSchedule: boolean
  /** With a schedule: when it next opens or closes (ms since the epoch). */
  nextScheduleEdgeAtMs?: number
}

/** The owner's pause wins over the schedule; outside the schedule's hours the worker is paused. */
export function decidePause(request: PauseRequest | undefined, schedule: DonorSchedule | undefined, nowMs: number): PauseDecision {
  const now = new Date(nowMs)
  const inside = schedule === undefined || insideSchedule(schedule, now)
  const edge = schedule === undefined ? {} : { nextScheduleEdgeAtMs: nowMs + msToNextScheduleEdge(schedule, now) }
  if (request !== undefined) return { paused: true, reason: request.reason || 'paused by its owner', insideSchedule: inside, ...edge }
  if (!inside) return { paused: true, reason: `outside the owner's schedule ${schedule!.text}`, insideSchedule: false, ...edge }
  return { paused: false, reason: '', insideSchedule: true, ...edge }
}

export interface DonorPauseComponents {
  logger: Logger
  /** Applies a changed decision (Worker.setPaused). */
  setPaused(paused: boolean, reason: string): void
  /** Called after every tick with the decision in force (the daemon writes status.json). */
  onTick?(decision: PauseDecision): Promise<void> | void
}

export interface DonorPauseInit {
  dataDir: string
  schedule?: DonorSchedule
  pollMs?: number
  now?: () => number
}

export class DonorPause {
  private readonly c: DonorPauseComponents
  private readonly log: Logger
  private readonly dataDir: string
  private readonly schedule: DonorSchedule | undefined
  private readonly pollMs: number
  private readonly now: () => number
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private current: PauseDecision | undefined

  constructor(components: DonorPauseComponents, init: DonorPauseInit) {
    this.c = components
    this.log = components.logger.child({ component: 'donor-pause' })
    this.dataDir = init.dataDir
    this.schedule = init.schedule
    this.pollMs = init.pollMs ?? LOCAL_CONTROL_POLL_MS
    this.now = init.now ?? Date.now
  }

  /** The decision in force (undefined before the first tick). */
  get decision(): PauseDecision | undefined {
    return this.current
  }

  /** Takes the first decision before returning, so a worker that starts paused never trains a step. */
  async start(): Promise<void> {
    if (this.timer !== undefined) return
    await this.tick()
    this.timer = setInterval(() => {
      if (this.running !== undefined) return
      this.running = this.tick().finally(() => {
        this.running = undefined
      })
    }, this.pollMs)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
    await this.running
  }

  /** One poll: read the owner's file, decide, apply a change, report. Never throws. */
  async tick(): Promise<void> {
    let request: PauseRequest | undefined
    try {
      request = await readPauseRequest(this.dataDir)
    } catch (err) {
      // An unreadable pause file (permissions): keep the last decision rather than flap.
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'cannot read the pause file')
      request = this.current?.paused === true ? { reason: this.current.reason, atMs: 0 } : undefined
    }
    const next = decidePause(request, this.schedule, this.now())
    if (this.current === undefined || next.paused !== this.current.paused || next.reason !== this.current.reason) {
      if (this.current !== undefined || next.paused) this.c.setPaused(next.paused, next.reason)
    }
    this.current = next
    try {
      await this.c.onTick?.(next)
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'status update failed')
    }
  }
}
