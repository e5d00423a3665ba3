/**
 * A deterministic generator of past activity for the street dashboard: in-service members who
 * reported (双报到), confirmed service hours, wishes, events with check-ins, dispatched tickets,
 * bookings — spread over past months with times relative to `now`. The demo seeds use it at a
 * small scale for three communities (so the dashboard shows a year); the district benchmark uses
 * it at district scale. Every document has a deterministic id, so inserting again changes nothing.
 */
import { AppError } from '../../src/domain/errors'
import { addMonths, monthOf } from '../../src/domain/street/period'
import { atLocal } from '../../src/domain/time'
import { NO_DEADLINE, type Category } from '../../src/domain/tickets/model'
import type { Doc, Store } from '../_store/port'

export interface HistoryScale {
  /** per community over the whole span */
  members: number
  tickets: number
  wishes: number
  events: number
  hours: number
  bookings: number
  /** check-ins per event, at most */
  attendance: number
}

export interface HistoryOptions {
  communities: readonly string[]
  now: Date
  /** the oldest month, as months before now's month */
  monthsBack: number
  /** the newest month, as months before now's month (1: last month) */
  newestBack: number
  scale: HistoryScale
  departments: readonly string[]
  /** id prefix of every generated document */
  prefix: string
  /** communities that get no member documents (their people lists stay as seeded) */
  noMembersIn?: readonly string[]
}

export interface Generated {
  collection: string
  doc: Doc
}

/** mulberry32: a small seeded generator, so the same options give the same documents */
function random(seed: string): () => number {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
  let a = (h << 13) | (h >>> 19)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const GIVEN = ['建国', '秀英', '海燕', '志强', '丽华', '文军', '晓东', '春梅', '国庆', '雪芳', '德明', '玉兰']
const UNITS = ['区发改局机关党支部', '区卫健局机关党支部', '区教育局机关党支部', '区人社局机关党支部', '市供电公司第三党支部', '区税务局第一党支部']
const POSTS = [
  ['post-civility', '文明劝导'],
  ['post-elder', '关爱老人'],
  ['post-skill', '专业服务'],
] as const
const THEMES = ['主题党日', '党课', '志愿服务', '红色观影'] as const
const WISHES = ['想要一个新书包', '家里灯坏了想请人修', '想学用智能手机挂号', '想要一副老花镜', '希望有人陪老人去医院复查']
const TICKETS = [
  ['路灯不亮', 'street_light'],
  ['小区路面积水', 'water'],
  ['消防通道被占', 'fire_lane'],
  ['占道经营', 'environment'],
  ['广场舞噪音', 'noise'],
] as const satisfies readonly (readonly [string, Category])[]

/** Every document of the history, collection by collection. */
export function* historyDocs(o: HistoryOptions): Generator<Generated> {
  const thisMonth = monthOf(o.now)
  const months: string[] = []
  for (let k = o.monthsBack; k >= o.newestBack; k--) months.push(addMonths(thisMonth, -k))
  const latest = o.now.getTime() - 36 * 3_600_000
  for (const c of o.communities) {
    const rnd = random(`${o.prefix}:${c}`)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]
    const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
    /** an instant in month m, before `latest` (a day and a half ago) */
    const at = (m: string, hourLo = 8, hourHi = 19) => {
      const t = atLocal(`${m}-${String(int(1, 28)).padStart(2, '0')}`, `${String(int(hourLo, hourHi)).padStart(2, '0')}:${String(int(0, 5) * 10).padStart(2, '0')}`).getTime()
      return new Date(Math.min(t, latest - int(0, 48) * 3_600_000)).toISOString()
    }
    const plus = (t: string, hours: number) => new Date(Date.parse(t) + hours * 3_600_000).toISOString()
    const name = () => `${pick([...SURNAMES])}${pick(GIVEN)}`
    const id = (kind: string, i: number) => `${o.prefix}-${kind}-${c}-${i}`
    const people = Array.from({ length: Math.max(1, o.scale.members) }, (_, i) => ({ openid: id('m', i), name: name(), unit: pick(UNITS) }))

    if (!o.noMembersIn?.includes(c)) {
      for (let i = 0; i < o.scale.members; i++) {
        const reportedAt = at(pick(months))
        const p = people[i]
        yield {
          collection: 'members',
          doc: { _id: p.openid, name: p.name, roles: ['member'], communityId: c, branch: p.unit, workplace: p.unit, reportedAt, points: 0, createdAt: reportedAt, updatedAt: reportedAt },
        }
      }
    }
    for (let i = 0; i < o.scale.hours; i++) {
      const p = pick(people)
      const t = at(pick(months))
      const [postId, postName] = pick(POSTS)
      yield {
        collection: 'service_hours',
        doc: {
          _id: id('h', i),
          communityId: c,
          openid: p.openid,
          name: p.name,
          postId,
          postName,
          date: t.slice(0, 10),
          hours: int(1, 4),
          note: `${postName}志愿服务`,
          state: 'confirmed',
          at: t,
          points: 0,
          decidedBy: 'system',
          decidedAt: plus(t, 20),
          timeline: [{ at: t, by: p.openid, action: 'log' }],
        },
      }
    }
    for (let i = 0; i < o.scale.wishes; i++) {
      const postedAt = at(pick(months))
      const claimedAt = plus(postedAt, int(6, 72))
      const confirmedAt = plus(claimedAt, int(24, 200))
      const p = pick(people)
      const done = Date.parse(confirmedAt) < latest
      yield {
        collection: 'wishes',
        doc: {
          _id: id('w', i),
          communityId: c,
          state: done ? 'confirmed' : 'claimed',
          version: done ? 4 : 2,
          title: pick(WISHES),
          story: '社区困难家庭的微心愿，已由党员认领。',
          images: [],
          beneficiary: { name: name(), building: `${int(1, 20)}幢` },
          poster: id('poster', i % 7),
          posterName: name(),
          claimer: p.openid,
          claimerName: p.name,
          postedAt,
          listedAt: plus(postedAt, 2),
          claimedAt,
          // no score: the community's 满意度 summary (wish_satisfaction) counts only scores given through the app
          ...(done ? { confirmedAt } : {}),
          updatedAt: done ? confirmedAt : claimedAt,
          stale: false,
          resources: [],
          timeline: [{ at: postedAt, by: id('poster', i % 7), byName: '居民', action: 'post' }],
        },
      }
    }
    for (let i = 0; i < o.scale.events; i++) {
      const startAt = at(pick(months), 9, 19)
      const eventId = id('ev', i)
      const n = int(Math.min(3, o.scale.attendance), o.scale.attendance)
      const theme = pick(THEMES)
      yield {
        collection: 'events',
        doc: {
          _id: eventId,
          communityId: c,
          baseId: 'base-wanghu-center',
          title: `${theme}活动`,
          theme,
          description: '社区党组织活动',
          startAt,
          endAt: plus(startAt, 2),
          capacity: Math.max(30, n),
          signedUp: n,
          joinSeq: n,
          openTo: 'members',
          points: 2,
          status: 'published',
          createdBy: 'system',
          createdAt: plus(startAt, -240),
          updatedAt: plus(startAt, -240),
          timeline: [{ at: plus(startAt, -240), by: 'system', action: 'publish' }],
        },
      }
      for (let j = 0; j < n; j++) {
        const p = people[(i * 7 + j) % people.length]
        yield { collection: 'checkins', doc: { _id: `${eventId}:${p.openid}`, eventId, openid: p.openid, at: plus(startAt, 0.1), method: 'scan', by: p.openid, name: p.name, branch: p.unit } }
      }
    }
    for (let i = 0; i < o.scale.tickets; i++) {
      const createdAt = at(pick(months))
      const [title, category] = pick(TICKETS)
      const dept = pick(o.departments)
      const whistleAt = plus(createdAt, 0.5)
      const deadline = plus(whistleAt, 2)
      const ackAt = plus(whistleAt, rnd() < 0.85 ? 1 : 5)
      const resolved = rnd() < 0.85
      const resolveAt = plus(ackAt, int(4, 96))
      const rated = resolved && rnd() < 0.7
      const score = rnd() < 0.85 ? int(4, 5) : int(2, 3)
      const closedAt = plus(resolveAt, rated ? 12 : 72)
      const submitter = id('res', i % 11)
      const timeline: Record<string, unknown>[] = [
        { at: createdAt, by: submitter, role: 'resident', action: 'submit' },
        { at: plus(createdAt, 0.3), by: 'system-secretary', byName: '社区书记', role: 'secretary', action: 'accept' },
        { at: whistleAt, by: 'system-secretary', byName: '社区书记', role: 'secretary', action: 'whistle', departmentIds: [dept], deadline },
        { at: ackAt, by: `${dept}-liaison`, role: 'liaison', action: 'acknowledge', departmentId: dept },
      ]
      if (resolved) timeline.push({ at: resolveAt, by: `${dept}-liaison`, role: 'liaison', action: 'resolve', departmentId: dept })
      if (rated) timeline.push({ at: closedAt, by: submitter, role: 'resident', action: 'rate', score })
      else if (resolved) timeline.push({ at: closedAt, by: 'system', role: 'system', action: 'auto_close' })
      // not resolved by the department: the resident withdrew it and the secretary closed it
      else timeline.push({ at: closedAt, by: 'system-secretary', byName: '社区书记', role: 'secretary', action: 'close', note: '居民撤回' })
      yield {
        collection: 'tickets',
        doc: {
          _id: id('tk', i),
          communityId: c,
          title,
          description: `${title}，请相关部门处理。`,
          category,
          images: [],
          submitter,
          submitterName: name(),
          state: 'closed',
          version: timeline.length,
          departments: [{ departmentId: dept, role: 'lead', assignedAt: whistleAt, ackDeadline: deadline, ackRemindAt: plus(whistleAt, 1.5), acknowledgedAt: ackAt }],
          departmentIds: [dept],
          transferredFrom: [],
          dueAt: NO_DEADLINE,
          sweepAt: NO_DEADLINE,
          flags: [],
          reopenCount: 0,
          createdAt,
          updatedAt: timeline[timeline.length - 1].at as string,
          dispatchedAt: whistleAt,
          closedAt,
          ...(resolved ? { resolvedAt: resolveAt, ...(rated ? { rating: { score, at: closedAt } } : { satisfiedByDefault: true }) } : {}),
          timeline,
        },
      }
    }
    for (let i = 0; i < o.scale.bookings; i++) {
      const startAt = at(pick(months), 9, 16)
      const p = pick(people)
      const rated = rnd() < 0.6
      yield {
        collection: 'bookings',
        doc: {
          _id: id('bk', i),
          openid: p.openid,
          communityId: c,
          serviceId: 'svc-yizhen',
          serviceName: '红色物业义诊',
          slotId: `${o.prefix}-slot-${c}`,
          startAt,
          endAt: plus(startAt, 0.5),
          cancelBy: plus(startAt, -2),
          status: 'done',
          contact: { name: p.name, phone: '13800000000' },
          fromWaitlist: false,
          ...(rated ? { rating: { score: rnd() < 0.9 ? int(4, 5) : 3 } } : {}),
          createdAt: plus(startAt, -48),
          updatedAt: plus(startAt, 1),
          timeline: [{ at: plus(startAt, -48), by: p.openid, action: 'book' }],
        },
      }
    }
  }
}

/** Inserts the history in transactions of `batch` documents, skipping any already there; answers how many were inserted. */
export async function insertHistory(store: Store, docs: Iterable<Generated>, batch = 500): Promise<number> {
  let inserted = 0
  let chunk: Generated[] = []
  const flush = async () => {
    const list = chunk
    chunk = []
    if (list.length === 0) return
    const existing = new Map<string, Set<string>>()
    for (const coll of new Set(list.map((g) => g.collection))) {
      const ids = list.filter((g) => g.collection === coll).map((g) => g.doc._id)
      existing.set(coll, new Set((await store.getMany(coll, ids)).keys()))
    }
    const fresh = list.filter((g) => !existing.get(g.collection)!.has(g.doc._id))
    try {
      await store.transaction(async (tx) => {
        for (const g of fresh) await tx.insert(g.collection, g.doc)
      })
      inserted += fresh.length
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
      // inserted meanwhile by someone else: one at a time then
      for (const g of fresh) await store.insert(g.collection, g.doc).then(() => inserted++, (err) => { if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err })
    }
  }
  for (const g of docs) {
    chunk.push(g)
    if (chunk.length >= batch) await flush()
  }
  await flush()
  return inserted
}

/** The demo's history: a year of three communities of 红枫街道 before last month (last month and this one are the seeds' own). */
export const DEMO_HISTORY = {
  communities: ['c-wanghu', 'c-xincheng', 'c-hepan'],
  monthsBack: 11,
  newestBack: 2,
  scale: { members: 12, tickets: 40, wishes: 18, events: 10, hours: 40, bookings: 20, attendance: 12 },
  departments: ['dept-zhujian', 'dept-chengguan', 'dept-xiaofang', 'dept-gongdian', 'dept-shuiwu', 'dept-shichang', 'dept-paichusuo'],
  prefix: 'hist',
  // 望湖's people lists stay as the seeds have them
  noMembersIn: ['c-wanghu'],
} satisfies Omit<HistoryOptions, 'now'>
