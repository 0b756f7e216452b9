// Writes that survive a crash: a temporary file beside the target, fsynced, renamed over it, and
// the directory fsynced so the rename itself is durable.
import { randomBytes } from 'node:crypto'
import { type FileHandle, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A fresh temporary name in the target's directory (same file system, so rename is atomic). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
}

/** fsync a directory so a rename inside it is on disk (a no-op where the platform refuses). */
export async function fsyncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch {
    // Some platforms cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await fh?.close().catch(() => {})
  }
}

/**
 * Creates `path` atomically: `write` fills a fresh temporary file beside it, which is then
 * fsynced and renamed over `path` (and the directory fsynced). On any error the temporary file
 * is removed and `path` is left as it was.
 */
export async function withAtomicFile(path: string, write: (fh: FileHandle) => Promise<void>, opts: { mode?: number } = {}): Promise<void> {
  const tmp = tempPathFor(path)
  const fh = await open(tmp, 'wx', opts.mode ?? 0o644)
  try {
    await write(fh)
    await fh.sync()
    await fh.close()
    await rename(tmp, path)
  } catch (err) {
    await fh.close().catch(() => {})
    await unlink(tmp).catch(() => {})
    throw err
  }
  await fsyncDir(dirname(path))
}

/** Replaces `path` with `data` atomically; `mode` is the new file's mode (secrets: 0o600). */
export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: { mode?: number } = {}): Promise<void> {
  await withAtomicFile(path, (fh) => fh.writeFile(data), opts)
}
