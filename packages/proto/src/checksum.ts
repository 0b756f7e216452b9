// Payload checksum of tensor frames: CRC-32 (IEEE 802.3 polynomial, as zlib and gzip compute it).
// Node's zlib.crc32 (native, ~3 GB/s on this machine kind) is used when present (Node >= 20.15);
// elsewhere a slicing-by-16 JavaScript version (~0.6 GB/s) gives the same values. CRC-32C would
// have been the textbook choice, but in JavaScript it runs at the fallback's speed, slower than a
// libp2p stream, while the native CRC-32 keeps the checksum far below the transport's cost.
import * as zlib from 'node:zlib'

const POLY = 0xedb88320
const TABLES = 16

function makeTables(): Int32Array {
  const t = new Int32Array(256 * TABLES)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1
    t[i] = c
  }
  for (let i = 0; i < 256; i++) {
    for (let s = 1; s < TABLES; s++) {
      const p = t[(s - 1) * 256 + i]!
      t[s * 256 + i] = (p >>> 8) ^ t[p & 0xff]!
    }
  }
  return t
}

const TABLE = makeTables()

/** CRC-32 in plain JavaScript (slicing-by-16); `previous` continues an earlier call. */
export function crc32Js(data: Uint8Array, previous = 0): number {
  const T = TABLE
  let crc = ~previous
  let i = 0
  const n = data.length
  const end = n - (n % 16)
  while (i < end) {
    const a = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ crc
    crc =
      T[3840 + (a & 0xff)]! ^
      T[3584 + ((a >>> 8) & 0xff)]! ^
      T[3328 + ((a >>> 16) & 0xff)]! ^
      T[3072 + (a >>> 24)]! ^
      T[2816 + data[i + 4]!]! ^
      T[2560 + data[i + 5]!]! ^
      T[2304 + data[i + 6]!]! ^
      T[2048 + data[i + 7]!]! ^
      T[1792 + data[i + 8]!]! ^
      T[1536 + data[i + 9]!]! ^
      T[1280 + data[i + 10]!]! ^
      T[1024 + data[i + 11]!]! ^
      T[768 + data[i + 12]!]! ^
      T[512 + data[i + 13]!]! ^
      T[256 + data[i + 14]!]! ^
      T[data[i + 15]!]!
    i += 16
  }
  for (; i < n; i++) crc = T[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)
  return ~crc >>> 0
}

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32

/** Whether the native implementation is in use. */
export const CRC32_NATIVE = typeof native === 'function'

/** CRC-32 of `data` (unsigned 32-bit); `previous` continues a checksum over several chunks. */
export const crc32: (data: Uint8Array, previous?: number) => number = CRC32_NATIVE
  ? (data, previous = 0) => native!(data, previous) >>> 0
  : crc32Js
