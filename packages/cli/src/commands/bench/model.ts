// `tandem bench model`: tokens/s and achieved GFLOP/s of forward + backward + AdamW of a GPT-J
// preset on ONNX Runtime, with the GFLOP/s of a plain ONNX Runtime MatMul of the MLP's size
// measured in the same process, and optionally PyTorch's CPU training step for the same model and
// threads (`--torch`, needs python3 with torch). Prints one JSON document.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { DEVICES, type Device, PRESETS, type PresetName } from '@tandem/model'
import { runModelBench } from '@tandem/model/bench'
import { UserError } from '@tandem/proto'
import type { Command } from 'commander'
import { parseChoice, parseIntOption, printJson } from '../../options.js'

interface BenchModelOptions {
  preset: PresetName
  batch: number
  seq: number
  steps: number
  stages: number
  activations: 'recompute' | 'saved'
  linear: 'gemm' | 'matmul'
  threads: number
  device: Device
  precision: 'fp32' | 'fp16'
  gelu?: 'fused' | 'primitive'
  adamwKernel: 'wasm' | 'js'
  adamwThreads?: 1 | 2
  torch?: boolean
  python: string
}

const TORCH_SCRIPT = fileURLToPath(new URL('../../../../model/bench/torch_step.py', import.meta.url))

export function registerBenchModel(bench: Command): void {
  bench
    .command('model')
    .description('training step of a GPT-J preset: tokens/s and GFLOP/s vs a plain ONNX Runtime MatMul (JSON)')
    .option('--json', 'print JSON (the only output form; accepted for symmetry with the other benchmarks)')
    .option('--preset <name>', 'tiny | small | gptj-6b', parseChoice('--preset', Object.keys(PRESETS) as PresetName[]), 'small')
    .option('--batch <n>', 'rows per step', parseIntOption('--batch', { min: 1 }), 4)
    .option('--seq <n>', 'tokens per row', parseIntOption('--seq', { min: 2, max: 2048 }), 512)
    .option('--steps <n>', 'timed steps (after one warm-up step)', parseIntOption('--steps', { min: 1, max: 100 }), 3)
    .option('--stages <n>', 'pipeline stages chained in this process', parseIntOption('--stages', { min: 1 }), 1)
    .option('--activations <mode>', 'non-last stages: recompute | saved', parseChoice('--activations', ['recompute', 'saved'] as const), 'recompute')
    .option('--linear <mode>', 'Linear layers as gemm (Gemm transB) | matmul (MatMul + Transpose)', parseChoice('--linear', ['gemm', 'matmul'] as const), 'gemm')
    .option('--threads <n>', 'ONNX Runtime intra-op threads', parseIntOption('--threads', { min: 1 }), availableParallelism())
    .option('--device <device>', 'cpu | cuda | webgpu', parseChoice('--device', DEVICES), 'cpu')
    .option('--precision <p>', 'fp32 | fp16', parseChoice('--precision', ['fp32', 'fp16'] as const), 'fp32')
    .option('--gelu <mode>', 'gelu_new as fused (ONNX Runtime FastGelu) | primitive ops (default: fused on cpu, primitive elsewhere)', parseChoice('--gelu', ['fused', 'primitive'] as const))
    .option('--adamw-kernel <k>', "AdamW's update loop: wasm (SIMD) | js (scalar)", parseChoice('--adamw-kernel', ['wasm', 'js'] as const), 'wasm')
    .option('--adamw-threads <n>', 'AdamW update threads: 1 | 2 (default 2 with --threads >= 2 and the wasm kernel)', (v: string) => {
      if (v !== '1' && v !== '2') throw new UserError(`--adamw-threads must be 1 or 2, got '${v}'.`)
      return Number(v) as 1 | 2
    })
    .option('--torch', "also time PyTorch's CPU training step of the same model (same threads)")
    .option('--python <path>', 'python with torch for --torch', '/usr/bin/python3')
    .action(async (opts: BenchModelOptions) => {
      if (opts.stages > PRESETS[opts.preset].nLayer) throw new UserError(`--stages ${opts.stages} is more than the preset's ${PRESETS[opts.preset].nLayer} layers.`)
      const result: Record<string, unknown> = { ...(await runModelBench(opts)) }
      if (opts.torch) {
        if (!existsSync(opts.python)) throw new UserError(`--python ${opts.python} does not exist: give a python with torch.`)
        const args = [TORCH_SCRIPT, '--preset', opts.preset, '--batch', String(opts.batch), '--seq', String(opts.seq), '--threads', String(opts.threads), '--steps', String(opts.steps)]
        const r = spawnSync(opts.python, args, { encoding: 'utf8' })
        if (r.status !== 0) throw new UserError(`the PyTorch baseline failed (${opts.python} ${TORCH_SCRIPT}): ${(r.stderr || '').trim().split('\n').pop()}`)
        const torch = JSON.parse(r.stdout.trim().split('\n').pop()!) as { stepMs: number; cpuMsPerStep?: number }
        result.torch = torch
        result.speedupVsTorch = torch.stepMs / (result.stepMs as { median: number }).median
        // CPU time (all threads) moves far less than wall time with the load of a shared machine.
        if (torch.cpuMsPerStep !== undefined) result.cpuSpeedupVsTorch = torch.cpuMsPerStep / (result.cpuMsPerStep as number)
      }
      printJson(result)
    })
}
