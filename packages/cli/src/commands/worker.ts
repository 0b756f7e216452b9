// `tandem worker …`: the donor's commands. `start` runs a worker daemon that joins a coordinator's
// run: it prints what it will use (device, memory, caps), then trains whatever stage the
// coordinator gives it; on a terminal it shows one status screen, otherwise pino JSON log lines on
// stdout. SIGINT/SIGTERM leave at the next step boundary (the coordinator moves the work away); a
// second signal leaves at once. `pause` / `resume` / `status` talk to a worker running on this
// machine through its data dir (see @tandem/worker's local-control.ts). Heavy packages load
// inside the actions, so that --help stays quick.
import { stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { type Command, Option } from 'commander'
import { UserError } from '@tandem/proto/errors'
import { DEVICE_CHOICES, LOG_LEVELS, type LogLevel } from '../constants.js'
import { parseChoice, parseFloatOption, parseIntOption, printJson, readSecretFile } from '../options.js'

/** How long a graceful leave may take before the worker exits anyway. */
const LEAVE_TIMEOUT_MS = 60_000
/** The status screen's redraw period: the worker's status changes at most once a step. */
const SCREEN_REDRAW_MS = 1_000
/** Log lines at the bottom of the status screen. */
const SCREEN_LOG_LINES = 6
/** `tandem worker pause|resume` waits this long for a running worker to confirm (it polls once a second; a busy machine is slower). */
const CONFIRM_TIMEOUT_MS = 10_000
/** A status file older than this belongs to a worker that is not running (it is rewritten every second). */
const STATUS_STALE_MS = 30_000

const DEFAULT_DATA_DIR = join(homedir(), '.tandem', 'worker')

interface WorkerStartOptions {
  coordinator?: string
  token?: string
  tokenFile?: string
  device: (typeof DEVICE_CHOICES)[number]
  dataDir: string
  /** false with --no-listen. */
  listen: string[] | false
  name?: string
  dataset?: string
  bench: boolean
  memoryMaxMb?: number
  uploadMaxMbps?: number
  threads?: number
  metricsPort?: number
  schedule?: string
  /** false with --no-status-screen. */
  statusScreen: boolean
  logLevel: LogLevel
}

export function registerWorker(program: Command): void {
  const worker = program.command('worker').description('run a worker daemon that donates this machine to a run')
  worker
    .command('start')
    .description('join a coordinator and train the stage it assigns')
    .addOption(new Option('--coordinator <multiaddr>', "the coordinator's address, from its ready line (with /p2p/<peer id>)").env('TANDEM_COORDINATOR'))
    .addOption(new Option('--token <token>', 'the join token the coordinator issued (visible in ps: prefer --token-file or TANDEM_TOKEN)').env('TANDEM_TOKEN'))
    .option('--token-file <path>', 'read the join token from this file (keep it mode 0600)')
    .option('--device <device>', 'compute device: cpu, cuda or webgpu', parseChoice('--device', DEVICE_CHOICES), 'cpu')
    .option('--data-dir <dir>', 'where the worker keeps its identity, cache, pause and status files', DEFAULT_DATA_DIR)
    .option('--listen <multiaddr...>', 'libp2p listen addresses', ['/ip4/0.0.0.0/tcp/0'])
    .option('--no-listen', 'accept no inbound connections (behind NAT): be reached through the coordinator\'s relay')
    .option('--name <name>', 'a label for this worker in the dashboard')
    .option('--dataset <dir>', 'a local copy of the run\'s prepared dataset (needed only on stage 0 of such runs)')
    .option('--no-bench', 'skip the device benchmark before joining')
    .option('--memory-max-mb <mb>', 'memory this worker may use', parseIntOption('--memory-max-mb', { min: 64 }))
    .option('--upload-max-mbps <mbit>', 'cap on training traffic out of this machine, in Mbit/s, all peers together', parseFloatOption('--upload-max-mbps', { min: 0.1, max: 1_000_000 }))
    .option('--threads <n>', 'ONNX Runtime threads per session (default: every core)', parseIntOption('--threads', { min: 1, max: 1024 }))
    .option('--metrics-port <port>', 'serve Prometheus /metrics on this loopback port', parseIntOption('--metrics-port', { min: 0, max: 65535 }))
    .option('--schedule <hours>', 'train only inside these daily hours of local time, e.g. "22:00-07:00" or "09:00-12:00,14:00-17:00"; paused outside')
    .option('--no-status-screen', 'plain log lines even on a terminal')
    .option('--log-level <level>', 'log level', parseChoice('--log-level', LOG_LEVELS), 'info')
    .action(startWorker)

  worker
    .command('pause')
    .description('pause the worker of this machine: it leaves the plan at the next step boundary and stays paused (even across restarts) until resumed')
    .option('--data-dir <dir>', "the worker's data dir", DEFAULT_DATA_DIR)
    .option('--reason <text>', 'why, for the coordinator\'s log', 'paused by its owner')
    .option('--json', 'print one JSON document')
    .action(async (opts: { dataDir: string; reason: string; json?: boolean }) => {
      const lc = await import('@tandem/worker/local-control')
      await requireDir(opts.dataDir)
      await lc.writePauseRequest(opts.dataDir, opts.reason.slice(0, 200))
      const seen = await confirm(opts.dataDir, (s) => s.paused)
      report(opts.json, { paused: true, workerRunning: seen !== 'none', confirmed: seen === 'yes' }, seen === 'yes'
        ? 'paused: the worker leaves the plan at the next step boundary.'
        : seen === 'none'
          ? `no worker is running on ${opts.dataDir}: it will start paused.`
          : 'pause requested; the running worker has not confirmed yet (see tandem worker status).')
    })

  worker
    .command('resume')
    .description('resume a paused worker of this machine (a --schedule still applies)')
    .option('--data-dir <dir>', "the worker's data dir", DEFAULT_DATA_DIR)
    .option('--json', 'print one JSON document')
    .action(async (opts: { dataDir: string; json?: boolean }) => {
      const lc = await import('@tandem/worker/local-control')
      await requireDir(opts.dataDir)
      const had = await lc.clearPauseRequest(opts.dataDir)
      const seen = await confirm(opts.dataDir, (s) => !s.paused || !s.insideSchedule)
      const last = await lc.readStatusFile(opts.dataDir).catch(() => undefined)
      const outside = last !== undefined && !last.insideSchedule
      report(opts.json, { paused: outside, wasPaused: had, workerRunning: seen !== 'none', confirmed: seen === 'yes' }, !had
        ? 'the worker was not paused.'
        : seen === 'none'
          ? `resumed: no worker is running on ${opts.dataDir}; it will train when started.`
          : outside
            ? `resumed, but outside the schedule ${last.schedule}: it trains when the schedule opens.`
            : seen === 'yes'
              ? 'resumed: the coordinator places the worker again.'
              : 'resume requested; the running worker has not confirmed yet (see tandem worker status).')
    })

  worker
    .command('status')
    .description('what the worker of this machine is doing (read from its data dir)')
    .option('--data-dir <dir>', "the worker's data dir", DEFAULT_DATA_DIR)
    .option('--json', 'print one JSON document')
    .action(async (opts: { dataDir: string; json?: boolean }) => {
      const lc = await import('@tandem/worker/local-control')
      const s = await lc.readStatusFile(opts.dataDir)
      const running = s !== undefined && lc.processAlive(s.pid) && Date.now() - s.updatedAtMs < STATUS_STALE_MS
      const pauseRequest = await lc.readPauseRequest(opts.dataDir)
      if (opts.json) return printJson({ running, pauseRequested: pauseRequest !== undefined, status: s ?? null })
      if (s === undefined) throw new UserError(`no worker has run on ${opts.dataDir}: start one with 'tandem worker start', or pass its --data-dir.`)
      const { renderDonorScreen } = await import('../donor-screen.js')
      if (!running) process.stdout.write(`no worker is running on ${opts.dataDir}${pauseRequest !== undefined ? ' (paused: it will start paused)' : ''}; its last status:\n\n`)
      process.stdout.write(renderDonorScreen(s, { width: process.stdout.columns ?? 80, nowMs: Date.now() }))
    })
}

async function startWorker(opts: WorkerStartOptions): Promise<void> {
  if (opts.coordinator === undefined) throw new UserError("give the coordinator's address with --coordinator MULTIADDR (or TANDEM_COORDINATOR), from its ready line.")
  const token = await joinToken(opts)
  const { startWorkerDaemon, LogRing, mbpsToBytesPerS, parseSchedule } = await import('@tandem/worker')
  const schedule = opts.schedule !== undefined ? parseSchedule(opts.schedule) : undefined
  const { default: pino } = await import('pino')
  const ring = new LogRing()
  const screen = opts.statusScreen && process.stdout.isTTY === true
  // With the screen, log lines reach the terminal through it (the ring); without, as pino lines.
  const streams: Parameters<typeof pino.multistream>[0] = [{ stream: ring, level: 'info' }]
  if (!screen) streams.push({ stream: process.stdout.isTTY ? pino.transport({ target: 'pino-pretty', options: { destination: 1 } }) : pino.destination({ fd: 1, sync: true }), level: opts.logLevel })
  const logger = pino({ level: opts.logLevel, base: { pid: process.pid } }, pino.multistream(streams))
  let resolveExit!: (code: number) => void
  const exited = new Promise<number>((r) => {
    resolveExit = r
  })
  let exitReason = ''
  const daemon = await startWorkerDaemon({
    coordinator: opts.coordinator,
    token,
    device: opts.device,
    dataDir: opts.dataDir,
    ...(opts.listen !== false ? { listen: opts.listen } : { noListen: true }),
    skipBench: opts.bench === false,
    logger,
    logRing: ring,
    ...(opts.name !== undefined ? { name: opts.name } : {}),
    ...(opts.dataset !== undefined ? { datasetDir: opts.dataset } : {}),
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
    ...(opts.metricsPort !== undefined ? { metricsPort: opts.metricsPort } : {}),
    ...(opts.memoryMaxMb !== undefined ? { memoryBytesMax: opts.memoryMaxMb * 1024 * 1024 } : {}),
    ...(schedule !== undefined ? { schedule } : {}),
    ...(opts.uploadMaxMbps !== undefined ? { uploadBytesPerSMax: mbpsToBytesPerS(opts.uploadMaxMbps) } : {}),
    onExit: (code, reason) => {
      exitReason = reason
      resolveExit(code)
    },
  })
  let stopScreen = (): void => {}
  if (screen) {
    const { renderDonorScreen } = await import('../donor-screen.js')
    const draw = (): void => {
      const logs = ring.recent(SCREEN_LOG_LINES).map((l) => ({ timeMs: Number(l.timeMs ?? 0), level: l.level ?? '', message: l.message ?? '' }))
      // Home, draw, clear what is left of the previous screen.
      process.stdout.write(`\x1b[H${renderDonorScreen(daemon.status(), { width: process.stdout.columns ?? 80, nowMs: Date.now(), logs }).replaceAll('\n', '\x1b[K\n')}\x1b[J`)
    }
    // The alternate screen keeps the donor's terminal as it was once the worker exits.
    process.stdout.write('\x1b[?1049h\x1b[?25l\x1b[2J')
    draw()
    const timer = setInterval(draw, SCREEN_REDRAW_MS)
    stopScreen = () => {
      clearInterval(timer)
      process.stdout.write('\x1b[?25h\x1b[?1049l')
      stopScreen = () => {}
    }
  }
  let signals = 0
  const onSignal = (signal: string) => {
    signals++
    if (signals === 1) {
      logger.info({ signal }, 'leaving at the next step boundary (send the signal again to leave now)')
      daemon.worker.leave(false, `${signal} from the owner`)
      setTimeout(() => resolveExit(0), LEAVE_TIMEOUT_MS).unref()
    } else {
      logger.warn({ signal }, 'second signal: leaving now')
      daemon.worker.leave(true, `${signal} twice from the owner`)
      setTimeout(() => {
        stopScreen()
        process.exit(130)
      }, 300).unref()
    }
  }
  process.on('SIGINT', () => onSignal('SIGINT'))
  process.on('SIGTERM', () => onSignal('SIGTERM'))
  const code = await exited
  const last = daemon.status()
  await Promise.race([daemon.stop(), new Promise((r) => setTimeout(r, 5_000).unref())])
  stopScreen()
  if (screen) process.stdout.write(`tandem worker stopped at step ${last.step}${exitReason ? `: ${exitReason}` : ''}\n`)
  process.exitCode = code
  // Worker threads and sockets may linger; the daemon has said goodbye.
  setTimeout(() => process.exit(code), 100).unref()
}

/** --token, then --token-file, then TANDEM_TOKEN (commander fills --token from it). */
async function joinToken(opts: WorkerStartOptions): Promise<string> {
  if (opts.tokenFile !== undefined) {
    if (opts.token !== undefined && process.env.TANDEM_TOKEN !== opts.token) throw new UserError('give the join token once: --token or --token-file, not both.')
    return readSecretFile(opts.tokenFile, '--token-file')
  }
  if (opts.token !== undefined && opts.token.trim() !== '') return opts.token.trim()
  throw new UserError('give the join token with --token-file PATH or the TANDEM_TOKEN variable (or --token, which other users can see in ps).')
}

async function requireDir(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => undefined)
  if (s === undefined || !s.isDirectory()) throw new UserError(`${dir} is not a worker's data dir: pass the --data-dir the worker was started with.`)
}

/** Waits for the running worker's status file to show `ok`: 'yes', 'no' (not yet), 'none' (no worker runs). */
async function confirm(dataDir: string, ok: (s: import('@tandem/worker/local-control').WorkerStatus) => boolean): Promise<'yes' | 'no' | 'none'> {
  const lc = await import('@tandem/worker/local-control')
  const until = Date.now() + CONFIRM_TIMEOUT_MS
  for (;;) {
    const s = await lc.readStatusFile(dataDir).catch(() => undefined)
    if (s === undefined || !lc.processAlive(s.pid) || Date.now() - s.updatedAtMs > STATUS_STALE_MS) return 'none'
    if (ok(s)) return 'yes'
    if (Date.now() > until) return 'no'
    await new Promise((r) => setTimeout(r, 200))
  }
}

function report(json: boolean | undefined, doc: Record<string, unknown>, text: string): void {
  if (json) printJson(doc)
  else process.stdout.write(`${text}\n`)
}
