/**
 * Points and notices are effects of the move that earns them: written in the same transaction as
 * the new state, so they happen exactly once under concurrency and never without the move.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Store, TxStore } from '../../cloudfunctions/_store/port'
import { pointsForHours } from '../../src/domain/points'
import { WISH_POINTS } from '../../src/domain/wishes/machine'
import { harness, type Harness } from '../helpers/harness'
import { listedWish } from './helpers'

/** Staff of the default community made directly in the store. */
async function makeStaff(h: Harness, n: number): Promise<string[]> {
  const at = h.clock.now().toISOString()
  const ids = Array.from({ length: n }, (_, i) => `staff-fx-${i}`)
  for (const [i, id] of ids.entries()) {
    await h.store.insert('members', { _id: id, name: `社工${i}`, roles: ['staff'], communityId: 'c-wanghu', points: 0, createdAt: at, updatedAt: at })
  }
  return ids
}

const points = async (h: Harness, openid: string) => (await h.store.get<{ _id: string; points: number }>('members', openid))?.points ?? 0
const ledgerSum = async (h: Harness, openid: string) =>
  (await h.store.query('points_ledger', { where: { openid }, limit: 100 })).items.reduce((n, e) => n + (e.amount as number), 0)
/** Seeded members carry points from before the app; what the ledger must explain is the part above that. */
const carried = async (h: Harness, openid: string) => (await points(h, openid)) - (await ledgerSum(h, openid))

/** A store whose transactions fail at their first outbox write while `broken.on` is set: a crash mid-write. */
function failingOutbox(store: Store, broken: { on: boolean }): Store {
  const tx = (inner: TxStore): TxStore => ({
    get: inner.get.bind(inner),
    update: inner.update.bind(inner),
    inc: inner.inc.bind(inner),
    remove: inner.remove.bind(inner),
    insert: async (coll, doc) => {
      if (broken.on && coll === 'outbox') throw new Error('disk I/O error')
      return inner.insert(coll, doc)
    },
  })
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'transaction') return <R>(fn: (t: TxStore) => Promise<R>) => target.transaction((inner) => fn(tx(inner)))
      const value = Reflect.get(target, prop, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

describe('wishes and hours: effects of the move', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('20 staff deciding one hours log at once: one decision, one award, one notice', async () => {
    const staff = await makeStaff(h, 20)
    const before = await points(h, 'm-hu')
    const carriedBefore = await carried(h, 'm-hu')
    const rs = await Promise.all(staff.map((s, i) => h.call(s, 'wishes', 'decideHours', { id: 'hours-hu-1', accept: i % 3 !== 1, ...(i % 3 === 1 ? { reason: '时间对不上' } : {}) })))
    const wins = rs.filter((r) => r.ok)
    assert.equal(wins.length, 1)
    for (const r of rs) if (!r.ok) assert.equal(r.error.code, 'ALREADY_DONE')
    const state = (wins[0].ok && (wins[0].data as { state: string }).state) as string
    const log = (await h.store.get<{ _id: string; state: string; timeline: { action: string }[] }>('service_hours', 'hours-hu-1'))!
    assert.equal(log.state, state)
    assert.equal(log.timeline.filter((e) => e.action === 'confirmed' || e.action === 'rejected').length, 1)
    const ledger = await h.store.query('points_ledger', { where: { openid: 'm-hu' }, limit: 100 })
    assert.equal(ledger.items.filter((e) => e.sourceId === 'hours-hu-1').length, state === 'confirmed' ? 1 : 0)
    assert.equal((await points(h, 'm-hu')) - before, state === 'confirmed' ? pointsForHours(2) : 0)
    assert.equal(await carried(h, 'm-hu'), carriedBefore, 'the total moved with the ledger')
    const notices = await h.store.query('outbox', { where: { to: 'm-hu' }, limit: 100 })
    assert.equal(notices.items.filter((n) => n.template === 'service').length, 1)
  })

  it('a decision whose write fails midway leaves no trace; the retry decides and awards once', async () => {
    await h.ok('demo-member', 'wishes', 'logHours', { postId: 'post-elder', date: '2026-11-23', hours: 1.5, note: '陪钱阿婆去医院复诊' })
    const [log] = (await h.ok('demo-staff', 'wishes', 'hours', { scope: 'pending' })).items.filter((l) => l.name === '李建国')
    const before = await points(h, 'demo-member')
    const carriedBefore = await carried(h, 'demo-member')
    const broken = { on: true }
    const real = h.deps.store
    h.deps.store = failingOutbox(real, broken)
    try {
      const r = await h.call('demo-staff', 'wishes', 'decideHours', { id: log.id, accept: true })
      assert.ok(!r.ok)
      assert.equal(r.error.code, 'INTERNAL')
      assert.equal((await h.store.get<{ _id: string; state: string }>('service_hours', log.id))?.state, 'pending', 'the state did not change')
      assert.equal(await points(h, 'demo-member'), before, 'no points without the decision')
      const ledger = await h.store.query('points_ledger', { where: { openid: 'demo-member' }, limit: 100 })
      assert.equal(ledger.items.filter((e) => e.sourceId === log.id).length, 0, 'no ledger entry either')
      broken.on = false
      const ok = await h.ok('demo-staff', 'wishes', 'decideHours', { id: log.id, accept: true })
      assert.equal(ok.state, 'confirmed')
      assert.equal(ok.points, pointsForHours(1.5))
    } finally {
      h.deps.store = real
    }
    assert.equal(await points(h, 'demo-member'), before + pointsForHours(1.5))
    assert.equal(await carried(h, 'demo-member'), carriedBefore, 'the total moved with the ledger')
    await h.err('demo-secretary', 'wishes', 'decideHours', { id: log.id, accept: false, reason: '重复' }, 'ALREADY_DONE')
    assert.equal(await points(h, 'demo-member'), before + pointsForHours(1.5), 'a later decision changes nothing')
  })

  it('20 simultaneous confirms: one award, one notice to the claimer', async () => {
    const id = await listedWish(h, { title: '想要一台收音机' })
    await h.ok('m-zhou', 'wishes', 'claim', { id })
    await h.ok('m-zhou', 'wishes', 'fulfill', { id, note: '收音机送到了' })
    const before = await points(h, 'm-zhou')
    const carriedBefore = await carried(h, 'm-zhou')
    const rs = await Promise.all(Array.from({ length: 20 }, () => h.call('demo-resident', 'wishes', 'confirm', { id, score: 5, thanks: '谢谢小周' })))
    assert.equal(rs.filter((r) => r.ok).length, 1)
    for (const r of rs) if (!r.ok) assert.equal(r.error.code, 'ALREADY_DONE')
    assert.equal((await points(h, 'm-zhou')) - before, WISH_POINTS)
    assert.equal(await carried(h, 'm-zhou'), carriedBefore, 'the total moved with the ledger')
    const notices = (await h.store.query('outbox', { where: { to: 'm-zhou' }, limit: 100 })).items.filter((n) => n.page === `/packages/wishes/pages/detail/index?id=${id}`)
    assert.equal(notices.filter((n) => String(n.title).includes(`+${WISH_POINTS}`)).length, 1)
  })

  it('a confirm whose write fails midway keeps the wish waiting and gives no points', async () => {
    const id = await listedWish(h, { title: '想要一把新雨伞' })
    await h.ok('m-zhou', 'wishes', 'claim', { id })
    await h.ok('m-zhou', 'wishes', 'fulfill', { id, note: '雨伞送到了' })
    const before = await points(h, 'm-zhou')
    const real = h.deps.store
    h.deps.store = failingOutbox(real, { on: true })
    try {
      await h.err('demo-resident', 'wishes', 'confirm', { id, score: 5 }, 'INTERNAL')
    } finally {
      h.deps.store = real
    }
    assert.equal((await h.ok('demo-resident', 'wishes', 'get', { id })).state, 'fulfilled')
    assert.equal(await points(h, 'm-zhou'), before)
    assert.equal((await h.ok('demo-resident', 'wishes', 'confirm', { id, score: 5 })).state, 'confirmed')
    assert.equal(await points(h, 'm-zhou'), before + WISH_POINTS)
  })

  it('staff matching one resource at once attach it once', async () => {
    const id = await listedWish(h, { title: '想请人修门锁' })
    const rs = await Promise.all(Array.from({ length: 10 }, (_, i) => h.call(i % 2 ? 'demo-staff' : 'demo-secretary', 'wishes', 'match', { id, resourceId: 'res-repair' })))
    assert.equal(rs.filter((r) => r.ok).length, 1)
    for (const r of rs) if (!r.ok) assert.equal(r.error.code, 'ALREADY_DONE')
    assert.deepEqual((await h.ok('demo-staff', 'wishes', 'get', { id })).resources.map((r) => r.resourceId), ['res-repair'])
  })
})
