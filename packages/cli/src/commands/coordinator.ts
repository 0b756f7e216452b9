// `tandem coordinator start`: runs the coordinator daemon of one run. Prints exactly one JSON line
// on stdout when it is ready ({"event":"ready","multiaddrs":[...],"joinToken":"…","adminKeyFile":"…"});
// logs go to stderr as pino JSON. SIGINT/SIGTERM stop it cleanly; state survives kill -9.
// Heavy packages (the daemon, pino) load inside the action, so that --help stays quick.
import type { Command } from 'commander'
import { UserError } from '@tandem/proto/errors'
import { LOG_LEVELS, type LogLevel } from '../constants.js'
import { parseChoice, parseIntOption } from '../options.js'

export function registerCoordinator(program: Command): void {
  const coordinator = program.command('coordinator').description('run the coordinator daemon of a training run')
  coordinator
    .command('start')
    .description('start (or restart) the coordinator; prints one JSON "ready" line on stdout')
    .requiredOption('--data-dir <dir>', 'where the coordinator keeps its identity, database, checkpoints and keys')
    .option('--run <file>', 'the run file (RUN.json); needed on the first start of a data dir')
    .option('--resume <checkpoint>', 'on the first start: continue a checkpoint (a coordinator data dir, DIR@STEP, or a `tandem checkpoint pack` folder) on this run\'s layout; overrides RUN.json "resume"')
    .option('--resume-step <n>', 'with --resume: the checkpoint step (default: the newest)', parseIntOption('--resume-step', { min: 0 }))
    .option('--listen <multiaddr...>', 'libp2p listen addresses', ['/ip4/127.0.0.1/tcp/0'])
    .option('--dashboard-port <port>', 'serve the dashboard (and /metrics) on this port; 0 picks a free one', parseIntOption('--dashboard-port', { min: 0, max: 65535 }))
    .option('--dashboard-host <host>', 'bind the dashboard to this address (default 127.0.0.1); off loopback every request needs a viewer token (?token= or Authorization: Bearer)')
    .option('--log-level <level>', 'log level', parseChoice('--log-level', LOG_LEVELS), 'info')
    .option('--fill-wait-ms <ms>', 'before the first plan, wait this long for a full fixed layout before starting with fewer replicas (default 3000)', parseIntOption('--fill-wait-ms', { min: 0, max: 3_600_000 }))
    .action(async (opts: { dataDir: string; run?: string; resume?: string; resumeStep?: number; listen: string[]; dashboardPort?: number; dashboardHost?: string; logLevel: LogLevel; fillWaitMs?: number }) => {
      const { parseCheckpointRef, startCoordinatorDaemon } = await import('@tandem/coordinator')
      if (opts.resumeStep !== undefined && opts.resume === undefined) throw new UserError('--resume-step needs --resume CHECKPOINT.')
      const { default: pino } = await import('pino')
      const logger = pino({ level: opts.logLevel, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }))
      const daemon = await startCoordinatorDaemon({
        dataDir: opts.dataDir,
        listen: opts.listen,
        logger,
        ...(opts.run !== undefined ? { runPath: opts.run } : {}),
        ...(opts.resume !== undefined ? { resume: parseCheckpointRef(opts.resume, opts.resumeStep) } : {}),
        // A host alone serves the dashboard too, on a free port (the ready line says which).
        ...(opts.dashboardPort !== undefined || opts.dashboardHost !== undefined ? { dashboardPort: opts.dashboardPort ?? 0 } : {}),
        ...(opts.dashboardHost !== undefined ? { dashboardHost: opts.dashboardHost } : {}),
        ...(opts.fillWaitMs !== undefined ? { tuning: { fillWaitMs: opts.fillWaitMs } } : {}),
      })
      process.stdout.write(`${JSON.stringify(daemon.ready)}\n`)
      await new Promise<void>((resolve) => {
        let stopping = false
        const stop = (signal: string) => {
          if (stopping) {
            logger.warn({ signal }, 'second signal: exiting at once')
            process.exit(130)
          }
          stopping = true
          logger.info({ signal }, 'stopping')
          daemon.stop().then(resolve, (err: unknown) => {
            logger.error({ err }, 'stop failed')
            resolve()
          })
        }
        process.on('SIGINT', () => stop('SIGINT'))
        process.on('SIGTERM', () => stop('SIGTERM'))
      })
    })
}
