// The `tandem data` commands as a user runs them: real processes, real files.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url))
const run = promisify(execFile)

async function tandem(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(ROOT, 'packages/cli/bin/tandem.js'), ...args], { cwd: ROOT, timeout: 120_000 })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('tandem data (processes)', { timeout: 240_000 }, () => {
  it('tokenize prints ids as JSON and --decode goes back', async () => {
    expect((await tandem('data', 'tokenize', 'Hello world')).stdout).toBe('[15496,995]\n')
    expect((await tandem('data', 'tokenize', '--decode', '[15496, 995, 50256]')).stdout).toBe('Hello world<|endoftext|>\n')
    const bad = await tandem('data', 'tokenize', '--decode', 'abc')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe("tandem: --decode needs token ids (whole numbers >= 0), got 'abc'.\n")
  })

  it('prepare writes a dataset with progress and a summary; bad specs are refused in one sentence', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tandem-cli-')), 'ds')
    const r = await tandem('data', 'prepare', '--source', `ni=${join(FIXTURES, 'natural-instructions')}`, '--source', `pile=${join(FIXTURES, 'pile/sample.jsonl')}:0.5`, '--out', out, '--seq-len', '256')
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^prepare: 100% .* MB\/s/m) // not a TTY: plain lines
    expect(r.stdout).toMatch(/ni +weight 0\.2 +587 examples/)
    expect(r.stdout).toMatch(/pile +weight 0\.5 +8 examples/)
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    expect(manifest.seqLen).toBe(256)

    const inspect = await tandem('data', 'inspect', out, '--rows', '1', '--json')
    expect(JSON.parse(inspect.stdout)).toMatchObject({ id: manifest.id, cursor: { step: 0, seqLen: 256 } })

    const missing = await tandem('data', 'prepare', '--source', 'x=/no/such/place.jsonl', '--out', out)
    expect(missing).toMatchObject({ code: 2, stderr: "tandem: the path of source 'x', '/no/such/place.jsonl', does not exist.\n" })
    const weight = await tandem('data', 'prepare', '--source', `x=${join(FIXTURES, 'p3/sample.jsonl')}:-1`, '--out', out)
    expect(weight).toMatchObject({ code: 2, stderr: "tandem: the weight of source 'x' must be a positive number, got '-1'.\n" })
    const again = await tandem('data', 'prepare', '--source', `x=${join(FIXTURES, 'p3/sample.jsonl')}`, '--out', out)
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/already holds a prepared dataset; pass --force/)
  })

  it('inspect sample shows packed rows and the held-out prompts', async () => {
    const r = await tandem('data', 'inspect', 'sample', '--rows', '1', '--seq-len', '64')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/--- row 0\n {2}1: "\[/)
    expect(r.stdout).toMatch(/held-out prompts/)
  })
})
