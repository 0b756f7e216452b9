#!/usr/bin/env node
// Generates static protobufjs code for every schema in packages/proto/schemas/*.proto into
// packages/proto/src/gen/<name>.js + <name>.d.ts. With --check it generates into a temporary folder
// and fails if the committed code differs, so CI catches a schema edited without regenerating.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const schemas = join(root, 'schemas')
const genDir = join(root, 'src', 'gen')
const check = process.argv.includes('--check')
const bin = (name) => join(root, '..', '..', 'node_modules', '.bin', name)

const outDir = check ? mkdtempSync(join(tmpdir(), 'tandem-gen-')) : genDir
mkdirSync(outDir, { recursive: true })
const files = readdirSync(schemas).filter((f) => f.endsWith('.proto')).sort()
for (const file of files) {
  const name = basename(file, '.proto')
  const js = join(outDir, `${name}.js`)
  const dts = join(outDir, `${name}.d.ts`)
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--no-beautify', '--force-number', '--keep-case', '-o', js, join(schemas, file)], { stdio: 'inherit' })
  // Node's ESM resolver needs the file extension that pbjs leaves out.
  writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"'))
  execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' })
}

if (check) {
  const drift = []
  for (const f of readdirSync(outDir)) {
    const committed = join(genDir, f)
    if (!existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(outDir, f), 'utf8')) drift.push(f)
  }
  for (const f of existsSync(genDir) ? readdirSync(genDir) : []) {
    if (!existsSync(join(outDir, f))) drift.push(`${f} (no schema)`)
  }
  rmSync(outDir, { recursive: true, force: true })
  if (drift.length > 0) {
    console.error(`generated code is out of date: ${drift.join(', ')}; run 'npm run generate' and commit the result.`)
    process.exit(1)
  }
  console.log(`generated code matches ${files.length} schema(s)`)
}
