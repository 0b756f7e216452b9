// Readers for hand-written JSON files (RUN.json, CLUSTER.json): each check fails with one UserError
// sentence that names the file and the field, e.g. `run.json: optimizer.lr must be a positive
// number, got -1.`, so a person can fix the file without reading code.
import { readFile } from 'node:fs/promises'
import { UserError } from '@tandem/proto'

/** Error code of every refusal of a hand-written file. */
export const E_CONFIG = 'E_CONFIG'

export type JsonObject = Record<string, unknown>

/** Where a value sits: the file's name (as the user gave it) and a dotted path inside it. */
export interface FieldPath {
  source: string
  path: string
}

export function child(at: FieldPath, key: string | number): FieldPath {
  const path = typeof key === 'number' ? `${at.path}[${key}]` : at.path === '' ? key : `${at.path}.${key}`
  return { source: at.source, path }
}

/** Renders an offending value for a message: short, JSON-like, never a whole document. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  let s: string
  try {
    s = JSON.stringify(value) ?? String(value)
  } catch {
    s = String(value)
  }
  return s.length > 48 ? `${s.slice(0, 45)}...` : s
}

export function fail(at: FieldPath, sentence: string, data: Record<string, unknown> = {}): never {
  const where = at.path === '' ? at.source : `${at.source}: ${at.path}`
  throw new UserError(`${where} ${sentence}`, { source: at.source, field: at.path, ...data }, E_CONFIG)
}

export function mustBe(at: FieldPath, what: string, got: unknown): never {
  return fail(at, `must be ${what}, got ${show(got)}.`)
}

/** An object whose keys are all in `known`; an unknown key is refused (typos must not pass silently). */
export function object(value: unknown, at: FieldPath, known: readonly string[]): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return mustBe(at, 'an object', value)
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const field = child(at, key)
      fail(field, `is not a known field (known here: ${known.join(', ')}).`)
    }
  }
  return value as JsonObject
}

export function array(value: unknown, at: FieldPath, { minLength = 0 } = {}): unknown[] {
  if (!Array.isArray(value)) return mustBe(at, 'an array', value)
  if (value.length < minLength) return mustBe(at, `an array of at least ${minLength} item(s)`, value)
  return value
}

/**
 * A finite number accepted by `ok`, described by `what` ("a positive number"). `fallback` is
 * used when the key is absent; without one the field is required.
 */
export function number(
  obj: JsonObject,
  key: string,
  at: FieldPath,
  what: string,
  ok: (x: number) => boolean,
  fallback?: number,
): number {
  const value = obj[key]
  const field = child(at, key)
  if (value === undefined) {
    if (fallback !== undefined) return fallback
    return fail(field, `is required (${what}).`)
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) return mustBe(field, what, value)
  return value
}

/** Common predicates, each paired with the phrase the error uses. */
export const POSITIVE: [string, (x: number) => boolean] = ['a positive number', (x) => x > 0]
export const NON_NEGATIVE: [string, (x: number) => boolean] = ['a number >= 0', (x) => x >= 0]
export const POSITIVE_INT: [string, (x: number) => boolean] = ['a whole number >= 1', (x) => Number.isInteger(x) && x >= 1]
export const NON_NEGATIVE_INT: [string, (x: number) => boolean] = [
  'a whole number >= 0',
  (x) => Number.isInteger(x) && x >= 0,
]
export const FRACTION: [string, (x: number) => boolean] = ['a number in (0, 1]', (x) => x > 0 && x <= 1]
export const UNIT_OPEN: [string, (x: number) => boolean] = ['a number in [0, 1)', (x) => x >= 0 && x < 1]

export function string(obj: JsonObject, key: string, at: FieldPath, fallback?: string): string {
  const value = obj[key]
  const field = child(at, key)
  if (value === undefined) {
    if (fallback !== undefined) return fallback
    return fail(field, 'is required (a string).')
  }
  if (typeof value !== 'string' || value.length === 0) return mustBe(field, 'a non-empty string', value)
  return value
}

export function boolean(obj: JsonObject, key: string, at: FieldPath, fallback: boolean): boolean {
  const value = obj[key]
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') return mustBe(child(at, key), 'true or false', value)
  return value
}

export function choice<T extends string>(
  obj: JsonObject,
  key: string,
  at: FieldPath,
  choices: readonly T[],
  fallback?: T,
): T {
  const value = obj[key]
  const field = child(at, key)
  if (value === undefined) {
    if (fallback !== undefined) return fallback
    return fail(field, `is required (one of ${choices.map((c) => `"${c}"`).join(', ')}).`)
  }
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    return mustBe(field, `one of ${choices.map((c) => `"${c}"`).join(', ')}`, value)
  }
  return value as T
}

/** Parses JSON text, turning a syntax error into one sentence naming the file. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err)
    return fail({ source, path: '' }, `is not valid JSON (${detail}).`)
  }
}

/** Reads and parses a JSON file; a missing or unreadable file is one sentence naming `flag`. */
export async function readJsonFile(path: string, flag: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return fail({ source: path, path: '' }, `cannot be read (${code ?? String(err)}); check the path given to ${flag}.`)
  }
  return parseJsonText(text, path)
}
