// ONNX Runtime sessions for Tandem's graphs: the execution provider chosen by `--device`, session
// options that help training graphs, and one clear refusal when a provider is missing (never a
// silent fallback to the CPU).
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { UserError } from '@tandem/proto'
import * as ort from 'onnxruntime-node'

export type Device = 'cpu' | 'cuda' | 'webgpu'

export const DEVICES: readonly Device[] = ['cpu', 'cuda', 'webgpu']

export interface SessionSettings {
  device: Device
  /** Intra-op threads (default: every core). */
  threads?: number
}

/** The folder that holds onnxruntime-node's native libraries (where the CUDA provider must be). */
function ortBinaryDir(): string {
  const require = createRequire(import.meta.url)
  const pkg = dirname(require.resolve('onnxruntime-node/package.json'))
  return join(pkg, 'bin', 'napi-v6', process.platform, process.arch)
}

const INSTALL_HINT: Record<Exclude<Device, 'cpu'>, string> = {
  cuda:
    "the CUDA execution provider is not installed: on an NVIDIA host with CUDA 12, reinstall onnxruntime-node with ONNXRUNTIME_NODE_INSTALL=cuda12 (e.g. 'ONNXRUNTIME_NODE_INSTALL=cuda12 npm rebuild onnxruntime-node'; see README, GPU workers), or use --device cpu.",
  webgpu:
    'the WebGPU execution provider found no usable GPU: install a Vulkan driver for your GPU (on Debian: mesa-vulkan-drivers, or the vendor driver) and check that vulkaninfo lists it, or use --device cpu.',
}

/** Throws a UserError when the provider for `device` is certainly missing (a cheap check before building anything). */
export function assertDeviceInstalled(device: Device): void {
  if (device === 'cpu') return
  const supported = ort.listSupportedBackends().find((b) => b.name === device)
  if (!supported) throw new UserError(`--device ${device}: this onnxruntime-node build has no ${device} support; ${INSTALL_HINT[device]}`)
  if (device === 'cuda' && !existsSync(join(ortBinaryDir(), 'libonnxruntime_providers_cuda.so')) && process.platform === 'linux') {
    throw new UserError(`--device cuda: ${INSTALL_HINT.cuda}`)
  }
}

export function sessionOptions(s: SessionSettings): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: [s.device],
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    intraOpNumThreads: s.threads ?? availableParallelism(),
    interOpNumThreads: 1,
    enableCpuMemArena: true,
    enableMemPattern: true,
    logSeverityLevel: 3,
  }
}

/** Creates a session, turning a missing or unusable provider into one UserError sentence. */
export async function createSession(bytes: Uint8Array, s: SessionSettings): Promise<ort.InferenceSession> {
  assertDeviceInstalled(s.device)
  try {
    return await ort.InferenceSession.create(bytes, sessionOptions(s))
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    if (s.device !== 'cpu' && /provider|adapter|cuda|webgpu|dawn|vulkan|device/i.test(msg)) {
      throw new UserError(`--device ${s.device}: ${INSTALL_HINT[s.device]} (ONNX Runtime said: ${msg.split('\n')[0]})`)
    }
    throw err
  }
}
