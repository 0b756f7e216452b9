// Content-addressed blobs under DIR/blobs/<first two hex>/<sha256>: tensors and checkpoint
// manifests. A blob appears under its name only once its bytes are on disk and hash to that name
// (temporary file, fsync, rename), so a crash leaves either the whole blob or none; readers
// re-hash what they read and refuse a corrupted blob.
import { createHash, type Hash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { ValidationError } from '@tandem/proto'
import { fsyncDir } from '@tandem/model'

const SHA256_HEX = /^[0-9a-f]{64}$/

/** A blob whose bytes do not hash to its name (disk corruption or tampering). */
export class CorruptBlobError extends ValidationError {
  override name = 'CorruptBlobError'
  constructor(sha256: string, actual: string) {
    super('E_CORRUPT_BLOB', `blob ${sha256} is corrupt: its bytes hash to ${actual}`, { sha256, actual })
  }
}

export class MissingBlobError extends ValidationError {
  override name = 'MissingBlobError'
  constructor(sha256: string) {
    super('E_MISSING_BLOB', `blob ${sha256} is not in the store`, { sha256 })
  }
}

export function isSha256Hex(s: unknown): s is string {
  return typeof s === 'string' && SHA256_HEX.test(s)
}

export interface BlobStoreInit {
  dir: string
}

/** A blob being written chunk by chunk; `finish()` verifies the hash and publishes it. */
export interface BlobWriter {
  write(chunk: Uint8Array): Promise<void>
  /** Verifies (when `expectSha256` was given) and publishes; returns the hash and size. */
  finish(): Promise<{ sha256: string; byteLength: number }>
  abort(): Promise<void>
}

export class BlobStore {
  readonly dir: string
  private ready: Promise<void> | undefined

  constructor(init: BlobStoreInit) {
    this.dir = init.dir
  }

  private async ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined)
    await this.ready
  }

  pathOf(sha256: string): string {
    if (!isSha256Hex(sha256)) throw new ValidationError('E_BAD_HASH', `not a sha256 hex digest: ${JSON.stringify(sha256).slice(0, 80)}`)
    return join(this.dir, sha256.slice(0, 2), sha256)
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await stat(this.pathOf(sha256))
      return true
    } catch {
      return false
    }
  }

  async size(sha256: string): Promise<number> {
    try {
      return (await stat(this.pathOf(sha256))).size
    } catch {
      throw new MissingBlobError(sha256)
    }
  }

  /** Stores bytes; returns their hash. Storing a blob that exists is a cheap no-op. */
  async put(bytes: Uint8Array, expectSha256?: string): Promise<{ sha256: string; byteLength: number }> {
    const w = await this.writer(expectSha256)
    try {
      await w.write(bytes)
    } catch (err) {
      await w.abort()
      throw err
    }
    return w.finish()
  }

  /**
   * Streams a blob in. With `expectSha256` the bytes must hash to it, else `finish()` throws
   * CorruptBlobError and nothing is published.
   */
  async writer(expectSha256?: string, options: { sync?: boolean } = {}): Promise<BlobWriter> {
    const sync = options.sync ?? true
    if (expectSha256 !== undefined && !isSha256Hex(expectSha256)) {
      throw new ValidationError('E_BAD_HASH', `not a sha256 hex digest: ${JSON.stringify(expectSha256).slice(0, 80)}`)
    }
    await this.ensureDir()
    const tmp = join(this.dir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`)
    const fh: FileHandle = await open(tmp, 'wx', 0o644)
    const hash: Hash = createHash('sha256')
    let bytes = 0
    let done = false
    const abort = async () => {
      if (done) return
      done = true
      await fh.close().catch(() => {})
      await unlink(tmp).catch(() => {})
    }
    return {
      write: async (chunk) => {
        if (done) throw new Error('blob writer already finished')
        hash.update(chunk)
        bytes += chunk.byteLength
        let off = 0
        while (off < chunk.byteLength) {
          const { bytesWritten } = await fh.write(chunk, off, chunk.byteLength - off)
          off += bytesWritten
        }
      },
      finish: async () => {
        if (done) throw new Error('blob writer already finished')
        const sha256 = hash.digest('hex')
        if (expectSha256 !== undefined && sha256 !== expectSha256) {
          await abort()
          throw new CorruptBlobError(expectSha256, sha256)
        }
        done = true
        try {
          if (sync) await fh.sync()
          await fh.close()
          const final = this.pathOf(sha256)
          const sub = join(this.dir, sha256.slice(0, 2))
          await mkdir(sub, { recursive: true })
          await rename(tmp, final)
          if (sync) await fsyncDir(sub)
        } catch (err) {
          await fh.close().catch(() => {})
          await unlink(tmp).catch(() => {})
          throw err
        }
        return { sha256, byteLength: bytes }
      },
      abort,
    }
  }

  /**
   * Makes blobs written with `sync: false` durable: fsyncs each file and its directory, all at
   * once (the file system batches concurrent fsyncs; one by one they cost ~15 ms each here).
   */
  async sync(sha256s: Iterable<string>): Promise<void> {
    const files = [...new Set(sha256s)]
    const dirs = new Set(files.map((s) => join(this.dir, s.slice(0, 2))))
    const one = async (path: string) => {
      const fh = await open(path, 'r')
      try {
        await fh.sync()
      } finally {
        await fh.close()
      }
    }
    for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map((s) => one(this.pathOf(s))))
    await Promise.all([...dirs].map((d) => fsyncDir(d)))
  }

  /** Reads a whole blob and checks its hash (CorruptBlobError, MissingBlobError). */
  async get(sha256: string): Promise<Uint8Array> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.pathOf(sha256))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingBlobError(sha256)
      throw err
    }
    const actual = createHash('sha256').update(bytes).digest('hex')
    if (actual !== sha256) throw new CorruptBlobError(sha256, actual)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  /** Reads `length` bytes at `offset` without verifying (callers verify whole blobs). */
  async readRange(sha256: string, offset: number, length: number): Promise<{ data: Uint8Array; totalBytes: number }> {
    let fh: FileHandle
    try {
      fh = await open(this.pathOf(sha256), 'r')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingBlobError(sha256)
      throw err
    }
    try {
      const totalBytes = (await fh.stat()).size
      const n = Math.max(0, Math.min(length, totalBytes - offset))
      const data = new Uint8Array(n)
      let got = 0
      while (got < n) {
        const { bytesRead } = await fh.read(data, got, n - got, offset + got)
        if (bytesRead === 0) break
        got += bytesRead
      }
      return { data: data.subarray(0, got), totalBytes }
    } finally {
      await fh.close()
    }
  }

  /** Re-hashes a stored blob: 'ok', 'corrupt' or 'missing'. */
  async verify(sha256: string): Promise<'ok' | 'corrupt' | 'missing'> {
    try {
      await this.get(sha256)
      return 'ok'
    } catch (err) {
      if (err instanceof CorruptBlobError) return 'corrupt'
      if (err instanceof MissingBlobError) return 'missing'
      throw err
    }
  }

  async delete(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true })
  }

  /** Every stored blob's hash (for garbage collection). Leftover temporary files are removed. */
  async list(): Promise<string[]> {
    await this.ensureDir()
    const out: string[] = []
    for (const entry of await readdir(this.dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.startsWith(".tmp-") && !entry.name.startsWith(`.tmp-${process.pid}-`)) {
        await unlink(join(this.dir, entry.name)).catch(() => {})
        continue
      }
      if (!entry.isDirectory() || !/^[0-9a-f]{2}$/.test(entry.name)) continue
      for (const f of await readdir(join(this.dir, entry.name))) if (isSha256Hex(f)) out.push(f)
    }
    return out
  }
}
