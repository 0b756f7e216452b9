// The execution provider chosen by `--device`: one clear refusal when it is missing (never a
// silent fallback to the CPU), checked before anything is built, and again when a session starts.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { UserError } from '@tandem/proto'
import * as ort from 'onnxruntime-node'
import type { Device } from './ort-options.js'

export { DEVICES, type Device, type SessionSettings, sessionOptions } from './ort-options.js'

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
  if (device === 'cuda' && process.platform === 'linux' && !existsSync(join(ortBinaryDir(), 'libonnxruntime_providers_cuda.so'))) {
    throw new UserError(`--device cuda: ${INSTALL_HINT.cuda}`)
  }
}

/** The UserError for a session that could not start on `device` (ONNX Runtime's first line appended). */
export function deviceUnavailable(device: Device, cause: string): UserError {
  const hint = device === 'cpu' ? 'the CPU provider failed to start.' : INSTALL_HINT[device]
  return new UserError(`--device ${device}: ${hint} (ONNX Runtime said: ${cause.split('\n')[0]})`)
}
