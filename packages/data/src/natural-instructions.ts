// Natural-Instructions task files (allenai/natural-instructions `tasks/*.json`) as few-shot
// prompts in the form of GPT-JT's widget examples: the definition, then `Input: … Output: …`
// demonstrations, then the instance. A task file is one JSON document (a few hundred KB, tens of
// MB for the largest tasks) and is read whole; it is refused above JSON_DOCUMENT_BYTES_MAX.
import { FEW_SHOT_EXAMPLES_MAX } from './constants.js'
import type { RawExample, RecordProblem } from './raw-example.js'
import { hashString } from './rng.js'

interface NiExample {
  input?: unknown
  output?: unknown
}

interface NiTask {
  Definition?: unknown
  'Positive Examples'?: unknown
  Instances?: unknown
}

/** True when a parsed JSON document has the shape of a Natural-Instructions task. */
export function isNiTask(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && Array.isArray((doc as NiTask).Instances)
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** The definition: a string, or a list of strings (joined by blank lines). */
function definitionOf(task: NiTask): string | undefined {
  const d = task.Definition
  if (typeof d === 'string') return d.trim()
  if (Array.isArray(d) && d.every((x) => typeof x === 'string')) return d.join('\n\n').trim()
  return undefined
}

/** The prompt for one instance input, with the given demonstrations. */
export function niPrompt(definition: string, demos: readonly { input: string; output: string }[], input: string): string {
  let p = definition.length > 0 ? `${definition}\n\n` : ''
  for (const d of demos) p += `Input: ${d.input.trim()}\nOutput: ${d.output.trim()}\n\n`
  return `${p}Input: ${input.trim()}\nOutput:`
}

/**
 * The examples of one task, in file order, with a problem in place of each unusable instance. The
 * number of demonstrations (0..FEW_SHOT_EXAMPLES_MAX, from the task's positive examples) is a hash
 * of the task and instance id, so the model sees zero- and few-shot forms and a rerun is identical.
 */
export function* niExamples(doc: unknown, taskName: string): Generator<{ where: string; item: RawExample | RecordProblem }> {
  const task = doc as NiTask
  const definition = definitionOf(task)
  if (definition === undefined) {
    yield { where: 'Definition', item: { problem: 'missing-field', detail: 'Definition must be a string or a list of strings' } }
    return
  }
  const positives = (Array.isArray(task['Positive Examples']) ? (task['Positive Examples'] as NiExample[]) : [])
    .map((e) => ({ input: text(e?.input), output: text(e?.output) }))
    .filter((e): e is { input: string; output: string } => e.input !== undefined && e.output !== undefined && e.output.trim() !== '')
  const instances = task.Instances as unknown[]
  for (let i = 0; i < instances.length; i++) {
    const where = `Instances[${i}]`
    const inst = instances[i] as { id?: unknown; input?: unknown; output?: unknown } | null
    const input = text(inst?.input)
    const outputs = inst?.output
    const output = Array.isArray(outputs) ? outputs.find((o): o is string => typeof o === 'string') : text(outputs)
    if (input === undefined || output === undefined) {
      yield { where, item: { problem: 'missing-field', detail: 'an instance needs a string input and an output list of strings' } }
      continue
    }
    if (output.trim() === '') {
      yield { where, item: { problem: 'empty-text', detail: 'empty output' } }
      continue
    }
    const id = typeof inst?.id === 'string' ? inst.id : String(i)
    const shots = hashString(`${taskName}/${id}`) % (Math.min(FEW_SHOT_EXAMPLES_MAX, positives.length) + 1)
    yield {
      where,
      item: { kind: 'instruction', prompt: niPrompt(definition, positives.slice(0, shots), input), answer: ` ${output.trim()}`, subset: taskName },
    }
  }
}
