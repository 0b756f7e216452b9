// Writes a prepared dataset folder (format in store-format.ts): token shards shared by all sources,
// one index per source, and the manifest last. Each file goes to a temporary name, is fsynced and
// renamed, so a crash leaves either the old state or a complete new file, never a torn one.
import { createHash, type Hash } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { endianness } from 'node:os'
import { join } from 'node:path'
import { SHARD_TOKENS_MAX } from './constants.js'
import type { TokenizedExample } from './example.js'
import {
  type DatasetManifest,
  fileHeader,
  INDEX_MAGIC,
  INDEX_RECORD_BYTES,
  MANIFEST_FILE,
  type ManifestFile,
  type ManifestShard,
  TOKENS_MAGIC,
  writeRecord,
} from './store-format.js'

const WRITE_BUFFER_BYTES = 1 << 20
const LITTLE_ENDIAN = endianness() === 'LE'

/** A file written through a buffer, hashed as it goes, committed by rename. */
class AtomicFile {
  private readonly fd: number
  private readonly tmp: string
  private readonly hash: Hash = createHash('sha256')
  private buf = Buffer.allocUnsafe(WRITE_BUFFER_BYTES)
  private used = 0
  bytes = 0

  constructor(
    private readonly dir: string,
    readonly file: string,
  ) {
    this.tmp = join(dir, `.${file}.tmp-${process.pid}`)
    this.fd = openSync(this.tmp, 'w')
  }

  write(data: Uint8Array): void {
    if (this.used + data.length > this.buf.length) this.flush()
    if (data.length > this.buf.length) {
      this.emit(data)
      return
    }
    this.buf.set(data, this.used)
    this.used += data.length
  }

  /** A slice of the internal buffer to fill in place (n bytes), to avoid a copy. */
  reserve(n: number): { buf: Buffer; at: number } {
    if (this.used + n > this.buf.length) this.flush()
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n)
    const at = this.used
    this.used += n
    return { buf: this.buf, at }
  }

  commit(): ManifestFile {
    this.flush()
    fsyncSync(this.fd)
    closeSync(this.fd)
    renameSync(this.tmp, join(this.dir, this.file))
    return { file: this.file, bytes: this.bytes, sha256: this.hash.digest('hex') }
  }

  discard(): void {
    try {
      closeSync(this.fd)
    } catch {}
    rmSync(this.tmp, { force: true })
  }

  private flush(): void {
    if (this.used === 0) return
    this.emit(this.buf.subarray(0, this.used))
    this.used = 0
  }

  private emit(data: Uint8Array): void {
    this.hash.update(data)
    let off = 0
    while (off < data.length) off += writeSync(this.fd, data, off, data.length - off)
    this.bytes += data.length
  }
}

export interface StoreWriterInit {
  bytesPerToken: 2 | 4
  shardTokensMax?: number
}

export class StoreWriter {
  private readonly bytesPerToken: 2 | 4
  private readonly shardTokensMax: number
  private readonly shards: ManifestShard[] = []
  private shard: AtomicFile | undefined
  private shardTokens = 0
  private readonly indexes: AtomicFile[] = []
  private readonly committedIndexes: ManifestFile[] = []
  private closed = false

  constructor(
    private readonly dir: string,
    init: StoreWriterInit,
  ) {
    this.bytesPerToken = init.bytesPerToken
    this.shardTokensMax = init.shardTokensMax ?? SHARD_TOKENS_MAX
  }

  /** Starts the index of the next source; returns its number for append(). */
  addSource(name: string): number {
    const idx = new AtomicFile(this.dir, `${name}.idx`)
    idx.write(fileHeader(INDEX_MAGIC, INDEX_RECORD_BYTES))
    this.indexes.push(idx)
    return this.indexes.length - 1
  }

  append(source: number, ex: TokenizedExample): void {
    const n = ex.tokens.length
    if (this.shard === undefined || this.shardTokens + n > this.shardTokensMax) this.nextShard()
    const shard = this.shard!
    const { buf, at } = shard.reserve(n * this.bytesPerToken)
    if (LITTLE_ENDIAN && (buf.byteOffset + at) % this.bytesPerToken === 0) {
      if (this.bytesPerToken === 2) new Uint16Array(buf.buffer, buf.byteOffset + at, n).set(ex.tokens)
      else new Uint32Array(buf.buffer, buf.byteOffset + at, n).set(ex.tokens)
    } else if (this.bytesPerToken === 2) for (let i = 0; i < n; i++) buf.writeUInt16LE(ex.tokens[i]!, at + 2 * i)
    else for (let i = 0; i < n; i++) buf.writeUInt32LE(ex.tokens[i]!, at + 4 * i)
    const rec = this.indexes[source]!.reserve(INDEX_RECORD_BYTES)
    writeRecord(rec.buf, rec.at, { shard: this.shards.length, offset: this.shardTokens, length: n, prefixLen: ex.prefixLen, instruction: ex.kind === 'instruction' })
    this.shardTokens += n
  }

  /** Commits the source's index (call once its examples are all appended). */
  endSource(source: number): ManifestFile {
    const f = this.indexes[source]!.commit()
    this.committedIndexes[source] = f
    return f
  }

  /** Commits the last shard, then the manifest (built from the shard list by the caller). */
  finish(build: (shards: ManifestShard[]) => DatasetManifest): DatasetManifest {
    this.commitShard()
    const manifest = build(this.shards)
    const tmp = join(this.dir, `.${MANIFEST_FILE}.tmp-${process.pid}`)
    const fd = openSync(tmp, 'w')
    writeSync(fd, `${JSON.stringify(manifest, null, 2)}\n`)
    fsyncSync(fd)
    closeSync(fd)
    renameSync(tmp, join(this.dir, MANIFEST_FILE))
    // The renames are durable once the folder itself is synced.
    const dirFd = openSync(this.dir, 'r')
    try {
      fsyncSync(dirFd)
    } finally {
      closeSync(dirFd)
    }
    this.closed = true
    return manifest
  }

  /** Removes temporary files after a failure; safe to call twice. */
  abort(): void {
    if (this.closed) return
    this.closed = true
    this.shard?.discard()
    this.indexes.forEach((idx, i) => {
      if (this.committedIndexes[i] === undefined) idx.discard()
    })
  }

  private nextShard(): void {
    this.commitShard()
    this.shard = new AtomicFile(this.dir, `tokens-${String(this.shards.length).padStart(5, '0')}.bin`)
    this.shard.write(fileHeader(TOKENS_MAGIC, this.bytesPerToken))
    this.shardTokens = 0
  }

  private commitShard(): void {
    if (this.shard === undefined) return
    this.shards.push({ ...this.shard.commit(), tokens: this.shardTokens })
    this.shard = undefined
  }
}
