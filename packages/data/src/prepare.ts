// `tandem data prepare`: reads each named source once, tokenizes it, fits examples to the
// sequence length and writes the prepared store the training path reads. Source specs are checked
// up front (a missing path or a bad weight is refused in one sentence); bad records inside the
// sources are counted and summarised, never fatal.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '@tandem/proto'
import { DEFAULT_SEQ_LEN, GPTJT_MIXTURE } from './constants.js'
import { fitExample, tokenizeExample } from './example.js'
import { IssueLog } from './issues.js'
import type { RawExample } from './raw-example.js'
import { checkReadable } from './line-reader.js'
import { readSource, sourceFiles } from './source-reader.js'
import { type DatasetManifest, MANIFEST_FILE, MANIFEST_FORMAT, type ManifestSource, manifestId, SOURCE_NAME, STORE_VERSION } from './store-format.js'
import { StoreWriter } from './store-writer.js'
import { gpt2Tokenizer, type Tokenizer } from './tokenizer.js'

export interface SourceSpec {
  name: string
  path: string
  /** Mixture weight; defaults to GPT-JT's for cot/p3/ni/pile and 1 otherwise. */
  weight?: number
}

/** Subset names kept per source in the manifest (Natural-Instructions has ~1600 tasks). */
const SUBSETS_MAX = 10_000

/**
 * Parses `NAME=PATH[:WEIGHT]`. The weight is what follows the last ':' when that is a number, so
 * paths with ':' still work; a weight that is not a positive number is refused.
 */
export function parseSourceSpec(arg: string): SourceSpec {
  const eq = arg.indexOf('=')
  if (eq <= 0 || eq === arg.length - 1) throw new UserError(`--source must look like NAME=PATH or NAME=PATH:WEIGHT, got '${arg}'.`)
  const name = arg.slice(0, eq)
  let path = arg.slice(eq + 1)
  let weight: number | undefined
  const colon = path.lastIndexOf(':')
  if (colon > 0) {
    const tail = path.slice(colon + 1)
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(tail) || /^[-+]?(inf|infinity|nan)$/i.test(tail)) {
      weight = Number(tail)
      path = path.slice(0, colon)
      if (!(weight > 0) || !Number.isFinite(weight)) throw new UserError(`the weight of source '${name}' must be a positive number, got '${tail}'.`)
    }
  }
  return weight === undefined ? { name, path } : { name, path, weight }
}

/** Checks names, paths and weights before any work starts; fills in default weights. */
export function checkSources(specs: readonly SourceSpec[]): Required<SourceSpec>[] {
  if (specs.length === 0) throw new UserError('give at least one --source NAME=PATH[:WEIGHT].')
  const seen = new Set<string>()
  return specs.map((s) => {
    if (!SOURCE_NAME.test(s.name)) throw new UserError(`source name '${s.name}' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.`)
    if (seen.has(s.name)) throw new UserError(`source name '${s.name}' is given twice; give each source once.`)
    seen.add(s.name)
    if (!existsSync(s.path)) {
      const hint = /:[^/\\]*$/.test(s.path) ? ' (a weight after ":" must be a positive number)' : ''
      throw new UserError(`the path of source '${s.name}', '${s.path}', does not exist${hint}.`)
    }
    const weight = s.weight ?? GPTJT_MIXTURE[s.name] ?? 1
    if (!(weight > 0) || !Number.isFinite(weight)) throw new UserError(`the weight of source '${s.name}' must be a positive number, got ${weight}.`)
    const files = sourceFiles(s.path)
    if (files.length === 0) throw new UserError(`source '${s.name}': the folder '${s.path}' holds no .jsonl or .json files.`)
    for (const f of files) checkReadable(f)
    return { name: s.name, path: s.path, weight }
  })
}

export interface PrepareProgress {
  source: string
  bytesDone: number
  bytesTotal: number
  examples: number
  tokens: number
  elapsedMs: number
}

export interface PrepareOptions {
  sources: readonly SourceSpec[]
  outDir: string
  /** Examples are fitted to this many tokens (GPT-JT: 2048). */
  seqLen?: number
  tokenizer?: Tokenizer
  /** Replace a prepared dataset already in outDir. */
  force?: boolean
  onProgress?: (p: PrepareProgress) => void
  signal?: AbortSignal
  /** Tokens per shard (tests use small shards). */
  shardTokensMax?: number
}

export interface PrepareResult {
  manifest: DatasetManifest
  issues: IssueLog
  elapsedMs: number
  /** Bytes of the source files (compressed size for .gz/.zst). */
  fileBytes: number
  /** UTF-8 bytes of the text that was tokenized (prompts, answers, documents). */
  textBytes: number
}

const OUR_FILES = /^(manifest\.json|tokens-\d+\.bin|[A-Za-z0-9][A-Za-z0-9._-]*\.idx|\..*\.tmp-\d+)$/

function prepareOutDir(dir: string, force: boolean): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UserError(`--out '${dir}' exists and is not a folder.`)
    const entries = readdirSync(dir)
    if (entries.includes(MANIFEST_FILE) && !force) {
      throw new UserError(`${dir} already holds a prepared dataset; pass --force to replace it, or choose another --out.`)
    }
    const foreign = entries.filter((e) => !OUR_FILES.test(e))
    if (foreign.length > 0) throw new UserError(`--out '${dir}' holds other files (${foreign.slice(0, 3).join(', ')}); choose an empty or new folder.`)
    // The manifest goes first: from here on the folder is not a dataset until the new one is committed.
    rmSync(join(dir, MANIFEST_FILE), { force: true })
    for (const e of entries) rmSync(join(dir, e), { force: true })
  }
  mkdirSync(dir, { recursive: true })
}

function textBytesOf(raw: RawExample): number {
  return raw.kind === 'text' ? Buffer.byteLength(raw.text) : Buffer.byteLength(raw.prompt) + Buffer.byteLength(raw.answer)
}

export async function prepareDataset(opts: PrepareOptions): Promise<PrepareResult> {
  const started = performance.now()
  const sources = checkSources(opts.sources)
  const seqLen = opts.seqLen ?? DEFAULT_SEQ_LEN
  if (!Number.isSafeInteger(seqLen) || seqLen < 2) throw new UserError(`--seq-len must be a whole number >= 2, got ${seqLen}.`)
  const tokenizer = opts.tokenizer ?? (await gpt2Tokenizer())
  const files = sources.map((s) => sourceFiles(s.path))
  const bytesTotal = files.flat().reduce((a, f) => a + statSync(f).size, 0)
  prepareOutDir(opts.outDir, opts.force ?? false)

  const issues = new IssueLog()
  const writer = new StoreWriter(opts.outDir, { bytesPerToken: tokenizer.vocabSize <= 0x10000 ? 2 : 4, shardTokensMax: opts.shardTokensMax })
  let bytesBefore = 0
  let bytesInFile = 0
  let currentFile = ''
  let examplesAll = 0
  let tokensAll = 0
  let textBytes = 0
  const report = (source: string): void =>
    opts.onProgress?.({ source, bytesDone: bytesBefore + bytesInFile, bytesTotal, examples: examplesAll, tokens: tokensAll, elapsedMs: performance.now() - started })

  try {
    const manifestSources: ManifestSource[] = []
    for (const spec of sources) {
      const source = writer.addSource(spec.name)
      const stats: Omit<ManifestSource, 'index'> = {
        name: spec.name,
        weight: spec.weight,
        paths: [spec.path],
        examples: 0,
        tokens: 0,
        answerTokens: 0,
        kinds: { text: 0, instruction: 0 },
        subsets: {},
        truncated: 0,
      }
      const onBytes = (file: string, n: number): void => {
        if (file !== currentFile) {
          bytesBefore += bytesInFile
          bytesInFile = 0
          currentFile = file
        }
        bytesInFile = n
      }
      for await (const raw of readSource(spec.path, { issues, onBytes, signal: opts.signal })) {
        textBytes += textBytesOf(raw)
        const whole = tokenizeExample(raw, tokenizer)
        const parts = fitExample(whole, seqLen)
        if (whole.kind === 'instruction' && parts[0]!.tokens.length < whole.tokens.length) {
          stats.truncated++
          issues.note('truncated', spec.path, undefined, `an instruction longer than ${seqLen} tokens`)
        }
        for (const ex of parts) {
          writer.append(source, ex)
          stats.examples++
          stats.kinds[ex.kind]++
          stats.tokens += ex.tokens.length
          if (ex.kind === 'instruction') stats.answerTokens += ex.tokens.length - ex.prefixLen
          if (raw.subset !== undefined && (raw.subset in stats.subsets || Object.keys(stats.subsets).length < SUBSETS_MAX)) {
            stats.subsets[raw.subset] = (stats.subsets[raw.subset] ?? 0) + 1
          }
          examplesAll++
          tokensAll += ex.tokens.length
          if ((examplesAll & 255) === 0) report(spec.name)
        }
      }
      if (stats.examples === 0) issues.note('empty-source', spec.path, undefined, `source '${spec.name}' gave no usable example and is left out of the mixture`)
      manifestSources.push({ ...stats, index: writer.endSource(source) })
      report(spec.name)
    }
    if (examplesAll === 0) {
      const first = issues.lines()[0]
      throw new UserError(`none of the sources gave a usable example${first === undefined ? '' : ` (${first})`}; check the paths and formats.`, { issues: issues.toJSON() }, 'E_NO_EXAMPLES')
    }
    const manifest = writer.finish((shards) => {
      const body: Omit<DatasetManifest, 'id' | 'createdAt'> = {
        format: MANIFEST_FORMAT,
        version: STORE_VERSION,
        tokenizer: { name: tokenizer.name, eotId: tokenizer.eotId, vocabSize: tokenizer.vocabSize },
        seqLen,
        dtype: tokenizer.vocabSize <= 0x10000 ? 'uint16' : 'uint32',
        sources: manifestSources,
        shards,
        issues: issues.toJSON(),
      }
      return { id: manifestId(body), createdAt: new Date().toISOString(), ...body }
    })
    return { manifest, issues, elapsedMs: performance.now() - started, fileBytes: bytesTotal, textBytes }
  } catch (err) {
    writer.abort()
    throw err
  }
}
