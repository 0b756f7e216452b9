// Named fp32 tensors to and from one safetensors file: the small-file convenience over
// safetensors.ts (`tandem model grad` output, golden fixtures, optimizer state of a layer).
import { SafetensorsReader, type SafetensorsWriteDtype, writeSafetensors } from './safetensors.js'

export interface NamedTensor {
  shape: number[]
  data: Float32Array
}

/** Reads every float tensor of a file (or only `names`) as fp32. */
export async function readTensors(path: string, names?: readonly string[]): Promise<Map<string, NamedTensor>> {
  const reader = await SafetensorsReader.open(path)
  try {
    const out = new Map<string, NamedTensor>()
    for (const name of names ?? reader.names()) {
      out.set(name, { shape: [...reader.info(name).shape], data: await reader.readFloat32(name) })
    }
    return out
  } finally {
    await reader.close()
  }
}

/** Writes tensors in map order, atomically. */
export async function writeTensors(
  path: string,
  tensors: ReadonlyMap<string, NamedTensor>,
  opts: { dtype?: SafetensorsWriteDtype; metadata?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<void> {
  const dtype = opts.dtype ?? 'F32'
  await writeSafetensors(
    path,
    [...tensors].map(([name, t]) => ({ name, shape: t.shape, dtype, data: t.data })),
    { metadata: opts.metadata, signal: opts.signal },
  )
}
