// Choices and defaults the command tree shows in --help. They live here, not in the packages they
// come from, so that `tandem --help` loads commander and nothing heavy (onnxruntime, libp2p,
// better-sqlite3); test/unit/constants.test.ts keeps each equal to its package's own value.
import type { CheckpointDtype, Device, PresetName } from '@tandem/model'

/** Execution providers: @tandem/model's DEVICES. */
export const DEVICE_CHOICES: readonly Device[] = ['cpu', 'cuda', 'webgpu']

/** GPT-J presets: the keys of @tandem/model's PRESETS. */
export const PRESET_CHOICES: readonly PresetName[] = ['tiny', 'small', 'gptj-6b']

/** On-disk dtypes of `tandem model init`: @tandem/model's CheckpointDtype. */
export const CHECKPOINT_DTYPE_CHOICES: readonly CheckpointDtype[] = ['f32', 'f16']

/** @tandem/model's SHARD_BYTES_MAX_DEFAULT: 5 GB shards, as Hugging Face writes them. */
export const SHARD_BYTES_MAX_DEFAULT = 5_000_000_000

/** pino levels a daemon may log at ('silent': nothing). */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** `tandem bench cli`: --help runs per command measured (the median is reported). */
export const BENCH_CLI_RUNS_DEFAULT = 5

/** @tandem/data's DEFAULT_SEQ_LEN: GPT-JT's 2048-token sequences. */
export const DATA_SEQ_LEN_DEFAULT = 2048
