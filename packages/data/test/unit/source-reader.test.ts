import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import * as zlib from 'node:zlib'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { IssueLog } from '../../src/issues.js'
import { parseLenientJson } from '../../src/lenient-json.js'
import { checkReadable, zstdSupport } from '../../src/line-reader.js'
import type { RawExample } from '../../src/raw-example.js'
import { readSource } from '../../src/source-reader.js'

/** Copies of the team's real-format samples (see fixtures/README.md). */
const SHARED = fileURLToPath(new URL('../fixtures', import.meta.url))

async function collect(path: string, issues = new IssueLog()): Promise<{ examples: RawExample[]; issues: IssueLog }> {
  const examples: RawExample[] = []
  for await (const ex of readSource(path, { issues })) examples.push(ex)
  return { examples, issues }
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'tandem-src-'))
}

describe('real sample files', () => {
  it('reads the three Natural-Instructions tasks (NaN in one of them) as few-shot prompts', async () => {
    const { examples, issues } = await collect(join(SHARED, 'natural-instructions'))
    expect(issues.count()).toBe(0)
    expect(examples).toHaveLength(231 + 119 + 237)
    const bySubset = new Map<string, number>()
    for (const e of examples) bySubset.set(e.subset!, (bySubset.get(e.subset!) ?? 0) + 1)
    expect(Object.fromEntries(bySubset)).toEqual({ task1146_country_capital: 231, task1149_item_check_edible: 119, task1321_country_continent: 237 })
    const first = examples[0]!
    expect(first.kind).toBe('instruction')
    if (first.kind !== 'instruction') return
    expect(first.prompt).toMatch(/\n\nInput: [^\n]+\nOutput:$/)
    expect(first.answer).toMatch(/^ \S/)
    // Zero-, one- and two-shot forms all occur.
    const shots = examples.map((e) => (e.kind === 'instruction' ? (e.prompt.match(/\nInput: /g) ?? []).length + (e.prompt.startsWith('Input: ') ? 1 : 0) : 0))
    expect(new Set(shots)).toEqual(new Set([1, 2, 3]))
  })

  it('reads P3 and Pile JSONL and the mmlu-cot document', async () => {
    const p3 = await collect(join(SHARED, 'p3/sample.jsonl'))
    expect(p3.issues.count()).toBe(0)
    expect(p3.examples.length).toBeGreaterThan(5)
    expect(p3.examples[0]).toEqual({ kind: 'instruction', prompt: 'Is this review positive or negative?\nReview: The soup was cold and the waiter ignored us.', answer: ' negative' })

    const pile = await collect(join(SHARED, 'pile/sample.jsonl'))
    expect(pile.issues.count()).toBe(0)
    expect(pile.examples[0]).toMatchObject({ kind: 'text', subset: 'Pile-CC' })

    const cot = await collect(join(SHARED, 'cot/mmlu-cot-sample.json'))
    expect(cot.issues.count()).toBe(0)
    expect(cot.examples).toHaveLength(5)
    expect(cot.examples[0]).toEqual({
      kind: 'instruction',
      subset: 'elementary_mathematics',
      prompt: 'The following are multiple choice questions (with answers) about elementary mathematics.\n\nQ: What is 12 + 30?\n(A) 32 (B) 42 (C) 52 (D) 40\nA:',
      answer: " Let's think step by step. Twelve plus thirty: 10 + 30 = 40, and 2 more is 42. The answer is (B).",
    })
  })
})

describe('bad input is counted with file and line, skipped, never thrown', () => {
  it('malformed JSON, missing fields, bad UTF-8, overlong and empty records', async () => {
    const dir = tmp()
    const f = join(dir, 'mixed.jsonl')
    const good = JSON.stringify({ text: 'fine' })
    const lines = [
      good,
      '{"text": "unterminated',
      JSON.stringify({ title: 'no text' }),
      '',
      JSON.stringify({ inputs: 'q', targets: 3 }),
      JSON.stringify({ text: '   ' }),
      '[1, 2]',
      JSON.stringify({ prompt: 'p', completion: ' c' }),
      '{"text": NaN}',
    ]
    const bytes = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x7d, 0x0a]), Buffer.from(good + '\r\n')])
    writeFileSync(f, bytes)
    const { examples, issues } = await collect(f)
    expect(examples.map((e) => e.kind)).toEqual(['text', 'instruction', 'text'])
    expect(issues.count('malformed-json')).toBe(1)
    expect(issues.count('missing-field')).toBe(3) // no text field, non-string targets, text: null (from NaN)
    expect(issues.count('empty-text')).toBe(1)
    expect(issues.count('unknown-shape')).toBe(1)
    expect(issues.count('bad-encoding')).toBe(1)
    const byKind = Object.fromEntries(issues.toJSON().map((g) => [g.kind, g.locations]))
    expect(byKind['malformed-json']).toEqual([`${f}:2`])
    expect(byKind['bad-encoding']).toEqual([`${f}:10`])
    expect(issues.lines().join('\n')).toMatch(/1 malformed JSON in .*mixed\.jsonl \(.*:2\), skipped/)
  })

  it('keeps a short summary however many lines are bad', async () => {
    const dir = tmp()
    const f = join(dir, 'bad.jsonl')
    writeFileSync(f, 'not json\n'.repeat(10_000))
    const { examples, issues } = await collect(f)
    expect(examples).toHaveLength(0)
    expect(issues.count('malformed-json')).toBe(10_000)
    expect(issues.toJSON()[0]!.locations).toHaveLength(5)
    expect(issues.lines()).toHaveLength(1)
  })

  it('UTF-16 files, gzip, BOM, folders and broken JSON documents', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"bom"}\n')]))
    writeFileSync(join(dir, 'b.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"x"}\n', 'utf16le')]))
    writeFileSync(join(dir, 'c.jsonl.gz'), gzipSync('{"text":"zipped"}\n{"text":"two"}'))
    writeFileSync(join(dir, 'd.json'), '{"Instances": [')
    writeFileSync(join(dir, 'e.jsonl.gz'), Buffer.from('not gzip at all'))
    writeFileSync(join(dir, 'LICENSE'), 'ignored')
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'f.json'), JSON.stringify([{ text: 'in array' }, 5]))
    const { examples, issues } = await collect(dir)
    expect(examples.map((e) => (e.kind === 'text' ? e.text : ''))).toEqual(['bom', 'zipped', 'two', 'in array'])
    expect(issues.count('bad-encoding')).toBe(2) // UTF-16, not gzip
    expect(issues.count('malformed-json')).toBe(1)
    expect(issues.count('unknown-shape')).toBe(1)
  })

  it('an NI task with bad instances keeps the good ones', async () => {
    const dir = tmp()
    const task = {
      Definition: ['Say the colour.'],
      'Positive Examples': [{ input: 'sky', output: 'blue', explanation: '' }],
      Instances: [{ id: 'a', input: 'grass', output: ['green'] }, { id: 'b', input: 'snow', output: [] }, { id: 'c', output: ['x'] }, { id: 'd', input: 'sun', output: [''] }],
      URL: [Number.NaN],
    }
    writeFileSync(join(dir, 'task9_colour.json'), JSON.stringify(task).replace('null', 'NaN'))
    const { examples, issues } = await collect(dir)
    expect(examples).toHaveLength(1)
    expect(issues.count('missing-field')).toBe(2)
    expect(issues.count('empty-text')).toBe(1)
    expect(issues.toJSON().find((g) => g.kind === 'missing-field')!.locations[0]).toMatch(/task9_colour\.json Instances\[1\]$/)
  })
})

describe('zstd (the Pile ships .jsonl.zst)', () => {
  it('reads .jsonl.zst through Node or the zstd program, or refuses up front in one sentence', async () => {
    const dir = tmp()
    const f = join(dir, 'pile.jsonl.zst')
    const body = '{"text":"one","meta":{"pile_set_name":"Pile-CC"}}\n{"text":"two"}\n'
    const z = zlib as typeof zlib & { zstdCompressSync?: (b: Buffer) => Buffer }
    const program = spawnSync('zstd', ['-q', '-c'], { input: body })
    if (z.zstdCompressSync !== undefined) writeFileSync(f, z.zstdCompressSync(Buffer.from(body)))
    else if (program.status === 0) writeFileSync(f, program.stdout)
    if (zstdSupport() === undefined) {
      writeFileSync(f, 'x')
      expect(() => checkReadable(f)).toThrow(/is zstd-compressed, and neither this Node .* nor a 'zstd' program can read it/)
      return
    }
    const { examples, issues } = await collect(f)
    expect(issues.count()).toBe(0)
    expect(examples.map((e) => (e.kind === 'text' ? e.text : ''))).toEqual(['one', 'two'])
    writeFileSync(join(dir, 'broken.jsonl.zst'), Buffer.concat([readFileSync(f).subarray(0, 8), Buffer.from('garbage')]))
    const broken = await collect(join(dir, 'broken.jsonl.zst'))
    expect(broken.examples).toHaveLength(0)
    expect(broken.issues.count('bad-encoding')).toBe(1)
  })
})

describe('lenient JSON', () => {
  it('reads Python NaN and Infinity as null outside strings only', () => {
    expect(parseLenientJson('{"URL": [NaN], "a": -Infinity, "s": "NaN Infinity \\" NaN", "b": Infinity}')).toEqual({ URL: [null], a: null, s: 'NaN Infinity " NaN', b: null })
    expect(() => parseLenientJson('{"a": Nope}')).toThrow(SyntaxError)
  })
})
