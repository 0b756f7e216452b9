// `tandem --help` and `tandem <command> --help` load commander and the option parsers only: a
// module resolve hook in a real child process records every module the CLI loads, and none of the
// heavy packages (onnxruntime, libp2p, SQLite, protobufjs) or the daemon packages may be among them.
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const CLI_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const BIN = resolve(CLI_DIR, 'bin/tandem.js')

// Registered before tsx: every resolved URL goes to stderr, marked.
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module'
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context)
  process.stderr.write('LOADED ' + r.url + '\\\\n')
  return r
}\`))
`)}`

const HEAVY = [/onnxruntime/, /libp2p/, /better-sqlite3/, /protobufjs/, /\/packages\/(model|data|worker|coordinator)\//, /\/proto\/src\/(?!errors|version|node-polyfills)/, /pino/]

function loaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { cwd: CLI_DIR, encoding: 'utf8' })
  expect(r.status, r.stderr).toBe(0)
  expect(r.stdout).toContain('Usage: tandem')
  return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7))
}

describe('--help', () => {
  it.each([[['--help']], [['worker', 'start', '--help']], [['bench', '--help']], [['help', 'admin']], [['data', 'prepare', '--help']]])('%j loads no heavy module', (args) => {
    const urls = loaded(args)
    expect(urls.some((u) => u.includes('commander'))).toBe(true)
    expect(urls.filter((u) => HEAVY.some((h) => h.test(u)))).toEqual([])
  })
})
