// Typed option parsers for commander: each rejects a bad value with one sentence (exit 2).
import { UserError } from '@tandem/proto/errors'

export function parseIntOption(name: string, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim())) throw new UserError(`${name} must be a whole number, got '${value}'.`)
    const n = Number(value)
    if (n < min || n > max) throw new UserError(`${name} must be between ${min} and ${max}, got ${n}.`)
    return n
  }
}

export function parseFloatOption(name: string, { min = -Infinity, max = Infinity } = {}) {
  return (value: string): number => {
    const n = Number(value)
    if (value.trim() === '' || !Number.isFinite(n)) throw new UserError(`${name} must be a number, got '${value}'.`)
    if (n < min || n > max) throw new UserError(`${name} must be between ${min} and ${max}, got ${n}.`)
    return n
  }
}

export function parseChoice<T extends string>(name: string, choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new UserError(`${name} must be one of ${choices.join(', ')}, got '${value}'.`)
    }
    return value as T
  }
}

/** Writes one JSON document to stdout (machine-readable output of `--json`). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/**
 * Reads a secret (a join token, a key) from a file, so that it stays out of `ps` and the shell's
 * history; one sentence when the file cannot be read or is empty.
 */
export async function readSecretFile(path: string, flag: string): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new UserError(`cannot read ${flag} '${path}' (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path and its permissions.`)
  }
  const secret = text.trim()
  if (secret === '') throw new UserError(`${flag} '${path}' is empty; write the secret into it.`)
  if (/\s/.test(secret)) throw new UserError(`${flag} '${path}' holds more than one word; it must hold only the secret.`)
  return secret
}
