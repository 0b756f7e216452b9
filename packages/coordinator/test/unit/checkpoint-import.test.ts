import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configToHF, type GPTJConfig, modelParams } from '@tandem/model'
import { checkpoint } from '@tandem/proto'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { BlobStore } from '../../src/blob-store.js'
import { checkManifest, importCheckpoint, openCheckpointSource, packCheckpoint, parseCheckpointRef, resumedCursor } from '../../src/checkpoint-import.js'
import { CheckpointStore } from '../../src/checkpoint-store.js'
import { BLOBS_DIR, DATABASE_FILE } from '../../src/constants.js'
import { CoordinatorDatabase } from '../../src/database.js'
import { micro } from './micro-config.js'
import { parseRunConfig } from '../../src/run-config.js'

const { TensorRole } = checkpoint

const dirs: string[] = []
const dbs: CoordinatorDatabase[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close()
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

/** A coordinator-shaped data dir (database + blobs) whose store holds `model`'s checkpoints. */
async function dataDir(runId: string, model: GPTJConfig = micro) {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-import-'))
  dirs.push(dir)
  const db = new CoordinatorDatabase(join(dir, DATABASE_FILE))
  dbs.push(db)
  db.insertRun({ id: runId, name: 'n', configJson: '{}', modelConfigJson: '{}', createdAtMs: 1, status: 'running', epoch: 0, completedStep: 0, committedStep: -1, lossScale: 1 })
  const blobs = new BlobStore({ dir: join(dir, BLOBS_DIR) })
  const modelConfigJson = JSON.stringify(configToHF(model))
  const store = new CheckpointStore(
    { db, blobs, logger: pino({ level: 'silent' }) },
    { runId, model, modelConfigJson, modelConfigSha256: createHash('sha256').update(modelConfigJson).digest('hex'), runConfigJson: '{}' },
  )
  return { dir, db, blobs, store }
}

const values = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 1000 + i))
const bytesOf = (f: Float32Array) => new Uint8Array(f.buffer, f.byteOffset, f.byteLength)
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const cursor = { format: 'tandem-data-cursor', version: 1, dataset: 'ds-1', seed: 7, globalBatch: 4, seqLen: 32, weights: { a: 1 }, ul2: { s: 1, r: 0, x: 0 }, step: 3, draws: 12, positions: { a: 12 } }

/** Source run with step 0 (weights) and step 3 (weights + Adam moments, cursor, loss scale). */
async function source() {
  const src = await dataDir('run-a')
  await src.store.writeFromParams(0, (spec) => values(spec.shape.reduce((a, b) => a * b, 1), 1), { planEpoch: 0, numStages: 0, numReplicas: 0 }, 1)
  let k = 2
  for (const spec of modelParams(micro)) {
    for (const role of [TensorRole.TENSOR_ROLE_PARAM, TensorRole.TENSOR_ROLE_ADAM_M, TensorRole.TENSOR_ROLE_ADAM_V]) {
      const b = bytesOf(values(spec.shape.reduce((a, x) => a * x, 1), k++))
      await src.store.putTensor(3, { name: spec.name, role, dtype: 'fp32', shape: spec.shape, sha256: sha(b), byteLength: b.byteLength, layer: spec.layer }, b)
    }
  }
  const res = await src.store.commitIfComplete(
    3,
    {
      planEpoch: 2,
      numStages: 2,
      numReplicas: 1,
      optimizer: { kind: 'adamw', stepCount: 3, learningRate: 1e-3 },
      data: { datasetId: 'ds-1', cursor: new TextEncoder().encode(JSON.stringify(cursor)), sequencesConsumed: 12 },
      rng: { seed: 7 },
      lossScale: { dynamic: true, scale: 1024 },
    },
    2,
  )
  expect(res?.step).toBe(3)
  return src
}

/** Every (name, role) -> bytes of a committed checkpoint. */
async function contents(store: CheckpointStore, blobs: BlobStore, step: number): Promise<Map<string, string>> {
  const m = await store.manifest(step)
  const out = new Map<string, string>()
  for (const l of m!.manifest.layers) for (const t of l.tensors ?? []) out.set(`${t.name}|${t.role}`, sha(await blobs.get(t.blob?.sha256 ?? '')))
  return out
}

describe('checkpoint import', () => {
  it('copies the newest checkpoint of a data dir with its optimizer, data cursor and loss scale', async () => {
    const src = await source()
    const dst = await dataDir('run-b')
    const opened = await openCheckpointSource({ from: src.dir })
    expect(opened.kind).toBe('data-dir')
    expect(opened.step).toBe(3)
    const res = await importCheckpoint(opened, dst.store, micro, 5)
    expect(res).toMatchObject({ step: 3, lossScale: 1024, tensors: modelParams(micro).length * 3 })
    const m = (await dst.store.manifest(3))!
    expect(m.row.origin).toBe('import')
    expect(m.manifest.runId).toBe('run-b')
    expect(Number(m.manifest.optimizer?.stepCount)).toBe(3)
    expect(JSON.parse(new TextDecoder().decode(m.manifest.data!.cursor!))).toEqual(cursor)
    expect(m.manifest.lossScale?.scale).toBe(1024)
    expect(m.manifest.numStages).toBe(2)
    expect(await contents(dst.store, dst.blobs, 3)).toEqual(await contents(src.store, src.blobs, 3))
    expect(await dst.store.verify(3)).toBe('verified')
  })

  it('picks an older step with DIR@STEP and refuses a step that was not committed', async () => {
    const src = await source()
    const zero = await openCheckpointSource(parseCheckpointRef(`${src.dir}@0`))
    expect(zero.step).toBe(0)
    // Step 0: weights only, and no dynamic loss scale to carry over.
    const dst = await dataDir('run-b')
    expect(await importCheckpoint(zero, dst.store, micro, 5)).toMatchObject({ step: 0, tensors: modelParams(micro).length, lossScale: undefined })
    await expect(openCheckpointSource({ from: src.dir, step: 2 })).rejects.toThrow(/has no committed checkpoint at step 2; committed steps: 0, 3\./)
    await expect(openCheckpointSource({ from: join(src.dir, 'nothing') })).rejects.toThrow(/is neither a coordinator data dir .* nor a checkpoint pack/)
  })

  it('refuses a blob that does not hash to its name, naming the tensor, and commits nothing', async () => {
    const src = await source()
    const m = (await src.store.manifest(3))!.manifest
    const t = (m.layers.find((l) => l.layer === 1)!.tensors ?? []).find((x) => x.name === 'transformer.h.1.mlp.fc_in.weight' && x.role === TensorRole.TENSOR_ROLE_ADAM_V)!
    const path = src.blobs.pathOf(t.blob?.sha256 ?? '')
    const bytes = await readFile(path)
    bytes[5] = bytes[5]! ^ 0xff
    await writeFile(path, bytes)
    const dst = await dataDir('run-b')
    const err = (await importCheckpoint(await openCheckpointSource({ from: src.dir }), dst.store, micro, 5).then(
      () => new Error('imported'),
      (e: unknown) => e,
    )) as Error & { code: string }
    expect(err).toMatchObject({ name: 'UserError', code: 'E_RESUME' })
    expect(err.message).toMatch(/damaged blob for Adam's second moment of transformer\.h\.1\.mlp\.fc_in\.weight/)
    expect(dst.store.list()).toEqual([])
  })

  it('refuses a checkpoint whose blob is missing or truncated', async () => {
    const src = await source()
    const m = (await src.store.manifest(3))!.manifest
    const entry = (name: string, role: number) => (m.layers.flatMap((l) => l.tensors ?? [])).find((x) => x.name === name && x.role === role)!
    const dst = await dataDir('run-b')
    const attempt = async () => (await importCheckpoint(await openCheckpointSource({ from: src.dir }), dst.store, micro, 5).then(() => new Error('imported'), (e: unknown) => e)) as Error
    const truncated = src.blobs.pathOf(entry('transformer.ln_f.bias', TensorRole.TENSOR_ROLE_PARAM).blob?.sha256 ?? '')
    await writeFile(truncated, (await readFile(truncated)).subarray(4))
    expect((await attempt()).message).toMatch(/has a 28-byte blob for the weights of transformer\.ln_f\.bias, its manifest says 32 \(the file was truncated or altered\)\.$/)
    await rm(src.blobs.pathOf(entry('transformer.h.0.attn.q_proj.weight', TensorRole.TENSOR_ROLE_ADAM_M).blob?.sha256 ?? ''))
    expect((await attempt()).message).toMatch(/is missing the blob of Adam's first moment of transformer\.h\.0\.attn\.q_proj\.weight \(.*\): ENOENT; was it pruned\?$/)
    expect(dst.store.list()).toEqual([])
  })

  it('refuses a checkpoint of another model with one sentence naming the field', async () => {
    const src = await source()
    const other = { ...micro, nInner: 32 }
    const dst = await dataDir('run-b', other)
    const err = (await importCheckpoint(await openCheckpointSource({ from: src.dir }), dst.store, other, 5).then(
      () => new Error('imported'),
      (e: unknown) => e,
    )) as Error
    expect(err.message).toMatch(/is a checkpoint of another model: its n_inner is 16 but the run's model has 32;/)
    expect(err.message.split('. ').length).toBe(1)
  })

  it('refuses a manifest that lacks a layer or a moment', async () => {
    const src = await source()
    const m = (await src.store.manifest(3))!.manifest
    const noLayer = { ...m, layers: m.layers.filter((l) => l.layer !== 1) }
    expect(() => checkManifest(noLayer, micro, 'it')).toThrow('it lacks layer 1; it cannot be resumed.')
    const noMoment = {
      ...m,
      layers: m.layers.map((l) => (l.layer === -1 ? { ...l, tensors: (l.tensors ?? []).filter((t) => t.role !== TensorRole.TENSOR_ROLE_ADAM_M) } : l)),
    }
    expect(() => checkManifest(noMoment, micro, 'it')).toThrow("it lacks Adam's first moment of transformer.wte.weight (layer -1); it cannot be resumed.")
    // Step 0 needs weights only.
    expect(checkManifest((await src.store.manifest(0))!.manifest, micro, 'it')).toHaveLength(modelParams(micro).length)
  })

  it('packs a checkpoint into a self-contained folder that imports like the data dir', async () => {
    const src = await source()
    const out = join(src.dir, '..', `${src.dir.split('/').at(-1)}-pack`)
    dirs.push(out)
    const packed = await packCheckpoint(await openCheckpointSource({ from: src.dir }), out, 9)
    expect(packed).toMatchObject({ step: 3, blobs: modelParams(micro).length * 3 + 1 })
    await expect(packCheckpoint(await openCheckpointSource({ from: src.dir }), out, 9)).rejects.toThrow(/already holds a checkpoint pack/)
    const opened = await openCheckpointSource({ from: out })
    expect(opened.kind).toBe('pack')
    await expect(openCheckpointSource({ from: out, step: 0 })).rejects.toThrow(/holds step 3, not step 0/)
    const dst = await dataDir('run-b')
    await importCheckpoint(opened, dst.store, micro, 5)
    expect(await contents(dst.store, dst.blobs, 3)).toEqual(await contents(src.store, src.blobs, 3))
  })
})

describe('checkpoint references and the resumed data cursor', () => {
  it('reads DIR@STEP and agrees with --resume-step', () => {
    expect(parseCheckpointRef('/x/coord@40')).toEqual({ from: '/x/coord', step: 40 })
    expect(parseCheckpointRef('/x/coord')).toEqual({ from: '/x/coord' })
    expect(parseCheckpointRef('/x/coord', 5)).toEqual({ from: '/x/coord', step: 5 })
    expect(() => parseCheckpointRef('/x/coord@40', 5)).toThrow(/names step 40 but --resume-step says 5/)
  })

  it('continues the stream position with the run batch shape, or says why not', () => {
    const run = parseRunConfig({ globalBatch: 8, microBatch: 2, seqLen: 64 }, 'run.json')
    const state = { cursor: new TextEncoder().encode(JSON.stringify(cursor)) }
    expect(resumedCursor(state, run, 'ds-1')).toEqual({ json: { ...cursor, globalBatch: 8, seqLen: 64 } })
    expect(resumedCursor(state, run, 'ds-2')).toEqual({ why: 'the checkpoint read dataset ds-1, this run reads ds-2' })
    expect(resumedCursor(undefined, run, 'ds-1')).toEqual({ why: 'the checkpoint carries no data cursor' })
  })

  it('RUN.json resume: resolved against the file, validated like the other fields', () => {
    expect(parseRunConfig({ resume: { from: 'old', step: 3 } }, 'run.json', { baseDir: '/runs' }).resume).toEqual({ from: '/runs/old', step: 3 })
    expect(parseRunConfig({ resume: { from: '/abs' } }, 'run.json').resume).toEqual({ from: '/abs' })
    expect(parseRunConfig({}, 'run.json').resume).toBeUndefined()
    expect(() => parseRunConfig({ resume: { from: 'x', at: 3 } }, 'run.json')).toThrow(/^run\.json: resume\.at is not a known field/)
    expect(() => parseRunConfig({ resume: { from: 'x', step: -1 } }, 'run.json')).toThrow('run.json: resume.step must be a whole number >= 0, got -1.')
    expect(() => parseRunConfig({ resume: { step: 1 } }, 'run.json')).toThrow('run.json: resume.from is required (a string).')
  })
})

describe('a resumed run at start-up', () => {
  it('keeps the imported data cursor as the anchor of every later step', async () => {
    const { DataCursor } = await import('@tandem/data')
    const { RunDataCursor } = await import('../../src/data-cursor.js')
    const run = parseRunConfig({ globalBatch: 4, microBatch: 1, seqLen: 32, seed: 7 }, 'run.json')
    const data = await RunDataCursor.open(run)
    try {
      // Another run's stream (another seed) at step 3, as its checkpoint saved it.
      const theirs = new DataCursor(data.dataset, { globalBatch: 4, seqLen: 32, seed: 99 }).at(3)
      data.anchor(theirs.toJSON())
      for (let s = 3; s < 3 + 80; s++) data.at(s) // more lookups than the cache keeps
      expect(data.at(3).toJSON()).toEqual(theirs.toJSON())
      expect(data.at(90).toJSON()).toEqual(theirs.at(90).toJSON())
    } finally {
      data.close()
    }
  })

  it('stores no run when the import is refused, so a corrected RUN.json can start the data dir', async () => {
    const { startCoordinatorDaemon } = await import('../../src/daemon.js')
    const src = await source() // a checkpoint of the micro model; the run below trains the tiny preset
    const dir = await mkdtemp(join(tmpdir(), 'tandem-resume-daemon-'))
    dirs.push(dir)
    const runPath = join(dir, 'run.json')
    await writeFile(runPath, JSON.stringify({ model: { preset: 'tiny' }, resume: { from: src.dir } }))
    const logger = pino({ level: 'silent' })
    await expect(startCoordinatorDaemon({ dataDir: join(dir, 'coord'), runPath, logger })).rejects.toThrow(/is a checkpoint of another model: its vocab_size is 16 but the run's model has 50400;/)
    await writeFile(runPath, JSON.stringify({ model: { preset: 'tiny' }, resume: { from: join(dir, 'missing') } }))
    await expect(startCoordinatorDaemon({ dataDir: join(dir, 'coord'), runPath, logger })).rejects.toThrow(/is neither a coordinator data dir/)
    const db = new CoordinatorDatabase(join(dir, 'coord', DATABASE_FILE))
    dbs.push(db)
    expect(db.getRun()).toBeUndefined()
    expect(db.pendingBlobHashes()).toEqual([])
  })
})
