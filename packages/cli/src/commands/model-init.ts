// `tandem model init`: writes a Hugging Face GPT-J folder with freshly initialised weights
// (GPT-J's initialisation, reproducible from --seed), one tensor at a time so that GPT-J-6B
// (24 GB in f32, 12 GB in f16) never sits in memory whole.
import { readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
// @tandem/model loads inside the action, so that --help stays quick.
import type { Command } from 'commander'
import type { CheckpointDtype, PresetName } from '@tandem/model'
import { UserError } from '@tandem/proto/errors'
import { CHECKPOINT_DTYPE_CHOICES, PRESET_CHOICES, SHARD_BYTES_MAX_DEFAULT } from '../constants.js'
import { parseChoice, parseIntOption } from '../options.js'

interface InitOptions {
  preset: PresetName
  out: string
  seed: number
  dtype: CheckpointDtype
  shardBytesMax: number
  force?: boolean
}

export function registerModelInit(model: Command): void {
  model
    .command('init')
    .description('write a Hugging Face GPT-J folder (config.json + safetensors) with freshly initialised weights')
    .requiredOption('--preset <name>', 'tiny | small | gptj-6b', parseChoice('--preset', PRESET_CHOICES))
    .requiredOption('--out <dir>', 'folder to write (created if missing)')
    .option('--seed <n>', 'random seed: the same seed gives the same weights', parseIntOption('--seed', { min: 0 }), 0)
    .option('--dtype <dtype>', 'on-disk dtype: f32 | f16 (GPT-J-6B is 24 GB in f32, 12 GB in f16)', parseChoice('--dtype', CHECKPOINT_DTYPE_CHOICES), 'f32')
    .option('--shard-bytes-max <bytes>', 'split into shards above this size', parseIntOption('--shard-bytes-max', { min: 1 }), SHARD_BYTES_MAX_DEFAULT)
    .option('--force', 'write into a folder that already holds files')
    .action(async (opts: InitOptions) => {
      const { PRESETS, initTensor, modelParams, paramCount, saveHFModel } = await import('@tandem/model')
      const out = resolve(opts.out)
      const existing = await readdir(out).catch(() => [] as string[])
      if (existing.length > 0 && !opts.force) {
        throw new UserError(`${opts.out} is not empty: choose a new folder for --out, or pass --force to write into it.`)
      }
      const config = PRESETS[opts.preset]
      const started = performance.now()
      const { files } = await saveHFModel(out, config, (spec) => initTensor(spec, opts.seed, config.initializerRange), {
        dtype: opts.dtype,
        shardBytesMax: opts.shardBytesMax,
      })
      const seconds = (performance.now() - started) / 1000
      process.stdout.write(
        `wrote ${opts.out}: GPT-J ${opts.preset}, ${paramCount(modelParams(config)).toLocaleString('en')} parameters, ` +
          `${opts.dtype}, seed ${opts.seed}, ${files.join(' ')} (${seconds.toFixed(1)} s)\n`,
      )
    })
}
