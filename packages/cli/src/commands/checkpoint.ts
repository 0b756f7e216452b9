// `tandem checkpoint pack|show`: portable checkpoints, offline. `pack` copies one committed
// checkpoint of a coordinator data dir (manifest + every blob, verified) into a self-contained folder
// that another cluster resumes from (RUN.json "resume", `tandem demo --resume`); `show` describes a
// data dir's or a pack's checkpoint. The coordinator package loads inside the actions.
import type { Command } from 'commander'
import { parseIntOption, printJson } from '../options.js'

export const CHECKPOINT_DESCRIPTION = 'portable checkpoints: pack one for another cluster, show what one holds'

export function registerCheckpoint(program: Command): void {
  const group = program.command('checkpoint').description(CHECKPOINT_DESCRIPTION)
  group
    .command('pack')
    .description('copy a committed checkpoint (manifest and verified blobs) into a folder another cluster can resume from')
    .argument('<checkpoint>', 'a coordinator data dir (DIR, or DIR@STEP for an older step) or another pack')
    .requiredOption('--out <dir>', 'the pack folder to write')
    .option('--step <n>', 'the checkpoint step (default: the newest committed one)', parseIntOption('--step', { min: 0 }))
    .option('--json', 'print one JSON document')
    .action(async (ref: string, opts: { out: string; step?: number; json?: boolean }) => {
      const { openCheckpointSource, packCheckpoint, parseCheckpointRef } = await import('@tandem/coordinator')
      const source = await openCheckpointSource(parseCheckpointRef(ref, opts.step))
      const res = await packCheckpoint(source, opts.out, Date.now())
      if (opts.json) printJson(res)
      else process.stdout.write(`packed step ${res.step} (${res.blobs} blobs, ${(res.bytes / 1e6).toFixed(1)} MB) into ${res.dir}; resume it with "resume": {"from": "${res.dir}"} in RUN.json\n`)
    })
  group
    .command('show')
    .description('describe a checkpoint: step, the layout that wrote it, model, optimizer, loss scale, data position')
    .argument('<checkpoint>', 'a coordinator data dir (DIR or DIR@STEP) or a pack folder')
    .option('--step <n>', 'the checkpoint step (default: the newest committed one)', parseIntOption('--step', { min: 0 }))
    .option('--json', 'print one JSON document')
    .action(async (ref: string, opts: { step?: number; json?: boolean }) => {
      const { openCheckpointSource, parseCheckpointRef } = await import('@tandem/coordinator')
      const s = await openCheckpointSource(parseCheckpointRef(ref, opts.step))
      const m = s.manifest
      const cfg = JSON.parse(m.modelConfigJson || '{}') as Record<string, unknown>
      let data: unknown = null
      try {
        data = m.data?.cursor?.byteLength ? JSON.parse(new TextDecoder().decode(m.data.cursor)) : null
      } catch {
        data = 'unreadable'
      }
      const info = {
        path: s.path,
        kind: s.kind,
        step: s.step,
        manifestSha256: s.manifestSha256,
        runId: m.runId,
        writtenBy: { stages: m.numStages, replicas: m.numReplicas },
        model: { n_layer: cfg.n_layer, n_embd: cfg.n_embd, n_head: cfg.n_head, vocab_size: cfg.vocab_size },
        layers: m.layers.length,
        tensors: m.layers.reduce((a, l) => a + (l.tensors ?? []).length, 0),
        bytes: m.layers.reduce((a, l) => a + (l.tensors ?? []).reduce((b, t) => b + Number(t.blob?.byteLength ?? 0), 0), 0),
        optimizer: m.optimizer ? { kind: m.optimizer.kind, stepCount: Number(m.optimizer.stepCount), learningRate: m.optimizer.learningRate } : null,
        lossScale: m.lossScale ? { dynamic: m.lossScale.dynamic, scale: m.lossScale.scale } : null,
        lossAvg: m.lossAvg,
        tokensSeen: Number(m.tokensSeen),
        data,
      }
      if (opts.json) printJson(info)
      else {
        const w = (k: string, v: unknown) => process.stdout.write(`${k.padEnd(12)} ${typeof v === 'string' ? v : JSON.stringify(v)}\n`)
        for (const [k, v] of Object.entries(info)) w(k, v)
      }
    })
}
