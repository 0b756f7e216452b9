// The lazy command tree: stubs shown by --help say what the real commands say, the command path is
// read from argv as commander will read it, and a named group is loaded in full.
import { describe, expect, it } from 'vitest'
import { BENCHES } from '../../src/commands/bench.js'
import { commandPath } from '../../src/lazy-commands.js'
import { buildProgram, COMMANDS } from '../../src/main.js'

describe('the lazy command tree', () => {
  it('reads the command path up to the first option, help X as X', () => {
    expect(commandPath(['node', 'tandem'])).toEqual([])
    expect(commandPath(['node', 'tandem', '--help'])).toEqual([])
    expect(commandPath(['node', 'tandem', 'bench', 'model', '--steps', '2'])).toEqual(['bench', 'model'])
    expect(commandPath(['node', 'tandem', 'help', 'worker', 'start'])).toEqual(['worker', 'start'])
  })

  it('describes each top-level command and each benchmark as the loaded module does', async () => {
    const full = await buildProgram()
    expect(full.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name))
    for (const entry of COMMANDS) expect(full.commands.find((c) => c.name() === entry.name)?.description(), entry.name).toBe(entry.description)
    const bench = full.commands.find((c) => c.name() === 'bench')!
    for (const entry of BENCHES) expect(bench.commands.find((c) => c.name() === entry.name)?.description(), entry.name).toBe(entry.description)
  })

  it('loads the named group in full and only stubs of the others', async () => {
    const p = await buildProgram(['node', 'tandem', 'worker', 'start', '--help'])
    const worker = p.commands.find((c) => c.name() === 'worker')!
    expect(worker.commands.map((c) => c.name())).toEqual(expect.arrayContaining(['start', 'pause', 'resume', 'status']))
    const admin = p.commands.find((c) => c.name() === 'admin')!
    expect(admin.commands).toHaveLength(0)
    const b = await buildProgram(['node', 'tandem', 'bench', 'cli'])
    const bench = b.commands.find((c) => c.name() === 'bench')!
    expect(bench.commands.find((c) => c.name() === 'cli')!.options.map((o) => o.long)).toContain('--runs')
    expect(bench.commands.find((c) => c.name() === 'model')!.options).toHaveLength(0)
  })
})
