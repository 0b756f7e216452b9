// Opens a prepared dataset folder: validates the manifest, every file's size, header (magic and
// version) and sha256 (streamed, never read whole), and refuses a damaged dataset with one
// sentence. Reads are positional: index records in cached pages, tokens per example.
import { createHash } from 'node:crypto'
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '@tandem/proto'
import { INDEX_CACHE_PAGES, INDEX_PAGE_RECORDS } from './constants.js'
import type { Dataset, DatasetSource } from './dataset.js'
import type { ExampleKind, TokenizedExample } from './example.js'
import {
  checkHeader,
  type DatasetManifest,
  HEADER_BYTES,
  INDEX_MAGIC,
  INDEX_RECORD_BYTES,
  type IndexRecord,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  type ManifestFile,
  manifestId,
  readRecord,
  STORE_VERSION,
  TOKENS_MAGIC,
} from './store-format.js'

export interface OpenPreparedOptions {
  /** 'full' (default): check every file's sha256; 'quick': sizes and headers only. */
  verify?: 'full' | 'quick'
  signal?: AbortSignal
}

function damaged(dir: string, what: string): UserError {
  return new UserError(`prepared dataset ${dir} is damaged: ${what}; prepare it again with 'tandem data prepare'.`, { dir }, 'E_DATASET_CORRUPT')
}

async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal })) h.update(chunk as Buffer)
  return h.digest('hex')
}

function readManifest(dir: string): DatasetManifest {
  const path = join(dir, MANIFEST_FILE)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`dataset folder '${dir}' does not exist.`, { dir }, 'E_DATASET_MISSING')
  if (!existsSync(path)) {
    throw new UserError(`${dir} is not a prepared dataset (it has no ${MANIFEST_FILE}); make one with 'tandem data prepare'.`, { dir }, 'E_DATASET_MISSING')
  }
  let m: DatasetManifest
  try {
    m = JSON.parse(readFileSync(path, 'utf8')) as DatasetManifest
  } catch (err) {
    throw damaged(dir, `${MANIFEST_FILE} is not valid JSON (${(err as Error).message})`)
  }
  if (m?.format !== MANIFEST_FORMAT) throw damaged(dir, `${MANIFEST_FILE} is not a Tandem dataset manifest`)
  if (m.version !== STORE_VERSION) {
    throw new UserError(`prepared dataset ${dir} has format version ${m.version}, and this Tandem reads version ${STORE_VERSION}; prepare it again with this version.`, { dir }, 'E_DATASET_VERSION')
  }
  if (!Array.isArray(m.sources) || !Array.isArray(m.shards) || !(m.dtype === 'uint16' || m.dtype === 'uint32')) {
    throw damaged(dir, `${MANIFEST_FILE} lacks its sources, shards or dtype`)
  }
  if (manifestId(m) !== m.id) throw damaged(dir, `${MANIFEST_FILE} does not match its own id (it was edited or truncated)`)
  return m
}

export class PreparedDataset implements Dataset {
  readonly id: string
  readonly description: string
  readonly sources: DatasetSource[]
  readonly eotId: number
  readonly exampleTokensMax: number
  private readonly bytesPerToken: number
  private readonly shardFds: number[] = []
  private readonly indexFds: number[] = []
  private readonly pages: Map<number, Buffer>[]
  private closed = false

  private constructor(
    readonly dir: string,
    readonly manifest: DatasetManifest,
  ) {
    this.id = manifest.id
    this.description = dir
    this.sources = manifest.sources.map((s) => ({ name: s.name, weight: s.weight, examples: s.examples }))
    this.eotId = manifest.tokenizer.eotId
    this.exampleTokensMax = manifest.seqLen
    this.bytesPerToken = manifest.dtype === 'uint16' ? 2 : 4
    this.pages = manifest.sources.map(() => new Map())
    try {
      for (const s of manifest.shards) this.shardFds.push(openSync(join(dir, s.file), 'r'))
      for (const s of manifest.sources) this.indexFds.push(openSync(join(dir, s.index.file), 'r'))
    } catch (err) {
      this.close()
      throw err
    }
  }

  /** Opens and validates a prepared dataset folder. */
  static async open(dir: string, opts: OpenPreparedOptions = {}): Promise<PreparedDataset> {
    const m = readManifest(dir)
    const bytesPerToken = m.dtype === 'uint16' ? 2 : 4
    const check = async (f: ManifestFile, magic: string, field: number, payloadBytes: number): Promise<void> => {
      const path = join(dir, f.file)
      if (!existsSync(path)) throw damaged(dir, `${f.file} is missing`)
      const size = statSync(path).size
      if (size !== f.bytes) throw damaged(dir, `${f.file} has ${size} bytes where the manifest says ${f.bytes}`)
      if (size !== HEADER_BYTES + payloadBytes) throw damaged(dir, `${f.file} has ${size} bytes where its counts imply ${HEADER_BYTES + payloadBytes}`)
      const head = Buffer.alloc(HEADER_BYTES)
      const fd = openSync(path, 'r')
      try {
        readSync(fd, head, 0, HEADER_BYTES, 0)
      } finally {
        closeSync(fd)
      }
      const bad = checkHeader(head, magic, field)
      if (bad !== null) throw damaged(dir, `${f.file}: ${bad}`)
      if (opts.verify !== 'quick') {
        const sum = await sha256File(path, opts.signal)
        if (sum !== f.sha256) throw damaged(dir, `${f.file} has sha256 ${sum.slice(0, 12)}… where the manifest says ${f.sha256.slice(0, 12)}…`)
      }
    }
    for (const s of m.shards) await check(s, TOKENS_MAGIC, bytesPerToken, s.tokens * bytesPerToken)
    for (const s of m.sources) await check(s.index, INDEX_MAGIC, INDEX_RECORD_BYTES, s.examples * INDEX_RECORD_BYTES)
    return new PreparedDataset(dir, m)
  }

  record(source: number, index: number): IndexRecord {
    const src = this.sources[source]
    if (src === undefined || !Number.isInteger(index) || index < 0 || index >= src.examples) {
      throw new RangeError(`example ${index} of source ${source} is out of range`)
    }
    const page = Math.floor(index / INDEX_PAGE_RECORDS)
    const cache = this.pages[source]!
    let buf = cache.get(page)
    if (buf === undefined) {
      const first = page * INDEX_PAGE_RECORDS
      const n = Math.min(INDEX_PAGE_RECORDS, src.examples - first)
      buf = Buffer.alloc(n * INDEX_RECORD_BYTES)
      readSync(this.indexFds[source]!, buf, 0, buf.length, HEADER_BYTES + first * INDEX_RECORD_BYTES)
      if (cache.size >= INDEX_CACHE_PAGES) cache.delete(cache.keys().next().value!)
      cache.set(page, buf)
    } else {
      // Most recently used last: Map order is the eviction order.
      cache.delete(page)
      cache.set(page, buf)
    }
    return readRecord(buf, (index - page * INDEX_PAGE_RECORDS) * INDEX_RECORD_BYTES)
  }

  exampleLength(source: number, index: number): number {
    return this.record(source, index).length
  }

  exampleKind(source: number, index: number): ExampleKind {
    return this.record(source, index).instruction ? 'instruction' : 'text'
  }

  example(source: number, index: number): TokenizedExample {
    const r = this.record(source, index)
    const shard = this.manifest.shards[r.shard]
    if (shard === undefined || r.offset + r.length > shard.tokens || r.prefixLen > r.length) {
      throw damaged(this.dir, `record ${index} of ${this.manifest.sources[source]!.index.file} points outside the token shards`)
    }
    const bytes = Buffer.alloc(r.length * this.bytesPerToken)
    readSync(this.shardFds[r.shard]!, bytes, 0, bytes.length, HEADER_BYTES + r.offset * this.bytesPerToken)
    const tokens = new Int32Array(r.length)
    if (this.bytesPerToken === 2) for (let i = 0; i < r.length; i++) tokens[i] = bytes.readUInt16LE(2 * i)
    else for (let i = 0; i < r.length; i++) tokens[i] = bytes.readUInt32LE(4 * i)
    return { kind: r.instruction ? 'instruction' : 'text', tokens, prefixLen: r.prefixLen }
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    for (const fd of [...this.shardFds, ...this.indexFds]) closeSync(fd)
  }
}
