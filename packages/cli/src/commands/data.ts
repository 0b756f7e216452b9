// `tandem data`: the tokenizer, dataset preparation and a look inside a dataset. @tandem/data loads
// inside the actions, so that --help stays quick.
import { readFileSync } from 'node:fs'
import type { Tokenizer, Ul2Options } from '@tandem/data'
import { UserError } from '@tandem/proto/errors'
import type { Command } from 'commander'
import { DATA_SEQ_LEN_DEFAULT } from '../constants.js'
import { parseIntOption, printJson } from '../options.js'

export function registerData(program: Command): void {
  const data = program.command('data').description('data pipeline: GPT-2 tokenizer, dataset preparation, the data cursor')

  data
    .command('tokenize')
    .description('print the token ids of TEXT as JSON (`-` reads stdin); with --decode, TEXT is ids and the text is printed')
    .argument('<text...>', 'the text, or ids (JSON array or separated by spaces/commas) with --decode')
    .option('--decode', 'turn ids back into text')
    .option('--model <dir>', "use this model folder's tokenizer.json (default: the built-in GPT-2 tokenizer)")
    .action(async (words: string[], opts: { decode?: boolean; model?: string }) => {
      const { loadTokenizer } = await import('@tandem/data')
      const tok = await loadTokenizer(opts.model)
      const text = words.length === 1 && words[0] === '-' ? readFileSync(0, 'utf8') : words.join(' ')
      if (opts.decode) process.stdout.write(`${tok.decode(parseIds(text))}\n`)
      else process.stdout.write(`${JSON.stringify(tok.encode(text))}\n`)
    })

  data
    .command('prepare')
    .description('tokenize sources once into a prepared dataset (token shards, indexes, manifest with sha256)')
    .requiredOption('--source <NAME=PATH[:WEIGHT]>', 'a source file or folder (repeat for each); weight defaults to GPT-JT\'s for cot/p3/ni/pile, else 1', collect, [] as string[])
    .requiredOption('--out <dir>', 'folder to write the dataset to')
    .option('--seq-len <n>', `tokens per training sequence; longer examples are split or cut (default ${DATA_SEQ_LEN_DEFAULT})`, parseIntOption('--seq-len', { min: 2, max: 1 << 20 }))
    .option('--model <dir>', "tokenize with this model folder's tokenizer (default: built-in GPT-2)")
    .option('--force', 'replace a dataset already in --out')
    .option('--json', 'print the result as one JSON document')
    .action(async (opts: { source: string[]; out: string; seqLen?: number; model?: string; force?: boolean; json?: boolean }) => {
      const { loadTokenizer, parseSourceSpec, prepareDataset, ProgressBar } = await import('@tandem/data')
      const sources = opts.source.map(parseSourceSpec)
      const tokenizer = await loadTokenizer(opts.model)
      const bar = new ProgressBar({ stream: process.stderr }, { label: 'prepare' })
      const mb = (b: number): string => `${(b / 1e6).toFixed(1)} MB`
      // Ctrl-C stops reading; the writer removes its temporary files and no manifest is written.
      const interrupt = new AbortController()
      const onSigint = (): void => interrupt.abort()
      process.once('SIGINT', onSigint)
      let res: Awaited<ReturnType<typeof prepareDataset>>
      try {
        res = await prepareDataset({
          sources,
          outDir: opts.out,
          seqLen: opts.seqLen,
          tokenizer,
          force: opts.force,
          signal: interrupt.signal,
          onProgress: (p) =>
            bar.update(p.bytesDone / p.bytesTotal, `${mb(p.bytesDone)}/${mb(p.bytesTotal)} ${(p.bytesDone / 1e3 / Math.max(1, p.elapsedMs)).toFixed(1)} MB/s ${p.examples.toLocaleString('en')} examples ${p.tokens.toLocaleString('en')} tokens [${p.source}]`),
        })
      } catch (err) {
        if (interrupt.signal.aborted) throw new UserError(`prepare was interrupted; ${opts.out} holds no dataset (its temporary files were removed).`)
        throw err
      } finally {
        process.off('SIGINT', onSigint)
      }
      const seconds = res.elapsedMs / 1000
      const m = res.manifest
      const examples = m.sources.reduce((a, s) => a + s.examples, 0)
      const tokens = m.sources.reduce((a, s) => a + s.tokens, 0)
      bar.finish(`${mb(res.fileBytes)} in ${seconds.toFixed(1)} s (${(res.fileBytes / 1e6 / seconds).toFixed(1)} MB/s), ${examples.toLocaleString('en')} examples, ${tokens.toLocaleString('en')} tokens`)
      if (opts.json) {
        printJson({
          dir: opts.out,
          id: m.id,
          seqLen: m.seqLen,
          tokenizer: m.tokenizer,
          sources: m.sources.map(({ name, weight, examples, tokens, answerTokens, kinds, truncated }) => ({ name, weight, examples, tokens, answerTokens, kinds, truncated })),
          shards: m.shards.length,
          seconds,
          fileMBps: res.fileBytes / 1e6 / seconds,
          textMBps: res.textBytes / 1e6 / seconds,
          issues: res.issues.toJSON(),
        })
        return
      }
      const out: string[] = [`prepared dataset ${opts.out} (id ${m.id.slice(0, 16)}…, seq len ${m.seqLen}, ${m.shards.length} shard${m.shards.length === 1 ? '' : 's'})`]
      for (const s of m.sources) {
        out.push(`  ${s.name.padEnd(12)} weight ${String(s.weight).padEnd(6)} ${s.examples.toLocaleString('en').padStart(12)} examples ${s.tokens.toLocaleString('en').padStart(15)} tokens`)
      }
      const lines = res.issues.lines()
      if (lines.length > 0) out.push(`problems in the input (${res.issues.skipped} skipped):`, ...lines.map((l) => `  ${l}`))
      process.stdout.write(`${out.join('\n')}\n`)
    })

  data
    .command('inspect')
    .description("show a dataset ('sample' or a prepared folder): its sources and the first packed rows, prefix in [brackets]")
    .argument('<dataset>', "'sample' or a prepared dataset folder")
    .option('--seq-len <n>', 'tokens per sequence (default: the length it was prepared for)', parseIntOption('--seq-len', { min: 2, max: 1 << 20 }))
    .option('--rows <n>', 'packed rows to show', parseIntOption('--rows', { min: 0, max: 1000 }), 2)
    .option('--seed <n>', 'data seed', parseIntOption('--seed', { min: 0 }), 0)
    .option('--ul2 <S:R:X>', 'relative rates of the S, R and X denoisers for text (default 1:0:0, prefix LM only)', parseUl2, { s: 1, r: 0, x: 0 })
    .option('--model <dir>', "decode with this model folder's tokenizer")
    .option('--json', 'print one JSON document (sources, cursor at step 0, held-out prompts for the sample)')
    .action(async (spec: string, opts: { seqLen?: number; rows: number; seed: number; ul2: Ul2Options; model?: string; json?: boolean }) => {
      const { DataCursor, loadTokenizer, openDataset, sampleHeldOut } = await import('@tandem/data')
      const ds = await openDataset(spec)
      try {
        const cursor = new DataCursor(ds, { globalBatch: Math.max(1, opts.rows), seqLen: opts.seqLen, seed: opts.seed, ul2: opts.ul2 })
        const plan = cursor.plan()
        const heldOut = spec === 'sample' ? sampleHeldOut() : undefined
        if (opts.json) {
          printJson({ id: ds.id, description: ds.description, exampleTokensMax: ds.exampleTokensMax, sources: ds.sources, fill: plan.tokens / (cursor.globalBatch * cursor.seqLen), cursor: cursor.toJSON(), heldOut })
          return
        }
        const tok = await loadTokenizer(opts.model)
        const out = [`dataset ${ds.description} (id ${ds.id}), examples up to ${ds.exampleTokensMax} tokens`]
        for (const [i, s] of ds.sources.entries()) {
          out.push(`  ${s.name.padEnd(12)} weight ${cursor.weights[i]!.toFixed(3)} ${s.examples.toLocaleString('en').padStart(12)} examples`)
        }
        if (opts.rows > 0) {
          out.push(`step 0 with seed ${opts.seed}: ${(100 * plan.tokens / (cursor.globalBatch * cursor.seqLen)).toFixed(1)}% of ${cursor.seqLen}-token rows filled`)
          const [batch] = cursor.batchesFor({ step: 0, replica: 0, replicaCount: 1, microBatches: 1 })
          for (let r = 0; r < opts.rows; r++) out.push(`--- row ${r}`, showRow(tok, batch!, r))
        }
        if (heldOut !== undefined) {
          out.push('held-out prompts (for tandem model generate):')
          for (const h of heldOut) out.push(`  ${JSON.stringify(h.prompt)} -> ${JSON.stringify(h.answer)} (${h.task}: ${h.note})`)
        }
        process.stdout.write(`${out.join('\n')}\n`)
      } finally {
        ds.close()
      }
    })
}

function parseUl2(value: string): Ul2Options {
  const parts = value.split(':').map(Number)
  if (parts.length !== 3 || !parts.every((x) => Number.isFinite(x) && x >= 0) || parts.every((x) => x === 0)) {
    throw new UserError(`--ul2 must be three non-negative rates S:R:X, not all zero (e.g. 1:1:1), got '${value}'.`)
  }
  return { s: parts[0]!, r: parts[1]!, x: parts[2]! }
}

/** --source repeats; each is parsed (NAME=PATH[:WEIGHT]) in the action, where @tandem/data is loaded. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function parseIds(text: string): number[] {
  const t = text.trim()
  const parts = t.startsWith('[') ? safeJsonArray(t) : t.split(/[\s,]+/).filter((x) => x.length > 0)
  return parts.map((p) => {
    const s = String(p)
    if (!/^\d+$/.test(s)) throw new UserError(`--decode needs token ids (whole numbers >= 0), got '${s}'.`)
    return Number(s)
  })
}

function safeJsonArray(t: string): unknown[] {
  try {
    const v = JSON.parse(t)
    if (Array.isArray(v)) return v
  } catch {}
  throw new UserError(`--decode needs a JSON array of token ids like [15496, 995], got '${t.slice(0, 40)}'.`)
}

/** One packed row: each segment on its line, its prefix in [brackets], padding counted. */
function showRow(tok: Tokenizer, b: { seq: number; inputIds: Int32Array; segmentIds: Int32Array; prefixMask: Uint8Array }, r: number): string {
  const lines: string[] = []
  let t = 0
  const base = r * b.seq
  while (t < b.seq) {
    const seg = b.segmentIds[base + t]!
    let end = t
    while (end < b.seq && b.segmentIds[base + end] === seg) end++
    if (seg === 0) {
      lines.push(`  (${end - t} padding tokens)`)
    } else {
      let p = t
      while (p < end && b.prefixMask[base + p] === 1) p++
      const prefix = tok.decode(b.inputIds.subarray(base + t, base + p))
      const rest = tok.decode(b.inputIds.subarray(base + p, base + end))
      lines.push(`  ${seg}: ${JSON.stringify(`[${prefix}]${rest}`)}`)
    }
    t = end
  }
  return lines.join('\n')
}
