import { cp, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type GPTJConfig, PRESETS, modelParams, stageParams } from '../../src/config.js'
import { bf16ToF32, f32ToBf16, roundToF16 } from '../../src/fp16.js'
import { configFromHF, configToHF, loadHFModel, planShards, saveHFModel } from '../../src/hf-checkpoint.js'
import { initParams } from '../../src/init.js'
import { SafetensorsReader } from '../../src/safetensors.js'
import { readTensors, writeTensors } from '../../src/tensor-io.js'
import { differingTensors, sameBits } from './exactness-helpers.js'

const MICRO = fileURLToPath(new URL('../fixtures/gptj-micro/', import.meta.url))

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-hf-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function copyFixture(name: string): Promise<string> {
  const to = join(dir, `${name}-${Math.random().toString(36).slice(2)}`)
  await cp(join(MICRO, name), to, { recursive: true })
  return to
}

async function refusal(p: Promise<unknown>): Promise<Error & { code?: string }> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err, 'expected a refusal').toBeInstanceOf(Error)
  expect(err).toMatchObject({ name: 'UserError' })
  return err as Error & { code?: string }
}

const MICRO_CONFIG: GPTJConfig = {
  vocabSize: 97, nPositions: 64, nEmbd: 16, nLayer: 4, nHead: 2, rotaryDim: 4, nInner: 64,
  layerNormEpsilon: 1e-5, initializerRange: 0.02, bosTokenId: 96, eosTokenId: 96,
}

describe('config.json', () => {
  it('reads the fixture written by Python, and writes the standard keys back', async () => {
    const json = JSON.parse(await readFile(join(MICRO, 'model/config.json'), 'utf8'))
    expect(configFromHF(json)).toEqual(MICRO_CONFIG)
    const out = configToHF(MICRO_CONFIG)
    for (const [k, v] of Object.entries(json)) expect(out[k], k).toEqual(v)
    expect(configFromHF(configToHF(PRESETS['gptj-6b'], 'f16'))).toEqual(PRESETS['gptj-6b'])
    expect(configToHF(PRESETS.tiny, 'f16').torch_dtype).toBe('float16')
  })

  it('applies transformers defaults: n_inner null -> 4 n_embd, missing keys -> GPT-J-6B values', () => {
    expect(configFromHF({ model_type: 'gptj', n_inner: null })).toEqual(PRESETS['gptj-6b'])
    expect(configFromHF({ model_type: 'gptj', n_embd: 32, n_head: 4, rotary_dim: null }).rotaryDim).toBe(8)
  })

  it.each([
    [{ model_type: 'gpt2' }, /model_type is "gpt2", but Tandem reads only GPT-J/],
    [{ n_embd: 16 }, /model_type is undefined/],
    [{ model_type: 'gptj', n_embd: 15, n_head: 2 }, /n_embd \(15\) must be a multiple of n_head/],
    [{ model_type: 'gptj', n_layer: 0 }, /n_layer must be a whole number >= 1/],
    [{ model_type: 'gptj', n_embd: 16, n_head: 2, rotary_dim: 10 }, /rotary_dim must be even and at most the head size 8/],
    [{ model_type: 'gptj', activation_function: 'relu' }, /activation_function is "relu"/],
    [{ model_type: 'gptj', tie_word_embeddings: true }, /tie_word_embeddings is true/],
    [{ model_type: 'gptj', layer_norm_epsilon: '1e-5' }, /layer_norm_epsilon must be a positive number/],
  ])('refuses %j', (json, message) => {
    expect(() => configFromHF(json)).toThrow(message)
  })
})

describe('loading Hugging Face folders', () => {
  it('loads the F32 fixture: every parameter, in order, with the right sizes', async () => {
    const { config, params } = await loadHFModel(join(MICRO, 'model'))
    expect(config).toEqual(MICRO_CONFIG)
    const specs = modelParams(config)
    expect([...params.keys()]).toEqual(specs.map((s) => s.name))
    for (const s of specs) expect(params.get(s.name)!.length).toBe(s.shape.reduce((a, b) => a * b, 1))
  })

  it('loads F16 and sharded BF16 folders to the rounded fp32 values, ignoring attention buffers', async () => {
    const { params } = await loadHFModel(join(MICRO, 'model'))
    const f16 = await loadHFModel(join(MICRO, 'model-f16'))
    const bf16 = await loadHFModel(join(MICRO, 'model-bf16-sharded'))
    expect(differingTensors(f16.params, new Map([...params].map(([n, x]) => [n, x.map(roundToF16)])))).toEqual([])
    expect(differingTensors(bf16.params, new Map([...params].map(([n, x]) => [n, bf16ToF32(f32ToBf16(x))])))).toEqual([])
  })

  it('loads only the tensors of a stage', async () => {
    const whole = (await loadHFModel(join(MICRO, 'model-bf16-sharded'))).params
    for (const range of [{ start: 0, end: 1 }, { start: 1, end: 3 }, { start: 3, end: 4 }]) {
      const { params } = await loadHFModel(join(MICRO, 'model-bf16-sharded'), { layers: range })
      expect([...params.keys()]).toEqual(stageParams(MICRO_CONFIG, range).map((s) => s.name))
      for (const [name, x] of params) expect(sameBits(x, whole.get(name)!), name).toBe(true)
    }
    await refusal(loadHFModel(join(MICRO, 'model'), { layers: { start: 2, end: 5 } }))
  })

  it('refuses a folder with a missing tensor, naming it', async () => {
    const d = await copyFixture('model')
    const t = await readTensors(join(d, 'model.safetensors'))
    t.delete('transformer.h.2.mlp.fc_out.bias')
    await writeTensors(join(d, 'model.safetensors'), t)
    const err = await refusal(loadHFModel(d))
    expect(err.message).toMatch(/missing tensor 'transformer\.h\.2\.mlp\.fc_out\.bias'/)
  })

  it('refuses a tensor whose shape does not match config.json, naming both', async () => {
    const d = await copyFixture('model')
    const t = await readTensors(join(d, 'model.safetensors'))
    t.get('transformer.h.1.attn.q_proj.weight')!.shape = [256]
    await writeTensors(join(d, 'model.safetensors'), t)
    const err = await refusal(loadHFModel(d))
    expect(err.message).toMatch(/tensor 'transformer\.h\.1\.attn\.q_proj\.weight' has shape \[256\], but config\.json implies \[16,16\]/)
  })

  it('refuses a checkpoint of another config (extra layers) and an unknown model_type', async () => {
    const d = await copyFixture('model')
    const cfg = JSON.parse(await readFile(join(d, 'config.json'), 'utf8'))
    await writeFile(join(d, 'config.json'), JSON.stringify({ ...cfg, n_layer: 3 }))
    expect((await refusal(loadHFModel(d))).message).toMatch(/holds tensor 'transformer\.h\.3\.ln_1\.weight', which is not a GPT-J parameter of this config/)
    await writeFile(join(d, 'config.json'), JSON.stringify({ ...cfg, model_type: 'llama' }))
    expect((await refusal(loadHFModel(d))).message).toMatch(/model_type is "llama"/)
  })

  it('refuses folders without weights or config, or with a hostile index', async () => {
    const d = await copyFixture('model-bf16-sharded')
    const index = JSON.parse(await readFile(join(d, 'model.safetensors.index.json'), 'utf8'))
    index.weight_map['lm_head.bias'] = '../../etc/passwd.safetensors'
    await writeFile(join(d, 'model.safetensors.index.json'), JSON.stringify(index))
    expect((await refusal(loadHFModel(d))).message).toMatch(/weight_map\['lm_head\.bias'\] must be a \.safetensors file name/)
    delete index.weight_map['lm_head.bias']
    await writeFile(join(d, 'model.safetensors.index.json'), JSON.stringify(index))
    expect((await refusal(loadHFModel(d))).message).toMatch(/missing tensor 'lm_head\.bias' \(not in model\.safetensors\.index\.json\)/)
    await unlink(join(d, 'model.safetensors.index.json'))
    expect((await refusal(loadHFModel(d))).message).toMatch(/has neither model\.safetensors nor model\.safetensors\.index\.json/)
    await writeFile(join(d, 'pytorch_model.bin'), '')
    expect((await refusal(loadHFModel(d))).message).toMatch(/pytorch_model\.bin only: Tandem reads safetensors/)
    await unlink(join(d, 'config.json'))
    expect((await refusal(loadHFModel(d))).code).toBe('E_NOT_FOUND')
  })
})

describe('saving Hugging Face folders', () => {
  it('round-trips f32 bit for bit, with transformers-compatible metadata', async () => {
    const { config, params } = await loadHFModel(join(MICRO, 'model'))
    const out = join(dir, 'save-f32')
    const { files } = await saveHFModel(out, config, params)
    expect(files).toEqual(['config.json', 'model.safetensors'])
    const back = await loadHFModel(out)
    expect(back.config).toEqual(config)
    expect(differingTensors(back.params, params)).toEqual([])
    const bytes = await readFile(join(out, 'model.safetensors'))
    const header = JSON.parse(bytes.subarray(8, 8 + Number(bytes.readBigUInt64LE(0))).toString())
    expect(header.__metadata__).toEqual({ format: 'pt' })
    expect(JSON.parse(await readFile(join(out, 'config.json'), 'utf8')).torch_dtype).toBe('float32')
  })

  it('round-trips f16 within rounding and writes torch_dtype float16', async () => {
    const { config, params } = await loadHFModel(join(MICRO, 'model'))
    const out = join(dir, 'save-f16')
    await saveHFModel(out, config, params, { dtype: 'f16' })
    const back = await loadHFModel(out)
    for (const [name, x] of params) {
      const y = back.params.get(name)!
      // binary16 keeps 11 significant bits: relative error <= 2^-11 in its normal range
      const worse = x.findIndex((v, i) => !(Math.abs(y[i]! - v) <= Math.abs(v) * 2 ** -11 + 2 ** -25))
      expect(worse, name).toBe(-1)
    }
    // the same bits PyTorch's .half() wrote into the F16 fixture
    const ours = await SafetensorsReader.open(join(out, 'model.safetensors'))
    const torch = await SafetensorsReader.open(join(MICRO, 'model-f16/model.safetensors'))
    for (const name of params.keys()) expect(await ours.readRaw(name), name).toEqual(await torch.readRaw(name))
    await Promise.all([ours.close(), torch.close()])
    expect(JSON.parse(await readFile(join(out, 'config.json'), 'utf8')).torch_dtype).toBe('float16')
  })

  it('shards above shardBytesMax with an index, and replaces an earlier layout without stale files', async () => {
    const { config, params } = await loadHFModel(join(MICRO, 'model'))
    const out = join(dir, 'save-sharded')
    await saveHFModel(out, config, params)
    const { files } = await saveHFModel(out, config, params, { shardBytesMax: 16_000 })
    expect(files.length).toBeGreaterThan(3)
    expect((await readdir(out)).sort()).toEqual([...files].sort())
    const index = JSON.parse(await readFile(join(out, 'model.safetensors.index.json'), 'utf8'))
    expect(Object.keys(index.weight_map)).toEqual(modelParams(config).map((s) => s.name))
    expect(index.metadata.total_size).toBe(modelParams(config).reduce((n, s) => n + 4 * s.shape.reduce((a, b) => a * b, 1), 0))
    const back = await loadHFModel(out)
    expect(differingTensors(back.params, params)).toEqual([])
    const stage = await loadHFModel(out, { layers: { start: 3, end: 4 } })
    expect(sameBits(stage.params.get('lm_head.bias')!, params.get('lm_head.bias')!)).toBe(true)
    // back to one file: the shards and the index go
    await saveHFModel(out, config, params)
    expect((await readdir(out)).sort()).toEqual(['config.json', 'model.safetensors'])
  })

  it('plans shards like transformers: greedy, a tensor never split, an oversized tensor alone', () => {
    const specs = modelParams(PRESETS['gptj-6b'])
    const shards = planShards(specs, 'f16', 5_000_000_000)
    expect(shards.length).toBe(3)
    expect(shards.flat()).toEqual(specs)
    const one = planShards(specs.slice(0, 3), 'f32', 10)
    expect(one.map((s) => s.length)).toEqual([1, 1, 1])
  })

  it('streams parameters from a function, one tensor at a time', async () => {
    const config = { ...PRESETS.tiny, vocabSize: 300, nLayer: 2 }
    const seen: string[] = []
    const whole = initParams(config, 5)
    const out = join(dir, 'save-stream')
    await saveHFModel(out, config, (spec) => {
      seen.push(spec.name)
      return whole.get(spec.name)!
    }, { dtype: 'f32' })
    expect(seen).toEqual(modelParams(config).map((s) => s.name))
    expect(differingTensors((await loadHFModel(out)).params, whole)).toEqual([])
  })

  it('refuses to save a map with a missing, mis-sized or foreign parameter, writing nothing', async () => {
    const config = { ...PRESETS.tiny, vocabSize: 300, nLayer: 1 }
    const p = initParams(config, 1)
    const out = join(dir, 'save-refused')
    const missing = new Map(p)
    missing.delete('lm_head.weight')
    expect((await refusal(saveHFModel(out, config, missing))).message).toMatch(/parameter 'lm_head\.weight' is missing/)
    const wrong = new Map(p).set('lm_head.bias', new Float32Array(3))
    expect((await refusal(saveHFModel(out, config, wrong))).message).toMatch(/'lm_head\.bias' has 3 values/)
    const extra = new Map(p).set('transformer.h.1.ln_1.weight', new Float32Array(64))
    expect((await refusal(saveHFModel(out, config, extra))).message).toMatch(/'transformer\.h\.1\.ln_1\.weight' is not a parameter/)
    await expect(readdir(out)).rejects.toThrow()
    await mkdir(out)
  })
})
