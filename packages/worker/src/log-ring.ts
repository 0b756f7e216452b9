// Keeps the worker's most recent log lines (pino JSON) so the coordinator can fetch them for
// `tandem admin logs`: a bounded ring, filled by a pino destination.
import type { control } from '@tandem/proto'

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }

export class LogRing {
  private readonly lines: control.ILogLine[] = []
  private readonly max: number

  constructor(max = 1000) {
    this.max = max
  }

  /** A pino destination (one JSON line per write). */
  write(chunk: string): void {
    try {
      const o = JSON.parse(chunk) as Record<string, unknown>
      const { time, level, component, msg, pid, hostname, ...rest } = o
      void pid
      void hostname
      this.lines.push({
        timeMs: typeof time === 'number' ? time : Date.now(),
        level: LEVEL_NAMES[Number(level)] ?? String(level),
        component: typeof component === 'string' ? component : '',
        message: typeof msg === 'string' ? msg : '',
        fieldsJson: JSON.stringify(rest).slice(0, 4096),
      })
      if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max)
    } catch {
      // not JSON: not ours to keep
    }
  }

  recent(linesMax: number): control.ILogLine[] {
    return this.lines.slice(-Math.max(1, Math.min(linesMax, this.max)))
  }
}
