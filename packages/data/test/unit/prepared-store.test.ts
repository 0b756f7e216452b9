import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { DataCursor } from '../../src/cursor.js'
import { fitExample, tokenizeExample } from '../../src/example.js'
import { IssueLog } from '../../src/issues.js'
import { checkSources, parseSourceSpec, prepareDataset } from '../../src/prepare.js'
import { PreparedDataset } from '../../src/prepared-dataset.js'
import { readSource } from '../../src/source-reader.js'
import type { ByteLevelBpe } from '../../src/byte-level-bpe.js'
import { gpt2Tokenizer } from '../../src/tokenizer.js'

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url))
const SOURCES = [
  { name: 'cot', path: join(FIXTURES, 'cot/mmlu-cot-sample.json') },
  { name: 'p3', path: join(FIXTURES, 'p3/sample.jsonl') },
  { name: 'ni', path: join(FIXTURES, 'natural-instructions') },
  { name: 'pile', path: join(FIXTURES, 'pile/sample.jsonl') },
]

let tok: ByteLevelBpe
const tmp = (): string => mkdtempSync(join(tmpdir(), 'tandem-store-'))

beforeAll(async () => {
  tok = await gpt2Tokenizer()
})

describe('source specs', () => {
  it('parses NAME=PATH[:WEIGHT] and refuses bad ones up front', () => {
    expect(parseSourceSpec('pile=/data/pile:0.55')).toEqual({ name: 'pile', path: '/data/pile', weight: 0.55 })
    expect(parseSourceSpec('x=C:/data/x.jsonl')).toEqual({ name: 'x', path: 'C:/data/x.jsonl' })
    expect(parseSourceSpec('x=a.jsonl:1e-2')).toEqual({ name: 'x', path: 'a.jsonl', weight: 0.01 })
    expect(() => parseSourceSpec('x=a.jsonl:0')).toThrow(/weight of source 'x' must be a positive number, got '0'/)
    expect(() => parseSourceSpec('x=a.jsonl:-2')).toThrow(/positive number/)
    expect(() => parseSourceSpec('x=a.jsonl:NaN')).toThrow(/positive number/)
    expect(() => parseSourceSpec('noequals')).toThrow(/NAME=PATH/)
    expect(() => checkSources([{ name: 'x', path: '/no/such/file.jsonl' }])).toThrow(/'\/no\/such\/file.jsonl', does not exist\./)
    expect(() => checkSources([{ name: 'x', path: 'a.jsonl:abc' }])).toThrow(/weight after ":" must be a positive number/)
    expect(() => checkSources([SOURCES[0]!, SOURCES[0]!])).toThrow(/given twice/)
    expect(() => checkSources([{ name: '../x', path: SOURCES[0]!.path }])).toThrow(/source name/)
    expect(checkSources(SOURCES).map((s) => s.weight)).toEqual([0.05, 0.2, 0.2, 0.55])
  })
})

describe('prepared dataset', () => {
  it('round-trips: the store holds exactly the tokenized, fitted examples, and a cursor reads it', async () => {
    const out = join(tmp(), 'ds')
    const progress: number[] = []
    const res = await prepareDataset({ sources: SOURCES, outDir: out, seqLen: 64, tokenizer: tok, shardTokensMax: 5000, onProgress: (p) => progress.push(p.bytesDone / p.bytesTotal) })
    const m = res.manifest
    expect(m.shards.length).toBeGreaterThan(2) // small shards: several files
    expect(progress.at(-1)).toBe(1)
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([])
    expect(m.sources.map((s) => s.name)).toEqual(['cot', 'p3', 'ni', 'pile'])
    expect(m.sources.find((s) => s.name === 'ni')!.subsets).toEqual({ task1146_country_capital: 231, task1149_item_check_edible: 119, task1321_country_continent: 237 })

    const ds = await PreparedDataset.open(out)
    expect(ds.id).toBe(m.id)
    for (const [s, spec] of SOURCES.entries()) {
      const expected = []
      for await (const raw of readSource(spec.path, { issues: new IssueLog() })) expected.push(...fitExample(tokenizeExample(raw, tok), 64))
      expect(ds.sources[s]!.examples).toBe(expected.length)
      expected.forEach((ex, i) => {
        const got = ds.example(s, i)
        expect(got.kind).toBe(ex.kind)
        expect(got.prefixLen).toBe(ex.prefixLen)
        expect(Array.from(got.tokens)).toEqual(Array.from(ex.tokens))
      })
    }
    const c = new DataCursor(ds, { globalBatch: 8 })
    expect(c.seqLen).toBe(64)
    const [b] = c.batchesFor({ step: 0, replica: 0, replicaCount: 1, microBatches: 1 })
    expect(b!.batch).toBe(8)
    ds.close()
    ds.close()
  })

  it('the same content prepared twice has the same id; a replaced dataset needs --force', async () => {
    const a = join(tmp(), 'a')
    const b = join(tmp(), 'b')
    const ma = (await prepareDataset({ sources: SOURCES.slice(0, 2), outDir: a, seqLen: 128, tokenizer: tok })).manifest
    const mb = (await prepareDataset({ sources: SOURCES.slice(0, 2), outDir: b, seqLen: 128, tokenizer: tok })).manifest
    expect(ma.id).toBe(mb.id)
    await expect(prepareDataset({ sources: SOURCES.slice(0, 1), outDir: a, tokenizer: tok })).rejects.toThrow(/already holds a prepared dataset; pass --force/)
    const mc = (await prepareDataset({ sources: SOURCES.slice(0, 1), outDir: a, tokenizer: tok, force: true })).manifest
    expect(mc.id).not.toBe(ma.id)
    expect(existsSync(join(a, 'p3.idx'))).toBe(false)
  })

  it('bad records are summarised in the manifest; all-empty sources are refused', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'mixed.jsonl'), '{"text":"good text here"}\nnot json\n{"nope":1}\n')
    writeFileSync(join(dir, 'empty.jsonl'), '')
    const res = await prepareDataset({
      sources: [
        { name: 'mixed', path: join(dir, 'mixed.jsonl') },
        { name: 'empty', path: join(dir, 'empty.jsonl') },
      ],
      outDir: join(dir, 'out'),
      tokenizer: tok,
    })
    expect(res.manifest.sources.map((s) => s.examples)).toEqual([1, 0])
    expect(res.issues.lines().join('\n')).toMatch(/1 malformed JSON .*mixed\.jsonl:2.*\n.*missing a needed field .*mixed\.jsonl:3.*\n.*sources with no usable example in .*empty\.jsonl/)
    const ds = await PreparedDataset.open(join(dir, 'out'))
    const c = new DataCursor(ds, { globalBatch: 2 })
    expect(c.weights).toEqual([1, 0])
    await expect(prepareDataset({ sources: [{ name: 'empty', path: join(dir, 'empty.jsonl') }], outDir: join(dir, 'out2'), tokenizer: tok })).rejects.toThrow(
      /none of the sources gave a usable example/,
    )
  })

  it('refuses a damaged dataset with one sentence: flipped byte, truncation, edited manifest, other version', async () => {
    const fresh = async (): Promise<string> => {
      const out = join(tmp(), 'ds')
      await prepareDataset({ sources: SOURCES.slice(1, 2), outDir: out, seqLen: 64, tokenizer: tok })
      return out
    }
    const flip = (path: string, at: number): void => {
      const b = readFileSync(path)
      b[at] = b[at]! ^ 0xff
      writeFileSync(path, b)
    }
    let out = await fresh()
    flip(join(out, 'tokens-00000.bin'), 40)
    await expect(PreparedDataset.open(out)).rejects.toMatchObject({ name: 'UserError', code: 'E_DATASET_CORRUPT', message: expect.stringMatching(/is damaged: tokens-00000\.bin has sha256 .* prepare it again/) })
    await expect(PreparedDataset.open(out, { verify: 'quick' })).resolves.toBeDefined()

    out = await fresh()
    flip(join(out, 'tokens-00000.bin'), 0)
    await expect(PreparedDataset.open(out, { verify: 'quick' })).rejects.toThrow(/tokens-00000\.bin: it does not start with TNDMTOKS/)

    out = await fresh()
    const fd = openSync(join(out, 'p3.idx'), 'a')
    writeSync(fd, 'x')
    closeSync(fd)
    await expect(PreparedDataset.open(out)).rejects.toThrow(/p3\.idx has \d+ bytes where the manifest says/)

    out = await fresh()
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    m.sources[0].examples += 1
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(m))
    await expect(PreparedDataset.open(out)).rejects.toThrow(/does not match its own id/)
    m.version = 99
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(m))
    await expect(PreparedDataset.open(out)).rejects.toMatchObject({ code: 'E_DATASET_VERSION' })

    await expect(PreparedDataset.open(tmp())).rejects.toThrow(/is not a prepared dataset/)
  })
})
