/**
 * Store round trips per screen: each screen's opening calls go through the router the cloud uses,
 * on a store that waits `latencyMs` per call (LatencyStore), with the rate limiter the cloud entry
 * runs. Counts, depth and wall time are measured on that store, not estimated.
 */
import type { Envelope } from '../../src/domain/errors'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { storeRateLimiter } from '../../cloudfunctions/_runtime/ratelimit'
import { dispatch, type Deps } from '../../cloudfunctions/_runtime/router'
import { localServices } from '../../cloudfunctions/_runtime/services/local'
import { seed } from '../../cloudfunctions/_local/seed'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { depthOf, LatencyStore, type Span } from './latency-store'
import { SCREENS, type OpeningCall } from './screens'

export const DEFAULT_LATENCY_MS = 30
/** The harness's clock: a Tuesday, 10:00 in Shanghai, which the screens' data is written against. */
export const SCREENS_NOW = '2026-11-24T02:00:00.000Z'

export interface Measured {
  envelope: Envelope<unknown>
  calls: number
  depth: number
  ms: number
  spans: Span[]
}

/** One call through the router on a latency-wrapped copy of `deps`' store. */
export async function measureCall(deps: Deps, openid: string, call: OpeningCall, latencyMs: number): Promise<Measured> {
  const store = new LatencyStore(deps.store, latencyMs)
  const measured: Deps = {
    ...deps,
    store,
    services: localServices(store, deps.clock, deps.log, deps.services.secret),
    limiter: storeRateLimiter(store, deps.clock),
  }
  const t = performance.now()
  const envelope = await dispatch({ fn: call.fn, action: call.action, data: call.data, openid }, measured)
  const ms = performance.now() - t
  return { envelope, calls: store.spans.length, depth: depthOf(store.spans), ms, spans: store.spans }
}

export interface Row {
  page: string
  openid: string
  call: string
  calls: number
  depth: number
  /** transactions begun (each is a begin, its calls and a commit in the depth) */
  transactions: number
  /** the depth of the calls outside transactions: the budget is at most one transaction plus 2 */
  outside: number
  ms: number
  ok: boolean
}

/** Every screen's opening calls on a fresh seeded store, each distinct call measured once. */
export async function measureScreens(latencyMs = DEFAULT_LATENCY_MS): Promise<Row[]> {
  const store = new SqliteStore(':memory:')
  const clock = new FixedClock(SCREENS_NOW)
  const log = memoryLogger()
  await seed(store, clock.now())
  const deps: Deps = { functions: FUNCTIONS, store, clock, log, services: localServices(store, clock, log, 'bench-secret') }
  const seen = new Map<string, Measured>()
  const rows: Row[] = []
  try {
    for (const s of SCREENS) {
      for (const call of s.calls) {
        const key = JSON.stringify([s.openid, call])
        const m = seen.get(key) ?? (await measureCall(deps, s.openid, call, latencyMs))
        seen.set(key, m)
        const transactions = m.spans.filter((x) => x.op === 'tx.begin').length
        const outside = depthOf(m.spans.filter((x) => !x.op.startsWith('tx.')))
        rows.push({ page: s.page, openid: s.openid, call: `${call.fn}.${call.action}`, calls: m.calls, depth: m.depth, transactions, outside, ms: m.ms, ok: m.envelope.ok })
      }
    }
  } finally {
    await store.close()
  }
  return rows
}

/** Store calls and depth per screen before the reads were batched (same measurement): commit dc76563; the surveys, meetings and visits screens at 7fdd3a7. */
function before(): Record<string, { calls: number; depth: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./roundtrips-before.json')
}

export function roundtripsMarkdown(rows: Row[], latencyMs: number, when: string): string {
  const was = before()
  const worst = Math.max(...rows.filter((r) => !r.transactions).map((r) => r.depth))
  const over = [...new Set(rows.filter((r) => r.outside > 2).map((r) => r.call))]
  return [
    '## Store round trips per screen',
    '',
    `Measured by \`npm run bench\` on ${when}: each screen's opening calls (read from src/pages and src/packages)`,
    `go through the router on a store that waits **${latencyMs} ms per call** (\`REDPOST_BENCH_LATENCY_MS\`), as every`,
    'store call from a cloud function is a network round trip on WeChat cloud. The rate limiter the cloud entry runs is',
    'included. *Depth* is the longest chain of calls that each waited for the one before (a transaction counts its',
    'begin, each of its calls and its commit). Budget: one function call per screen, at most 2 sequential round trips',
    '(the identity look-up included); a write at most one transaction plus 2. The calls of one screen are sent together.',
    'The rate limit and the identity are one round trip together, for a repeat call within the minute and for someone',
    'not yet known as well. *Before* is the same measurement on the code before the reads were batched.',
    '',
    `Deepest opening read now: **${worst}** sequential round trips. Before, the rate limiter alone took 2 of them (its`,
    'insert, then its increment, both before the identity look-up).',
    '',
    '| screen | as | call | store calls | depth | transactions | time | before: calls | before: depth |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const b = was[`${r.page}|${r.call}`]
      const flag = r.outside > 2 || r.transactions > 1 ? ' ⚠' : ''
      return `| ${r.page} | ${r.openid} | ${r.call}${r.ok ? '' : ' (refused)'} | ${r.calls} | ${r.depth}${flag} | ${r.transactions} | ${r.ms.toFixed(0)} ms | ${b?.calls ?? '—'} | ${b?.depth ?? '—'} |`
    }),
    '',
    '`bulletin.get` records a first read in one transaction (begin, insert, count, commit) after two round trips: the',
    'write budget; opening the notice again is 2.',
    over.length
      ? `⚠ over the budget: ${over.map((call) => `\`${call}\``).join(', ')}.`
      : 'Every other screen opens within the budget: what a screen would read after its first query (the caller\'s votes, a person\'s name, a member\'s year of 双报到) is kept on a document it reads in the first one.',
    '`visits.get` audits the read of the head\'s phone with an insert once the household is known to be the caller\'s:',
    'two reads, then that write. *Before* for the surveys, meetings and visits screens is the code as they landed (7fdd3a7).',
  ].join('\n')
}
