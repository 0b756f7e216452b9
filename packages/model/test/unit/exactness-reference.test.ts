// Keeps the independent reference honest: its own checks against hand-computed facts pass, and
// the committed golden fixtures are what the committed reference produces today.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { readTensors } from '../../src/tensor-io.js'
import { relErr } from './exactness-helpers.js'

const run = promisify(execFile)
const REFERENCE = fileURLToPath(new URL('../../reference/', import.meta.url))
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
// Debian's python3-torch (see DESIGN.md) lives under the system interpreter, not a pyenv one.
const PYTHON = process.env.TANDEM_REFERENCE_PYTHON ?? '/usr/bin/python3'
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }

const hasTorch = await run(PYTHON, ['-c', 'import torch'], { env }).then(
  () => true,
  () => false,
)

async function files(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)))
  }
  return out.sort()
}

// Without PyTorch the reference cannot run; the committed fixtures still drive exactness.test.ts.
describe.skipIf(!hasTorch)('the PyTorch reference (needs python3 with torch)', () => {
  it('passes its checks against hand-computed facts', async () => {
    const { stderr } = await run(PYTHON, [join(REFERENCE, 'test_reference.py')], { env, cwd: REFERENCE })
    expect(stderr).toMatch(/\nOK\s*$/)
  }, 120_000)

  it('regenerates the committed fixtures', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tandem-fixtures-'))
    try {
      await run(PYTHON, [join(REFERENCE, 'make_fixtures.py'), '--out', out], { env, cwd: REFERENCE })
      const committed = (await files(FIXTURES)).filter((f) => f !== 'README.md')
      expect(await files(out)).toEqual(committed)
      for (const f of committed) {
        if (!f.endsWith('.safetensors')) {
          expect(await readFile(join(out, f), 'utf8'), f).toBe(await readFile(join(FIXTURES, f), 'utf8'))
          continue
        }
        // float64 BLAS may round differently on another CPU: values agree to 1e-6, not bits. Files
        // with non-float tensors (the BF16 folder's boolean attn.bias) hold no arithmetic: bytes.
        const a = await readTensors(join(out, f)).catch(() => undefined)
        const b = await readTensors(join(FIXTURES, f)).catch(() => undefined)
        if (!a || !b) {
          expect(await readFile(join(out, f)), f).toEqual(await readFile(join(FIXTURES, f)))
          continue
        }
        expect([...a.keys()], f).toEqual([...b.keys()])
        for (const [name, t] of b) expect(relErr(a.get(name)!.data, t.data), `${f}: ${name}`).toBeLessThanOrEqual(1e-6)
      }
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }, 120_000)
})
