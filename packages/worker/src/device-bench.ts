// What the worker measures about itself before joining: one GPT-J block's forward + backward time
// through the model's stage runtime (the same code path training uses), the memory it may use, and
// the codecs it speaks. The planner scales the figure to the run's sizes by the shape it reports.
import { availableParallelism, cpus, freemem, totalmem } from 'node:os'
import { type Device, type GPTJConfig, initParams, PRESETS, StageRuntime } from '@tandem/model'
import { control, type TokenBatch } from '@tandem/proto'
import { ACTIVATION_CODECS } from './codec-choice.js'

export interface BenchShape {
  config: GPTJConfig
  microBatch: number
  seq: number
}

/** Default shape: a block of the `tiny` preset at the demo's micro-batch and length. */
export const DEFAULT_BENCH: BenchShape = { config: PRESETS.tiny, microBatch: 2, seq: 128 }

const BENCH_REPEATS = 3

export interface BenchResult {
  /** Seconds per block forward + backward (median of a few runs after a warm-up). */
  layerSeconds: number
  /** Non-CPU devices: the block's output agrees with the CPU's (max abs error below the bound). */
  selfTestPassed: boolean
  selfTestMaxAbsError: number
}

/** A device whose block output differs from the CPU reference by more than this fails its self-test. */
export const SELF_TEST_MAX_ABS_ERROR = 1e-3

function benchInputs(shape: BenchShape) {
  const { config, microBatch: b, seq: T } = shape
  // A middle block (no embedding, no head): needs a model of at least three layers.
  const cfg = { ...config, nLayer: Math.max(3, config.nLayer) }
  const n = b * T
  const batch: TokenBatch = { batch: b, seq: T, inputIds: new Int32Array(n), labels: new Int32Array(n).fill(-100), segmentIds: new Int32Array(n).fill(1), prefixMask: new Uint8Array(n) }
  const hidden = new Float32Array(n * cfg.nEmbd).map((_, i) => Math.sin(i) * 0.1)
  return { cfg, range: { start: 1, end: 2 }, batch, hidden }
}

/** Measures one block on `device`; on a GPU also checks its output against the CPU's. */
export async function benchBlock(device: Device, shape: BenchShape = DEFAULT_BENCH, threads?: number): Promise<BenchResult> {
  const { microBatch: b, seq: T } = shape
  const { cfg, range, batch, hidden } = benchInputs(shape)
  const params = initParams(cfg, 1, range)
  const create = (d: Device) => StageRuntime.create({ config: cfg, range, microBatch: b, seq: T, device: d, precision: 'fp32', ...(threads !== undefined ? { threads } : {}) }, params)
  let selfTestMaxAbsError = 0
  if (device !== 'cpu') {
    const cpu = await create('cpu')
    const dev = await create(device)
    try {
      const want = (await cpu.evaluate({ batch, hidden })).hidden!
      const got = (await dev.evaluate({ batch, hidden })).hidden!
      for (let i = 0; i < want.length; i++) selfTestMaxAbsError = Math.max(selfTestMaxAbsError, Math.abs(want[i]! - got[i]!))
      if (!Number.isFinite(selfTestMaxAbsError)) selfTestMaxAbsError = Number.POSITIVE_INFINITY
    } finally {
      await cpu.close()
      await dev.close()
    }
  }
  const rt = await create(device)
  try {
    const times: number[] = []
    for (let i = 0; i <= BENCH_REPEATS; i++) {
      rt.zeroGrad()
      const t0 = performance.now()
      const f = await rt.forward(0, { batch, hidden })
      await rt.backward(0, f.hidden!)
      if (i > 0) times.push((performance.now() - t0) / 1000)
    }
    times.sort((a, c) => a - c)
    return { layerSeconds: times[Math.floor(times.length / 2)]!, selfTestPassed: selfTestMaxAbsError <= SELF_TEST_MAX_ABS_ERROR, selfTestMaxAbsError }
  } finally {
    await rt.close()
  }
}

const DEVICE_KIND: Record<Device, number> = {
  cpu: control.DeviceKind.DEVICE_KIND_CPU,
  cuda: control.DeviceKind.DEVICE_KIND_CUDA,
  webgpu: control.DeviceKind.DEVICE_KIND_WEBGPU,
}

/** The capabilities a JoinRequest carries; the figures from benchBlock (zero when skipped). */
export function capabilities(device: Device, bench: BenchResult, shape: BenchShape, caps: { memoryBytesMax?: number; bandwidthBytesPerSecondMax?: number } = {}): control.ICapabilities {
  const memory = Math.min(freemem(), caps.memoryBytesMax ?? Number.POSITIVE_INFINITY)
  return {
    deviceKind: DEVICE_KIND[device],
    deviceName: device === 'cpu' ? `cpu (${availableParallelism()} cores, ${cpus()[0]?.model.trim() ?? 'unknown'})` : device,
    deviceMemoryBytes: memory,
    hostMemoryBytes: totalmem(),
    cpuCores: availableParallelism(),
    layerSecondsFwdBwd: bench.layerSeconds,
    benchMicroBatch: shape.microBatch,
    benchSeqLen: shape.seq,
    benchEmbd: shape.config.nEmbd,
    computeDtypes: device === 'cpu' ? ['fp32'] : ['fp32', 'fp16'],
    codecs: [...ACTIVATION_CODECS, 'cocktail'],
    selfTestPassed: bench.selfTestPassed,
    selfTestMaxAbsError: bench.selfTestMaxAbsError,
    bandwidthBytesPerSecondMax: caps.bandwidthBytesPerSecondMax ?? 0,
  }
}
