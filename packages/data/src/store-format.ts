// The prepared dataset format (version 1). A folder holds:
//   manifest.json        what is there: sources, counts, files with sizes and sha256, the issue summary
//   tokens-NNNNN.bin     32-byte header ('TNDMTOKS', u32 version, u32 bytes per token), then token ids
//                        (little-endian uint16, or uint32 for vocabularies above 65536)
//   <source>.idx         32-byte header ('TNDMINDX', u32 version, u32 record bytes), then one 16-byte
//                        record per example: u32 shard, u32 token offset in the shard, u32 length,
//                        u32 prefix length | kind << 31 (1 = instruction)
// Every file is written to a temporary name, fsynced and renamed; the manifest goes last, so a
// folder with a manifest is complete.
import { createHash } from 'node:crypto'
import type { IssueGroup } from './issues.js'

export const STORE_VERSION = 1
export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'tandem-dataset'
export const HEADER_BYTES = 32
export const TOKENS_MAGIC = 'TNDMTOKS'
export const INDEX_MAGIC = 'TNDMINDX'
export const INDEX_RECORD_BYTES = 16
const KIND_BIT = 2 ** 31

export interface ManifestFile {
  file: string
  bytes: number
  sha256: string
}

export interface ManifestShard extends ManifestFile {
  tokens: number
}

export interface ManifestSource {
  name: string
  weight: number
  /** The paths it was read from, as given. */
  paths: string[]
  examples: number
  tokens: number
  /** Tokens that instructions score (answers + end token); text is split at packing time. */
  answerTokens: number
  kinds: { text: number; instruction: number }
  /** Examples per subset (Pile set name, NI task, CoT subject), when the records name one. */
  subsets: Record<string, number>
  /** Examples cut to the sequence length (long texts become several examples instead). */
  truncated: number
  index: ManifestFile
}

export interface DatasetManifest {
  format: typeof MANIFEST_FORMAT
  version: number
  /** sha256 of the content (see manifestId): the dataset's fingerprint. */
  id: string
  createdAt: string
  tokenizer: { name: string; eotId: number; vocabSize: number }
  seqLen: number
  dtype: 'uint16' | 'uint32'
  sources: ManifestSource[]
  shards: ManifestShard[]
  issues: IssueGroup[]
}

export function fileHeader(magic: string, field: number): Buffer {
  const b = Buffer.alloc(HEADER_BYTES)
  b.write(magic, 0, 'ascii')
  b.writeUInt32LE(STORE_VERSION, 8)
  b.writeUInt32LE(field, 12)
  return b
}

/** Null when the header is right, else what is wrong (for the refusal sentence). */
export function checkHeader(b: Buffer, magic: string, field: number): string | null {
  if (b.length < HEADER_BYTES || b.toString('ascii', 0, 8) !== magic) return `it does not start with ${magic}`
  const version = b.readUInt32LE(8)
  if (version !== STORE_VERSION) return `its format version is ${version}, this Tandem reads ${STORE_VERSION}`
  if (b.readUInt32LE(12) !== field) return `its header field is ${b.readUInt32LE(12)}, expected ${field}`
  return null
}

export interface IndexRecord {
  shard: number
  offset: number
  length: number
  prefixLen: number
  instruction: boolean
}

export function writeRecord(b: Buffer, at: number, r: IndexRecord): void {
  b.writeUInt32LE(r.shard, at)
  b.writeUInt32LE(r.offset, at + 4)
  b.writeUInt32LE(r.length, at + 8)
  b.writeUInt32LE(r.prefixLen + (r.instruction ? KIND_BIT : 0), at + 12)
}

export function readRecord(b: Buffer, at: number): IndexRecord {
  const meta = b.readUInt32LE(at + 12)
  return {
    shard: b.readUInt32LE(at),
    offset: b.readUInt32LE(at + 4),
    length: b.readUInt32LE(at + 8),
    prefixLen: meta % KIND_BIT,
    instruction: meta >= KIND_BIT,
  }
}

/**
 * The fingerprint: sha256 over the content only (format, tokenizer, sequence length, per-source
 * names and counts, the sha256 of every file), so the same data prepared from another path or on
 * another day has the same id and a saved cursor still fits it.
 */
export function manifestId(m: Omit<DatasetManifest, 'id' | 'createdAt'>): string {
  const content = {
    format: m.format,
    version: m.version,
    tokenizer: { name: m.tokenizer.name, eotId: m.tokenizer.eotId, vocabSize: m.tokenizer.vocabSize },
    seqLen: m.seqLen,
    dtype: m.dtype,
    sources: m.sources.map((s) => ({ name: s.name, examples: s.examples, tokens: s.tokens, index: s.index.sha256 })),
    shards: m.shards.map((s) => ({ tokens: s.tokens, sha256: s.sha256 })),
  }
  return createHash('sha256').update(JSON.stringify(content)).digest('hex')
}

/** Source names become file names: letters, digits, '.', '_' and '-' only. */
export const SOURCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
