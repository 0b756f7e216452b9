// ONNX Runtime session options for Tandem's graphs, and how to tell a missing execution provider
// apart from other failures (user-facing errors are made in ./ort-session.ts).
import { availableParallelism } from 'node:os'
import type * as ort from 'onnxruntime-node'

export type Device = 'cpu' | 'cuda' | 'webgpu'

export const DEVICES: readonly Device[] = ['cpu', 'cuda', 'webgpu']

export interface SessionSettings {
  device: Device
  /** Intra-op threads (default: every core). */
  threads?: number
  /**
   * ONNX Runtime's memory pattern (one planned block for all intermediates). Off by default: on
   * the small preset's fused training graph it raised peak RSS from 2.3 to 3.6 GiB (batch 2 x 512);
   * its effect on speed was within the noise of the (shared) machine it was measured on.
   */
  memPattern?: boolean
}

export function sessionOptions(s: SessionSettings): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: [s.device],
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    intraOpNumThreads: s.threads ?? availableParallelism(),
    interOpNumThreads: 1,
    enableCpuMemArena: true,
    enableMemPattern: s.memPattern ?? false,
    logSeverityLevel: 3,
  }
}

/** Whether a session-creation failure on a GPU provider means the provider or its device is missing. */
export function isDeviceFailure(device: Device, message: string): boolean {
  return device !== 'cpu' && /provider|adapter|cuda|webgpu|dawn|vulkan|device|gpu/i.test(message)
}
