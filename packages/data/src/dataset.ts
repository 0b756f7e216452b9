// A dataset is a set of named sources of tokenized examples with random access by index: a
// prepared store on disk, or examples held in memory (the built-in sample mixture, tests). The
// cursor only ever asks for lengths (to plan a step) and for the examples of its own rows.
import type { ExampleKind, TokenizedExample } from './example.js'

export interface DatasetSource {
  name: string
  /** Mixture weight given when the dataset was made (a run may override it). */
  weight: number
  /** Examples in this source (0: it is left out of the mixture). */
  examples: number
}

export interface Dataset {
  /** Content fingerprint (sha256 hex or a versioned name): a cursor is tied to it. */
  readonly id: string
  /** What it is, for people: a folder path or 'sample'. */
  readonly description: string
  readonly sources: readonly DatasetSource[]
  readonly eotId: number
  /** No example is longer than this (the sequence length it was prepared for). */
  readonly exampleTokensMax: number
  /** Token count of example i of source s, without reading its tokens. */
  exampleLength(source: number, index: number): number
  exampleKind(source: number, index: number): ExampleKind
  example(source: number, index: number): TokenizedExample
  /** Releases files; safe to call twice. */
  close(): void
}

/** Examples held in memory, one array per source. */
export class MemoryDataset implements Dataset {
  readonly sources: DatasetSource[]
  readonly exampleTokensMax: number

  constructor(
    readonly id: string,
    readonly description: string,
    private readonly data: readonly { name: string; weight: number; examples: readonly TokenizedExample[] }[],
    readonly eotId: number,
  ) {
    this.sources = data.map(({ name, weight, examples }) => ({ name, weight, examples: examples.length }))
    let longest = 1
    for (const d of data) for (const e of d.examples) longest = Math.max(longest, e.tokens.length)
    this.exampleTokensMax = longest
  }

  exampleLength(source: number, index: number): number {
    return this.data[source]!.examples[index]!.tokens.length
  }

  exampleKind(source: number, index: number): ExampleKind {
    return this.data[source]!.examples[index]!.kind
  }

  example(source: number, index: number): TokenizedExample {
    return this.data[source]!.examples[index]!
  }

  close(): void {}
}
