// `tandem worker start`: runs a worker daemon that joins a coordinator's run. Prints what it will
// use (device, memory, caps) in its first log lines, then trains whatever stage the coordinator
// gives it. SIGINT/SIGTERM leave at the next step boundary (the coordinator moves the work away);
// a second signal leaves at once. Logs are pino JSON on stdout (pretty on a TTY).
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Command } from 'commander'
import pino from 'pino'
import { parseChoice, parseIntOption } from '../options.js'

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
const DEVICES = ['cpu', 'cuda', 'webgpu'] as const

/** How long a graceful leave may take before the worker exits anyway. */
const LEAVE_TIMEOUT_MS = 60_000

interface WorkerStartOptions {
  coordinator: string
  token: string
  device: (typeof DEVICES)[number]
  dataDir: string
  /** false with --no-listen. */
  listen: string[] | false
  name?: string
  dataset?: string
  bench: boolean
  memoryMaxMb?: number
  threads?: number
  metricsPort?: number
  logLevel: (typeof LEVELS)[number]
}

export function registerWorker(program: Command): void {
  const worker = program.command('worker').description('run a worker daemon that donates this machine to a run')
  worker
    .command('start')
    .description('join a coordinator and train the stage it assigns')
    .requiredOption('--coordinator <multiaddr>', "the coordinator's address, from its ready line (with /p2p/<peer id>)")
    .requiredOption('--token <token>', 'the join token the coordinator issued')
    .option('--device <device>', 'compute device: cpu, cuda or webgpu', parseChoice('--device', DEVICES), 'cpu')
    .option('--data-dir <dir>', 'where the worker keeps its identity and cache', join(homedir(), '.tandem', 'worker'))
    .option('--listen <multiaddr...>', 'libp2p listen addresses', ['/ip4/0.0.0.0/tcp/0'])
    .option('--no-listen', 'accept no inbound connections (behind NAT): be reached through the coordinator\'s relay')
    .option('--name <name>', 'a label for this worker in the dashboard')
    .option('--dataset <dir>', 'a local copy of the run\'s prepared dataset (needed only on stage 0 of such runs)')
    .option('--no-bench', 'skip the device benchmark before joining')
    .option('--memory-max-mb <mb>', 'memory this worker may use', parseIntOption('--memory-max-mb', { min: 64 }))
    .option('--threads <n>', 'ONNX Runtime threads per session (default: every core)', parseIntOption('--threads', { min: 1, max: 1024 }))
    .option('--metrics-port <port>', 'serve Prometheus /metrics on this loopback port', parseIntOption('--metrics-port', { min: 0, max: 65535 }))
    .option('--log-level <level>', 'log level', parseChoice('--log-level', LEVELS), 'info')
    .action(async (opts: WorkerStartOptions) => {
      const { startWorkerDaemon, LogRing } = await import('@tandem/worker')
      const ring = new LogRing()
      const out = process.stdout.isTTY ? pino.transport({ target: 'pino-pretty', options: { destination: 1 } }) : pino.destination({ fd: 1, sync: true })
      const logger = pino({ level: opts.logLevel, base: { pid: process.pid } }, pino.multistream([{ stream: out, level: opts.logLevel }, { stream: ring, level: 'info' }]))
      let resolveExit!: (code: number) => void
      const exited = new Promise<number>((r) => {
        resolveExit = r
      })
      const daemon = await startWorkerDaemon({
        coordinator: opts.coordinator,
        token: opts.token,
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
        onExit: (code) => resolveExit(code),
      })
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
          setTimeout(() => process.exit(130), 300).unref()
        }
      }
      process.on('SIGINT', () => onSignal('SIGINT'))
      process.on('SIGTERM', () => onSignal('SIGTERM'))
      const code = await exited
      await Promise.race([daemon.stop(), new Promise((r) => setTimeout(r, 5_000).unref())])
      process.exitCode = code
      // Worker threads and sockets may linger; the daemon has said goodbye.
      setTimeout(() => process.exit(code), 100).unref()
    })
}
