import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bf16ToF32, f16ToF32, f32ToBf16, f32ToF16, roundToF16 } from '../../src/fp16.js'
import { SafetensorsReader, writeSafetensors } from '../../src/safetensors.js'
import { readTensors, writeTensors } from '../../src/tensor-io.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/gptj-micro/', import.meta.url))

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-safetensors-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function bitsOf(x: number): number {
  return new Uint32Array(new Float32Array([x]).buffer)[0]!
}

/** A file from a header object and a data section, written by hand (not by the code under test). */
async function handMade(name: string, header: unknown, data: Uint8Array, lengthOverride?: bigint): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(header))
  const buf = new Uint8Array(8 + json.length + data.length)
  new DataView(buf.buffer).setBigUint64(0, lengthOverride ?? BigInt(json.length), true)
  buf.set(json, 8)
  buf.set(data, 8 + json.length)
  const path = join(dir, name)
  await writeFile(path, buf)
  return path
}

describe('fp16 and bf16 conversions', () => {
  it('round f32 -> f16 to nearest even, with subnormals, overflow and specials', () => {
    const cases: [number, number][] = [
      [0, 0x0000],
      [-0, 0x8000],
      [1, 0x3c00],
      [-2, 0xc000],
      [65504, 0x7bff], // largest finite
      [65520, 0x7c00], // halfway to the next binade rounds to even: inf
      [65519.996, 0x7bff],
      [1e6, 0x7c00],
      [-Infinity, 0xfc00],
      [2 ** -24, 0x0001], // smallest subnormal
      [2 ** -25, 0x0000], // exactly half of it: tie to even (0)
      [3 * 2 ** -26, 0x0001], // 0.75 ulp: rounds up
      [2 ** -14, 0x0400], // smallest normal
      [1 + 2 ** -11, 0x3c00], // tie between 1 and 1+2^-10: even is 1
      [1 + 3 * 2 ** -11, 0x3c02], // tie between 1+2^-10 and 1+2^-9: even is 1+2^-9
      [0.1, 0x2e66],
    ]
    const got = f32ToF16(new Float32Array(cases.map((c) => c[0])))
    expect([...got].map((h) => h.toString(16))).toEqual(cases.map((c) => c[1].toString(16)))
    const nan = f32ToF16(new Float32Array([Number.NaN]))[0]!
    expect(nan & 0x7c00).toBe(0x7c00)
    expect(nan & 0x3ff).not.toBe(0)
  })

  it('read every f16 value back exactly and round-trip it', () => {
    const all = new Uint16Array(65536).map((_, i) => i)
    const f = f16ToF32(all)
    expect(f[0x3c00]).toBe(1)
    expect(f[0x0001]).toBe(2 ** -24)
    expect(f[0x7bff]).toBe(65504)
    expect(f[0xfc00]).toBe(-Infinity)
    expect(Number.isNaN(f[0x7e00]!)).toBe(true)
    const back = f32ToF16(f)
    for (let h = 0; h < 65536; h++) {
      const nan = (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0
      if (!nan && back[h] !== h) throw new Error(`f16 ${h.toString(16)} -> ${f[h]} -> ${back[h]!.toString(16)}`)
    }
  })

  it('round f32 -> bf16 to nearest even and read it back exactly', () => {
    const x = new Float32Array([1, 1 + 2 ** -8, 1 + 3 * 2 ** -8, -3.5, 3.4e38, Infinity])
    const b = f32ToBf16(x)
    expect([...b].map((h) => h.toString(16))).toEqual(['3f80', '3f80', '3f82', 'c060', '7f80', '7f80'])
    expect([...bf16ToF32(b)]).toEqual([1, 1, 1 + 2 ** -6, -3.5, Infinity, Infinity])
    expect(Number.isNaN(bf16ToF32(f32ToBf16(new Float32Array([Number.NaN])))[0]!)).toBe(true)
  })

  it('agree bit for bit with PyTorch on the fixture weights (F16 and BF16 files written by Python)', async () => {
    const f32 = await SafetensorsReader.open(join(FIXTURES, 'model/model.safetensors'))
    const f16 = await SafetensorsReader.open(join(FIXTURES, 'model-f16/model.safetensors'))
    const bf16 = await SafetensorsReader.open(join(FIXTURES, 'model-bf16-sharded/model-00001-of-00002.safetensors'))
    try {
      for (const name of f32.names()) {
        const x = await f32.readFloat32(name)
        const h = new Uint16Array((await f16.readRaw(name)).buffer, 0, x.length)
        expect(f32ToF16(x), name).toEqual(h)
        if (bf16.header.tensors.has(name)) {
          const b = new Uint16Array((await bf16.readRaw(name)).buffer, 0, x.length)
          expect(f32ToBf16(x), name).toEqual(b)
        }
      }
    } finally {
      await Promise.all([f32.close(), f16.close(), bf16.close()])
    }
  })

  it('roundToF16 rounds one value', () => {
    expect(roundToF16(0.1)).toBe(0.0999755859375)
    expect(bitsOf(roundToF16(1 + 2 ** -12))).toBe(bitsOf(1))
  })
})

describe('safetensors files', () => {
  it('read hand-made bytes: header, metadata, F32/F16/BF16/F64 to fp32, scalars', async () => {
    const data = new Uint8Array(4 * 2 + 2 * 2 + 2 + 8 + 4)
    const dv = new DataView(data.buffer)
    dv.setFloat32(0, 1.5, true)
    dv.setFloat32(4, -2, true)
    dv.setUint16(8, 0x3c00, true) // f16 1
    dv.setUint16(10, 0xc000, true) // f16 -2
    dv.setUint16(12, 0x4040, true) // bf16 3
    dv.setFloat64(14, 0.25, true)
    dv.setFloat32(22, 7, true)
    const path = await handMade('hand.safetensors', {
      __metadata__: { format: 'pt' },
      a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
      b: { dtype: 'F16', shape: [1, 2], data_offsets: [8, 12] },
      c: { dtype: 'BF16', shape: [1], data_offsets: [12, 14] },
      d: { dtype: 'F64', shape: [1], data_offsets: [14, 22] },
      s: { dtype: 'F32', shape: [], data_offsets: [22, 26] },
    }, data)
    const r = await SafetensorsReader.open(path)
    try {
      expect(r.header.metadata).toEqual({ format: 'pt' })
      expect(r.names()).toEqual(['a', 'b', 'c', 'd', 's'])
      expect([...(await r.readFloat32('a'))]).toEqual([1.5, -2])
      expect([...(await r.readFloat32('b'))]).toEqual([1, -2])
      expect(r.info('b').shape).toEqual([1, 2])
      expect([...(await r.readFloat32('c'))]).toEqual([3])
      expect([...(await r.readFloat32('d'))]).toEqual([0.25])
      expect([...(await r.readFloat32('s'))]).toEqual([7])
    } finally {
      await r.close()
    }
  })

  it('write F32 bitwise and F16 rounded, readable by the reader, 8-byte aligned data', async () => {
    const path = join(dir, 'rt.safetensors')
    const a = new Float32Array([1, -0, Math.PI, 1e-30, Number.NaN, -Infinity])
    const b = new Float32Array([0.1, 65519, 1e-8])
    await writeTensors(path, new Map([['a', { shape: [2, 3], data: a }], ['loss', { shape: [], data: new Float32Array([2.5]) }]]), { metadata: { k: 'v' } })
    const back = await readTensors(path)
    expect(new Uint32Array(back.get('a')!.data.buffer)).toEqual(new Uint32Array(a.buffer))
    expect(back.get('a')!.shape).toEqual([2, 3])
    expect(back.get('loss')).toEqual({ shape: [], data: new Float32Array([2.5]) })
    const bytes = await readFile(path)
    expect(Number(bytes.readBigUInt64LE(0)) % 8).toBe(0)

    await writeTensors(path, new Map([['b', { shape: [3], data: b }]]), { dtype: 'F16' })
    const r = await SafetensorsReader.open(path)
    expect(r.info('b').dtype).toBe('F16')
    expect([...(await r.readFloat32('b'))]).toEqual([...b].map(roundToF16))
    await r.close()
  })

  it('stream lazily provided tensors one at a time, in order', async () => {
    const path = join(dir, 'lazy.safetensors')
    const calls: string[] = []
    const make = (name: string, n: number) => () => {
      calls.push(name)
      return new Float32Array(n).fill(calls.length)
    }
    await writeSafetensors(path, [
      { name: 'x', shape: [3], dtype: 'F32', data: make('x', 3) },
      { name: 'y', shape: [2, 2], dtype: 'F16', data: make('y', 4) },
    ])
    expect(calls).toEqual(['x', 'y'])
    const back = await readTensors(path)
    expect([...back.get('y')!.data]).toEqual([2, 2, 2, 2])
  })

  it('leave the old file and no temporary file behind when a write fails', async () => {
    const path = join(dir, 'atomic.safetensors')
    await writeTensors(path, new Map([['a', { shape: [1], data: new Float32Array([1]) }]]))
    const before = await readFile(path)
    await expect(
      writeSafetensors(path, [
        { name: 'a', shape: [1], dtype: 'F32', data: new Float32Array([2]) },
        { name: 'b', shape: [2], dtype: 'F32', data: new Float32Array(3) }, // wrong length
      ]),
    ).rejects.toThrow(/3 values for shape \[2\]/)
    expect(await readFile(path)).toEqual(before)
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([])
  })

  describe('refuse invalid files with a sentence naming the problem', () => {
    const ok = { a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }
    const eight = new Uint8Array(8)
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['too short', async () => { const p = join(dir, 'short'); await writeFile(p, new Uint8Array(5)); return p }, /fewer than the 8-byte header length/],
      ['header length past the end', () => handMade('len', ok, eight, 10_000n), /header length 10000 is out of bounds/],
      ['header length beyond the format limit', () => handMade('huge', ok, eight, 1n << 40n), /out of bounds/],
      ['not JSON', async () => { const p = join(dir, 'nojson'); const b = new Uint8Array(12); new DataView(b.buffer).setBigUint64(0, 4n, true); b.set([0x7b, 0x7b, 0x7b, 0x7b], 8); await writeFile(p, b); return p }, /not UTF-8 JSON/],
      ['a JSON array', () => handMade('arr', [1], new Uint8Array(0)), /not a JSON object/],
      ['unknown dtype', () => handMade('dtype', { a: { dtype: 'F8_E4M3', shape: [8], data_offsets: [0, 8] } }, eight), /tensor 'a' has dtype "F8_E4M3", which Tandem does not know/],
      ['offsets past the data', () => handMade('past', { a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }, eight), /tensor 'a' ends at byte 16 of a 8-byte data section/],
      ['span not matching the shape', () => handMade('span', { a: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, eight), /tensor 'a' spans 8 bytes but F32 \[3\] needs 12/],
      ['negative shape', () => handMade('neg', { a: { dtype: 'F32', shape: [-2], data_offsets: [0, 8] } }, eight), /tensor 'a' has an invalid shape/],
      ['overlapping tensors', () => handMade('overlap', { a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, eight), /overlaps/],
      ['unclaimed bytes', () => handMade('gap', { a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, eight), /4 bytes after the last tensor belong to none/],
      ['bad metadata', () => handMade('meta', { ...ok, __metadata__: { n: 1 } }, eight), /__metadata__ must map strings to strings/],
    ]
    for (const [what, make, message] of cases) {
      it(what, async () => {
        const path = await make()
        const err = await SafetensorsReader.open(path).then(
          () => undefined,
          (e: unknown) => e,
        )
        expect(err).toMatchObject({ name: 'UserError', code: 'E_SAFETENSORS' })
        expect((err as Error).message).toMatch(message)
        expect((err as Error).message).toContain(path)
      })
    }

    it('a missing file', async () => {
      await expect(SafetensorsReader.open(join(dir, 'nope.safetensors'))).rejects.toMatchObject({ name: 'UserError', code: 'E_NOT_FOUND' })
    })
  })
})
