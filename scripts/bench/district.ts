/**
 * The street dashboard at district scale: 10 streets × 5 communities = 50 communities, 20 000
 * members, 100 000 tickets and wishes, events, check-ins, service hours and bookings in
 * proportion, over the last 12 months — generated (cloudfunctions/_local/street-history.ts) into a
 * SQLite file in a temp dir, deleted afterwards. Then the aggregate job and the dashboard are
 * measured: the job's time and store calls, and the dashboard's store round trips and time at a
 * cloud-like latency per call. `npm run bench -- --district` runs only this.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import type { Deps } from '../../cloudfunctions/_runtime/router'
import { localServices } from '../../cloudfunctions/_runtime/services/local'
import { historyDocs, insertHistory } from '../../cloudfunctions/_local/street-history'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { communityIdsOf, recompute, STATS } from '../../cloudfunctions/street/aggregate'
import { streetStats } from '../../cloudfunctions/sweeper/jobs/street-stats'
import { addMonths, monthOf, monthsBetween } from '../../src/domain/street/period'
import type { UnitTree } from '../../src/domain/units'
import { LatencyStore, depthOf } from './latency-store'
import { measureCall } from './roundtrips'

export const STREETS = 10
export const PER_STREET = 5
export const MEMBERS = 20_000
export const TICKETS = 100_000

const NOW = '2026-11-24T02:00:00.000Z'
const SECRETARY = 'bench-street-secretary'

export interface DistrictResult {
  communities: number
  docs: Record<string, number>
  generateSeconds: number
  dbBytes: number
  /** all 50 communities × 12 months */
  recompute: { seconds: number; written: number; calls: number; depth: number }
  /** the sweeper job: this month and last for every community */
  sweep: { seconds: number; calls: number; depth: number }
  dashboard: { kind: string; calls: number; depth: number; ms: number; ok: boolean }[]
}

function treeOf(): UnitTree {
  const tree: UnitTree = { 'd-bench': { id: 'd-bench', name: '基准区', level: 'district' } }
  for (let s = 1; s <= STREETS; s++) {
    const sid = `s-b${String(s).padStart(2, '0')}`
    tree[sid] = { id: sid, name: `第${s}街道`, level: 'street', parentId: 'd-bench' }
    for (let k = 1; k <= PER_STREET; k++) {
      const cid = `c-b${String(s).padStart(2, '0')}-${k}`
      tree[cid] = { id: cid, name: `第${s}街道${k}号社区`, level: 'community', parentId: sid }
    }
  }
  return tree
}

export async function district(latencyMs: number, log: (s: string) => void = () => undefined): Promise<DistrictResult> {
  const dir = mkdtempSync(join(tmpdir(), 'redpost-district-'))
  const file = join(dir, 'district.sqlite')
  const store = new SqliteStore(file)
  try {
    const clock = new FixedClock(NOW)
    const tree = treeOf()
    const communities = communityIdsOf(tree)
    const departments = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'departments.json'), 'utf8')) as { _id: string; name: string }[]).filter((d) => d._id !== 'dept-street')
    await store.insert('config', { _id: 'main', defaultCommunityId: communities[0], units: tree })
    for (const d of departments) await store.insert('departments', { ...d, unitId: 'd-bench' })
    await store.insert('members', {
      _id: SECRETARY,
      name: '街道党工委书记',
      communityId: communities[0],
      roles: ['secretary', 'staff'],
      unitRoles: [
        { role: 'secretary', unitId: 's-b01' },
        { role: 'staff', unitId: 's-b01' },
      ],
      points: 0,
      createdAt: NOW,
      updatedAt: NOW,
    })

    log(`› generating a district: ${communities.length} communities, ${MEMBERS} members, ${TICKETS} tickets…`)
    const per = (n: number) => Math.round(n / communities.length)
    const docs: Record<string, number> = {}
    const counted = function* (gen: Iterable<{ collection: string; doc: { _id: string } }>) {
      for (const g of gen) {
        docs[g.collection] = (docs[g.collection] ?? 0) + 1
        yield g
      }
    }
    let t = performance.now()
    await insertHistory(
      store,
      counted(
        historyDocs({
          communities,
          now: clock.now(),
          monthsBack: 11,
          newestBack: 0,
          scale: { members: per(MEMBERS), tickets: per(TICKETS), wishes: per(10_000), events: per(3_000), hours: per(40_000), bookings: per(10_000), attendance: 30 },
          departments: departments.map((d) => d._id),
          prefix: 'b',
        }),
      ),
      5000,
    )
    const generateSeconds = (performance.now() - t) / 1000

    log('› computing every community × 12 months…')
    const months = monthsBetween(addMonths(monthOf(clock.now()), -11), monthOf(clock.now()))
    const counting = new LatencyStore(store, 0)
    t = performance.now()
    const written = await recompute(counting, tree, communities, months, clock.now())
    const recomputeResult = { seconds: (performance.now() - t) / 1000, written, calls: counting.spans.length, depth: depthOf(counting.spans) }

    log('› the sweeper job (this month and last)…')
    // something to do: last month's aggregates removed
    for (const c of communities) await store.remove(STATS, `${c}:${addMonths(monthOf(clock.now()), -1)}`)
    const sweepStore = new LatencyStore(store, 0)
    const deps: Deps = { functions: FUNCTIONS, store, clock, log: memoryLogger(), services: localServices(store, clock, memoryLogger(), 'bench-secret') }
    t = performance.now()
    await streetStats.run({ ...deps, store: sweepStore })
    const sweep = { seconds: (performance.now() - t) / 1000, calls: sweepStore.spans.length, depth: depthOf(sweepStore.spans) }

    log(`› the dashboard at ${latencyMs} ms a store call…`)
    const dashboard: DistrictResult['dashboard'] = []
    for (const kind of ['month', 'quarter', 'year'] as const) {
      clock.advance(1) // a fresh rate-limit window
      const m = await measureCall(deps, SECRETARY, { fn: 'street', action: 'dashboard', data: { kind } }, latencyMs)
      dashboard.push({ kind, calls: m.calls, depth: m.depth, ms: m.ms, ok: m.envelope.ok })
    }
    await store.close()
    return { communities: communities.length, docs, generateSeconds, dbBytes: statSync(file).size, recompute: recomputeResult, sweep, dashboard }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function districtMarkdown(r: DistrictResult, latencyMs: number, when: string): string {
  const n = (x: number) => x.toLocaleString('en-US')
  return [
    '## Street dashboard at district scale',
    '',
    `Measured by \`npm run bench\` (\`-- --district\` for only this) on ${when}. A district generated by`,
    '`scripts/bench/district.ts` into a temporary SQLite file (deleted afterwards): 10 streets × 5 communities,',
    'spread over the last 12 months:',
    '',
    `| ${Object.keys(r.docs).join(' | ')} |`,
    `|${Object.keys(r.docs).map(() => '---:').join('|')}|`,
    `| ${Object.values(r.docs).map(n).join(' | ')} |`,
    '',
    `Generated and inserted in ${r.generateSeconds.toFixed(1)} s (${(r.dbBytes / 2 ** 20).toFixed(0)} MB on disk).`,
    '',
    '| what | time (SQLite, no latency) | store calls | sequential depth |',
    '|---|---:|---:|---:|',
    `| aggregates for all ${r.communities} communities × 12 months (\`street.recompute\` / seed) | ${r.recompute.seconds.toFixed(1)} s | ${n(r.recompute.calls)} | ${n(r.recompute.depth)} |`,
    `| the sweeper job \`street-stats\` (this month and last, every community) | ${r.sweep.seconds.toFixed(1)} s | ${n(r.sweep.calls)} | ${n(r.sweep.depth)} |`,
    '',
    `On the cloud each sequential step is a round trip: at ${latencyMs} ms a call the sweeper job would wait about`,
    `${((r.sweep.depth * latencyMs) / 1000).toFixed(1)} s on the database (it runs at most once an hour). A month long past reads every ticket of the`,
    'community dispatched since its start (a re-whistle moves `dispatchedAt` later), which is why a year costs more than twelve',
    'times a month.',
    '',
    `The dashboard of one street (5 communities) at **${latencyMs} ms per store call**, through the router with the rate limiter:`,
    '',
    '| period | store calls | depth | time |',
    '|---|---:|---:|---:|',
    ...r.dashboard.map((d) => `| ${d.kind}${d.ok ? '' : ' (refused)'} | ${d.calls} | ${d.depth} | ${d.ms.toFixed(0)} ms |`),
    '',
    'The dashboard reads no raw record: identity (with the rate limit), then one `getMany` of the street\'s',
    '`street_stats` documents (communities × months), whatever the size of the district.',
  ].join('\n')
}
