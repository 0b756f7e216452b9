// A small progress display on stderr: a redrawn bar on a terminal, a plain line every few seconds
// otherwise (logs and CI stay readable).
import { PROGRESS_LINE_INTERVAL_MS, PROGRESS_TTY_INTERVAL_MS } from './constants.js'

export interface ProgressStream {
  write(s: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface ProgressBarComponents {
  stream: ProgressStream
  /** Milliseconds clock (tests pass a fake one). */
  now?: () => number
}

export interface ProgressBarInit {
  label?: string
  /** Force the TTY form on or off (default: the stream's isTTY). */
  tty?: boolean
}

export class ProgressBar {
  private readonly stream: ProgressStream
  private readonly now: () => number
  private readonly label: string
  private readonly tty: boolean
  private last = Number.NEGATIVE_INFINITY

  constructor(components: ProgressBarComponents, init: ProgressBarInit = {}) {
    this.stream = components.stream
    this.now = components.now ?? (() => performance.now())
    this.label = init.label ?? ''
    this.tty = init.tty ?? components.stream.isTTY === true
  }

  /** fraction in [0, 1]; detail is shown after the bar (throughput, counts). */
  update(fraction: number, detail: string): void {
    const t = this.now()
    if (t - this.last < (this.tty ? PROGRESS_TTY_INTERVAL_MS : PROGRESS_LINE_INTERVAL_MS)) return
    this.last = t
    this.draw(fraction, detail)
  }

  /** Draws the final state and ends the line. */
  finish(detail: string): void {
    this.draw(1, detail)
    if (this.tty) this.stream.write('\n')
  }

  private draw(fraction: number, detail: string): void {
    const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0))
    const pct = `${(f * 100).toFixed(0).padStart(3)}%`
    if (!this.tty) {
      this.stream.write(`${this.label}${this.label ? ': ' : ''}${pct} ${detail}\n`)
      return
    }
    const columns = this.stream.columns ?? 80
    const barWidth = Math.max(10, Math.min(40, columns - detail.length - this.label.length - 12))
    const full = Math.round(f * barWidth)
    const bar = `[${'#'.repeat(full)}${'.'.repeat(barWidth - full)}]`
    const line = `${this.label}${this.label ? ' ' : ''}${bar} ${pct} ${detail}`
    this.stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`)
  }
}
