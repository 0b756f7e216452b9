// The donor's training hours (`tandem worker start --schedule "22:00-07:00"`): daily windows in the
// machine's local time inside which the worker trains; outside them it is paused. Pure functions of
// a clock reading, so that the pause logic is testable without waiting for midnight.
import { UserError } from '@tandem/proto'
import { SCHEDULE_WINDOWS_MAX } from './constants.js'

const MINUTES_PER_DAY = 24 * 60

/** One daily window [startMin, endMin) in minutes after local midnight; end < start wraps past midnight. */
export interface ScheduleWindow {
  startMin: number
  endMin: number
}

export interface DonorSchedule {
  /** The text it was parsed from, for logs and the status screen. */
  text: string
  windows: ScheduleWindow[]
}

/** Parses "HH:MM-HH:MM[,HH:MM-HH:MM…]" (24-hour local time); one sentence on a mistake. */
export function parseSchedule(text: string): DonorSchedule {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0)
  const hint = `--schedule takes daily windows of local time like "22:00-07:00" or "09:00-12:00,14:00-17:00", got '${text}'.`
  if (parts.length === 0 || parts.length > SCHEDULE_WINDOWS_MAX) throw new UserError(hint)
  const windows = parts.map((p) => {
    const m = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(p)
    if (m === null) throw new UserError(hint)
    const start = minutes(Number(m[1]), Number(m[2]), hint)
    const end = minutes(Number(m[3]), Number(m[4]), hint)
    if (start === end) throw new UserError(`--schedule window '${p}' is empty; leave out --schedule to train at all hours.`)
    return { startMin: start, endMin: end }
  })
  return { text, windows }
}

function minutes(h: number, m: number, hint: string): number {
  // 24:00 is accepted as the end of the day.
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) throw new UserError(hint)
  return (h * 60 + m) % MINUTES_PER_DAY
}

function inWindow(w: ScheduleWindow, min: number): boolean {
  return w.startMin < w.endMin ? min >= w.startMin && min < w.endMin : min >= w.startMin || min < w.endMin
}

/** Minutes after local midnight of `date`, with seconds as a fraction. */
function localMinutes(date: Date): number {
  return date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60 + date.getMilliseconds() / 60_000
}

/** True when `date` (local time) falls inside one of the schedule's windows. */
export function insideSchedule(schedule: DonorSchedule, date: Date): boolean {
  const min = localMinutes(date)
  return schedule.windows.some((w) => inWindow(w, min))
}

/**
 * Milliseconds from `date` to the next window edge (start or end) of any window: when the answer of
 * insideSchedule can next change. At most a day.
 */
export function msToNextScheduleEdge(schedule: DonorSchedule, date: Date): number {
  const now = localMinutes(date)
  let best = MINUTES_PER_DAY
  for (const w of schedule.windows) {
    for (const edge of [w.startMin, w.endMin]) {
      const ahead = (edge - now + MINUTES_PER_DAY) % MINUTES_PER_DAY
      if (ahead > 0 && ahead < best) best = ahead
    }
  }
  return Math.round(best * 60_000)
}
