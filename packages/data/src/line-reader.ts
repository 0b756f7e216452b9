// Streaming line reader for JSONL sources: reads in chunks (a multi-GB file never sits in memory),
// decompresses `.gz` and `.zst` (the Pile's format: Node's zstd where it has one, else the zstd
// program), checks UTF-8 per line, and reports bad lines to the issue log instead of throwing.
import { isUtf8 } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { PassThrough, pipeline, type Readable, type Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import { UserError } from '@tandem/proto'
import { LINE_BYTES_MAX, READ_CHUNK_BYTES } from './constants.js'
import type { IssueLog } from './issues.js'

export interface Line {
  text: string
  /** 1-based line number. */
  lineNo: number
}

export interface ReadLinesOptions {
  issues: IssueLog
  /** Called with the count of raw (possibly compressed) bytes read so far from this file. */
  onBytes?: (bytesRead: number) => void
  signal?: AbortSignal
}

/** True when the path names a compression this reader undoes. */
export function compressionOf(path: string): 'gzip' | 'zstd' | undefined {
  if (path.endsWith('.gz')) return 'gzip'
  if (path.endsWith('.zst')) return 'zstd'
  return undefined
}

type ZlibWithZstd = typeof zlib & { createZstdDecompress?: () => Transform }

let zstdBinary: boolean | undefined

/** How `.zst` files can be read here: Node's zlib (22.15+), the `zstd` program, or not at all. */
export function zstdSupport(): 'zlib' | 'program' | undefined {
  if ((zlib as ZlibWithZstd).createZstdDecompress !== undefined) return 'zlib'
  zstdBinary ??= spawnSync('zstd', ['--version'], { stdio: 'ignore' }).status === 0
  return zstdBinary ? 'program' : undefined
}

/** Refuses up front a compressed file this machine cannot read. */
export function checkReadable(path: string): void {
  if (compressionOf(path) === 'zstd' && zstdSupport() === undefined) {
    throw new UserError(`${path} is zstd-compressed, and neither this Node (${process.version}) nor a 'zstd' program can read it; install zstd, decompress it first (zstd -d), or use Node 22.15 or later.`)
  }
}

function openStream(path: string, onBytes?: (n: number) => void, signal?: AbortSignal): Readable {
  const file = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES, signal })
  if (onBytes !== undefined) {
    let n = 0
    file.on('data', (chunk) => {
      n += chunk.length
      onBytes(n)
    })
  }
  const kind = compressionOf(path)
  if (kind === undefined) return file
  // pipeline() (not pipe()) so that a read error ends the decompressor too, instead of a hang.
  const ignore = (): void => {}
  if (kind === 'gzip') return pipeline(file, zlib.createGunzip(), ignore)
  checkReadable(path)
  const inNode = (zlib as ZlibWithZstd).createZstdDecompress
  if (inNode !== undefined) return pipeline(file, inNode(), ignore)
  // The zstd program, fed from our stream (so progress counts compressed bytes); its exit status
  // decides whether the output ended cleanly.
  const child = spawn('zstd', ['-dcq'], { stdio: ['pipe', 'pipe', 'pipe'], signal })
  const out = new PassThrough()
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 1000) stderr += d.toString()
  })
  pipeline(file, child.stdin, ignore)
  child.stdout.pipe(out, { end: false })
  child.on('error', (err) => out.destroy(err))
  child.on('close', (code) => {
    if (code === 0) out.end()
    else out.destroy(new Error(`zstd exited with status ${code}: ${stderr.trim()}`))
  })
  return out
}

/**
 * Yields the lines of a text file in order. Empty lines are skipped silently; lines that are not
 * UTF-8 or exceed LINE_BYTES_MAX are noted and skipped; a UTF-16 file is noted once and skipped.
 */
export async function* readLines(path: string, opts: ReadLinesOptions): AsyncGenerator<Line> {
  const { issues } = opts
  const stream = openStream(path, opts.onBytes, opts.signal)
  let parts: Buffer[] = []
  let partBytes = 0
  let tooLong = false
  let lineNo = 0
  let first = true

  const finish = (bytes: Buffer): Line | undefined => {
    lineNo++
    if (tooLong) {
      tooLong = false
      issues.note('line-too-long', path, lineNo, `over ${LINE_BYTES_MAX} bytes`)
      return undefined
    }
    let end = bytes.length
    if (end > 0 && bytes[end - 1] === 0x0d) end--
    const start = lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    if (end <= start) return undefined
    const view = bytes.subarray(start, end)
    if (!isUtf8(view)) {
      issues.note('bad-encoding', path, lineNo)
      return undefined
    }
    return { text: view.toString('utf8'), lineNo }
  }

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          issues.note('bad-encoding', path, undefined, 'UTF-16 file; convert it to UTF-8')
          return
        }
      }
      let from = 0
      for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        const piece = chunk.subarray(from, nl)
        let line: Buffer
        if (parts.length === 0) line = piece
        else {
          if (!tooLong) parts.push(piece)
          line = tooLong ? Buffer.alloc(0) : Buffer.concat(parts)
          parts = []
          partBytes = 0
        }
        const out = finish(line)
        if (out !== undefined) yield out
        from = nl + 1
      }
      if (from < chunk.length && !tooLong) {
        partBytes += chunk.length - from
        if (partBytes > LINE_BYTES_MAX) {
          tooLong = true
          parts = []
          partBytes = 0
        } else parts.push(Buffer.from(chunk.subarray(from)))
      }
    }
    if (parts.length > 0 || tooLong) {
      const out = finish(Buffer.concat(parts))
      if (out !== undefined) yield out
    }
  } catch (err) {
    // A truncated or corrupt compressed file, or a read error: the rest of this file is lost,
    // the run goes on with the other files.
    if (opts.signal?.aborted) throw err
    issues.note('bad-encoding', path, lineNo + 1, `cannot read further: ${(err as Error).message}`)
  } finally {
    stream.destroy()
  }
}
