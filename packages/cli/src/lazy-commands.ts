// Lazy command groups: `tandem --help` lists every command but loads only the module of the one
// named on the command line, so help and usage errors never pay for onnxruntime, libp2p or SQLite.
// A group that is not named is registered as a stub (name and description only) for the listing.
import type { Command } from 'commander'

/** Which subcommands of a group to load: every one ('all', for tests and docs checks) or the named path. */
export type CommandPath = readonly string[] | 'all'

export interface LazyCommand {
  name: string
  /** Shown by --help without loading the module; a unit test keeps it equal to the module's own. */
  description: string
  load(): Promise<(parent: Command, path: CommandPath) => void | Promise<void>>
}

/** Registers `entries` under `parent`: fully the one `path` names (or all), the others as stubs. */
export async function registerLazy(parent: Command, entries: readonly LazyCommand[], path: CommandPath): Promise<void> {
  const named = path === 'all' ? undefined : path[0]
  for (const entry of entries) {
    if (path === 'all' || entry.name === named) {
      const register = await entry.load()
      await register(parent, path === 'all' ? 'all' : path.slice(1))
    } else {
      parent.command(entry.name).description(entry.description)
    }
  }
}

/**
 * The command path in argv (`tandem bench model --steps 2` -> ['bench', 'model', ...]): the
 * operands up to the first option. `tandem help X` is the help of X. The top level and the groups
 * take no options of their own, so the path is exact for the levels that are lazy.
 */
export function commandPath(argv: readonly string[]): string[] {
  const args = argv.slice(2)
  const path: string[] = []
  for (const a of args) {
    if (a.startsWith('-')) break
    path.push(a)
  }
  return path[0] === 'help' ? path.slice(1) : path
}
