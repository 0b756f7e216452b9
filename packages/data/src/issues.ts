// Bad input is counted, not thrown: each problem is noted with its file and line, and the report is
// a summary (counts, with the first few places of each kind) rather than a flood of messages.
import { ISSUE_LOCATIONS_MAX } from './constants.js'

export type IssueKind =
  | 'malformed-json'
  | 'missing-field'
  | 'bad-encoding'
  | 'line-too-long'
  | 'empty-text'
  | 'unknown-shape'
  | 'empty-source'
  | 'truncated'

const DESCRIPTIONS: Record<IssueKind, string> = {
  'malformed-json': 'malformed JSON',
  'missing-field': 'records missing a needed field',
  'bad-encoding': 'not UTF-8',
  'line-too-long': 'lines over the length limit',
  'empty-text': 'records with empty text or answer',
  'unknown-shape': 'records of an unknown shape',
  'empty-source': 'sources with no usable example',
  truncated: 'examples truncated to the sequence length',
}

/** Kinds that only inform: the example was kept. */
const KEPT: ReadonlySet<IssueKind> = new Set(['truncated'])

export interface IssueGroup {
  kind: IssueKind
  file: string
  count: number
  /** `file:line` (or just `file`) of the first few. */
  locations: string[]
  /** Detail of the first occurrence, e.g. the parser's message. */
  firstDetail?: string
}

export class IssueLog {
  private readonly groups = new Map<string, IssueGroup>()

  /** `where` is a 1-based line number, or a place inside a whole-document file (`Instances[3]`). */
  note(kind: IssueKind, file: string, where?: number | string, detail?: string): void {
    const key = `${kind}\u0000${file}`
    let g = this.groups.get(key)
    if (g === undefined) {
      g = { kind, file, count: 0, locations: [] }
      if (detail !== undefined) g.firstDetail = detail
      this.groups.set(key, g)
    }
    g.count++
    if (g.locations.length < ISSUE_LOCATIONS_MAX) {
      g.locations.push(where === undefined ? file : typeof where === 'number' ? `${file}:${where}` : `${file} ${where}`)
    }
  }

  /** Problems that made an input be skipped (truncation is counted apart). */
  get skipped(): number {
    let n = 0
    for (const g of this.groups.values()) if (!KEPT.has(g.kind)) n += g.count
    return n
  }

  count(kind?: IssueKind): number {
    let n = 0
    for (const g of this.groups.values()) if (kind === undefined || g.kind === kind) n += g.count
    return n
  }

  toJSON(): IssueGroup[] {
    return [...this.groups.values()]
  }

  /** One line per (kind, file): `3 malformed JSON in a.jsonl (a.jsonl:4, a.jsonl:9, …)`. */
  lines(): string[] {
    return [...this.groups.values()].map((g) => {
      const more = g.count > g.locations.length ? ', …' : ''
      const where = g.locations.length === 1 && g.locations[0] === g.file ? '' : ` (${g.locations.join(', ')}${more})`
      const detail = g.firstDetail === undefined ? '' : `; first: ${g.firstDetail}`
      const action = KEPT.has(g.kind) ? 'kept' : 'skipped'
      return `${g.count} ${DESCRIPTIONS[g.kind]} in ${g.file}${where}, ${action}${detail}`
    })
  }
}
