// Writes that survive a crash: write a temporary file beside the target, fsync it, rename it over
// the target, fsync the directory. Readers see the old file or the new one, never a torn one.
import { randomBytes } from 'node:crypto'
import { type FileHandle, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface AtomicWriteOptions {
  /** File mode of the new file (secrets use 0o600). */
  mode?: number
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  const fh = await open(tmp, 'wx', options.mode ?? 0o644)
  try {
    await fh.writeFile(data)
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

/** fsync a directory so that a rename inside it is durable (a no-op where the platform refuses). */
export async function fsyncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic there.
  } finally {
    await fh?.close().catch(() => {})
  }
}
