// The donor's one-screen status of `tandem worker start` on a terminal (and of `tandem worker
// status`): device and caps, coordinator, place in the plan, step, loss, speed, traffic, a progress
// bar and the last log lines. A pure function of a status record, so it is unit-tested as text.
import type { WorkerStatus } from '@tandem/worker/local-control'

export interface ScreenLogLine {
  timeMs: number
  level: string
  message: string
}

export interface DonorScreenOptions {
  /** Terminal columns (the bar and long fields fit in it). */
  width: number
  nowMs: number
  logs?: readonly ScreenLogLine[]
}

/** Widest screen drawn: beyond it lines only get emptier. */
const WIDTH_MAX = 100
/** Narrowest screen drawn: below it lines are cut. */
const WIDTH_MIN = 40

export function renderDonorScreen(s: WorkerStatus, opts: DonorScreenOptions): string {
  const width = Math.max(WIDTH_MIN, Math.min(WIDTH_MAX, opts.width))
  const a = s.assignment
  const state = s.paused ? `PAUSED: ${s.pauseReason}` : !s.connected ? 'connecting to the coordinator…' : a === undefined ? `standing by (${s.phase})` : s.phase
  const rows: [string, string][] = [
    ['state', state],
    // The CPU's name already says "cpu (…)"; a GPU's does not say which provider runs it.
    ['device', `${s.deviceName.startsWith(s.device) ? s.deviceName : `${s.device}${s.deviceName ? ` (${s.deviceName})` : ''}`}, ${bytes(s.deviceMemoryBytes)}${s.memoryBytesMax !== undefined ? `, capped at ${bytes(s.memoryBytesMax)}` : ''}`],
    ['upload', s.uploadBytesPerSMax === undefined ? 'no cap' : `capped at ${((s.uploadBytesPerSMax * 8) / 1e6).toFixed(1)} Mbit/s`],
    ['hours', s.schedule === '' ? 'any time' : `${s.schedule} (${s.insideSchedule ? 'inside' : 'outside'} now${s.nextScheduleEdgeAtMs !== undefined ? `; changes in ${duration(s.nextScheduleEdgeAtMs - opts.nowMs)}` : ''})`],
    ['coordinator', `${s.connected ? 'connected' : 'not connected'}: ${shortAddr(s.coordinator)}`],
    ['peer', `${short(s.peerId)}${s.name ? ` "${clean(s.name)}"` : ''}`],
    ['run', s.runId === '' ? '-' : `${clean(s.runId)}, plan epoch ${s.epoch}`],
    ['place', a === undefined ? 'not in the plan' : `stage ${a.stage + 1} of ${a.stages} (layers ${a.layerStart}-${a.layerEnd - 1}), replica ${a.replica + 1} of ${a.replicas}`],
    ['step', `${s.step}${s.stepsMax > 0 ? ` of ${s.stepsMax}` : ''}${s.lastStep !== undefined ? `, last took ${(s.lastStep.ms / 1000).toFixed(2)} s` : ''}`],
    ['loss', s.loss !== undefined ? s.loss.toFixed(4) : '- (computed by the last stage)'],
    ['speed', s.lastStep !== undefined && s.lastStep.ms > 0 ? `${Math.round((s.lastStep.tokens * 1000) / s.lastStep.ms).toLocaleString('en')} tokens/s` : '-'],
    ['traffic', `in ${bytes(s.bytesIn)}, out ${bytes(s.bytesOut)}${s.rawBytesOut > s.bytesOut ? ` (${(s.rawBytesOut / Math.max(1, s.bytesOut)).toFixed(1)}x compressed)` : ''}`],
    ['up', duration(opts.nowMs - s.startedAtMs)],
  ]
  const label = Math.max(...rows.map(([k]) => k.length)) + 1
  const lines = [fit(`Tandem worker: donating this machine to a training run`, width), '']
  for (const [k, v] of rows) lines.push(fit(`${`${k}:`.padEnd(label)} ${v}`, width))
  lines.push('', progressBar(s.stepsMax > 0 ? s.step / s.stepsMax : 0, width, s.stepsMax > 0 ? `step ${s.step}/${s.stepsMax}` : 'no step target yet'))
  if (opts.logs !== undefined && opts.logs.length > 0) {
    lines.push('', 'recent events:')
    for (const l of opts.logs) lines.push(fit(`  ${new Date(l.timeMs).toISOString().slice(11, 19)} ${l.level.padEnd(5)} ${clean(l.message)}`, width))
  }
  lines.push('', fit(s.paused ? "resume: tandem worker resume   stop: Ctrl-C" : 'pause: tandem worker pause   stop: Ctrl-C (leaves at the next step boundary)', width))
  return `${lines.join('\n')}\n`
}

/** `[██████░░░░] 60% step 6/10`, as wide as the screen. */
export function progressBar(fraction: number, width: number, detail: string): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0))
  const pct = `${Math.floor(f * 100)}%`.padStart(4)
  const barWidth = Math.max(10, width - detail.length - pct.length - 4)
  const full = Math.round(f * barWidth)
  return `[${'#'.repeat(full)}${'.'.repeat(barWidth - full)}] ${pct} ${detail}`
}

function fit(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`
}

/** Text from the network or a file loses control characters (no terminal escapes from a peer). */
function clean(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?')
}

function short(id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-6)}` : id
}

function shortAddr(addr: string): string {
  const i = addr.indexOf('/p2p/')
  return i === -1 ? clean(addr) : `${clean(addr.slice(0, i))}/p2p/${short(addr.slice(i + 5))}`
}

/** A byte count for people (binary units); anything not a number reads as 0. */
export function bytes(n: unknown): string {
  let v = Number(n) || 0
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${i === 0 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`
}

export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 120) return `${s} s`
  if (s < 7200) return `${Math.round(s / 60)} min`
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`
}
