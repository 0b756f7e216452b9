// `tandem bench data`: tokenization and preparation throughput on one core (MB/s of raw text) and
// the time to assemble one step's batches. Numbers are reported, never asserted.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { DataCursor } from '../src/cursor.js'
import type { Dataset } from '../src/dataset.js'
import { prepareDataset } from '../src/prepare.js'
import { PreparedDataset } from '../src/prepared-dataset.js'
import { Rng } from '../src/rng.js'
import { openSampleMixture } from '../src/sample-mixture.js'
import { gpt2Tokenizer } from '../src/tokenizer.js'
import { ByteLevelBpe } from '../src/byte-level-bpe.js'
import { GPT2_EOT_ID } from '../src/constants.js'
import { gpt2Vocabulary } from '../src/gpt2-vocabulary.js'

export interface DataBenchOptions {
  /** Megabytes of synthetic text (ignored with textFile). */
  mb?: number
  /** Benchmark on this UTF-8 file instead (documents split at blank lines). */
  textFile?: string
  /** Steps timed per batch-assembly configuration. */
  steps?: number
}

/**
 * English-like text: words drawn by a Zipf law over GPT-2's own word pieces (its rank order is a
 * frequency order), one in 25 glued to another to make words the vocabulary lacks (real text has a
 * few percent of once-seen words), with numbers and punctuation, in paragraphs. Repetitive like
 * real text, not like a repeated string.
 */
export function syntheticCorpus(tok: ByteLevelBpe, bytes: number, seed = 1): string[] {
  const words: string[] = []
  for (let id = 256; id < tok.eotId && words.length < 30_000; id++) {
    const w = tok.decode([id])
    if (/^ [a-z]{2,}$/.test(w)) words.push(w.slice(1))
  }
  const cdf: number[] = []
  let total = 0
  for (let r = 0; r < words.length; r++) {
    total += 1 / (r + 10)
    cdf.push(total)
  }
  const rng = new Rng(seed)
  const word = (): string => {
    const u = rng.next() * total
    let lo = 0
    let hi = cdf.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cdf[mid]! < u) lo = mid + 1
      else hi = mid
    }
    return words[lo]!
  }
  const docs: string[] = []
  let size = 0
  while (size < bytes) {
    const paragraphs: string[] = []
    for (let p = 0, np = 1 + rng.int(5); p < np; p++) {
      const sentences: string[] = []
      for (let s = 0, ns = 2 + rng.int(6); s < ns; s++) {
        const n = 6 + rng.int(20)
        const ws: string[] = []
        for (let i = 0; i < n; i++) {
          let w = word()
          if (rng.int(25) === 0) w += word()
          if (rng.int(40) === 0) w = String(rng.int(10 ** (1 + rng.int(4))))
          if (i > 0 && rng.int(12) === 0) ws[ws.length - 1] += ','
          ws.push(w)
        }
        ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1)
        sentences.push(ws.join(' ') + (rng.int(10) === 0 ? '?' : '.'))
      }
      paragraphs.push(sentences.join(' '))
    }
    const doc = paragraphs.join('\n\n')
    docs.push(doc)
    size += Buffer.byteLength(doc)
  }
  return docs
}

/** Wall time and process CPU time (all threads, so GC helpers count too: conservative). */
async function timed<T>(f: () => T | Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const value = await f()
  const c = process.cpuUsage(c0)
  return { value, seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6 }
}

function tokenizeAll(tok: ByteLevelBpe, docs: readonly string[]): number {
  let tokens = 0
  for (const d of docs) tokens += tok.encode(d).length
  return tokens
}

interface BatchTiming {
  globalBatch: number
  seqLen: number
  replicas: number
  microBatches: number
  steps: number
  /** Planning one step (the coordinator's and every stage-0 worker's share of the work). */
  planMsMean: number
  /** One replica's micro-batches, planned and built (what a stage-0 worker does per step). */
  replicaMsMean: number
  replicaMsMax: number
  /** Non-padding share of the rows. */
  fill: number
}

function timeBatches(ds: Dataset, globalBatch: number, seqLen: number, replicas: number, microBatches: number, steps: number): BatchTiming {
  let c = new DataCursor(ds, { globalBatch, seqLen, seed: 1 })
  let plan = 0
  const perReplica: number[] = []
  let fill = 0
  for (let s = 0; s < steps; s++) {
    const json = JSON.stringify(c.toJSON())
    for (let r = 0; r < replicas; r++) {
      // Each stage-0 worker rebuilds the cursor from the coordinator's JSON and takes its share.
      const t0 = performance.now()
      DataCursor.fromJSON(ds, JSON.parse(json)).batchesFor({ step: c.step, replica: r, replicaCount: replicas, microBatches })
      perReplica.push(performance.now() - t0)
    }
    const t1 = performance.now()
    const fresh = DataCursor.fromJSON(ds, JSON.parse(json))
    const p = fresh.plan()
    plan += performance.now() - t1
    fill += p.tokens / (globalBatch * seqLen)
    c = fresh.next()
  }
  return {
    globalBatch,
    seqLen,
    replicas,
    microBatches,
    steps,
    planMsMean: plan / steps,
    replicaMsMean: perReplica.reduce((a, b) => a + b, 0) / perReplica.length,
    replicaMsMax: Math.max(...perReplica),
    fill: fill / steps,
  }
}

export async function runDataBench(opts: DataBenchOptions = {}): Promise<Record<string, unknown>> {
  const steps = opts.steps ?? 10
  const tok = await gpt2Tokenizer()
  const docs = opts.textFile !== undefined ? readFileSync(opts.textFile, 'utf8').split(/\n\s*\n/) : syntheticCorpus(tok, (opts.mb ?? 8) * 1e6)
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0)

  // Tokenization on this thread: a fresh tokenizer (empty piece cache), then the same text again.
  const freshTok = await freshGpt2()
  const cold = await timed(() => tokenizeAll(freshTok, docs))
  const warm = await timed(() => tokenizeAll(tok, docs))
  const warm2 = await timed(() => tokenizeAll(tok, docs))
  const best = warm.seconds < warm2.seconds ? warm : warm2

  // Preparation: the same text as Pile-style JSONL, through the whole prepare path.
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-data-'))
  try {
    const file = join(dir, 'pile.jsonl')
    writeFileSync(file, docs.map((text) => JSON.stringify({ text, meta: { pile_set_name: 'bench' } })).join('\n') + '\n')
    const out = join(dir, 'prepared')
    const prepTok = await freshGpt2()
    const { value: prep, cpuSeconds: prepCpu } = await timed(() => prepareDataset({ sources: [{ name: 'pile', path: file }], outDir: out, seqLen: 2048, tokenizer: prepTok }))
    const t0 = performance.now()
    const ds = await PreparedDataset.open(out)
    const openSeconds = (performance.now() - t0) / 1000
    const gptjt = timeBatches(ds, 64, 2048, 4, 16, steps)
    ds.close()
    const sample = await openSampleMixture(tok)
    const demo = timeBatches(sample, 16, 128, 2, 4, steps * 5)
    const cpu = cpus()[0]?.model ?? 'unknown'
    return {
      machine: { cpu, cores: cpus().length, node: process.version, loadavg: loadavg().map((x) => Number(x.toFixed(2))) },
      corpus: opts.textFile !== undefined ? { file: opts.textFile, bytes, documents: docs.length } : { kind: 'synthetic Zipf text over GPT-2 word pieces', bytes, documents: docs.length },
      tokenize: {
        note: 'one thread; MB = 1e6 bytes of UTF-8 text; cold = fresh piece cache, warm = text seen before; perCpuSecond divides by process CPU time (robust when the machine is shared)',
        coldMBps: bytes / 1e6 / cold.seconds,
        coldMBperCpuSecond: bytes / 1e6 / cold.cpuSeconds,
        warmMBps: bytes / 1e6 / best.seconds,
        warmMBperCpuSecond: bytes / 1e6 / best.cpuSeconds,
        tokens: cold.value,
        bytesPerToken: bytes / cold.value,
      },
      prepare: {
        note: 'read JSONL, parse, tokenize, write shards + index + sha256, fsync; one thread',
        seconds: prep.elapsedMs / 1000,
        fileMBps: prep.fileBytes / 1e6 / (prep.elapsedMs / 1000),
        textMBps: prep.textBytes / 1e6 / (prep.elapsedMs / 1000),
        textMBperCpuSecond: prep.textBytes / 1e6 / prepCpu,
        examples: prep.manifest.sources[0]!.examples,
        tokens: prep.manifest.sources[0]!.tokens,
        openWithSha256Seconds: openSeconds,
      },
      batchAssembly: {
        note: 'per step; a GPT-JT step moves 256 MiB of activations per stage boundary over 1 Gbps (about 2 s), so 1% of a step is above 20 ms',
        gptjt: gptjt,
        demo: demo,
      },
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A GPT-2 tokenizer with an empty piece cache (the shared one may be warm). */
async function freshGpt2(): Promise<ByteLevelBpe> {
  const v = await gpt2Vocabulary()
  return new ByteLevelBpe({ name: 'gpt2', tokenBytes: v.tokenBytes, merges: v.merges, specialTokens: v.specialTokens, eotId: GPT2_EOT_ID })
}
