// Chain-of-thought exemplars in the shape of FLAN's `mmlu-cot.json`: one JSON object, subject ->
// a header line and "Q: … A: Let's think step by step. … The answer is (X)." exemplars separated
// by blank lines. Each exemplar becomes an example whose prompt is the header and the question and
// whose scored answer is the reasoning. The document is read whole (the real file is ~0.5 MB).
import type { RawExample, RecordProblem } from './raw-example.js'

/** True when a parsed JSON document is an object of strings (the mmlu-cot shape). */
export function isCotDocument(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false
  const values = Object.values(doc)
  return values.length > 0 && values.every((v) => typeof v === 'string')
}

export function* cotExamples(doc: Record<string, string>): Generator<{ where: string; item: RawExample | RecordProblem }> {
  for (const [subject, body] of Object.entries(doc)) {
    const blocks = body
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter((b) => b.length > 0)
    const header = blocks[0]?.startsWith('Q:') ? '' : (blocks.shift() ?? '')
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!
      const where = `${subject}[${i}]`
      const a = block.indexOf('\nA:')
      if (!block.startsWith('Q:') || a < 0) {
        yield { where, item: { problem: 'unknown-shape', detail: 'an exemplar must be "Q: …" followed by a line starting "A:"' } }
        continue
      }
      const answer = block.slice(a + 3)
      if (answer.trim() === '') {
        yield { where, item: { problem: 'empty-text', detail: 'empty answer' } }
        continue
      }
      const prompt = (header.length > 0 ? `${header}\n\n` : '') + block.slice(0, a + 3)
      yield { where, item: { kind: 'instruction', prompt, answer, subset: subject } }
    }
  }
}
