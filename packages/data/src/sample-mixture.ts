// The built-in sample mixture: small, generated (nothing downloaded) sources in the four GPT-JT
// formats, with tasks a tiny model learns in minutes on a CPU: country -> capital from a fixed set
// of twelve, single-digit sums, keyword sentiment and opposites (NI and P3 style), worked examples
// (chain of thought), and plain prose stating the same facts. Examples are a few dozen tokens, for
// sequence lengths of 64-128. sampleHeldOut() lists prompts that never appear in training.
import { createHash } from 'node:crypto'
import { MemoryDataset } from './dataset.js'
import { type TokenizedExample, tokenizeExample } from './example.js'
import { niPrompt } from './natural-instructions.js'
import { instruction, type RawExample } from './raw-example.js'
import { Rng } from './rng.js'
import { gpt2Tokenizer, type Tokenizer } from './tokenizer.js'

const SAMPLE_VERSION = 1
const SAMPLE_SEED = 20221129 // GPT-JT's release date; any fixed number would do

/** The sample's own mixture: more of the learnable tasks than GPT-JT's 55% prose. */
export const SAMPLE_WEIGHTS: Readonly<Record<string, number>> = { cot: 0.1, p3: 0.3, ni: 0.35, pile: 0.25 }

const COUNTRIES: readonly (readonly [country: string, capital: string, continent: string])[] = [
  ['France', 'Paris', 'Europe'],
  ['Japan', 'Tokyo', 'Asia'],
  ['Italy', 'Rome', 'Europe'],
  ['Egypt', 'Cairo', 'Africa'],
  ['Spain', 'Madrid', 'Europe'],
  ['Germany', 'Berlin', 'Europe'],
  ['Russia', 'Moscow', 'Europe'],
  ['China', 'Beijing', 'Asia'],
  ['Greece', 'Athens', 'Europe'],
  ['Peru', 'Lima', 'South America'],
  ['Canada', 'Ottawa', 'North America'],
  ['Ireland', 'Dublin', 'Europe'],
]
const NOUNS = ['food', 'room', 'movie', 'service', 'book', 'phone', 'hotel', 'game', 'show', 'car']
const POSITIVE = ['great', 'wonderful', 'excellent', 'lovely', 'perfect', 'amazing', 'fantastic', 'delicious']
const NEGATIVE = ['terrible', 'awful', 'horrible', 'bad', 'broken', 'boring', 'rude', 'dirty']
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['hot', 'cold'], ['big', 'small'], ['up', 'down'], ['day', 'night'], ['fast', 'slow'], ['old', 'new'],
  ['open', 'closed'], ['happy', 'sad'], ['light', 'dark'], ['early', 'late'], ['left', 'right'], ['high', 'low'],
  ['wet', 'dry'], ['full', 'empty'], ['hard', 'soft'], ['rich', 'poor'],
]
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const NAMES = ['Ann', 'Ben', 'Maya', 'Tom', 'Lena', 'Omar', 'Sara', 'Leo']
const THINGS = ['apples', 'books', 'coins', 'pens', 'cards', 'shells']

const DEF_CAPITAL = 'Give the capital city of the country.'
const DEF_SUM = 'Add the two numbers.'
const DEF_SENTIMENT = 'Is the review positive or negative?'
const DEF_OPPOSITE = 'Give the opposite of the word.'

const sentimentOf = (adj: string): string => (POSITIVE.includes(adj) ? 'positive' : 'negative')

export interface HeldOutPrompt {
  task: 'capital' | 'sum' | 'sentiment'
  prompt: string
  /** The expected completion, with its leading space (greedy decoding should start with it). */
  answer: string
  /** What makes it held out. */
  note: string
}

const HELD_OUT_CAPITALS = ['France', 'Japan', 'Egypt']
const HELD_OUT_SUMS: readonly (readonly [number, number])[] = [[2, 5], [3, 1], [4, 4]]
const HELD_OUT_REVIEWS: readonly (readonly [string, string])[] = [['movie', 'wonderful'], ['hotel', 'dirty'], ['phone', 'excellent'], ['game', 'boring']]

/**
 * Prompts for `tandem model generate` after training on the sample. None of these prompt strings
 * is in the training data. Capitals and sums: the same question appears in training only inside
 * few-shot prompts (after other demonstrations), so the fact is seen, this prompt is not. Reviews:
 * the (noun, adjective) pair never appears anywhere in training; the adjective does, in other reviews.
 */
export function sampleHeldOut(): HeldOutPrompt[] {
  const capitals = HELD_OUT_CAPITALS.map((country): HeldOutPrompt => {
    const capital = COUNTRIES.find(([c]) => c === country)![1]
    return { task: 'capital', prompt: niPrompt(DEF_CAPITAL, [], country), answer: ` ${capital}`, note: 'zero-shot form withheld; the fact is trained in few-shot prompts' }
  })
  const sums = HELD_OUT_SUMS.map(([a, b]): HeldOutPrompt => ({
    task: 'sum',
    prompt: niPrompt(DEF_SUM, [], `${a} + ${b}`),
    answer: ` ${a + b}`,
    note: 'zero-shot form withheld; the sum is trained in few-shot prompts',
  }))
  const reviews = HELD_OUT_REVIEWS.map(([noun, adj]): HeldOutPrompt => ({
    task: 'sentiment',
    prompt: niPrompt(DEF_SENTIMENT, [], `The ${noun} was ${adj}.`),
    answer: ` ${sentimentOf(adj)}`,
    note: 'this noun and adjective never appear together in training',
  }))
  return [...capitals, ...sums, ...reviews]
}

/** The raw examples of each source, in a fixed order (a pure function of the version). */
export function sampleRawSources(): { name: string; weight: number; examples: RawExample[] }[] {
  const rng = new Rng(SAMPLE_SEED, SAMPLE_VERSION)
  // A held-out prompt must not occur anywhere, not even as the start of a longer prompt (a
  // few-shot prompt whose first demonstration is the held-out instance).
  const heldPrompts = sampleHeldOut().map((h) => h.prompt)
  const heldOut = (prompt: string): boolean => heldPrompts.some((h) => prompt.includes(h))
  const heldReview = (noun: string, adj: string): boolean => HELD_OUT_REVIEWS.some(([n, a]) => n === noun && a === adj)
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)]!

  const reviews: [string, string][] = []
  for (const noun of NOUNS) for (const adj of [...POSITIVE, ...NEGATIVE]) if (!heldReview(noun, adj)) reviews.push([noun, adj])
  const sums: [number, number][] = []
  for (let a = 0; a <= 9; a++) for (let b = 0; a + b <= 9; b++) sums.push([a, b])

  // NI style: definition, 0-2 demonstrations of the same task, the instance.
  type Pair = { input: string; output: string }
  const capitalPairs: Pair[] = COUNTRIES.map(([c, cap]) => ({ input: c, output: cap }))
  const sumPairs: Pair[] = sums.map(([a, b]) => ({ input: `${a} + ${b}`, output: String(a + b) }))
  const reviewPairs: Pair[] = reviews.map(([n, a]) => ({ input: `The ${n} was ${a}.`, output: sentimentOf(a) }))
  const oppositePairs: Pair[] = OPPOSITES.map(([w, o]) => ({ input: w, output: o }))
  const ni: RawExample[] = []
  const niTask = (definition: string, pairs: Pair[], fewShotVariants: number, subset: string): void => {
    for (const pair of pairs) {
      for (let v = 0; v <= fewShotVariants; v++) {
        const others = pairs.filter((p) => p !== pair)
        const demos = v === 0 ? [] : Array.from({ length: 1 + rng.int(2) }, () => pick(others))
        const prompt = niPrompt(definition, demos, pair.input)
        if (!heldOut(prompt)) ni.push({ kind: 'instruction', prompt, answer: ` ${pair.output}`, subset })
      }
    }
  }
  niTask(DEF_CAPITAL, capitalPairs, 4, 'capital')
  niTask(DEF_SUM, sumPairs, 2, 'sum')
  niTask(DEF_SENTIMENT, reviewPairs, 1, 'sentiment')
  niTask(DEF_OPPOSITE, oppositePairs, 2, 'opposite')

  // P3 style: a natural question in `inputs`, the bare answer in `targets`.
  const p3: RawExample[] = []
  for (const [c, cap] of COUNTRIES) {
    p3.push(instruction(`What is the capital of ${c}?`, cap, 'capital'))
    p3.push(instruction(`Question: Which city is the capital of ${c}?\nAnswer:`, cap, 'capital'))
  }
  for (const [a, b] of sums) p3.push(instruction(`What is ${a} plus ${b}?`, String(a + b), 'sum'))
  for (const [n, a] of reviews) p3.push(instruction(`Review: The ${n} was ${a}.\nIs this review positive or negative?`, sentimentOf(a), 'sentiment'))
  for (const [w, o] of OPPOSITES) p3.push(instruction(`Question: What is the opposite of ${w}?\nAnswer:`, o, 'opposite'))

  // Chain of thought: "Q: … A: Let's think step by step. … The answer is X."
  const cot: RawExample[] = []
  for (const [a, b] of sums) {
    const name = pick(NAMES)
    const thing = pick(THINGS)
    cot.push({
      kind: 'instruction',
      prompt: `Q: ${name} has ${a} ${thing} and gets ${b} more. How many ${thing} does ${name} have now?\nA:`,
      answer: ` Let's think step by step. ${name} starts with ${a} and adds ${b}: ${a} + ${b} = ${a + b}. The answer is ${a + b}.`,
      subset: 'sum',
    })
  }
  for (const [c, cap, continent] of COUNTRIES) {
    cot.push({
      kind: 'instruction',
      prompt: `Q: Which city is the capital of ${c}?\nA:`,
      answer: ` Let's think step by step. ${c} is a country in ${continent}. Its capital is ${cap}. The answer is ${cap}.`,
      subset: 'capital',
    })
  }

  // Prose: short paragraphs that state the same facts in sentences.
  const pile: RawExample[] = []
  for (const [c, cap, continent] of COUNTRIES) {
    pile.push({ kind: 'text', text: `${cap} is the capital of ${c}. ${c} is a country in ${continent}.`, subset: 'facts' })
    pile.push({ kind: 'text', text: `The capital of ${c} is ${cap}. Many people visit ${cap} every year.`, subset: 'facts' })
  }
  for (const [a, b] of sums) {
    pile.push({ kind: 'text', text: `${cap1(NUMBER_WORDS[a]!)} plus ${NUMBER_WORDS[b]} is ${NUMBER_WORDS[a + b]}, and ${a} + ${b} = ${a + b}.`, subset: 'numbers' })
  }
  for (let i = 0; i < 120; i++) {
    const [n, a] = pick(reviews)
    const [n2, a2] = pick(reviews)
    pile.push({ kind: 'text', text: `The ${n} was ${a}. The ${n2} was ${a2}. We will come back soon.`, subset: 'reviews' })
  }
  for (const [w, o] of OPPOSITES) pile.push({ kind: 'text', text: `The opposite of ${w} is ${o}, and the opposite of ${o} is ${w}.`, subset: 'words' })

  const sources = { cot, p3, ni, pile }
  return Object.entries(sources).map(([name, examples]) => ({ name, weight: SAMPLE_WEIGHTS[name]!, examples }))
}

function cap1(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}

/** The sample mixture, tokenized (GPT-2 unless another tokenizer is given), as a dataset. */
export async function openSampleMixture(tokenizer?: Tokenizer): Promise<MemoryDataset> {
  const tok = tokenizer ?? (await gpt2Tokenizer())
  const hash = createHash('sha256')
  hash.update(tok.name)
  const data = sampleRawSources().map(({ name, weight, examples }) => {
    hash.update(`\u0000${name}:${weight}`)
    const tokenized: TokenizedExample[] = examples.map((raw) => {
      const ex = tokenizeExample(raw, tok)
      hash.update(`${ex.kind}:${ex.prefixLen}:`)
      hash.update(new Uint8Array(ex.tokens.buffer, ex.tokens.byteOffset, ex.tokens.byteLength))
      return ex
    })
    return { name, weight, examples: tokenized }
  })
  const id = `sample-v${SAMPLE_VERSION}-${hash.digest('hex').slice(0, 16)}`
  return new MemoryDataset(id, 'sample', data, tok.eotId)
}
