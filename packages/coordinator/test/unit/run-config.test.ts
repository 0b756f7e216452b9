import { mkdtemp, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRESETS } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_EMBEDDING_BLOCK_RATIO,
  DEFAULT_MOMENT_SHARE_EVERY,
  DEFAULT_UPDATE_BITS,
  DEFAULT_UPDATE_RANDOM_RATIO,
  DEFAULT_UPDATE_TOPK_RATIO,
  DEFAULT_UPDATE_WARMUP_STEPS,
} from '../../../worker/src/codecs/constants.js'
import { loadRunConfig, parseRunConfig, RUN_DEFAULTS, resolveModelConfig, UPDATE_CODEC_DEFAULTS } from '../../src/run-config.js'

function refusal(json: unknown, source = 'run.json'): string {
  try {
    parseRunConfig(json, source)
  } catch (err) {
    expect((err as Error).name).toBe('UserError')
    expect((err as { code: string }).code).toBe('E_CONFIG')
    return (err as Error).message
  }
  throw new Error('expected a refusal')
}

describe('parseRunConfig', () => {
  it('fills every default from an empty object', () => {
    expect(parseRunConfig({}, 'run.json')).toEqual(RUN_DEFAULTS)
  })

  it("defaults the update codec to the worker codec's own defaults", () => {
    // The worker's constants are read from its source (the coordinator never imports the worker at
    // run time): a run file without these fields trains with the settings the codec was tuned for.
    expect(UPDATE_CODEC_DEFAULTS).toEqual({
      warmupSteps: DEFAULT_UPDATE_WARMUP_STEPS,
      bits: DEFAULT_UPDATE_BITS,
      topK: DEFAULT_UPDATE_TOPK_RATIO,
      subset: DEFAULT_UPDATE_RANDOM_RATIO,
      shareMoments: DEFAULT_MOMENT_SHARE_EVERY,
      embeddingBlocks: DEFAULT_EMBEDDING_BLOCK_RATIO,
    })
    expect(parseRunConfig({}, 'run.json').compression.updates).toEqual({ codec: 'cocktail', ...UPDATE_CODEC_DEFAULTS })
  })

  it('keeps given values and fills the rest of a partial group', () => {
    const run = parseRunConfig(
      {
        name: 'demo',
        optimizer: { lr: 3e-4 },
        parallelism: { stages: 2, replicas: 2 },
        compression: { updates: { codec: 'fp16' } },
        precision: 'fp16',
        schedule: '1f1b',
      },
      'run.json',
    )
    expect(run.name).toBe('demo')
    expect(run.optimizer).toEqual({ ...RUN_DEFAULTS.optimizer, lr: 3e-4 })
    expect(run.parallelism).toEqual({ stages: 2, replicas: 2 })
    expect(run.compression.updates).toEqual({ ...RUN_DEFAULTS.compression.updates, codec: 'fp16' })
    expect(run.compression.activations).toEqual(RUN_DEFAULTS.compression.activations)
    expect(run.precision).toBe('fp16')
    expect(run.schedule).toBe('1f1b')
  })

  it('refuses a negative learning rate naming the field', () => {
    expect(refusal({ optimizer: { lr: -1 } })).toBe('run.json: optimizer.lr must be a positive number, got -1.')
  })

  it('refuses unknown fields at any depth', () => {
    expect(refusal({ lr: 1 })).toMatch(/^run\.json: lr is not a known field/)
    expect(refusal({ optimizer: { learningRate: 1 } })).toMatch(/^run\.json: optimizer\.learningRate is not a known field/)
    expect(refusal({ compression: { activations: { fwd: 'q4' } } })).toMatch(
      /compression\.activations\.fwd is not a known field/,
    )
  })

  it('refuses wrong types', () => {
    expect(refusal({ steps: '200' })).toBe('run.json: steps must be a whole number >= 1, got "200".')
    expect(refusal({ seqLen: 1.5 })).toBe('run.json: seqLen must be a whole number >= 1, got 1.5.')
    expect(refusal([])).toBe('run.json must be an object, got [].')
    expect(refusal({ compression: { activations: { delta: 'yes' } } })).toBe(
      'run.json: compression.activations.delta must be true or false, got "yes".',
    )
    expect(refusal({ precision: 'bf16' })).toBe('run.json: precision must be one of "fp32", "fp16", got "bf16".')
  })

  it('refuses impossible values', () => {
    expect(refusal({ optimizer: { beta2: 1 } })).toMatch(/optimizer\.beta2 must be a number in \[0, 1\), got 1\./)
    expect(refusal({ compression: { activations: { forward: 'q1' } } })).toMatch(/compression\.activations\.forward must be one of/)
    expect(refusal({ compression: { updates: { topK: 0 } } })).toMatch(/compression\.updates\.topK must be a number in \(0, 1\]/)
    expect(refusal({ compression: { updates: { bits: 9 } } })).toMatch(/updates\.bits must be a whole number from 1 to 8 \(1: signs\)/)
    expect(refusal({ compression: { updates: { bits: 0 } } })).toMatch(/updates\.bits must be a whole number from 1 to 8/)
    expect(refusal({ compression: { updates: { bits: 1.5 } } })).toMatch(/updates\.bits must be a whole number from 1 to 8/)
    expect(refusal({ checkpoint: { everySteps: 0 } })).toMatch(/checkpoint\.everySteps must be a whole number >= 1/)
    expect(refusal({ microBatch: 16, globalBatch: 8 })).toMatch(/microBatch \(16\) must not exceed globalBatch \(8\)/)
    expect(refusal({ model: { preset: 'huge' } })).toMatch(/model\.preset must be one of "tiny", "small", "gptj-6b"/)
    expect(refusal({ model: { preset: 'tiny', path: '/x' } })).toMatch(/model must be either/)
    expect(refusal({ data: { sample: false } })).toMatch(/data\.sample must be true/)
    expect(refusal({ parallelism: 'manual' })).toMatch(/parallelism must be "auto" or/)
    expect(refusal({ parallelism: { stages: 2 } })).toMatch(/parallelism\.replicas is required/)
  })

  it('says why globalBatch must divide by microBatch, even with auto parallelism', () => {
    expect(refusal({ globalBatch: 10, microBatch: 4 })).toBe(
      'run.json: globalBatch (10) must divide evenly by microBatch (4), so that every step runs whole micro-batches.',
    )
  })

  it('says why globalBatch must divide by replicas x microBatch', () => {
    expect(refusal({ globalBatch: 8, microBatch: 2, parallelism: { stages: 2, replicas: 3 } })).toBe(
      'run.json: globalBatch (8) must divide evenly by parallelism.replicas x microBatch (3 x 2 = 6), so that every replica runs whole micro-batches.',
    )
  })

  it('checks a preset model against the run', () => {
    expect(refusal({ model: { preset: 'tiny' }, parallelism: { stages: 5, replicas: 1 } })).toMatch(
      /parallelism\.stages \(5\) exceeds the model's 4 layers/,
    )
    expect(refusal({ seqLen: 4096 })).toMatch(/seqLen \(4096\) exceeds the model's n_positions \(2048\)/)
  })
})

describe('loadRunConfig and resolveModelConfig', () => {
  it('resolves relative paths against the file and reads a GPT-J config.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-run-'))
    await mkdir(join(dir, 'gptj'))
    await writeFile(
      join(dir, 'gptj', 'config.json'),
      JSON.stringify({
        model_type: 'gptj',
        n_embd: 64,
        n_layer: 3,
        n_head: 4,
        rotary_dim: 8,
        vocab_size: 1000,
        n_inner: null,
        n_positions: 256,
        layer_norm_epsilon: 1e-5,
      }),
    )
    await writeFile(join(dir, 'run.json'), JSON.stringify({ model: { path: './gptj' }, seqLen: 128, data: { prepared: 'prep' } }))
    const run = await loadRunConfig(join(dir, 'run.json'))
    expect(run.model).toEqual({ path: join(dir, 'gptj') })
    expect(run.data).toEqual({ prepared: join(dir, 'prep') })
    const config = await resolveModelConfig(run)
    expect(config).toMatchObject({ nEmbd: 64, nLayer: 3, nHead: 4, rotaryDim: 8, vocabSize: 1000, nInner: 256, nPositions: 256 })

    await writeFile(join(dir, 'gptj', 'config.json'), JSON.stringify({ model_type: 'gpt2', n_embd: 64 }))
    await expect(resolveModelConfig(run)).rejects.toThrow(/model_type must be "gptj"/)

    await writeFile(join(dir, 'run2.json'), JSON.stringify({ model: { path: './gptj' }, seqLen: 512 }))
    await writeFile(
      join(dir, 'gptj', 'config.json'),
      JSON.stringify({ model_type: 'gptj', n_embd: 64, n_layer: 3, n_head: 4, vocab_size: 1000, n_positions: 256 }),
    )
    await expect(resolveModelConfig(await loadRunConfig(join(dir, 'run2.json')))).rejects.toThrow(
      /seqLen \(512\) exceeds the model's n_positions \(256\)/,
    )
  })

  it('refuses a missing file and bad JSON with one sentence', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-run-'))
    await expect(loadRunConfig(join(dir, 'nope.json'))).rejects.toThrow(/cannot be read \(ENOENT\)/)
    await writeFile(join(dir, 'bad.json'), '{ "steps": 3, }')
    await expect(loadRunConfig(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json is not valid JSON/)
  })

  it('returns a preset unchanged', async () => {
    expect(await resolveModelConfig(parseRunConfig({ model: { preset: 'gptj-6b' } }, 'r'))).toEqual(PRESETS['gptj-6b'])
  })
})

describe('shipped examples', () => {
  it('examples/runs/*.json parse', async () => {
    const root = new URL('../../../../examples/runs/', import.meta.url).pathname
    const demo = await loadRunConfig(join(root, 'demo.json'))
    expect(demo.model).toEqual({ preset: 'tiny' })
    expect(demo.parallelism).toEqual({ stages: 2, replicas: 2 })
    const gptjt = await loadRunConfig(join(root, 'gptjt-6b.json'))
    expect(gptjt).toMatchObject({ seqLen: 2048, globalBatch: 64, microBatch: 1, precision: 'fp16', parallelism: { stages: 2, replicas: 4 } })
    expect((await resolveModelConfig(gptjt)).nLayer).toBe(28)
  })
})
