// The coordinator daemon's entry: opens (or creates) the data dir's state, wires the components
// as a plain object, starts them, and returns the `ready` record that `tandem coordinator start`
// prints. Stops in reverse order: intake (protocol handlers, sessions), network, data, storage.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { configToHF, initTensor, loadHFModel, type ParamSpec } from '@tandem/model'
import { UserError } from '@tandem/proto'
import type { Logger } from 'pino'
import { writeFileAtomic } from '@tandem/model'
import { Auth } from './auth.js'
import { BlobStore } from './blob-store.js'
import { anchorResumedCursor, importForResume } from './checkpoint-import.js'
import { CheckpointStore } from './checkpoint-store.js'
import { BLOBS_DIR, DATABASE_FILE, DEFAULT_LISTEN, READY_FILE } from './constants.js'
import { Coordinator, type CoordinatorInit } from './coordinator.js'
import { DashboardServer } from './dashboard/index.js'
import { RunDataCursor } from './data-cursor.js'
import { CoordinatorDatabase, type RunRow } from './database.js'
import { loadOrCreateIdentity } from './identity.js'
import { CoordinatorMetrics } from './metrics.js'
import { type CoordinatorNode, createCoordinatorNode } from './node.js'
import { loadRunConfig, parseRunConfig, type ResumeSpec, type RunConfig, resolveModelConfig } from './run-config.js'

export interface DaemonOptions {
  dataDir: string
  /** RUN.json; required on the first start, optional on a restart (the stored run is used). */
  runPath?: string
  /** On the first start: resume from this checkpoint (overrides RUN.json's "resume"). */
  resume?: ResumeSpec
  listen?: string[]
  /** Serve the dashboard (page, /api/snapshot, /metrics) on this port; 0 picks one. */
  dashboardPort?: number
  /** The dashboard's bind address (default loopback); anywhere else it asks for a viewer token. */
  dashboardHost?: string
  logger: Logger
  /** Overrides of timing constants (tests). */
  tuning?: Partial<Pick<CoordinatorInit, 'heartbeatIntervalMs' | 'heartbeatTimeoutMs' | 'tickIntervalMs' | 'planReadyTimeoutMs' | 'joinSettleMs' | 'fillWaitMs'>>
}

/** The line `tandem coordinator start` prints (and writes to DIR/coordinator.json). */
export interface ReadyRecord {
  event: 'ready'
  multiaddrs: string[]
  joinToken: string
  adminKeyFile: string
  peerId: string
  runId: string
  dataDir: string
  /** Set when the dashboard runs. */
  dashboardUrl?: string
}

export interface CoordinatorDaemon {
  ready: ReadyRecord
  coordinator: Coordinator
  node: CoordinatorNode
  db: CoordinatorDatabase
  checkpoints: CheckpointStore
  stop(): Promise<void>
}

export async function startCoordinatorDaemon(opts: DaemonOptions): Promise<CoordinatorDaemon> {
  const root = opts.logger
  const log = root.child({ component: 'daemon' })
  const dataDir = resolve(opts.dataDir)
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const db = new CoordinatorDatabase(join(dataDir, DATABASE_FILE))
  const closers: (() => Promise<void> | void)[] = [() => db.close()]
  const stopAll = async () => {
    for (const close of closers.splice(0).reverse()) {
      try {
        await close()
      } catch (err) {
        log.warn({ err }, 'error while stopping')
      }
    }
  }
  try {
    const { run, runRow, fresh } = await openRun(db, opts.runPath, log, opts.resume)
    const model = await resolveModelConfig(run)
    const modelConfigJson = JSON.stringify(configToHF(model))
    const modelConfigSha256 = createHash('sha256').update(modelConfigJson).digest('hex')
    const nowMs = Date.now()
    db.markAllMembersGone(runRow.id, 'coordinator restarted')

    const auth = new Auth({ db })
    const adminKeyFile = await auth.loadOrCreateAdminKey(dataDir)
    const joinToken = await auth.loadOrCreateDefaultJoinToken(dataDir, nowMs)

    const blobs = new BlobStore({ dir: join(dataDir, BLOBS_DIR) })
    const checkpoints = new CheckpointStore(
      { db, blobs, logger: root },
      { runId: runRow.id, model, modelConfigJson, modelConfigSha256, runConfigJson: runRow.configJson },
    )
    const dropped = checkpoints.dropPending()
    if (dropped > 0) log.info({ steps: dropped }, 'dropped checkpoint uploads left incomplete by the last run')
    if (fresh) {
      // A new run is stored only once its starting state is in place: a refused import leaves no run.
      const imported = run.resume !== undefined ? await importForResume(run.resume, checkpoints, model, nowMs, log) : undefined
      if (imported !== undefined) {
        // fp16 continues the source's dynamic loss scale; one that had none (fp32) starts fp16 afresh.
        const lossScale = run.precision === 'fp16' ? (imported.lossScale ?? runRow.lossScale) : 1
        Object.assign(runRow, { completedStep: imported.step, committedStep: imported.step, lossScale })
      }
      db.transaction(() => {
        db.insertRun(runRow)
        if (imported !== undefined) db.insertEvent(runRow.id, nowMs, 'resume', { ...imported.event })
      })
      log.info({ runId: runRow.id, name: run.name, resumeStep: runRow.completedStep }, 'new run')
    }
    if (run.resume === undefined && db.getCheckpoint(runRow.id, 0) === undefined) {
      // Workers always fetch their first state from somewhere verified: step 0 is ours.
      const params = await initialParams(run, model.initializerRange)
      const res = await checkpoints.writeFromParams(0, params, { planEpoch: 0, numStages: 0, numReplicas: 0, rng: { seed: run.seed } }, nowMs)
      log.info({ manifestSha256: res.manifestSha256, bytes: res.bytes }, 'created the step-0 checkpoint')
    }

    let data: RunDataCursor | undefined
    try {
      data = await RunDataCursor.open(run)
      closers.push(() => data?.close())
      if (run.resume !== undefined) await anchorResumedCursor(data, checkpoints, run, log)
    } catch (err) {
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'could not open the dataset: plans carry no data cursor')
    }

    const privateKey = await loadOrCreateIdentity(dataDir)
    let isMember: (peerId: string) => boolean = () => false
    const node = await createCoordinatorNode({
      privateKey,
      listen: opts.listen?.length ? opts.listen : [DEFAULT_LISTEN],
      isMember: (peerId) => isMember(peerId),
    })
    closers.push(() => node.stop())
    let coordinatorRef: Coordinator | undefined
    const metrics = new CoordinatorMetrics({
      defaultLabels: { run: runRow.id },
      connections: () => node.getConnections().length,
      workersByState: () => coordinatorRef?.workersByState() ?? {},
    })
    const coordinator = new Coordinator(
      { logger: root, db, auth, blobs, checkpoints, node, metrics, ...(data !== undefined ? { data } : {}) },
      { dataDir, run, runRow, model, modelConfigJson, modelConfigSha256, ...opts.tuning },
    )
    coordinatorRef = coordinator
    isMember = (peerId) => coordinator.isMemberPeer(peerId)
    await coordinator.start()
    closers.push(() => coordinator.stop())
    await node.start()

    let dashboardUrl: string | undefined
    if (opts.dashboardPort !== undefined) {
      const dashboard = new DashboardServer(
        { getSnapshot: () => coordinator.snapshot(), registry: metrics.registry, logger: root, authorize: (token) => auth.roleOf(token, Date.now()) !== undefined },
        { port: opts.dashboardPort, ...(opts.dashboardHost !== undefined ? { host: opts.dashboardHost } : {}) },
      )
      await dashboard.start()
      closers.push(() => dashboard.stop())
      dashboardUrl = dashboard.url
    }

    const multiaddrs = node.getMultiaddrs().map((a) => a.toString())
    const ready: ReadyRecord = {
      event: 'ready',
      multiaddrs,
      joinToken,
      adminKeyFile,
      peerId: node.peerId.toString(),
      runId: runRow.id,
      dataDir,
      ...(dashboardUrl !== undefined ? { dashboardUrl } : {}),
    }
    await writeFileAtomic(join(dataDir, READY_FILE), `${JSON.stringify(ready)}\n`, { mode: 0o600 })
    log.info({ multiaddrs, runId: runRow.id }, 'coordinator ready')
    return { ready, coordinator, node, db, checkpoints, stop: stopAll }
  } catch (err) {
    await stopAll()
    throw err
  }
}

/** The data dir's run: created from RUN.json on the first start, read back on later ones. */
async function openRun(db: CoordinatorDatabase, runPath: string | undefined, log: Logger, resume?: ResumeSpec): Promise<{ run: RunConfig; runRow: RunRow; fresh: boolean }> {
  const stored = db.getRun()
  if (stored !== undefined) {
    const run = parseRunConfig(JSON.parse(stored.configJson), `the run stored in the data dir`)
    if (runPath !== undefined) {
      const given = await loadRunConfig(runPath)
      if (JSON.stringify(given) !== JSON.stringify(run)) {
        log.warn({ runPath }, 'the data dir already holds a run; its stored RUN.json is used, not the one given')
      }
    }
    return { run, runRow: stored, fresh: false }
  }
  if (runPath === undefined) throw new UserError('this data dir holds no run yet: give the run file with --run RUN.json.')
  const given = await loadRunConfig(runPath)
  const run: RunConfig = resume !== undefined ? { ...given, resume } : given
  const model = await resolveModelConfig(run)
  const runRow: RunRow = {
    id: `run-${randomBytes(6).toString('hex')}`,
    name: run.name,
    configJson: JSON.stringify(run),
    modelConfigJson: JSON.stringify(configToHF(model)),
    createdAtMs: Date.now(),
    status: 'running',
    epoch: 0,
    completedStep: 0,
    committedStep: -1,
    lossScale: run.precision === 'fp16' ? 65536 : 1,
  }
  return { run, runRow, fresh: true }
}

/** The run's initial weights, produced one tensor at a time: a seeded init, or a Hugging Face folder. */
async function initialParams(run: RunConfig, std: number): Promise<(spec: ParamSpec) => Float32Array | Promise<Float32Array>> {
  if ('preset' in run.model) return (spec) => initTensor(spec, run.seed, std)
  const loaded = await loadHFModel(run.model.path)
  return (spec) => loaded.params.get(spec.name)!
}

/** Reads a ready record written by a running (or previous) coordinator. */
export async function readReadyRecord(dataDir: string): Promise<ReadyRecord> {
  return JSON.parse(await readFile(join(dataDir, READY_FILE), 'utf8')) as ReadyRecord
}
