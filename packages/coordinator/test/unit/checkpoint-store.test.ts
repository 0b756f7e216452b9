import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { initParams, loadHFModel, modelParams } from '@tandem/model'
import { checkpoint } from '@tandem/proto'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { BlobStore, CorruptBlobError } from '../../src/blob-store.js'
import { CheckpointStore, type TensorMeta } from '../../src/checkpoint-store.js'
import { CoordinatorDatabase } from '../../src/database.js'
import { micro } from './micro-config.js'

const { TensorRole } = checkpoint

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

async function setup(options: { blobs?: (dir: string) => BlobStore; now?: () => number } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-ckpt-'))
  dirs.push(dir)
  const db = new CoordinatorDatabase(join(dir, 'c.db'))
  db.insertRun({ id: 'r', name: 'n', configJson: '{}', modelConfigJson: '{}', createdAtMs: 1, status: 'running', epoch: 0, completedStep: 0, committedStep: -1, lossScale: 1 })
  const blobs = options.blobs?.(join(dir, 'blobs')) ?? new BlobStore({ dir: join(dir, 'blobs') })
  const store = new CheckpointStore(
    { db, blobs, logger: pino({ level: 'silent' }) },
    { runId: 'r', model: micro, modelConfigJson: '{"model_type":"gptj"}', modelConfigSha256: 'x', runConfigJson: '{}', ...(options.now ? { now: options.now } : {}) },
  )
  return { dir, db, blobs, store }
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const bytesOf = (f: Float32Array) => new Uint8Array(f.buffer, f.byteOffset, f.byteLength)

function metaFor(name: string, role: number, values: Float32Array): TensorMeta {
  const spec = modelParams(micro).find((s) => s.name === name)!
  const b = bytesOf(values)
  return { name, role, dtype: 'fp32', shape: spec.shape, sha256: sha(b), byteLength: b.byteLength, layer: spec.layer }
}

const meta = { planEpoch: 1, numStages: 2, numReplicas: 1 }

describe('BlobStore', () => {
  it('stores by sha256, dedupes, and refuses a corrupted blob on read', async () => {
    const { blobs } = await setup()
    const data = new Uint8Array([1, 2, 3, 4])
    const a = await blobs.put(data)
    const b = await blobs.put(data)
    expect(a.sha256).toBe(sha(data))
    expect(b).toEqual(a)
    expect(await blobs.get(a.sha256)).toEqual(data)
    await writeFile(blobs.pathOf(a.sha256), new Uint8Array([1, 2, 3, 5]))
    await expect(blobs.get(a.sha256)).rejects.toBeInstanceOf(CorruptBlobError)
    expect(await blobs.verify(a.sha256)).toBe('corrupt')
  })

  it('publishes nothing when the bytes do not match the declared hash', async () => {
    const { blobs } = await setup()
    const data = new Uint8Array([7, 7, 7])
    await expect(blobs.put(data, 'f'.repeat(64))).rejects.toMatchObject({ code: 'E_CORRUPT_BLOB' })
    expect(await blobs.list()).toEqual([])
    // No temporary file is left behind either.
    expect((await readdir(blobs.dir)).filter((f) => f.startsWith('.tmp-'))).toEqual([])
  })
})

describe('CheckpointStore', () => {
  it('creates step 0 from parameters and exports a Hugging Face folder that loads back', async () => {
    const { dir, store } = await setup()
    const params = initParams(micro, 7)
    const res = await store.writeFromParams(0, params, meta, 1000)
    expect(res.tensors).toBe(modelParams(micro).length)
    expect(await store.verify(0)).toBe('verified')
    const m = (await store.manifest(0))!.manifest
    expect(m.layers.map((l) => l.layer)).toEqual([-1, 0, 1, 2])
    expect(m.formatVersion).toBe(1)
    const out = join(dir, 'export')
    await store.exportHF(0, out)
    const loaded = await loadHFModel(out)
    for (const [name, v] of params) expect(loaded.params.get(name)).toEqual(v)
  })

  it('commits a step only when every layer with its optimizer state is present', async () => {
    const { db, store } = await setup()
    const params = initParams(micro, 3)
    const specs = modelParams(micro)
    const upload = async (layers: Set<number>) => {
      for (const s of specs) {
        if (!layers.has(s.layer)) continue
        const p = params.get(s.name)!
        for (const role of [TensorRole.TENSOR_ROLE_PARAM, TensorRole.TENSOR_ROLE_ADAM_M, TensorRole.TENSOR_ROLE_ADAM_V]) {
          const v = role === TensorRole.TENSOR_ROLE_PARAM ? p : new Float32Array(p.length).fill(role)
          await store.putTensor(5, metaFor(s.name, role, v), bytesOf(v))
        }
      }
    }
    await upload(new Set([-1, 0])) // stage 0
    expect(await store.commitIfComplete(5, meta, 1)).toBeUndefined()
    expect(store.presentLayers(5)).toEqual([-1, 0])
    await upload(new Set([1, 2])) // stage 1
    const res = await store.commitIfComplete(5, meta, 2)
    expect(res?.step).toBe(5)
    expect(db.getRun()!.committedStep).toBe(5)
    expect(db.pendingTensors('r', 5)).toEqual([])
    const m = (await store.manifest(5))!.manifest
    expect(m.layers.flatMap((l) => l.tensors).length).toBe(specs.length * 3)
  })

  it('refuses tensors that do not match the model or their hash', async () => {
    const { store, blobs } = await setup()
    const name = 'transformer.h.0.ln_1.weight'
    const good = new Float32Array(8).fill(1)
    const m = metaFor(name, TensorRole.TENSOR_ROLE_PARAM, good)
    await expect(store.putTensor(1, { ...m, name: 'transformer.h.9.ln_1.weight' }, bytesOf(good))).rejects.toMatchObject({ code: 'E_BAD_TENSOR' })
    await expect(store.putTensor(1, { ...m, shape: [4, 2] }, bytesOf(good))).rejects.toMatchObject({ code: 'E_BAD_TENSOR' })
    await expect(store.putTensor(1, { ...m, dtype: 'fp16' }, bytesOf(good))).rejects.toMatchObject({ code: 'E_BAD_TENSOR' })
    const tampered = new Float32Array(8).fill(2)
    await expect(store.putTensor(1, m, bytesOf(tampered))).rejects.toMatchObject({ code: 'E_CORRUPT_BLOB' })
    expect(store.missing(1).some((x) => x.name === name)).toBe(true)
    expect(await blobs.list()).toEqual([])
  })

  it('reports a corrupted checkpoint and refuses to export it', async () => {
    const { dir, store, blobs } = await setup()
    await store.writeFromParams(0, initParams(micro, 1), meta, 1)
    const m = (await store.manifest(0))!.manifest
    const victim = m.layers[1]!.tensors![0]!.blob!.sha256!
    const path = blobs.pathOf(victim)
    const bytes = await readFile(path)
    bytes[0] = bytes[0]! ^ 0xff
    await writeFile(path, bytes)
    expect(await store.verify(0)).toBe('corrupt')
    await expect(store.exportHF(0, join(dir, 'out'))).rejects.toBeInstanceOf(CorruptBlobError)
  })

  it('prunes old checkpoints and their unreferenced blobs, keeping step 0', async () => {
    const { store, blobs, db } = await setup()
    await store.writeFromParams(0, initParams(micro, 1), meta, 1)
    const specs = modelParams(micro)
    for (const step of [2, 4, 6]) {
      for (const s of specs) {
        for (const role of [TensorRole.TENSOR_ROLE_PARAM, TensorRole.TENSOR_ROLE_ADAM_M, TensorRole.TENSOR_ROLE_ADAM_V]) {
          const n = s.shape.reduce((a, b) => a * b, 1)
          const v = new Float32Array(n).fill(step * 10 + role)
          await store.putTensor(step, metaFor(s.name, role, v), bytesOf(v))
        }
      }
      await store.commitIfComplete(step, meta, step)
    }
    const before = (await blobs.list()).length
    const res = await store.prune(1)
    expect(res.checkpointsDropped).toBe(2)
    expect(store.list().map((r) => r.step)).toEqual([0, 6])
    expect((await blobs.list()).length).toBeLessThan(before)
    expect(await store.verify(6)).toBe('verified')
    expect(await store.verify(0)).toBe('verified')
    expect(db.getRun()!.committedStep).toBe(6)
  })

  it('keeps a pinned checkpoint through pruning until the pin is released or its lease lapses', async () => {
    let nowMs = 1_000
    const { store } = await setup({ now: () => nowMs })
    await store.writeFromParams(0, initParams(micro, 1), meta, 1)
    for (const step of [2, 4]) await commitStep(store, step)
    const held = (await store.pin(2))!
    const leased = (await store.pin(4, { ttlMs: 500 }))!
    expect(await store.pin(3)).toBeUndefined()
    await commitStep(store, 6)
    await store.prune(1)
    expect(store.list().map((r) => r.step)).toEqual([0, 2, 4, 6])
    expect(await store.verify(2)).toBe('verified')
    nowMs += 400
    leased.touch() // a blob request renews the lease
    nowMs += 400
    await store.prune(1)
    expect(store.list().map((r) => r.step)).toEqual([0, 2, 4, 6])
    nowMs += 501 // abandoned: the lease lapses by itself
    held.release()
    held.release() // safe twice
    await store.prune(1)
    expect(store.list().map((r) => r.step)).toEqual([0, 6])
  })

  it('finishes an export whose checkpoint retention drops while it streams (pinned, not pruned)', async () => {
    // The blob store stalls the export's first tensor read until a newer checkpoint is committed
    // and pruning has run: the race `tandem admin export` met during a run.
    let stall: Promise<void> | undefined
    let reached: () => void = () => {}
    const reachedP = new Promise<void>((r) => {
      reached = r
    })
    let release: () => void = () => {}
    class StallingBlobs extends BlobStore {
      override async get(sha256: string): Promise<Uint8Array> {
        if (stall !== undefined) {
          const wait = stall
          stall = undefined
          reached()
          await wait
        }
        return super.get(sha256)
      }
    }
    const { dir, store, blobs } = await setup({ blobs: (d) => new StallingBlobs({ dir: d }) })
    await store.writeFromParams(0, initParams(micro, 1), meta, 1)
    const exported = await commitStep(store, 2)
    await commitStep(store, 4)
    const out = join(dir, 'export-2')
    // The manifest read comes first, then the tensors: stall the second read.
    let reads = 0
    const original = blobs.get.bind(blobs)
    blobs.get = async (sha256: string) => {
      if (++reads === 2) {
        stall = new Promise<void>((r) => {
          release = r
        })
      }
      return original(sha256)
    }
    const exporting = store.exportHF(2, out)
    await reachedP
    await commitStep(store, 6)
    const pruned = await store.prune(1)
    // Step 4 goes, step 2 stays while exported.
    expect(pruned.checkpointsDropped).toBe(1)
    expect(store.list().map((r) => r.step)).toEqual([0, 2, 6])
    release()
    await exporting
    const loaded = await loadHFModel(out)
    for (const [name, values] of exported) expect(loaded.params.get(name)).toEqual(values)
    // Released after the export: the next prune drops it.
    await store.prune(1)
    expect(store.list().map((r) => r.step)).toEqual([0, 6])
  })

  it('does not delete a blob an upload re-publishes while pruning runs', async () => {
    const { store, blobs } = await setup()
    await store.writeFromParams(0, initParams(micro, 1), meta, 1)
    await commitStep(store, 2)
    // Step 4 uploads the same bytes as step 2 (a frozen layer): the blob exists, step 2 is pruned.
    const s = modelParams(micro).find((x) => x.layer === 0)!
    const v = valuesFor(2, s.shape, TensorRole.TENSOR_ROLE_PARAM)
    await commitStep(store, 3)
    const [, up] = await Promise.all([store.prune(1), store.putTensor(4, metaFor(s.name, TensorRole.TENSOR_ROLE_PARAM, v), bytesOf(v))])
    expect(up).toBeUndefined()
    expect(await blobs.has(metaFor(s.name, TensorRole.TENSOR_ROLE_PARAM, v).sha256)).toBe(true)
  })
})

function valuesFor(step: number, shape: number[], role: number): Float32Array {
  const n = shape.reduce((a, b) => a * b, 1)
  return Float32Array.from({ length: n }, (_, i) => step * 10 + role + i * 1e-3)
}

/** Uploads and commits a full step; returns its parameters. */
async function commitStep(store: CheckpointStore, step: number): Promise<Map<string, Float32Array>> {
  const params = new Map<string, Float32Array>()
  for (const s of modelParams(micro)) {
    for (const role of [TensorRole.TENSOR_ROLE_PARAM, TensorRole.TENSOR_ROLE_ADAM_M, TensorRole.TENSOR_ROLE_ADAM_V]) {
      const v = valuesFor(step, s.shape, role)
      if (role === TensorRole.TENSOR_ROLE_PARAM) params.set(s.name, v)
      await store.putTensor(step, metaFor(s.name, role, v), bytesOf(v))
    }
  }
  expect((await store.commitIfComplete(step, meta, step))?.step).toBe(step)
  return params
}
