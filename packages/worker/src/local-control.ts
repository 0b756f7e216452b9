// The owner's channel to a worker running on this machine: two small JSON files in its data dir.
// `pause.json` (owner -> worker) holds a pause that `tandem worker pause` wrote and `tandem worker
// resume` removes; it outlives restarts, so a paused machine stays paused after a reboot.
// `status.json` (worker -> owner) is rewritten every second with what the worker is doing. Files
// rather than a socket: no port, no permissions beyond the data dir's, the same on every platform,
// and the pause holds even when no worker is running to hear it.
import { randomBytes } from 'node:crypto'
import { open, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '@tandem/model'
import { DecodeError } from '@tandem/proto/errors'
import { LOCAL_CONTROL_FILE_BYTES_MAX } from './constants.js'
import type { WorkerActivity } from './worker.js'

export const PAUSE_FILE = 'pause.json'
export const STATUS_FILE = 'status.json'
const PAUSE_FORMAT = 'tandem-worker-pause'
const STATUS_FORMAT = 'tandem-worker-status'
const FORMAT_VERSION = 1

export interface PauseRequest {
  reason: string
  atMs: number
}

/** What a running worker writes to status.json: its activity plus who and where it is. */
export interface WorkerStatus extends WorkerActivity {
  pid: number
  startedAtMs: number
  updatedAtMs: number
  peerId: string
  name: string
  coordinator: string
  device: string
  deviceName: string
  deviceMemoryBytes: number
  /** --memory-max-mb as bytes, when given. */
  memoryBytesMax?: number
  /** --upload-max-mbps as bytes per second, when given. */
  uploadBytesPerSMax?: number
  /** --schedule as given; empty: every hour. */
  schedule: string
  /** Whether the schedule lets the worker train now (true without a schedule). */
  insideSchedule: boolean
  /** When the schedule next opens or closes (ms since the epoch), with a schedule. */
  nextScheduleEdgeAtMs?: number
}

/** Records the owner's pause (atomically: a crash leaves the old file or the new one). */
export async function writePauseRequest(dataDir: string, reason: string, nowMs = Date.now()): Promise<void> {
  const body: { format: string; version: number } & PauseRequest = { format: PAUSE_FORMAT, version: FORMAT_VERSION, reason, atMs: nowMs }
  await writeFileAtomic(join(dataDir, PAUSE_FILE), `${JSON.stringify(body)}\n`, { mode: 0o600 })
}

/** Removes the owner's pause; true when there was one. */
export async function clearPauseRequest(dataDir: string): Promise<boolean> {
  try {
    await unlink(join(dataDir, PAUSE_FILE))
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
}

/** The owner's pause, or undefined when there is none. A damaged file counts as a pause (the owner asked for one). */
export async function readPauseRequest(dataDir: string): Promise<PauseRequest | undefined> {
  const text = await readSmall(join(dataDir, PAUSE_FILE))
  if (text === undefined) return undefined
  try {
    const o = parseVersioned(text, PAUSE_FORMAT, PAUSE_FILE) as Partial<PauseRequest>
    return { reason: typeof o.reason === 'string' ? o.reason.slice(0, 200) : '', atMs: Number(o.atMs ?? 0) }
  } catch {
    return { reason: `${PAUSE_FILE} is damaged; run 'tandem worker resume' to clear it`, atMs: 0 }
  }
}

/**
 * Replaces status.json. Temporary file + rename so a reader never sees half a file; no fsync: it
 * is rewritten every second and a crash loses nothing that matters.
 */
export async function writeStatusFile(dataDir: string, status: WorkerStatus): Promise<void> {
  const path = join(dataDir, STATUS_FILE)
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(tmp, `${JSON.stringify({ format: STATUS_FORMAT, version: FORMAT_VERSION, ...status })}\n`, { mode: 0o600 })
  try {
    await rename(tmp, path)
  } catch (err) {
    await unlink(tmp).catch(() => {})
    throw err
  }
}

/** The last status a worker wrote in this data dir, or undefined when none ever ran there. */
export async function readStatusFile(dataDir: string): Promise<WorkerStatus | undefined> {
  const text = await readSmall(join(dataDir, STATUS_FILE))
  if (text === undefined) return undefined
  const { format: _f, version: _v, ...status } = parseVersioned(text, STATUS_FORMAT, STATUS_FILE)
  return status as unknown as WorkerStatus
}

/** Whether process `pid` runs (on this machine). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists but belongs to another user (a service account).
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readSmall(path: string): Promise<string | undefined> {
  let fh: Awaited<ReturnType<typeof open>>
  try {
    fh = await open(path, 'r')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  try {
    const buf = Buffer.alloc(LOCAL_CONTROL_FILE_BYTES_MAX + 1)
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
    if (bytesRead > LOCAL_CONTROL_FILE_BYTES_MAX) throw new DecodeError('E_FILE_TOO_LARGE', `${path} is larger than ${LOCAL_CONTROL_FILE_BYTES_MAX} bytes: not a file Tandem wrote.`)
    return buf.subarray(0, bytesRead).toString('utf8')
  } finally {
    await fh.close()
  }
}

function parseVersioned(text: string, format: string, name: string): Record<string, unknown> {
  let o: unknown
  try {
    o = JSON.parse(text)
  } catch {
    throw new DecodeError('E_BAD_FILE', `${name} is not JSON: not a file Tandem wrote, or a damaged one.`)
  }
  const r = o as Record<string, unknown>
  if (typeof o !== 'object' || o === null || r.format !== format) throw new DecodeError('E_BAD_FILE', `${name} is not a ${format} file.`)
  if (r.version !== FORMAT_VERSION) throw new DecodeError('E_BAD_VERSION', `${name} has version ${String(r.version)}; this Tandem reads version ${FORMAT_VERSION}: upgrade Tandem.`)
  return r
}

