// What a source reader yields before tokenization: plain text (UL2 decides the prefix later) or an
// instruction (the prompt is the bidirectional prefix, the answer is scored).
import type { IssueKind } from './issues.js'

export type RawExample =
  | { kind: 'text'; text: string; /** Pile subset, task name, subject: counted in the manifest. */ subset?: string }
  | { kind: 'instruction'; prompt: string; answer: string; subset?: string }

/** A problem a reader found in one record instead of an example. */
export interface RecordProblem {
  problem: IssueKind
  detail?: string
}

/**
 * Prompt + answer for sources that store them as separate fields with no separator (P3 and FLAN's
 * inputs/targets): a space goes between them unless one side already has whitespace there.
 */
export function instruction(prompt: string, answer: string, subset?: string): RawExample {
  const needsSpace = prompt.length > 0 && !/\s$/.test(prompt) && !/^\s/.test(answer)
  const ex: RawExample = { kind: 'instruction', prompt, answer: needsSpace ? ' ' + answer : answer }
  if (subset !== undefined) ex.subset = subset
  return ex
}

const str = (v: unknown): v is string => typeof v === 'string'

/**
 * One JSONL record (or one element of a JSON array) as an example. Recognised shapes, in order:
 * P3/FLAN `{inputs, targets}` (or bigscience's `inputs_pretokenized`/`targets_pretokenized`),
 * `{prompt, completion}` (users' own data, kept verbatim), and `{text}` (Pile: `meta.pile_set_name`
 * is kept as the subset).
 */
export function recordToExample(rec: unknown): RawExample | RecordProblem {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    return { problem: 'unknown-shape', detail: `a JSON ${Array.isArray(rec) ? 'array' : rec === null ? 'null' : typeof rec}, not an object` }
  }
  const r = rec as Record<string, unknown>
  const inputs = r.inputs ?? r.inputs_pretokenized
  const targets = r.targets ?? r.targets_pretokenized
  if (inputs !== undefined || targets !== undefined) {
    const target = Array.isArray(targets) ? targets.find(str) : targets
    if (!str(inputs) || !str(target)) return { problem: 'missing-field', detail: 'inputs and targets must both be strings' }
    if (target.trim() === '') return { problem: 'empty-text', detail: 'empty targets' }
    return instruction(inputs, target)
  }
  if (r.prompt !== undefined || r.completion !== undefined) {
    if (!str(r.prompt) || !str(r.completion)) return { problem: 'missing-field', detail: 'prompt and completion must both be strings' }
    if (r.completion.trim() === '') return { problem: 'empty-text', detail: 'empty completion' }
    return { kind: 'instruction', prompt: r.prompt, answer: r.completion }
  }
  if (r.text !== undefined) {
    if (!str(r.text)) return { problem: 'missing-field', detail: 'text must be a string' }
    if (r.text.trim() === '') return { problem: 'empty-text', detail: 'empty text' }
    const meta = r.meta as { pile_set_name?: unknown } | undefined
    const subset = typeof meta === 'object' && meta !== null && str(meta.pile_set_name) ? meta.pile_set_name : undefined
    return subset === undefined ? { kind: 'text', text: r.text } : { kind: 'text', text: r.text, subset }
  }
  return { problem: 'missing-field', detail: `no text, inputs/targets or prompt/completion field (keys: ${Object.keys(r).slice(0, 5).join(', ')})` }
}
