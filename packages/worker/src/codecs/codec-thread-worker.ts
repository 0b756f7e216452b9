// The worker thread behind CodecThread: owns the codec instances (delta caches included) and runs
// encode/decode off the daemon's event loop. Buffers move in and out by transfer, never by copy.
import { parentPort } from 'node:worker_threads'
import type { TensorCodec } from './codec.js'
import type { CodecKey, CodecRequest, CodecResponse } from './codec-thread-protocol.js'
import { createCodec } from './create-codec.js'
import type { DeltaActivationCodec } from './delta-codec.js'

const codecs = new Map<string, TensorCodec>()

function codecFor(key: CodecKey): TensorCodec {
  const k = `${key.link}\u0000${key.codec}`
  let c = codecs.get(k)
  if (c === undefined) {
    c = createCodec(key.codec, key.init)
    codecs.set(k, c)
  }
  return c
}

function handle(req: CodecRequest): { res: CodecResponse; transfer: ArrayBuffer[] } {
  switch (req.op) {
    case 'encode': {
      const encoded = codecFor(req.key).encode(req.tensor, req.ctx)
      return { res: { id: req.id, ok: true, encoded }, transfer: [encoded.params.buffer as ArrayBuffer, encoded.payload.buffer as ArrayBuffer] }
    }
    case 'decode': {
      const tensor = codecFor(req.key).decode(req.encoded, req.ctx)
      return { res: { id: req.id, ok: true, tensor }, transfer: [tensor.buffer as ArrayBuffer] }
    }
    case 'invalidate': {
      const c = codecFor(req.key)
      if (c.stateful) (c as DeltaActivationCodec).invalidate(req.sampleIds)
      return { res: { id: req.id, ok: true }, transfer: [] }
    }
    case 'forget': {
      for (const k of [...codecs.keys()]) if (k.startsWith(`${req.link}\u0000`)) codecs.delete(k)
      return { res: { id: req.id, ok: true }, transfer: [] }
    }
  }
}

parentPort!.on('message', (req: CodecRequest) => {
  try {
    const { res, transfer } = handle(req)
    parentPort!.postMessage(res, transfer)
  } catch (err) {
    const e = err as Error & { code?: string; data?: Record<string, unknown> }
    const error = { name: e.name, message: e.message, ...(e.code === undefined ? {} : { code: e.code }), ...(e.data === undefined ? {} : { data: e.data }) }
    parentPort!.postMessage({ id: req.id, ok: false, error } satisfies CodecResponse)
  }
})
