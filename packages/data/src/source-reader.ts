// Reads one named source (a file or a folder of files) as a stream of raw examples, whatever its
// format: JSONL records (P3, Pile, CoT inputs/targets, users' text or prompt/completion), and whole
// JSON documents (Natural-Instructions tasks, mmlu-cot, or an array of records). Problems are
// counted in the issue log, never thrown.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { cotExamples, isCotDocument } from './chain-of-thought.js'
import { JSON_DOCUMENT_BYTES_MAX } from './constants.js'
import type { IssueLog } from './issues.js'
import { parseLenientJson } from './lenient-json.js'
import { compressionOf, readLines } from './line-reader.js'
import { isNiTask, niExamples } from './natural-instructions.js'
import { type RawExample, type RecordProblem, recordToExample } from './raw-example.js'

const JSONL = /\.(jsonl|ndjson)(\.gz|\.zst)?$/
const JSON_DOC = /\.json(\.gz)?$/

/**
 * The files a source path stands for, sorted. A folder is walked; only JSONL and JSON files are
 * taken from it (licences and READMEs beside the data are left alone), hidden entries skipped.
 */
export function sourceFiles(path: string): string[] {
  const st = statSync(path)
  if (!st.isDirectory()) return [path]
  const out: string[] = []
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue
    const full = join(path, name)
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full))
    else if (JSONL.test(name) || JSON_DOC.test(name)) out.push(full)
  }
  return out
}

export interface ReadSourceOptions {
  issues: IssueLog
  /** Raw bytes read so far in the current file (for progress). */
  onBytes?: (file: string, bytesRead: number) => void
  signal?: AbortSignal
}

export async function* readSource(path: string, opts: ReadSourceOptions): AsyncGenerator<RawExample> {
  for (const file of sourceFiles(path)) {
    opts.signal?.throwIfAborted()
    // A file named directly is JSONL unless it is named .json; a folder contributes only those two kinds.
    if (JSON_DOC.test(file)) yield* readJsonDocument(file, opts)
    else yield* readJsonl(file, opts)
  }
}

function* take(file: string, where: number | string, item: RawExample | RecordProblem, issues: IssueLog): Generator<RawExample> {
  if ('problem' in item) issues.note(item.problem, file, where, item.detail)
  else yield item
}

async function* readJsonl(file: string, opts: ReadSourceOptions): AsyncGenerator<RawExample> {
  const { issues } = opts
  const onBytes = opts.onBytes === undefined ? undefined : (n: number) => opts.onBytes!(file, n)
  for await (const { text, lineNo } of readLines(file, { issues, onBytes, signal: opts.signal })) {
    let rec: unknown
    try {
      rec = parseLenientJson(text)
    } catch (err) {
      issues.note('malformed-json', file, lineNo, (err as Error).message)
      continue
    }
    yield* take(file, lineNo, recordToExample(rec), issues)
  }
}

async function* readJsonDocument(file: string, opts: ReadSourceOptions): AsyncGenerator<RawExample> {
  const { issues } = opts
  const size = statSync(file).size
  if (size > JSON_DOCUMENT_BYTES_MAX) {
    issues.note('line-too-long', file, undefined, `a whole-document JSON file over ${JSON_DOCUMENT_BYTES_MAX} bytes; split it into JSONL`)
    return
  }
  let doc: unknown
  try {
    const raw = readFileSync(file)
    const bytes = compressionOf(file) === 'gzip' ? gunzipSync(raw) : raw
    opts.onBytes?.(file, size)
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start))
    doc = parseLenientJson(text)
  } catch (err) {
    const kind = err instanceof SyntaxError ? 'malformed-json' : 'bad-encoding'
    issues.note(kind, file, undefined, (err as Error).message)
    return
  }
  if (isNiTask(doc)) {
    const task = basename(file).replace(/\.json(\.gz)?$/, '')
    for (const { where, item } of niExamples(doc, task)) yield* take(file, where, item, issues)
  } else if (Array.isArray(doc)) {
    for (let i = 0; i < doc.length; i++) yield* take(file, `[${i}]`, recordToExample(doc[i]), issues)
  } else if (isCotDocument(doc)) {
    for (const { where, item } of cotExamples(doc as Record<string, string>)) yield* take(file, where, item, issues)
  } else {
    issues.note('unknown-shape', file, undefined, 'not a Natural-Instructions task, an mmlu-cot object of strings, or an array of records')
  }
}
