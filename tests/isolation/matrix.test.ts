/**
 * The isolation matrix (docs/isolation.md): every action of every function, called by people of
 * 白云街道 · 云溪社区 — one of them holding every role there — with inputs that point at 红枫街道's
 * data. A call naming a 红枫 document answers FORBIDDEN or NOT_FOUND; a list, a count or an answer
 * about the caller names nothing of 红枫; and afterwards every 红枫 document is as it was.
 * The catalog (attacks.ts) has a row for every registered action: an action added without its row
 * fails here.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { SCOPED } from '../../cloudfunctions/_runtime/scoped'
import type { Doc } from '../../cloudfunctions/_store/port'
import { unitsUnder, type UnitTree } from '../../src/domain/units'
import { harness, type Harness } from '../helpers/harness'
import { attacks, type Row, type Victims } from './attacks'
import { BAIYUN_STREET, makeVictims, moreOfRed, OUTSIDER } from './victims'

/** the people of 白云 who attack: the one with every role in 云溪, the community secretary, 白云's street secretary, its 住建 liaison, a resident */
const CALLERS = [OUTSIDER, 'demo-secretary-yunxi', BAIYUN_STREET, 'demo-liaison-zhujian-baiyun', 'demo-resident-yunxi']
const REFUSED = new Set(['FORBIDDEN', 'NOT_FOUND'])
/** Logs that record refusals on purpose, and the limiter's counters: not 红枫's data. */
const NOT_DATA = new Set(['checkin_scans', 'rate_limits'])

/** Every string inside a value (keys included), and the parts of composite ids ('ev-1:openid'); strings in `skip` are passed over whole. */
function* strings(v: unknown, skip: ReadonlySet<string> = new Set()): Generator<string> {
  if (typeof v === 'string') {
    if (skip.has(v)) return
    yield v
    for (const part of v.split(/[:|/,\s]+/)) if (part !== v) yield part
  } else if (Array.isArray(v)) {
    for (const x of v) yield* strings(x, skip)
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      yield k
      yield* strings(x, skip)
    }
  }
}

describe('isolation: people of 云溪 (白云街道) reach nothing of 红枫街道', () => {
  let h: Harness
  let victims: Victims
  let catalog: Record<string, Row>
  /** ids of 红枫's documents (every document naming a 红枫 unit as its own: people's openids too) and 红枫's unit ids */
  const red = new Set<string>()
  /** names of 红枫's units, looked for inside any text */
  let redNames: string[] = []
  let redUnits = new Set<string>()
  let before = new Map<string, string>()
  /** the fingerprint before members.deleteMine, which runs last and may erase the callers' own records */
  let beforeErasure = new Map<string, string>()
  /** per caller, the strings of 红枫's records naming them */
  const ownedBy = new Map<string, Set<string>>()
  /** collection/id of 红枫's records naming a caller */
  const callersRecords = new Set<string>()
  const changedBetween = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k))

  /** the unit a document names itself as belonging to: its scope field, else communityId or unitId */
  const unitOf = (coll: string, doc: Record<string, unknown>) => {
    const v = doc[SCOPED[coll] ?? (typeof doc.communityId === 'string' ? 'communityId' : 'unitId')]
    return typeof v === 'string' ? v : undefined
  }
  const isRedDoc = (coll: string, doc: Record<string, unknown>) => {
    const unit = unitOf(coll, doc)
    if (unit !== undefined || SCOPED[coll]) return unit !== undefined && redUnits.has(unit)
    // a child without a unit (signups, bookings, slots …) is 红枫's when it names a 红枫 document
    for (const s of strings(doc)) if (red.has(s)) return true
    return false
  }

  /** A hash of every 红枫 document, in every collection, by collection/id. */
  const fingerprint = () => {
    const db = h.store.db
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
    const out = new Map<string, string>()
    for (const { name } of tables) {
      const coll = name.replace(/^c_/, '')
      if (NOT_DATA.has(coll)) continue
      for (const row of db.prepare(`SELECT id, doc FROM "${name}" ORDER BY id`).all() as { id: string; doc: string }[]) {
        if (isRedDoc(coll, JSON.parse(row.doc))) out.set(`${coll}/${row.id}`, createHash('sha1').update(row.doc).digest('hex'))
      }
    }
    return out
  }

  /**
   * Texts of the district's shared 红色阵地 map (bases carry no unit: every street's events may be
   * held there), which name the community they stand in.
   */
  const shared = new Set<string>()
  const leaks = (data: unknown): string[] => {
    const found = new Set<string>()
    for (const s of strings(data, shared)) {
      if (red.has(s)) found.add(s)
      for (const name of redNames) if (s.includes(name)) found.add(name)
    }
    return [...found]
  }

  /** the callers as they were before the matrix (members.deleteMine removes its caller) */
  const saved = new Map<string, Doc>()
  const restoreCallers = async () => {
    for (const [openid, doc] of saved) if (!(await h.store.get('members', openid))) await h.store.insert('members', doc)
  }

  beforeAll(async () => {
    h = await harness()
    victims = await makeVictims(h)
    catalog = attacks(victims)

    // what belongs to 红枫: its units, every scoped document in them, its people
    const tree = (await h.store.get<Doc & { units: UnitTree }>('config', 'main'))!.units
    redUnits = new Set(unitsUnder(tree, 's-hongfeng'))
    redNames = [...redUnits].map((u) => tree[u].name)
    for (const u of redUnits) red.add(u)
    for (const b of (await h.store.query('bases', {})).items) for (const s of Object.values(b)) if (typeof s === 'string') shared.add(s)
    const db = h.store.db
    // every document naming a 红枫 unit as its own, whether or not its collection is in SCOPED
    for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]) {
      const coll = name.replace(/^c_/, '')
      for (const row of db.prepare(`SELECT id, doc FROM "${name}"`).all() as { id: string; doc: string }[]) {
        const unit = unitOf(coll, JSON.parse(row.doc) as Record<string, unknown>)
        if (unit !== undefined && redUnits.has(unit)) red.add(row.id)
      }
    }
    assert.ok(red.has(victims.ticket) && red.has(victims.booking.split(':')[0]) && red.has('demo-member') && red.has('dept-gongdian') && red.has('svc-daiban'), 'the victims are collected')
    assert.ok(!red.has(OUTSIDER) && !red.has('c-yunxi') && !red.has('dept-zhujian'))
    for (const openid of CALLERS) saved.set(openid, (await h.store.get('members', openid))!)
    before = fingerprint()
    // 红枫's records that name a caller (someone who moved to 云溪): theirs to export and to erase
    for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]) {
      const coll = name.replace(/^c_/, '')
      for (const row of db.prepare(`SELECT id, doc FROM "${name}"`).all() as { id: string; doc: string }[]) {
        const doc = JSON.parse(row.doc) as Record<string, unknown>
        if (!isRedDoc(coll, doc)) continue
        const all = [...strings(doc)]
        for (const openid of CALLERS) {
          if (!all.includes(openid)) continue
          if (!ownedBy.has(openid)) ownedBy.set(openid, new Set())
          for (const s of all) ownedBy.get(openid)!.add(s)
          callersRecords.add(`${coll}/${row.id}`)
        }
      }
    }
  })
  afterAll(() => h.close())

  it('has a row for every registered action and none for an action that does not exist', () => {
    // an action added to a function without its row here fails the matrix: add it to attacks.ts
    const registered = Object.entries(FUNCTIONS).flatMap(([fn, mod]) => Object.keys(mod).map((a) => `${fn}.${a}`))
    const rows = Object.keys(catalog)
    assert.deepEqual(registered.filter((a) => !rows.includes(a)), [], 'actions without a row in tests/isolation/attacks.ts')
    assert.deepEqual(rows.filter((a) => !registered.includes(a)), [], 'rows for actions that do not exist')
    for (const [name, row] of Object.entries(catalog)) assert.ok(row.inputs.length > 0, `${name} has no input`)
  })

  it('each row: targets refused, lists naming nothing of 红枫', async () => {
    const failures: string[] = []
    // deleteMine removes what its caller made: it goes last, so the other rows still find 云溪's documents
    const rows = Object.entries(catalog).sort(([a], [b]) => Number(a === 'members.deleteMine') - Number(b === 'members.deleteMine'))
    for (const [name, row] of rows) {
      if (name === 'members.deleteMine') beforeErasure = fingerprint()
      const [fn, action] = name.split('.')
      for (const input of row.inputs) {
        for (const caller of CALLERS) {
          await restoreCallers()
          const r = await h.call(caller, fn, action, input)
          const at = `${name} as ${caller} with ${JSON.stringify(input)}`
          if (!r.ok) {
            // a refusal other than FORBIDDEN/NOT_FOUND (CONFLICT, ALREADY_DONE, TOO_LATE …) means the handler saw the document
            if (!REFUSED.has(r.error.code) && !row.alsoRefusedWith?.includes(r.error.code)) {
              failures.push(`${at} → ${r.error.code} ${r.error.message}`)
            }
            continue
          }
          if (row.kind === 'target') failures.push(`${at} → ok ${JSON.stringify(r.data).slice(0, 200)}`)
          else {
            const own = row.aboutCaller ? (ownedBy.get(caller) ?? new Set<string>()) : new Set<string>()
            const leaked = leaks(r.data).filter((s) => !own.has(s))
            if (leaked.length) failures.push(`${at} → leaks ${leaked.join(', ')}`)
          }
        }
      }
    }
    assert.deepEqual(failures, [])
  })

  it('left every 红枫 document as it was', () => {
    assert.ok(beforeErasure.size > 0, 'the matrix ran')
    assert.deepEqual(changedBetween(before, beforeErasure), [], '红枫 documents written, added or removed by the matrix')
    // a caller erasing their data touches only 红枫's records that name them
    assert.deepEqual(changedBetween(beforeErasure, fingerprint()).filter((k) => !callersRecords.has(k)), [], '红枫 documents changed by members.deleteMine')
    assert.ok(before.size > 200, `the fingerprint covers 红枫's documents (${before.size})`)
  })

  it('no list or count moves when 红枫 gets more records', async () => {
    // a count names no id: the answers of every read-only list row (the same twice in a row) must
    // stay the same when 红枫's people add one more of everything in each of 红枫's communities
    const answer = async (caller: string, fn: string, action: string, input: unknown) => {
      await restoreCallers()
      return JSON.stringify(await h.call(caller, fn, action, input))
    }
    const whole = () => {
      const hash = createHash('sha1')
      for (const { name } of h.store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]) {
        for (const row of h.store.db.prepare(`SELECT id, doc FROM "${name}" ORDER BY id`).all() as { id: string; doc: string }[]) hash.update(name).update(row.id).update(row.doc)
      }
      return hash.digest('hex')
    }
    // the calls that write nothing (a list, a count, an answer about the caller)…
    const reads: [string, string, string, unknown][] = []
    for (const [name, row] of Object.entries(catalog)) {
      if (row.kind !== 'list' || name === 'members.deleteMine') continue
      const [fn, action] = name.split('.')
      for (const input of row.inputs) {
        for (const caller of CALLERS) {
          await restoreCallers()
          const was = whole()
          await h.call(caller, fn, action, input)
          if (whole() === was) reads.push([caller, fn, action, input])
        }
      }
    }
    // …answered once nothing else writes
    const stable = new Map<string, { call: [string, string, string, unknown]; was: string }>()
    for (const call of reads) stable.set(`${call[1]}.${call[2]} as ${call[0]} with ${JSON.stringify(call[3])}`, { call, was: await answer(...call) })
    assert.ok(stable.size > 150, `read-only list calls checked: ${stable.size}`)
    await moreOfRed(h)
    const moved: string[] = []
    for (const [at, { call, was }] of stable) {
      const now = await answer(...call)
      if (now !== was) moved.push(`${at}:\n    was ${was.slice(0, 300)}\n    now ${now.slice(0, 300)}`)
    }
    assert.deepEqual(moved, [])
  })
})

/**
 * The control: the same target rows called by a person of 望湖 holding every role there (and
 * 红枫's 住建 liaison) reach the documents — at least one input of each row answers something other
 * than FORBIDDEN/NOT_FOUND — so the matrix's refusals come from the scope, not from inputs that
 * name nothing.
 */
describe('isolation control: the same calls by a person of 望湖 reach the documents', () => {
  let h: Harness
  let catalog: Record<string, Row>
  const INSIDER = 'iso-insider'
  /** the 红枫 people who own the documents, for the actions only an owner may take (a notice's author, a wish's poster …), and the district's admin */
  const OWNERS = ['demo-secretary', 'demo-resident', 'demo-member', 'm-hu', 'demo-admin', 'demo-street-secretary']

  beforeAll(async () => {
    h = await harness()
    catalog = attacks(await makeVictims(h))
    const now = h.clock.now().toISOString()
    await h.store.insert('members', {
      _id: INSIDER,
      name: '望湖全能',
      communityId: 'c-wanghu',
      departmentId: 'dept-zhujian',
      roles: ['member', 'secretary', 'staff', 'admin', 'grid_secretary', 'gridman', 'liaison'],
      unitRoles: [...['member', 'secretary', 'staff', 'admin', 'grid_secretary', 'gridman'].map((role) => ({ role, unitId: 'c-wanghu' })), { role: 'liaison', unitId: 's-hongfeng' }],
      gridId: 'g-wanghu-1',
      points: 50,
      createdAt: now,
      updatedAt: now,
    })
  })
  const people = new Map<string, Record<string, unknown> & { _id: string }>()
  beforeAll(async () => {
    for (const openid of [INSIDER, ...OWNERS]) people.set(openid, (await h.store.get('members', openid))!)
  })
  afterAll(() => h.close())

  it('every target row has an input the insider reaches', async () => {
    const unreached: string[] = []
    for (const [name, row] of Object.entries(catalog)) {
      if (row.kind !== 'target') continue
      const [fn, action] = name.split('.')
      const codes: string[] = []
      for (const input of row.inputs) {
        for (const caller of [INSIDER, ...OWNERS]) {
          // the people as they were (an earlier row may have revoked a role or erased someone)
          for (const [openid, doc] of people) {
            await h.store.remove('members', openid)
            await h.store.insert('members', doc)
          }
          const r = await h.call(caller, fn, action, input)
          codes.push(r.ok ? 'ok' : `${r.error.code}(${r.error.message})`)
        }
      }
      if (codes.every((c) => REFUSED.has(c.split('(')[0]) || c.startsWith('INVALID_INPUT'))) unreached.push(`${name}: ${codes.join(' ')}`)
    }
    assert.deepEqual(unreached, [])
  })
})
