// Every decoder meets at least 10,000 hostile inputs: random bytes, truncations and bit flips of
// valid encodings. Each must end in a valid value or a typed error (DecodeError, LimitError,
// ValidationError): never another exception, a hang, or an allocation beyond the declared limits.
// The PRNG is seeded; a failure prints the seed and the input.
import { describe, expect, it } from 'vitest'
import { ByteReader } from '../../src/byte-reader.js'
import { decodeFrame, encodeFrame, readFrame } from '../../src/frame-codec.js'
import { frameLimits } from '../../src/frame-validation.js'
import { decodeCheckpointManifest } from '../../src/manifest.js'
import { decodeLengthPrefixed, decodeMessage, type MessageType, readMessage } from '../../src/message-framing.js'
import { admin, checkpoint, control, onnx, tensor } from '../../src/messages.js'
import { chunked } from '../helpers/streams.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20261127)
const CASES = 10_000
const TYPED = new Set(['DecodeError', 'LimitError', 'ValidationError'])
// Limits small enough that random prefixes often hit them; allocation is bounded by these.
const MESSAGE_LIMIT = { messageBytesMax: 64 * 1024 }
const LIMITS = frameLimits({ frameBytesMax: 256 * 1024, headerBytesMax: 4096 })

function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Hostile inputs derived from valid encodings: random bytes, truncations, flips, splices. */
function* hostile(valid: Uint8Array[], seed: number, count: number): Generator<Uint8Array> {
  const rand = prng(seed)
  const int = (n: number): number => Math.floor(rand() * n)
  for (let i = 0; i < count; i++) {
    const base = valid[int(valid.length)]!
    switch (i % 5) {
      case 0: {
        const out = new Uint8Array(int(300))
        for (let k = 0; k < out.length; k++) out[k] = int(256)
        yield out
        break
      }
      case 1:
        yield base.slice(0, int(base.length + 1))
        break
      case 2: {
        const out = base.slice()
        const flips = 1 + int(4)
        for (let k = 0; k < flips && out.length > 0; k++) out[int(out.length)]! ^= 1 << int(8)
        yield out
        break
      }
      case 3: {
        const out = base.slice()
        if (out.length > 0) out[int(Math.min(out.length, 8))] = 0xff
        yield out.slice(0, int(out.length + 1))
        break
      }
      default: {
        const other = valid[int(valid.length)]!
        const a = base.subarray(0, int(base.length + 1))
        const b = other.subarray(int(other.length + 1))
        const out = new Uint8Array(a.length + b.length)
        out.set(a)
        out.set(b, a.length)
        yield out
      }
    }
  }
}

function expectTyped(fn: () => unknown, input: Uint8Array, what: string): void {
  try {
    fn()
  } catch (err) {
    if (!(err instanceof Error) || !TYPED.has(err.name)) {
      throw new Error(`${what}: untyped ${String(err)} on input [${Array.from(input).join(',')}] (FUZZ_SEED=${SEED})`)
    }
  }
}

async function expectTypedAsync(fn: () => Promise<unknown>, input: Uint8Array, what: string): Promise<void> {
  try {
    await fn()
  } catch (err) {
    if (!(err instanceof Error) || !TYPED.has(err.name)) {
      throw new Error(`${what}: untyped ${String(err)} on input [${Array.from(input).join(',')}] (FUZZ_SEED=${SEED})`)
    }
  }
}

const samplesControl: control.IControlMessage[] = [
  { sentAtMs: 1_700_000_000_000, joinRequest: { joinToken: 'tok', workerPeerId: '12D3KooW', protocolVersion: '1.0.0', capabilities: { deviceKind: 2, deviceName: 'H100', deviceMemoryBytes: 80e9, flopsPerSecond: 1e14, layerSecondsFwdBwd: 0.12 }, links: [{ peerId: 'p', latencyMs: 3.5, bandwidthBytesPerSecond: 1.2e8, ok: true }] } },
  { plan: { runId: 'r', epoch: 9, resumeStep: 100, numStages: 2, numReplicas: 2, assignments: [{ peerId: 'a', multiaddrs: ['/ip4/1.2.3.4/tcp/1'], stageIndex: 1, layerStart: 14, layerEnd: 28, dataParallelPeerIds: ['b'], stateSources: [{ layerStart: 14, layerEnd: 28, origin: 2, peerIds: ['b'] }] }], hyper: { learningRate: 1e-5, beta2: 0.999 }, codecs: { updates: { codec: 'cocktail', params: new Uint8Array([1, 2]) } } } },
  { stepReport: { runId: 'r', step: 3, hasLoss: true, loss: 2.5, timings: { totalMs: 100 }, spans: [{ phase: 4, startMs: 0, endMs: 10 }], bytes: [{ kind: 1, bytesOut: 1000 }] } },
  { heartbeat: { runId: 'r', epoch: 1, step: 2, memory: { hostRssBytes: 1e9 } } },
  { logAnswer: { requestId: 1, lines: [{ timeMs: 1, level: 'info', message: '<b>x</b>' }] } },
]
const samplesState: control.IStateMessage[] = [
  { request: { requestId: 1, runId: 'r', step: 5, layerStart: 0, layerEnd: 4, includeOptimizer: true } },
  { answer: { requestId: 1, ok: true, tensors: [{ name: 'transformer.h.0.ln_1.weight', layer: 0, role: 1, dtype: 1, shape: [64], byteLength: 256, sha256: 'ab' }] } },
  { uploadResult: { requestId: 2, ok: false, badTensors: ['x'] } },
]
const samplesProbe: control.IProbeMessage[] = [{ start: { bytes: 1 << 20, chunkBytes: 65536 } }, { result: { bytesReceived: 5, elapsedMs: 1.5 } }]
const samplesAdminRequest: admin.IAdminRequest[] = [
  { requestId: 1, adminKey: 'k', drain: { peerId: 'p', reason: 'maintenance' } },
  { requestId: 2, viewerToken: 'v', status: {} },
  { requestId: 3, adminKey: 'k', tokenCreate: { kind: 1, label: 'donor', ttlMs: 3600_000 } },
]
const samplesAdminAnswer: admin.IAdminAnswer[] = [
  { requestId: 1, ok: true, workers: { workers: [{ peerId: 'p', name: 'gpu box', deviceKind: 'cuda', links: [{ peerId: 'q', latencyMs: 1 }] }] } },
  { requestId: 2, ok: false, error: 1, message: 'wrong key' },
  { requestId: 3, ok: true, blob: { sha256: 'aa', offset: 0, totalBytes: 10, data: new Uint8Array(10) } },
]
const samplesManifest: checkpoint.ICheckpointManifest[] = [
  {
    formatVersion: 1,
    runId: 'r',
    step: 100,
    numLayers: 2,
    layers: [{ layer: -1, tensors: [{ name: 'transformer.wte.weight', role: 1, dtype: 1, shape: [50400, 64], blob: { sha256: 'ff', byteLength: 12_902_400 } }] }],
    lossScale: { dynamic: true, scale: 65536 },
    data: { datasetId: 'sample', cursor: new Uint8Array([9, 9]) },
  },
]
const samplesOnnx: onnx.IModelProto[] = [{ ir_version: 8, opset_import: [{ domain: '', version: 17 }], graph: { name: 'g', node: [{ op_type: 'MatMul', input: ['a', 'b'], output: ['c'] }] } }]

function encodeAll<P>(type: MessageType<unknown, P>, samples: P[]): Uint8Array[] {
  return samples.map((s) => type.encode(s).finish())
}

const frameSamples = [
  encodeFrame({ runId: 'r', epoch: 1, step: 2, kind: 1, dtype: 2, shape: [2, 3], codec: 'raw', sender: 'p' }, new Uint8Array(12)),
  encodeFrame({ runId: 'r', kind: 3, dtype: 1, shape: [4], codec: 'q8-delta', codecParams: new Uint8Array([1, 2, 3]) }, new Uint8Array(7)),
  encodeFrame({ kind: 4, dtype: 1, shape: [], tensorName: 'lm_head.bias', codec: 'fp32' }, new Uint8Array(4)),
]

describe(`fuzz (${CASES} inputs per decoder, seed ${SEED})`, () => {
  const envelopes: Array<[string, MessageType<unknown, never>, Uint8Array[]]> = [
    ['ControlMessage', control.ControlMessage as MessageType<unknown, never>, encodeAll(control.ControlMessage, samplesControl)],
    ['StateMessage', control.StateMessage as MessageType<unknown, never>, encodeAll(control.StateMessage, samplesState)],
    ['ProbeMessage', control.ProbeMessage as MessageType<unknown, never>, encodeAll(control.ProbeMessage, samplesProbe)],
    ['AdminRequest', admin.AdminRequest as MessageType<unknown, never>, encodeAll(admin.AdminRequest, samplesAdminRequest)],
    ['AdminAnswer', admin.AdminAnswer as MessageType<unknown, never>, encodeAll(admin.AdminAnswer, samplesAdminAnswer)],
    ['TensorFrameHeader', tensor.TensorFrameHeader as MessageType<unknown, never>, frameSamples.map((f) => f.subarray(1, 1 + f[0]!))],
    ['ModelProto', onnx.ModelProto as MessageType<unknown, never>, encodeAll(onnx.ModelProto, samplesOnnx)],
  ]

  for (const [name, type, valid] of envelopes) {
    it(`${name}: bare, length-prefixed and streamed`, async () => {
      const prefixed = valid.map((v) => {
        const out = new Uint8Array(v.length + 5)
        let n = v.length
        let o = 0
        while (n >= 0x80) {
          out[o++] = (n & 0x7f) | 0x80
          n = Math.floor(n / 128)
        }
        out[o++] = n
        out.set(v, o)
        return out.subarray(0, o + v.length)
      })
      let decoded = 0
      let i = 0
      for (const input of hostile(valid, SEED + name.length, CASES)) {
        expectTyped(() => decodeMessage(type, input, MESSAGE_LIMIT), input, `${name} decodeMessage`)
        i++
      }
      for (const input of hostile(prefixed, SEED + 7 * name.length, CASES)) {
        expectTyped(
          () => {
            decodeLengthPrefixed(type, input, MESSAGE_LIMIT)
            decoded++
          },
          input,
          `${name} decodeLengthPrefixed`,
        )
        await expectTypedAsync(
          async () => {
            const reader = new ByteReader(chunked(input, [1, 3, input.length >> 1]))
            // A finite input holds at most input.length messages; more would be a hang.
            for (let k = 0; k <= input.length; k++) if ((await readMessage(reader, type, MESSAGE_LIMIT)) === null) return
            throw new Error('reader did not end')
          },
          input,
          `${name} readMessage`,
        )
      }
      expect(i).toBe(CASES)
      expect(decoded).toBeGreaterThan(0) // the valid ones among the mutations still decode
    })
  }

  it('CheckpointManifest (with format check)', () => {
    for (const input of hostile(encodeAll(checkpoint.CheckpointManifest, samplesManifest), SEED + 99, CASES)) {
      expectTyped(() => decodeCheckpointManifest(input, MESSAGE_LIMIT.messageBytesMax), input, 'decodeCheckpointManifest')
    }
  })

  it('tensor frames: whole-buffer and streamed', async () => {
    const arrayBuffersBefore = process.memoryUsage().arrayBuffers
    let frames = 0
    for (const input of hostile(frameSamples, SEED + 1234, CASES)) {
      expectTyped(() => decodeFrame(input, LIMITS), input, 'decodeFrame')
      await expectTypedAsync(
        async () => {
          const reader = new ByteReader(chunked(input, [2, 5, input.length - 3]))
          for (let k = 0; k <= input.length; k++) {
            try {
              if ((await readFrame(reader, LIMITS, { epoch: 1 })) === null) return
              frames++
            } catch (err) {
              // A skipped frame leaves the reader usable: keep reading, as a daemon would.
              if ((err as { data?: { frameSkipped?: boolean } }).data?.frameSkipped !== true) throw err
            }
          }
          throw new Error('reader did not end')
        },
        input,
        'readFrame',
      )
    }
    expect(frames).toBeGreaterThan(0)
    // Nothing was retained or allocated beyond the per-frame limit.
    expect(process.memoryUsage().arrayBuffers - arrayBuffersBefore).toBeLessThan(64 * 1024 * 1024)
  })
})
