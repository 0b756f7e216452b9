// Small hand-made models, workloads and clusters whose costs can be worked out on paper.
import { type GPTJConfig, PRESETS } from '@tandem/model'
import type { Cluster, Device } from '../../../src/placement/cluster.js'
import type { Workload } from '../../../src/placement/workload.js'

/**
 * C = 4, I = 8, 2 layers, 1 head, vocab 10. With seqLen 2 and micro-batch 1 (N = 2 tokens):
 * block forward = 2N(4C^2 + 2CI) + 4NTC = 4 * 128 + 64 = 576 FLOPs, forward + backward = 1728;
 * lm_head = 3 * 2NCV = 480. Parameters: block 2C + 4C^2 + 2CI + I + C = 148, embedding VC = 40,
 * head 2C + VC + V = 58.
 */
export const TOY: GPTJConfig = { ...PRESETS.tiny, nEmbd: 4, nInner: 8, nLayer: 2, nHead: 1, rotaryDim: 2, vocabSize: 10 }

export function toyWorkload(over: Partial<Workload> = {}): Workload {
  return {
    seqLen: 2,
    microBatch: 1,
    globalBatch: 2,
    precision: 'fp32',
    schedule: 'gpipe',
    activations: { forward: 'fp32', backward: 'fp32' },
    updates: { codec: 'fp32', bits: 4, topK: 0.1, subset: 0.1 },
    parallelism: 'auto',
    ...over,
  }
}

export function device(id: string, flopsPerS: number, over: Partial<Device> = {}): Device {
  return {
    id,
    site: id,
    flopsPerS,
    memoryBytes: 1e12,
    uplinkBytesPerS: Number.POSITIVE_INFINITY,
    downlinkBytesPerS: Number.POSITIVE_INFINITY,
    ...over,
  }
}

/** A cluster from devices and a function giving (bytes/s, latency s) for i -> j. */
export function cluster(devices: Device[], link: (i: number, j: number) => [number, number]): Cluster {
  const n = devices.length
  const bw = new Float64Array(n * n)
  const lat = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const [b, l] = i === j ? [Number.POSITIVE_INFINITY, 0] : link(i, j)
      bw[i * n + j] = Math.min(b, devices[i]!.uplinkBytesPerS, devices[j]!.downlinkBytesPerS)
      lat[i * n + j] = l
    }
  }
  return { name: 'test', devices, bandwidthBytesPerS: bw, latencyS: lat }
}
