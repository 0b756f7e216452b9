// `tandem admin …`: the operator's commands to a running coordinator over /tandem/admin. Each prints
// text for people or, with --json, one JSON document. The coordinator is found by --coordinator
// (a multiaddr) or --data-dir (its coordinator.json), the credential by --key (the admin key file),
// --token (a viewer token, read-only commands) or --data-dir. Refusals print one sentence, exit 2.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import type { admin } from '@tandem/proto'
import { UserError } from '@tandem/proto/errors'
import { bytes } from '../donor-screen.js'
import { parseChoice, parseFloatOption, parseIntOption, printJson } from '../options.js'

interface ConnectionOptions {
  coordinator?: string[]
  dataDir?: string
  key?: string
  adminKeyFile?: string
  token?: string
  tokenFile?: string
  json?: boolean
}

type Client = import('@tandem/coordinator').AdminClient

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const

function withConnection(cmd: Command): Command {
  return cmd
    .option('--coordinator <multiaddr...>', "the coordinator's address (with /p2p/<peer id>); default: $TANDEM_COORDINATOR or --data-dir")
    .option('--data-dir <dir>', "the coordinator's data dir, on the coordinator's machine: address and admin key from there")
    .option('--key <file>', 'the admin key file (admin.key in the coordinator data dir); default: $TANDEM_ADMIN_KEY_FILE, or the key itself in $TANDEM_ADMIN_KEY')
    .option('--admin-key-file <file>', 'the same as --key')
    .option('--token <token>', 'a viewer token instead of the admin key (read-only commands; visible in ps: prefer --token-file); default: $TANDEM_VIEWER_TOKEN')
    .option('--token-file <file>', 'read the viewer token from this file')
    .option('--json', 'print one JSON document')
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trim()
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error'
    throw new UserError(`cannot read ${what} '${path}' (${code}); check the path.`)
  }
}

/** Resolves the address and credential from flags, the environment and the data dir, in that order. */
async function connect(opts: ConnectionOptions): Promise<Client> {
  const { AdminClient } = await import('@tandem/coordinator')
  let addrs = opts.coordinator ?? (process.env.TANDEM_COORDINATOR ? [process.env.TANDEM_COORDINATOR] : [])
  if (opts.key !== undefined && opts.adminKeyFile !== undefined) throw new UserError('give the admin key file once: --key or --admin-key-file.')
  if (opts.token !== undefined && opts.tokenFile !== undefined) throw new UserError('give the viewer token once: --token or --token-file.')
  const keyFile = opts.key ?? opts.adminKeyFile ?? (process.env.TANDEM_ADMIN_KEY_FILE || undefined)
  let adminKey = keyFile !== undefined ? await readText(keyFile, 'the admin key file') : (process.env.TANDEM_ADMIN_KEY ?? '')
  const viewerToken = opts.tokenFile !== undefined ? await readText(opts.tokenFile, 'the viewer token file') : (opts.token ?? process.env.TANDEM_VIEWER_TOKEN ?? '')
  if (opts.dataDir !== undefined && (addrs.length === 0 || (adminKey === '' && viewerToken === ''))) {
    const ready = JSON.parse(await readText(join(opts.dataDir, 'coordinator.json'), "the coordinator's ready record")) as { multiaddrs?: string[]; adminKeyFile?: string }
    if (addrs.length === 0) addrs = ready.multiaddrs ?? []
    if (adminKey === '' && viewerToken === '' && ready.adminKeyFile) adminKey = await readText(ready.adminKeyFile, 'the admin key file')
  }
  const client = new AdminClient({ addrs, ...(adminKey ? { adminKey } : { viewerToken }) })
  await client.start()
  return client
}

/** Runs `fn` with a connected client and always closes it. */
function action<A extends unknown[]>(fn: (client: Client, opts: ConnectionOptions & Record<string, unknown>, ...args: A) => Promise<void>) {
  return async (...all: unknown[]): Promise<void> => {
    // commander passes the positional arguments, then the options, then the command.
    const opts = all[all.length - 2] as ConnectionOptions & Record<string, unknown>
    const args = all.slice(0, -2) as A
    const client = await connect(opts)
    try {
      await fn(client, opts, ...args)
    } finally {
      await client.stop()
    }
  }
}

/** Strings from the network (worker names, log lines) lose their control characters before printing. */
function t(value: unknown): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return String(value ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?')
}

function ago(ms: unknown): string {
  const v = Number(ms ?? 0)
  if (v <= 0) return '-'
  const s = Math.max(0, (Date.now() - v) / 1000)
  return s < 120 ? `${s.toFixed(0)} s ago` : s < 7200 ? `${(s / 60).toFixed(0)} min ago` : `${(s / 3600).toFixed(1)} h ago`
}

function short(id: unknown): string {
  const s = t(id)
  return s.length > 16 ? `${s.slice(0, 8)}…${s.slice(-6)}` : s
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n')
}

function out(text: string): void {
  process.stdout.write(`${text}\n`)
}

function ack(a: admin.IAckAnswer, what: string): void {
  out(`${what}${a.detail ? `: ${t(a.detail)}` : ''}${Number(a.effectiveStep ?? 0) > 0 ? ` (at step ${Number(a.effectiveStep)})` : ''}`)
}

export function registerAdmin(program: Command): void {
  const adminCmd = program.command('admin').description("steer a running coordinator: status, workers, drain, pause, checkpoints, tokens, export")

  withConnection(adminCmd.command('status').description('the run: state, step, loss, tokens/s, plan epoch, last checkpoint')).action(
    action(async (client, opts) => {
      const s = await client.status()
      if (opts.json) return printJson(s)
      const rows: [string, string][] = [
        ['run', `${t(s.runName)} (${t(s.runId)})`],
        ['state', `${t(s.state)}${s.stateReason ? `: ${t(s.stateReason)}` : ''}`],
        ['step', `${Number(s.step ?? 0)}${s.stepsMax ? ` / ${Number(s.stepsMax)}` : ''}`],
        ['loss', s.loss ? Number(s.loss).toFixed(4) : '-'],
        ['tokens/s', Number(s.tokensPerSecond ?? 0).toFixed(1)],
        ['step time', `${Number(s.stepMs ?? 0).toFixed(0)} ms`],
        ['plan epoch', `${Number(s.planEpoch ?? 0)} (${s.numStages ?? 0} stages x ${s.numReplicas ?? 0} replicas)`],
        ['last checkpoint', s.hasCheckpoint ? `step ${Number(s.lastCheckpointStep ?? 0)}` : 'none'],
        ['workers', String(s.workers ?? 0)],
        ['traffic', `${bytes(s.bytesSent)} sent for ${bytes(s.bytesUncompressed)} uncompressed`],
        ['recoveries', String(s.recoveries ?? 0)],
      ]
      out(table(rows.map(([k, v]) => [`${k}:`, v])))
    }),
  )

  withConnection(adminCmd.command('workers').description('every worker: device, stage, replica, reachability, links, step time, straggler rank, last seen')).action(
    action(async (client, opts) => {
      const ws = await client.workers()
      if (opts.json) return printJson(ws)
      if (ws.length === 0) return out('no workers.')
      const rows = [['peer', 'name', 'device', 'stage', 'replica', 'state', 'reach', 'links', 'step ms', 'rank', 'last seen']]
      for (const w of ws) {
        const links = (w.links ?? []).map((l) => `${(Number(l.bandwidthBytesPerSecond ?? 0) / 1e6).toFixed(0)}MB/s`).join(',')
        rows.push([
          short(w.peerId),
          t(w.name).slice(0, 24),
          `${t(w.deviceKind)}${w.deviceName ? `:${t(w.deviceName).slice(0, 20)}` : ''}`,
          w.assigned ? `${w.stageIndex ?? 0} (${w.layerStart ?? 0}-${w.layerEnd ?? 0})` : '-',
          w.assigned ? String(w.replicaIndex ?? 0) : '-',
          t(w.state),
          t(w.reachability),
          links || '-',
          Number(w.stepMs ?? 0).toFixed(0),
          w.stragglerRank ? String(w.stragglerRank) : '-',
          ago(w.lastSeenAtMs),
        ])
      }
      out(table(rows))
    }),
  )

  withConnection(adminCmd.command('plan').description('the current placement as a stage x replica grid, predicted vs measured step time')).action(
    action(async (client, opts) => {
      const p = await client.plan()
      if (opts.json) return printJson(p)
      const stages = p.numStages ?? 0
      const replicas = p.numReplicas ?? 0
      if (stages === 0) return out(`no plan yet (epoch ${Number(p.epoch ?? 0)})${p.reason ? `: ${t(p.reason)}` : ''}; see 'tandem admin status' for why.`)
      out(`plan epoch ${Number(p.epoch ?? 0)}${p.paused ? ' (paused)' : ''}: ${stages} stages x ${replicas} replicas, ${t(p.schedule)}, ${p.microBatchesPerStep ?? 0} micro-batches per step${p.reason ? `; ${t(p.reason)}` : ''}`)
      const rows = [['stage', ...Array.from({ length: replicas }, (_, r) => `replica ${r}`)]]
      for (let s = 0; s < stages; s++) {
        const row = [`${s}`]
        for (let r = 0; r < replicas; r++) {
          const c = (p.cells ?? []).find((x) => (x.stageIndex ?? 0) === s && (x.replicaIndex ?? 0) === r)
          row.push(c ? `${short(c.peerId)} L${c.layerStart ?? 0}-${c.layerEnd ?? 0} ${Number(c.measuredStepMs ?? 0).toFixed(0)}/${Number(c.predictedComputeMs ?? 0).toFixed(0)} ms` : '-')
        }
        rows.push(row)
      }
      out(table(rows))
      out(`step time: measured ${Number(p.measuredStepMs ?? 0).toFixed(0)} ms, predicted ${Number(p.predicted?.totalMs ?? 0).toFixed(0)} ms (cells: measured/predicted compute)`)
    }),
  )

  withConnection(adminCmd.command('drain').argument('<peer>', 'peer id').option('--reason <text>', 'why, for the log').description('move a worker\'s work away at the next step boundary, then release it')).action(
    action(async (client, opts, peer: string) => {
      const a = await client.drain(peer, String(opts.reason ?? ''))
      if (opts.json) return printJson(a)
      ack(a, `draining ${short(peer)}`)
    }),
  )

  withConnection(
    adminCmd.command('kick').argument('<peer>', 'peer id').option('--reason <text>', 'why, for the log').option('--ban', 'refuse its future joins').description('remove a worker now'),
  ).action(
    action(async (client, opts, peer: string) => {
      const a = await client.kick(peer, String(opts.reason ?? ''), opts.ban === true)
      if (opts.json) return printJson(a)
      ack(a, `kicked ${short(peer)}`)
    }),
  )

  withConnection(adminCmd.command('pause').option('--reason <text>', 'why, for the log').description('pause training at the next step boundary')).action(
    action(async (client, opts) => {
      const a = await client.pause(String(opts.reason ?? ''))
      if (opts.json) return printJson(a)
      ack(a, 'paused')
    }),
  )

  withConnection(adminCmd.command('resume').description('resume a paused run')).action(
    action(async (client, opts) => {
      const a = await client.resume()
      if (opts.json) return printJson(a)
      ack(a, 'resumed')
    }),
  )

  withConnection(adminCmd.command('checkpoint').option('--wait', 'return once the checkpoint is committed').description('take a checkpoint at the next step boundary')).action(
    action(async (client, opts) => {
      const c = await client.checkpoint(opts.wait === true)
      if (opts.json) return printJson(c)
      out(c.committed ? `checkpoint of step ${Number(c.step ?? 0)} committed (manifest ${t(c.manifestSha256).slice(0, 12)})` : `checkpoint of step ${Number(c.step ?? 0)} requested`)
    }),
  )

  withConnection(
    adminCmd
      .command('checkpoints')
      .option('--limit <n>', 'newest N only', parseIntOption('--limit', { min: 0, max: 100_000 }), 0)
      .description('committed checkpoints with sizes and verification state'),
  ).action(
    action(async (client, opts) => {
      const cs = await client.checkpoints(Number(opts.limit ?? 0))
      if (opts.json) return printJson(cs)
      if (cs.length === 0) return out('no checkpoints.')
      const rows = [['step', 'size', 'blobs', 'state', 'loss', 'layout', 'created', 'manifest']]
      for (const c of cs) {
        rows.push([
          String(Number(c.step ?? 0)),
          bytes(c.bytes),
          String(c.blobs ?? 0),
          t(c.verification),
          c.lossAvg ? Number(c.lossAvg).toFixed(4) : '-',
          `${c.numStages ?? 0}x${c.numReplicas ?? 0}`,
          ago(c.createdAtMs),
          t(c.manifestSha256).slice(0, 12),
        ])
      }
      out(table(rows))
    }),
  )

  withConnection(adminCmd.command('rollback').argument('<step>', 'a committed checkpoint step', parseIntOption('STEP', { min: 0 })).description('return the run to a committed checkpoint')).action(
    action(async (client, opts, step: number) => {
      const a = await client.rollback(step)
      if (opts.json) return printJson(a)
      ack(a, `rolling back to step ${step}`)
    }),
  )

  const tokens = adminCmd.command('tokens').description('join tokens (workers) and viewer tokens (read-only admin, dashboard)')
  withConnection(
    tokens
      .command('create')
      .requiredOption('--kind <kind>', 'join or viewer', parseChoice('--kind', ['join', 'viewer'] as const))
      .option('--label <text>', 'a label to recognise it by', '')
      .option('--ttl-hours <h>', 'expires after this many hours (default: never)', parseFloatOption('--ttl-hours', { min: 0, max: 24 * 3650 }))
      .option('--uses <n>', 'usable this many times (default: unlimited)', parseIntOption('--uses', { min: 0, max: 1_000_000 }))
      .description('create a token; its secret is printed once'),
  ).action(
    action(async (client, opts) => {
      const ttlMs = opts.ttlHours === undefined ? 0 : Math.round(Number(opts.ttlHours) * 3_600_000)
      const tok = await client.tokenCreate(opts.kind as 'join' | 'viewer', String(opts.label ?? ''), ttlMs, Number(opts.uses ?? 0))
      if (opts.json) return printJson(tok)
      out(`${t(tok.token)}`)
      process.stderr.write(`token id ${t(tok.info?.tokenId)}: shown once, keep it safe (revoke with 'tandem admin tokens revoke ${t(tok.info?.tokenId)}').\n`)
    }),
  )
  withConnection(tokens.command('revoke').argument('<token-id>', 'the token id (not the secret)').description('revoke a token')).action(
    action(async (client, opts, id: string) => {
      const a = await client.tokenRevoke(id)
      if (opts.json) return printJson(a)
      ack(a, `revoked ${t(id)}`)
    }),
  )
  withConnection(tokens.command('list').description('tokens (never their secrets)')).action(
    action(async (client, opts) => {
      const list = await client.tokensList()
      if (opts.json) return printJson(list)
      const rows = [['id', 'kind', 'label', 'uses', 'expires', 'revoked']]
      for (const k of list) {
        rows.push([t(k.tokenId), k.kind === 1 ? 'join' : k.kind === 2 ? 'viewer' : '?', t(k.label), `${k.uses ?? 0}/${k.usesMax || '∞'}`, Number(k.expiresAtMs ?? 0) > 0 ? new Date(Number(k.expiresAtMs)).toISOString() : 'never', k.revoked ? 'yes' : 'no'])
      }
      out(table(rows))
    }),
  )

  withConnection(
    adminCmd
      .command('export')
      .requiredOption('--out <dir>', 'the Hugging Face folder to write')
      .option('--step <n>', 'a committed checkpoint step (default: the latest)', parseIntOption('--step', { min: 0 }), 0)
      .option('--dtype <dtype>', 'fp32 or fp16 weights', parseChoice('--dtype', ['fp32', 'fp16'] as const), 'fp32')
      .option('--on-coordinator', "write the folder on the coordinator's machine (--out is a path there) instead of fetching it here")
      .description('export a checkpoint as a Hugging Face GPT-J folder (config.json + safetensors)'),
  ).action(
    action(async (client, opts) => {
      const step = Number(opts.step ?? 0)
      const dtype = opts.dtype as 'fp32' | 'fp16'
      if (opts.onCoordinator) {
        const x = await client.exportOnServer(step, dtype, String(opts.out))
        if (opts.json) return printJson({ step: Number(x.step ?? 0), manifestSha256: x.manifestSha256, serverOutDir: x.serverOutDir, files: x.files })
        return out(`step ${Number(x.step ?? 0)} written on the coordinator to ${t(x.serverOutDir)} (${(x.files ?? []).length} files)`)
      }
      const r = await client.exportHere(step, dtype, String(opts.out))
      if (opts.json) return printJson({ ...r, out: String(opts.out) })
      out(`step ${r.step} written to ${String(opts.out)}: ${r.files.length} files, ${bytes(r.bytes)} fetched`)
    }),
  )

  withConnection(
    adminCmd
      .command('logs')
      .argument('<peer>', 'peer id of a worker')
      .option('--lines <n>', 'most recent lines', parseIntOption('--lines', { min: 1, max: 10_000 }), 100)
      .option('--level <level>', 'lowest level shown', parseChoice('--level', LEVELS))
      .description("a worker's recent log lines"),
  ).action(
    action(async (client, opts, peer: string) => {
      const l = await client.logs(peer, Number(opts.lines ?? 100), String(opts.level ?? ''))
      if (opts.json) return printJson(l)
      for (const line of l.lines ?? []) {
        out(`${new Date(Number(line.timeMs ?? 0)).toISOString()} ${t(line.level).padEnd(5)} ${t(line.component)}: ${t(line.message)}${line.fieldsJson && line.fieldsJson !== '{}' ? ` ${t(line.fieldsJson)}` : ''}`)
      }
      if (l.truncated) process.stderr.write('(older lines were dropped by the worker)\n')
    }),
  )
}
