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
import { unitsUnder, type UnitTree } from '../../src/domain/units'
import { harness, type Harness } from '../helpers/harness'
import { attacks, type Row, type Victims } from './attacks'

const OUTSIDER = 'iso-outsider'
/** the people of 云溪 who attack: the one with every role, the community secretary, the 白云 住建 liaison, a resident */
const CALLERS = [OUTSIDER, 'demo-secretary-yunxi', 'demo-liaison-zhujian-baiyun', 'demo-resident-yunxi']
const REFUSED = new Set(['FORBIDDEN', 'NOT_FOUND'])
/** Logs that record refusals on purpose, and the limiter's counters: not 红枫's data. */
const NOT_DATA = new Set(['checkin_scans', 'rate_limits'])

const outsiderDoc = (now: string) => ({
  _id: OUTSIDER,
  name: '云溪全能',
  communityId: 'c-yunxi',
  departmentId: 'dept-zhujian',
  roles: ['member', 'secretary', 'staff', 'admin', 'grid_secretary', 'gridman', 'liaison'],
  unitRoles: [
    ...['member', 'secretary', 'staff', 'admin', 'grid_secretary', 'gridman'].map((role) => ({ role, unitId: 'c-yunxi' })),
    { role: 'liaison', unitId: 's-baiyun' },
  ],
  gridId: 'g-yunxi-1',
  points: 50,
  createdAt: now,
  updatedAt: now,
})

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
  /** ids of 红枫's documents of scoped collections, 红枫 people's openids, 红枫's unit ids */
  const red = new Set<string>()
  /** names of 红枫's units, looked for inside any text */
  let redNames: string[] = []
  let redUnits = new Set<string>()
  let before = new Map<string, string>()

  const isRedDoc = (coll: string, doc: Record<string, unknown>) => {
    const field = SCOPED[coll]
    if (field) return typeof doc[field] === 'string' && redUnits.has(doc[field] as string)
    // an unscoped child (signups, bookings, slots, topics …) is 红枫's when it names a 红枫 document
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
      if (NOT_DATA.has(coll) || coll === 'config') continue
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

  const restoreOutsider = async () => {
    if (!(await h.store.get('members', OUTSIDER))) await h.store.insert('members', outsiderDoc(h.clock.now().toISOString()))
  }
  /** the callers as they were before the matrix (members.deleteMine removes its caller) */
  const saved = new Map<string, Record<string, unknown>>()
  const restoreCallers = async () => {
    for (const [openid, doc] of saved) if (!(await h.store.get('members', openid))) await h.store.insert('members', doc)
  }

  const id = (r: { ok: boolean; data?: unknown; error?: { code: string; message: string } }, what: string): string => {
    if (!r.ok) throw new Error(`${what}: ${r.error?.code} ${r.error?.message}`)
    const d = r.data as Record<string, unknown>
    const v = d.id ?? d.bookingId ?? d.token
    if (typeof v !== 'string') throw new Error(`${what}: no id in ${JSON.stringify(d).slice(0, 200)}`)
    return v
  }

  beforeAll(async () => {
    h = await harness()
    const now = h.clock.now()
    const iso = (min: number) => new Date(now.getTime() + min * 60_000).toISOString()
    // 云溪 gets a grid of its own; the outsider holds every role there
    await h.store.insert('grids', { _id: 'g-yunxi-1', communityId: 'c-yunxi', name: '云溪第一网格', buildings: ['1幢'], households: 300 })
    await restoreOutsider()

    // 红枫's people make one document of every kind through the router
    const c = h.call
    const ticket = id(await c('demo-resident', 'tickets', 'submit', { title: '楼道墙皮脱落', description: '望湖 3 幢楼道墙皮大面积脱落', category: 'housing' }), 'submit')
    id(await c('demo-secretary', 'tickets', 'triage', { id: ticket, decision: 'accept' }), 'triage')
    id(await c('demo-secretary', 'tickets', 'whistle', { id: ticket, priority: 'normal', leadDepartmentId: 'dept-zhujian' }), 'whistle')
    const wish = id(await c('demo-resident', 'wishes', 'post', { title: '想学智能手机', story: '老人想学视频通话', beneficiary: { name: '周桂英', building: '5幢' } }), 'post')
    id(await c('demo-staff', 'wishes', 'approve', { id: wish }), 'approve')
    const event = id(
      await c('demo-secretary', 'events', 'create', { title: '重温入党誓词', theme: '主题党日', baseId: 'base-wanghu-center', startAt: iso(24 * 60), endAt: iso(25 * 60), capacity: 10, openTo: 'all', points: 3 }),
      'create',
    )
    await h.ok('demo-member', 'events', 'signUp', { eventId: event })
    const checkinToken = id(await c('demo-secretary', 'events', 'checkinToken', { eventId: event }), 'checkinToken')
    const services = await h.ok('demo-resident', 'booking', 'slots', { serviceId: 'svc-daiban' })
    const slot = services.items[1].id
    const booking = id(await c('demo-resident', 'booking', 'book', { slotId: slot, requestId: 'iso-red-booking-1' }), 'book')
    const survey = id(
      await c('demo-secretary', 'surveys', 'save', { title: '楼道改造意见', kind: 'needs', closesOn: '2026-12-31', questions: [{ kind: 'rating', title: '满意度' }] }),
      'save survey',
    )
    await h.ok('demo-secretary', 'surveys', 'publish', { id: survey })
    const meeting = id(await c('demo-secretary', 'meetings', 'schedule', { kind: 'roundtable', title: '加装电梯圆桌会', startAt: iso(3 * 24 * 60), place: '望湖党群服务中心' }), 'schedule')
    const topic = id(await c('demo-resident', 'meetings', 'propose', { meetingId: meeting, title: '3 幢加装电梯' }), 'propose')
    const household = id(await c('demo-staff', 'visits', 'addHousehold', { gridId: 'g-wanghu-1', building: '2幢', headName: '钱阿姨', tags: ['elderly'] }), 'addHousehold')
    const notice = id(await c('demo-secretary', 'bulletin', 'publish', { title: '停水通知', body: '望湖 1–4 幢明日停水', category: '通知公告', gridId: 'g-wanghu-1' }), 'publish')
    const reward = id(await c('demo-staff', 'members', 'saveReward', { name: '免费修车', shop: '望湖车行', cost: 5, stock: 10, active: true }), 'saveReward')
    const redemption = id(await c('demo-member', 'members', 'redeem', { rewardId: reward, requestId: 'iso-red-redeem-1' }), 'redeem')
    const theme = id(await c('demo-member', 'events', 'proposeTheme', { month: '2026-12', title: '楼道微更新', description: '党员带头清理楼道' }), 'proposeTheme')
    const resource = id(await c('demo-member', 'wishes', 'offerResource', { provider: '望湖车行', kind: 'shop', title: '免费补胎', description: '每周六上午' }), 'offerResource')
    await h.ok('demo-member', 'wishes', 'joinPost', { postId: 'post-grid' })
    const hours = id(await c('demo-member', 'wishes', 'logHours', { postId: 'post-grid', date: '2026-11-23', hours: 2, note: '网格巡查' }), 'logHours')
    const link = id(await c('demo-secretary', 'members', 'feedbackLink', { openid: 'demo-member', year: 2026 }), 'feedbackLink')
    const forgedFeedbackToken = link.slice(0, -1) + (link.endsWith('a') ? 'b' : 'a')

    // 云溪's own documents, for rows that pair them with a 红枫 id
    // starting in 10 minutes, so checking a 红枫 person in reaches the person, not the clock
    const yunxiEvent = id(
      await c(OUTSIDER, 'events', 'create', { title: '云溪党课', theme: '主题党日', baseId: 'base-wanghu-center', startAt: iso(10), endAt: iso(100), capacity: 10, openTo: 'all' }),
      'yunxi event',
    )
    const yunxiHousehold = id(await c(OUTSIDER, 'visits', 'addHousehold', { gridId: 'g-yunxi-1', building: '1幢', headName: '孙奶奶' }), 'yunxi household')
    const yunxiWish = id(await c('demo-resident-yunxi', 'wishes', 'post', { title: '想要助行器', story: '腿脚不便', beneficiary: { name: '孙奶奶', building: '1幢' } }), 'yunxi wish')
    id(await c(OUTSIDER, 'wishes', 'approve', { id: yunxiWish }), 'yunxi approve')

    let n = 0
    victims = {
      ticket, wish, event, checkinToken, booking, slot, survey, meeting, topic, household, notice, reward, redemption, theme, resource, hours,
      forgedFeedbackToken, yunxiEvent, yunxiHousehold, yunxiWish,
      requestId: () => `iso-attack-${(++n).toString().padStart(5, '0')}`,
    }
    catalog = attacks(victims)

    // what belongs to 红枫: its units, every scoped document in them, its people
    const tree = ((await h.store.get('config', 'main')) as { units: UnitTree }).units
    redUnits = new Set(unitsUnder(tree, 's-hongfeng'))
    redNames = [...redUnits].map((u) => tree[u].name)
    for (const u of redUnits) red.add(u)
    for (const b of (await h.store.query('bases', {})).items) for (const s of Object.values(b)) if (typeof s === 'string') shared.add(s)
    const db = h.store.db
    for (const [coll, field] of Object.entries(SCOPED)) {
      const rows = db.prepare(`SELECT id, doc FROM "c_${coll}"`).all() as { id: string; doc: string }[]
      for (const row of rows) {
        const doc = JSON.parse(row.doc) as Record<string, unknown>
        if (typeof doc[field] === 'string' && redUnits.has(doc[field] as string)) red.add(row.id)
      }
    }
    assert.ok(red.has(ticket) && red.has('demo-member') && red.has('dept-gongdian') && red.has('svc-daiban'), 'the victims are collected')
    assert.ok(!red.has(OUTSIDER) && !red.has('c-yunxi') && !red.has('dept-zhujian'))
    for (const openid of CALLERS) saved.set(openid, (await h.store.get('members', openid))!)
    before = fingerprint()
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
            const leaked = leaks(r.data)
            if (leaked.length) failures.push(`${at} → leaks ${leaked.join(', ')}`)
          }
        }
      }
    }
    assert.deepEqual(failures, [])
  })

  it('left every 红枫 document as it was', () => {
    const after = fingerprint()
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k))
    assert.deepEqual(changed, [], '红枫 documents written, added or removed by the matrix')
    assert.ok(before.size > 200, `the fingerprint covers 红枫's documents (${before.size})`)
  })
})
