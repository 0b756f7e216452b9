// `tandem model`: GPT-J training math from the command line. Each subcommand registers itself:
// `init` (./model-init.ts), `grad` and `generate` (here).
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
// @tandem/model and @tandem/data load inside the actions, so that --help stays quick.
import type { Device } from '@tandem/model'
import { UserError } from '@tandem/proto/errors'
import type { Command } from 'commander'
import { DEVICE_CHOICES } from '../constants.js'
import { parseChoice, parseFloatOption, parseIntOption, printJson } from '../options.js'
import { registerModelInit } from './model-init.js'

export function registerModel(program: Command): void {
  const model = program.command('model').description('GPT-J: initialise, run and check the training math')
  registerModelInit(model)
  registerModelGrad(model)
  registerModelGenerate(model)
}

interface GradOptions {
  model: string
  batch: string
  out: string
  stages: number
  device: Device
  threads?: number
}

export function registerModelGrad(model: Command): void {
  model
    .command('grad')
    .description('loss, logits and every parameter gradient of a Hugging Face GPT-J folder on one batch, written as safetensors')
    .requiredOption('--model <dir>', 'Hugging Face GPT-J folder (config.json + safetensors)')
    .requiredOption('--batch <file>', 'BATCH.json: {"input_ids": int[B][T], "labels": int[B][T], "prefix_lengths"?: int[B], "segment_ids"?: int[B][T]}')
    .requiredOption('--out <file>', 'safetensors file to write: loss, logits [B,T,V], grad.<parameter name>')
    .option('--stages <n>', 'split the layers into N pipeline stages and chain their graphs (the output must not change)', parseIntOption('--stages', { min: 1 }), 1)
    .option('--device <device>', 'execution provider: cpu | cuda | webgpu', parseChoice('--device', DEVICE_CHOICES), 'cpu')
    .option('--threads <n>', 'ONNX Runtime intra-op threads (default: all cores)', parseIntOption('--threads', { min: 1 }))
    .action(async (opts: GradOptions) => {
      const { batchFromJson, loadHFModel, modelGrad, modelParams, writeTensors } = await import('@tandem/model')
      let text: string
      try {
        text = await readFile(opts.batch, 'utf8')
      } catch (err) {
        throw new UserError(`cannot read --batch ${opts.batch}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`)
      }
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (err) {
        throw new UserError(`--batch ${opts.batch} is not valid JSON (${(err as Error).message}).`)
      }
      const { config, params } = await loadHFModel(resolve(opts.model))
      const batch = batchFromJson(json, config)
      if (opts.stages > config.nLayer) throw new UserError(`--stages ${opts.stages} is more than the model's ${config.nLayer} layers.`)
      const t0 = performance.now()
      const r = await modelGrad(config, params, batch, { stages: opts.stages, device: opts.device, threads: opts.threads })
      const ms = performance.now() - t0
      const tensors = new Map<string, { shape: number[]; data: Float32Array }>([
        ['loss', { shape: [], data: Float32Array.of(r.loss) }],
        ['logits', { shape: [batch.batch, batch.seq, config.vocabSize], data: r.logits }],
      ])
      for (const s of modelParams(config)) tensors.set(`grad.${s.name}`, { shape: s.shape, data: r.grads.get(s.name)! })
      await writeTensors(resolve(opts.out), tensors, { metadata: { producer: 'tandem model grad', stages: String(opts.stages) } })
      printJson({ loss: r.loss, tokens: r.tokens, batch: batch.batch, seq: batch.seq, stages: opts.stages, device: opts.device, ms: Math.round(ms), out: resolve(opts.out) })
    })
}

interface GenerateCliOptions {
  model: string
  prompt: string
  maxNewTokens: number
  topK: number
  temperature: number
  seed: number
  device: Device
  json?: boolean
}

export function registerModelGenerate(model: Command): void {
  model
    .command('generate')
    .description('continue a prompt with a Hugging Face GPT-J folder (GPT-2 BPE tokens)')
    .requiredOption('--model <dir>', 'Hugging Face GPT-J folder')
    .requiredOption('--prompt <text>', 'text to continue')
    .option('--max-new-tokens <n>', 'tokens to add at most', parseIntOption('--max-new-tokens', { min: 1, max: 4096 }), 5)
    .option('--top-k <k>', 'sample among the k most likely tokens (1: greedy)', parseIntOption('--top-k', { min: 1 }), 1)
    .option('--temperature <t>', 'softmax temperature for top-k > 1', parseFloatOption('--temperature', { min: 0 }), 1.0)
    .option('--seed <n>', 'sampler seed', parseIntOption('--seed', { min: 0 }), 0)
    .option('--device <device>', 'execution provider: cpu | cuda | webgpu', parseChoice('--device', DEVICE_CHOICES), 'cpu')
    .option('--json', 'print {"prompt","continuation","tokens"} instead of the text')
    .action(async (opts: GenerateCliOptions) => {
      const { generate, loadHFModel } = await import('@tandem/model')
      const { loadTokenizer } = await import('@tandem/data')
      const dir = resolve(opts.model)
      const { config, params } = await loadHFModel(dir)
      const tokenizer = await loadTokenizer(dir)
      const prompt = tokenizer.encode(opts.prompt)
      const ids = await generate(config, params, prompt, {
        maxNewTokens: opts.maxNewTokens,
        topK: opts.topK,
        temperature: opts.temperature,
        seed: opts.seed,
        stopToken: tokenizer.eotId,
        vocabLimit: tokenizer.vocabSize,
        device: opts.device,
      })
      const continuation = tokenizer.decode(ids)
      if (opts.json) printJson({ prompt: opts.prompt, continuation, tokens: ids })
      else process.stdout.write(`${continuation}\n`)
    })
}
