// Wires a worker daemon as a plain object: identity from the data dir, the libp2p node, the stage
// runtime factory, the data stream for stage 0, the control stream to the coordinator, and the
// Worker itself. Started and stopped in that order (stopped in reverse).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Multiaddr, multiaddr } from '@multiformats/multiaddr'
import { type CursorJSON, DataCursor, type Dataset, openDataset } from '@tandem/data'
import { configFromHF, type Device, type GPTJConfig, StageRuntime } from '@tandem/model'
import { control, PROTOCOL_CONTROL, PROTOCOL_MESSAGE_BYTES_MAX, UserError } from '@tandem/proto'
import type { Logger } from 'pino'
import { streamChannel } from './channel.js'
import { type BenchShape, benchBlock, capabilities, DEFAULT_BENCH } from './device-bench.js'
import { DonorPause } from './donor-pause.js'
import type { DonorSchedule } from './donor-schedule.js'
import { loadOrCreateIdentity } from './identity.js'
import { type WorkerStatus, writeStatusFile } from './local-control.js'
import { emulationTableFromEnv } from './link-shaper.js'
import { MetricsServer, WorkerMetrics } from './metrics.js'
import type { LogRing } from './log-ring.js'
import { createWorkerNode, type WorkerNode } from './node.js'
import { type BatchSource, Worker } from './worker.js'

export interface WorkerDaemonInit {
  /** The coordinator's multiaddr, with its /p2p/ peer id. */
  coordinator: string
  token: string
  device: Device
  /** ONNX Runtime intra-op threads per session (default: every core). */
  threads?: number
  dataDir: string
  listen?: string[]
  /** Accept no inbound connections: reachable only through the coordinator's relay. */
  noListen?: boolean
  name?: string
  /** A prepared dataset folder (stage 0 of a run on a prepared dataset). */
  datasetDir?: string
  /** Skip the device benchmark (tests). */
  skipBench?: boolean
  memoryBytesMax?: number
  logger: Logger
  logRing?: LogRing
  /** Serve Prometheus /metrics on this loopback port (0: any free port). */
  metricsPort?: number
  /** Train only inside these daily hours; paused outside (`--schedule`). */
  schedule?: DonorSchedule
  /** Cap on outgoing tensor frames, all peers together (`--upload-max-mbps`). */
  uploadBytesPerSMax?: number
  onExit?(code: number, reason: string): void
}

export interface WorkerDaemon {
  worker: Worker
  node: WorkerNode
  peerId: string
  /** What the worker is doing now (the status screen; also written to DATA_DIR/status.json). */
  status(): WorkerStatus
  stop(): Promise<void>
}

/** The model shape last seen in this data dir: the benchmark runs at the run's sizes after the first join. */
const LAST_RUN_FILE = 'last-run.json'

async function benchShape(dataDir: string): Promise<BenchShape> {
  try {
    const o = JSON.parse(await readFile(join(dataDir, LAST_RUN_FILE), 'utf8')) as { config: unknown; microBatch: number; seq: number }
    return { config: configFromHF(o.config, LAST_RUN_FILE), microBatch: o.microBatch, seq: o.seq }
  } catch {
    return DEFAULT_BENCH
  }
}

export async function startWorkerDaemon(init: WorkerDaemonInit): Promise<WorkerDaemon> {
  const log = init.logger.child({ component: 'daemon' })
  let coordinatorAddr: Multiaddr
  try {
    coordinatorAddr = multiaddr(init.coordinator)
  } catch {
    throw new UserError(`--coordinator '${init.coordinator}' is not a multiaddr; pass one of the addresses the coordinator printed in its ready line.`)
  }
  const coordinatorPeer = coordinatorAddr.getComponents().find((c) => c.name === 'p2p')?.value
  if (coordinatorPeer === undefined) throw new UserError(`--coordinator '${init.coordinator}' lacks the coordinator's peer id (/p2p/...); pass an address from its ready line.`)
  await mkdir(init.dataDir, { recursive: true, mode: 0o700 })
  const privateKey = await loadOrCreateIdentity(init.dataDir)
  const node = await createWorkerNode({ privateKey, ...(init.listen !== undefined ? { listen: init.listen } : {}), ...(init.noListen === true ? { noListen: true } : {}) })

  const shape = await benchShape(init.dataDir)
  // A GPU always proves itself against the CPU before joining; --no-bench skips only the CPU timing.
  const bench = init.skipBench === true && init.device === 'cpu' ? { layerSeconds: 0, selfTestPassed: true, selfTestMaxAbsError: 0 } : await benchBlock(init.device, shape, init.threads)
  if (!bench.selfTestPassed) log.error({ device: init.device, maxAbsError: bench.selfTestMaxAbsError }, 'the device failed its self-test against the CPU: the coordinator will refuse it')
  const emulateLinks = emulationTableFromEnv()
  if (emulateLinks !== undefined) log.warn({ peers: Object.keys(emulateLinks.peers).length, links: emulateLinks.links.length }, 'link emulation on: outgoing tensor frames are shaped (experiments only)')
  const caps = capabilities(init.device, bench, shape, init.memoryBytesMax !== undefined ? { memoryBytesMax: init.memoryBytesMax } : {})
  log.info(
    { device: init.device, deviceName: caps.deviceName, memoryBytes: caps.deviceMemoryBytes, cores: caps.cpuCores, layerSecondsFwdBwd: bench.layerSeconds, selfTestPassed: bench.selfTestPassed, benchShape: { b: shape.microBatch, T: shape.seq, C: shape.config.nEmbd }, codecs: caps.codecs, listen: init.noListen === true ? 'relay only' : (init.listen ?? 'any'), memoryBytesMax: init.memoryBytesMax ?? 'none', uploadBytesPerSMax: init.uploadBytesPerSMax ?? 'none', schedule: init.schedule?.text ?? 'any time' },
    'worker resources',
  )

  const datasets = new Map<string, Promise<Dataset>>()
  const openBatches = async (data: control.IDataSpec): Promise<BatchSource> => {
    const id = data.datasetId ?? ''
    let ds = datasets.get(id)
    if (ds === undefined) {
      if (id.startsWith('sample')) ds = openDataset('sample')
      else if (init.datasetDir !== undefined) ds = openDataset({ kind: 'prepared', dir: init.datasetDir })
      else throw new UserError(`this run reads prepared dataset ${id}; start the worker with --dataset DIR pointing at a copy of it.`)
      datasets.set(id, ds)
    }
    const dataset = await ds
    if (dataset.id !== id) throw new UserError(`the dataset at hand is ${dataset.id}, the run reads ${id}.`)
    let cursor = DataCursor.fromJSON(dataset, JSON.parse(new TextDecoder().decode(data.cursor ?? new Uint8Array())) as CursorJSON)
    return {
      batchesFor(step, replica, replicaCount, microBatches) {
        if (step >= cursor.step) cursor = cursor.at(step)
        return cursor.batchesFor({ step, replica, replicaCount, microBatches })
      },
    }
  }

  const metrics = new WorkerMetrics({ defaultLabels: { peer: node.peerId.toString() }, connections: () => node.getConnections().length })
  const metricsServer = init.metricsPort !== undefined ? new MetricsServer({ registry: metrics.registry, logger: init.logger }, { port: init.metricsPort }) : undefined
  let lastShape = ''
  const worker: Worker = new Worker(
    {
      logger: init.logger,
      node,
      createRuntime: async (spec, params) => {
        const key = JSON.stringify({ c: spec.config, b: spec.microBatch, T: spec.seq })
        if (key !== lastShape) {
          lastShape = key
          await rememberShape(init.dataDir, spec.config, spec.microBatch, spec.seq).catch(() => {})
        }
        return StageRuntime.create({ config: spec.config, range: spec.range, microBatch: spec.microBatch, seq: spec.seq, device: spec.device, precision: spec.precision, ...(spec.threads !== undefined ? { threads: spec.threads } : {}) }, params)
      },
      openBatches,
      openControl: async (signal) => {
        const stream = await node.dialProtocol(coordinatorAddr, PROTOCOL_CONTROL, { signal, runOnLimitedConnection: true })
        return streamChannel(stream, control.ControlMessage, { messageBytesMax: PROTOCOL_MESSAGE_BYTES_MAX.control })
      },
      ...(init.logRing !== undefined ? { recentLogs: (n: number) => init.logRing!.recent(n) } : {}),
      metrics,
    },
    {
      token: init.token,
      device: init.device,
      ...(init.threads !== undefined ? { threads: init.threads } : {}),
      capabilities: caps,
      ...(init.name !== undefined ? { name: init.name } : {}),
      reachability: init.noListen === true ? control.Reachability.REACHABILITY_RELAYED : control.Reachability.REACHABILITY_PUBLIC,
      coordinatorPeer,
      coordinatorAddrs: [coordinatorAddr.toString()],
      ...(init.onExit !== undefined ? { onExit: init.onExit } : {}),
      ...(emulateLinks !== undefined ? { emulateLinks } : {}),
      ...(init.uploadBytesPerSMax !== undefined ? { uploadBytesPerSMax: init.uploadBytesPerSMax } : {}),
    },
  )

  // The owner's pause and schedule, decided before joining so that a paused worker trains no step.
  const startedAtMs = Date.now()
  let pause: DonorPause | undefined
  const status = (): WorkerStatus => {
    const d = pause?.decision
    return {
      ...worker.activity(),
      pid: process.pid,
      startedAtMs,
      updatedAtMs: Date.now(),
      peerId: node.peerId.toString(),
      name: init.name ?? '',
      coordinator: init.coordinator,
      device: init.device,
      deviceName: caps.deviceName ?? '',
      deviceMemoryBytes: Number(caps.deviceMemoryBytes ?? 0),
      ...(init.memoryBytesMax !== undefined ? { memoryBytesMax: init.memoryBytesMax } : {}),
      ...(init.uploadBytesPerSMax !== undefined ? { uploadBytesPerSMax: init.uploadBytesPerSMax } : {}),
      schedule: init.schedule?.text ?? '',
      insideSchedule: d?.insideSchedule ?? true,
      ...(d?.nextScheduleEdgeAtMs !== undefined ? { nextScheduleEdgeAtMs: d.nextScheduleEdgeAtMs } : {}),
    }
  }
  pause = new DonorPause(
    { logger: init.logger, setPaused: (paused, reason) => worker.setPaused(paused, reason), onTick: () => writeStatusFile(init.dataDir, status()) },
    { dataDir: init.dataDir, ...(init.schedule !== undefined ? { schedule: init.schedule } : {}) },
  )
  await pause.start()

  await node.start()
  await metricsServer?.start()
  if (init.noListen === true) {
    // Reserve a slot on the coordinator's relay before joining, so the addresses we announce work.
    await node.dial(coordinatorAddr).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'could not reach the coordinator yet'))
    await waitForRelayAddress(node, 10_000)
  }
  await worker.start()
  log.info({ peerId: node.peerId.toString(), multiaddrs: node.getMultiaddrs().map((a) => a.toString()) }, 'worker started')

  let stopped = false
  return {
    worker,
    node,
    peerId: node.peerId.toString(),
    status,
    async stop() {
      if (stopped) return
      stopped = true
      await pause?.stop()
      await worker.stop()
      await node.stop()
      await metricsServer?.stop()
    },
  }
}

async function rememberShape(dataDir: string, config: GPTJConfig, microBatch: number, seq: number): Promise<void> {
  const { configToHF } = await import('@tandem/model')
  await writeFile(join(dataDir, LAST_RUN_FILE), JSON.stringify({ config: configToHF(config), microBatch, seq }))
}

async function waitForRelayAddress(node: WorkerNode, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (node.getMultiaddrs().some((a) => a.toString().includes('/p2p-circuit'))) return
    await new Promise((r) => setTimeout(r, 100))
  }
}
