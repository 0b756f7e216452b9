// Every `npx tandem …` command in README.md and docs/*.md must keep working: each one parses
// against the real command tree (unknown commands, unknown flags, bad values and missing required
// options fail), the cheap ones run for real, and each of the others maps to the test that runs it
// (COVERAGE below): a documented command that nothing covers fails this test.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { buildProgram } from '../../packages/cli/src/main.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = join(ROOT, 'packages/cli/bin/tandem.js')

/**
 * Who runs each documented command: the first row whose pattern matches the command (its
 * arguments joined by spaces) names the test file; 'here' means this file runs it for real.
 */
const COVERAGE: { pattern: RegExp; test: string }[] = [
  { pattern: /^plan --cluster \S+ --run \S+$/, test: 'here' },
  { pattern: /^demo\b/, test: 'test/e2e/elastic.test.ts' },
  { pattern: /^data prepare\b/, test: 'packages/data/test/e2e/cli-data.test.ts' },
  { pattern: /^coordinator start .*--dashboard-host/, test: 'packages/cli/test/e2e/dashboard-host.test.ts' },
  { pattern: /^coordinator start .*--dashboard-port/, test: 'packages/coordinator/test/e2e/coordinator.test.ts' },
  { pattern: /^worker (start|pause|resume|status)\b/, test: 'test/e2e/donor-pause.test.ts' },
  { pattern: /^admin (status|rollback)\b/, test: 'packages/coordinator/test/e2e/admin-client.test.ts' },
  // The other admin commands are thin printers over AdminClient calls that test exercises one by one.
  { pattern: /^admin (workers|plan|drain|kick|pause|resume|checkpoint|checkpoints|tokens|export|logs)\b/, test: 'packages/coordinator/test/e2e/admin-client.test.ts' },
  { pattern: /^model generate\b/, test: 'packages/model/test/unit/gptj-batch-and-generate.test.ts' },
  { pattern: /^checkpoint (pack|show)\b/, test: 'test/e2e/resume.test.ts' },
  { pattern: /^plan\b/, test: 'packages/coordinator/test/unit/placement' },
  { pattern: /^bench plan\b/, test: 'packages/coordinator/test/unit/placement' },
]

/** The documents whose commands are checked. */
function documents(): string[] {
  return ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
}

/** `npx tandem …` commands in code blocks (backslash continuations joined, comments dropped) and inline code. */
function extractCommands(markdown: string): string[] {
  const out: string[] = []
  const lines = markdown.split('\n')
  let inBlock = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trimStart().startsWith('```')) {
      inBlock = !inBlock
      continue
    }
    if (inBlock) {
      const at = line.indexOf('npx tandem ')
      if (at === -1) continue
      let cmd = line.slice(at)
      while (cmd.trimEnd().endsWith('\\') && i + 1 < lines.length) cmd = `${cmd.trimEnd().slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`
      out.push(stripComment(cmd).trim())
    } else {
      for (const m of line.matchAll(/`(npx tandem [^`]+)`/g)) out.push(m[1]!.trim())
    }
  }
  return out
}

function stripComment(cmd: string): string {
  // A `#` after whitespace outside quotes starts a shell comment.
  let quote = ''
  for (let i = 0; i < cmd.length; i++) {
    const ch = cmd[i]!
    if (quote !== '') {
      if (ch === quote) quote = ''
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#' && (i === 0 || /\s/.test(cmd[i - 1]!))) return cmd.slice(0, i)
  }
  return cmd
}

/**
 * Shell words of a command after `npx tandem`. Placeholders become one word (`<token id>` ->
 * `TOKEN-ID`), a lone `…` ("and so on") and optional `[...]` groups are left out.
 */
function words(cmd: string): string[] {
  const text = cmd
    .replace(/^npx tandem\s+/, '')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/<([^>]+)>/g, (_, p: string) => p.trim().replace(/\s+/g, '-').toUpperCase())
  const out: string[] = []
  for (const m of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!)
  return out.filter((w) => w !== '…' && w !== '...')
}

/** Parses argv against the real tree with every action replaced by a recorder; returns the command path. */
async function parse(args: string[]): Promise<string> {
  const program = await buildProgram()
  let ran = ''
  const silence = (cmd: Command): void => {
    cmd.configureOutput({ writeOut: () => {}, writeErr: () => {} })
    if (cmd.commands.length === 0) {
      cmd.action(() => {
        const path: string[] = []
        for (let c: Command | null = cmd; c !== null && c.parent !== null; c = c.parent) path.unshift(c.name())
        ran = path.join(' ')
      })
    }
    for (const sub of cmd.commands) silence(sub)
  }
  silence(program)
  try {
    await program.parseAsync(['node', 'tandem', ...args])
  } catch (err) {
    const e = err as { code?: string; message?: string }
    // --help and --version are fine; anything else is the documented command failing to parse.
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 'help'
    throw new Error(`'tandem ${args.join(' ')}' does not parse: ${e.message}`)
  }
  return ran
}

const commands = documents().flatMap((doc) => extractCommands(readFileSync(join(ROOT, doc), 'utf8')).map((cmd) => ({ doc, cmd })))

describe('documented commands', () => {
  it('finds the commands of the README and docs', () => {
    expect(commands.length).toBeGreaterThan(20)
    expect(extractCommands('```sh\nnpx tandem a --b \\\n  c # note\n```\nsee `npx tandem d`')).toEqual(['npx tandem a --b c', 'npx tandem d'])
    expect(words('npx tandem admin tokens revoke <token id> --x "a b" …')).toEqual(['admin', 'tokens', 'revoke', 'TOKEN-ID', '--x', 'a b'])
  })

  it('the checker refuses what commander refuses', async () => {
    await expect(parse(['worker', 'start', '--no-such-flag'])).rejects.toThrow(/does not parse/)
    await expect(parse(['no-such-command'])).rejects.toThrow(/does not parse/)
    await expect(parse(['plan', '--run', 'x'])).rejects.toThrow(/does not parse/)
    await expect(parse(['admin', 'rollback', 'ten'])).rejects.toThrow()
  })

  it.each(commands)('$doc: $cmd parses and is covered', async ({ cmd }) => {
    const args = words(cmd)
    const ran = await parse(args)
    expect(ran).not.toBe('')
    if (ran === 'help') return
    const joined = args.join(' ')
    const row = COVERAGE.find((r) => r.pattern.test(joined))
    expect(row, `no test covers the documented command '${cmd}': run it here or map it in COVERAGE`).toBeDefined()
    if (row!.test !== 'here') expect(existsSync(join(ROOT, row!.test)), `${row!.test} (covering '${cmd}') does not exist`).toBe(true)
  })

  const here = commands.filter(({ cmd }) => COVERAGE.find((r) => r.pattern.test(words(cmd).join(' ')))?.test === 'here')
  it.each(here)('$doc: $cmd runs', async ({ cmd }) => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...words(cmd)], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
    expect(stdout).toMatch(/Tandem: \d+ stages x \d+ replicas/)
  }, 180_000)
})
