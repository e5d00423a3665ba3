import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { harness, type Harness } from '../helpers/harness'
import { makeMembers, newEvent } from './helpers'

describe('events: menu and sign-up', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('staff publish; residents cannot; bad times and unknown bases are refused', async () => {
    const base = { title: '党课', theme: '党课学习', baseId: 'base-wanghu-center', capacity: 5, openTo: 'members' as const }
    const start = '2026-11-26T11:00:00.000Z'
    await h.err('demo-member', 'events', 'create', { ...base, startAt: start, endAt: '2026-11-26T12:00:00.000Z' }, 'FORBIDDEN')
    await h.err('demo-secretary', 'events', 'create', { ...base, startAt: start, endAt: start }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'events', 'create', { ...base, startAt: '2026-11-20T11:00:00.000Z', endAt: '2026-11-20T12:00:00.000Z' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'events', 'create', { ...base, baseId: 'base-nope', startAt: start, endAt: '2026-11-26T12:00:00.000Z' }, 'NOT_FOUND')
    await h.err('demo-secretary', 'events', 'create', { ...base, capacity: 0, startAt: start, endAt: '2026-11-26T12:00:00.000Z' }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'events', 'create', { ...base, title: '赌博', startAt: start, endAt: '2026-11-26T12:00:00.000Z' }, 'CONTENT_REJECTED')
  })

  it('the menu lists a month soonest first and filters by theme and base', async () => {
    const dec = await h.ok('demo-resident', 'events', 'list', { month: '2026-11' })
    assert.ok(dec.items.length >= 4)
    const starts = dec.items.map((e) => e.startAt)
    assert.deepEqual(starts, [...starts].sort())
    assert.equal(dec.items.find((e) => e.id === 'ev-seed-dangke')?.baseName, '望湖社区党群服务中心')
    const lessons = await h.ok('demo-resident', 'events', 'list', { month: '2026-11', theme: '党课学习' })
    assert.ok(lessons.items.length > 0 && lessons.items.every((e) => e.theme === '党课学习'))
    const river = await h.ok('demo-resident', 'events', 'list', { month: '2026-11', baseId: 'base-binhe-gongyuan' })
    assert.deepEqual(river.items.map((e) => e.id), ['ev-seed-huhe'])
    const fromToday = await h.ok('demo-resident', 'events', 'list', {})
    assert.ok(!fromToday.items.some((e) => e.id === 'ev-seed-zhutidangri'), 'past events are not on the default menu')
  })

  it('members-only events refuse residents; open events take them', async () => {
    await h.err('demo-resident', 'events', 'signUp', { eventId: 'ev-seed-dangke' }, 'FORBIDDEN')
    assert.deepEqual(await h.ok('demo-resident', 'events', 'signUp', { eventId: 'ev-seed-huhe' }), { status: 'confirmed' })
    await h.err('demo-resident', 'events', 'signUp', { eventId: 'ev-seed-huhe' }, 'ALREADY_DONE')
    await h.err('demo-member', 'events', 'signUp', { eventId: 'ev-seed-zhutidangri' }, 'TOO_LATE')
  })

  it('capacity 10 under 50 simultaneous sign-ups: exactly 10 confirmed, 40 waitlisted', async () => {
    const id = await newEvent(h, { capacity: 10 })
    const people = await makeMembers(h, 'm-rush', 50)
    const rs = await Promise.all(people.map((p) => h.call(p, 'events', 'signUp', { eventId: id })))
    assert.ok(rs.every((r) => r.ok), JSON.stringify(rs.find((r) => !r.ok)))
    const statuses = rs.map((r) => (r.ok ? (r.data as { status: string }).status : ''))
    assert.equal(statuses.filter((s) => s === 'confirmed').length, 10)
    assert.equal(statuses.filter((s) => s === 'waitlisted').length, 40)
    assert.equal(await h.store.count('signups', { eventId: id, status: 'confirmed' }), 10)
    assert.equal(await h.store.count('signups', { eventId: id, status: 'waitlisted' }), 40)
    const ev = await h.ok('demo-member', 'events', 'get', { id })
    assert.equal(ev.signedUp, 10)
    assert.equal(ev.waitlisted, 40)
  })

  it('cancelling frees the place for the first waiter, who is told', async () => {
    const id = await newEvent(h, { capacity: 1 })
    const [a, b, c] = await makeMembers(h, 'm-wait', 3)
    await h.ok(a, 'events', 'signUp', { eventId: id })
    assert.equal((await h.ok(b, 'events', 'signUp', { eventId: id })).status, 'waitlisted')
    assert.equal((await h.ok(c, 'events', 'signUp', { eventId: id })).status, 'waitlisted')
    await h.err('demo-member', 'events', 'cancelSignUp', { eventId: id }, 'NOT_FOUND')
    const r = await h.ok(a, 'events', 'cancelSignUp', { eventId: id })
    assert.equal(r.promoted, b)
    assert.equal((await h.ok(b, 'events', 'get', { id })).mine.signup, 'confirmed')
    assert.equal((await h.ok(c, 'events', 'get', { id })).mine.signup, 'waitlisted')
    assert.equal((await h.ok(a, 'events', 'get', { id })).signedUp, 1)
    const notes = await h.store.query('outbox', { where: { to: b } })
    assert.match(String(notes.items[0]?.body), /有了空位/)
    // a waiter leaving changes no count; the last confirmed leaving frees a place
    await h.ok(c, 'events', 'cancelSignUp', { eventId: id })
    await h.ok(b, 'events', 'cancelSignUp', { eventId: id })
    assert.equal((await h.ok(a, 'events', 'get', { id })).signedUp, 0)
    // signing up again after cancelling is allowed
    assert.equal((await h.ok(a, 'events', 'signUp', { eventId: id })).status, 'confirmed')
    const doc = await h.store.get('signups', `${id}:${a}`)
    assert.deepEqual((doc?.timeline as { action: string }[]).map((t) => t.action), ['confirmed', 'cancelled', 'confirmed'])
  })

  it('10 simultaneous cancels on a full event promote 10 distinct waiters', async () => {
    const id = await newEvent(h, { capacity: 10 })
    const people = await makeMembers(h, 'm-swap', 25)
    for (const p of people) await h.ok(p, 'events', 'signUp', { eventId: id })
    const rs = await Promise.all(people.slice(0, 10).map((p) => h.call(p, 'events', 'cancelSignUp', { eventId: id })))
    assert.ok(rs.every((r) => r.ok))
    assert.equal(await h.store.count('signups', { eventId: id, status: 'confirmed' }), 10)
    assert.equal(await h.store.count('signups', { eventId: id, status: 'waitlisted' }), 5)
    assert.equal((await h.ok(people[0], 'events', 'get', { id })).signedUp, 10)
    for (const p of people.slice(10, 20)) assert.equal((await h.ok(p, 'events', 'get', { id })).mine.signup, 'confirmed', p)
  })

  it('no cancelling within 2 hours of the start', async () => {
    const id = await newEvent(h, { inMin: 180 })
    await h.ok('demo-member', 'events', 'signUp', { eventId: id })
    h.clock.advance(61)
    await h.err('demo-member', 'events', 'cancelSignUp', { eventId: id }, 'TOO_LATE')
    h.clock.set('2026-11-24T02:00:00.000Z')
  })

  it('staff edit within their community; capacity never below those confirmed', async () => {
    const id = await newEvent(h, { capacity: 3 })
    const ps = await makeMembers(h, 'm-edit', 2)
    for (const p of ps) await h.ok(p, 'events', 'signUp', { eventId: id })
    await h.err('demo-secretary', 'events', 'update', { id, capacity: 1 }, 'CONFLICT')
    await h.ok('demo-secretary', 'events', 'update', { id, capacity: 2, title: '重温入党誓词（改到二楼）' })
    assert.equal((await h.ok('demo-member', 'events', 'get', { id })).title, '重温入党誓词（改到二楼）')
    await h.err('demo-member', 'events', 'update', { id, capacity: 5 }, 'FORBIDDEN')
  })

  it('cancelling an event notifies everyone signed up or waiting, once', async () => {
    const id = await newEvent(h, { capacity: 1 })
    const [a, b] = await makeMembers(h, 'm-off', 2)
    await h.ok(a, 'events', 'signUp', { eventId: id })
    await h.ok(b, 'events', 'signUp', { eventId: id })
    await h.err('demo-member', 'events', 'cancel', { id, reason: '场地维修' }, 'FORBIDDEN')
    const r = await h.ok('demo-secretary', 'events', 'cancel', { id, reason: '场地临时维修，改期另行通知' })
    assert.equal(r.notified, 2)
    for (const p of [a, b]) {
      const notes = await h.store.query('outbox', { where: { to: p } })
      assert.ok(notes.items.some((n) => String(n.body).includes('场地临时维修')), p)
    }
    await h.err('demo-secretary', 'events', 'cancel', { id, reason: '再取消一次' }, 'CONFLICT')
    await h.err('demo-member', 'events', 'signUp', { eventId: id }, 'CONFLICT')
    assert.equal((await h.ok(a, 'events', 'get', { id })).status, 'cancelled')
  })

  it('an event cancelled while members sign up: everyone holding a place or waiting at the end is told, once', async () => {
    const id = await newEvent(h, { capacity: 5 })
    const people = await makeMembers(h, 'm-race', 24)
    for (const p of people.slice(0, 8)) await h.ok(p, 'events', 'signUp', { eventId: id })
    const [cancelled, ...signUps] = await Promise.all([
      h.call('demo-secretary', 'events', 'cancel', { id, reason: '暴雨预警，活动取消' }),
      // spread over a few milliseconds, so that some land while the cancellation is under way
      ...people.slice(8).map(async (p, i) => {
        await new Promise((r) => setTimeout(r, i % 8))
        return h.call(p, 'events', 'signUp', { eventId: id })
      }),
    ])
    assert.ok(cancelled.ok, JSON.stringify(cancelled))
    assert.ok(signUps.every((r) => r.ok || r.error.code === 'CONFLICT'), 'a sign-up after the cancellation is refused')
    const holding = (await h.store.query('signups', { where: { eventId: id }, limit: 100 })).items.filter((s) => s.status !== 'cancelled').map((s) => String(s.openid))
    assert.equal((cancelled.data as { notified: number }).notified, holding.length)
    for (const p of people) {
      const told = (await h.store.query('outbox', { where: { to: p } })).items.filter((n) => n.template === 'event_cancelled' && String(n.page).endsWith(id))
      assert.equal(told.length, holding.includes(p) ? 1 : 0, p)
    }
  })

  it('a member who signs up after the cancellation read its list, before it is written, is told too', async () => {
    const id = await newEvent(h, { capacity: 5 })
    const [early, late] = await makeMembers(h, 'm-late', 2)
    await h.ok(early, 'events', 'signUp', { eventId: id })
    // the sign-up lands exactly between the cancellation reading who to tell and writing
    const store = h.store as unknown as Record<string, unknown>
    const query = h.store.query.bind(h.store)
    let landed = false
    store.query = async (coll: string, opts: Parameters<typeof query>[1]) => {
      const page = await query(coll, opts)
      if (coll === 'signups' && !landed && typeof opts?.where?.status === 'object') {
        landed = true
        await h.ok(late, 'events', 'signUp', { eventId: id })
      }
      return page
    }
    try {
      const r = await h.ok('demo-secretary', 'events', 'cancel', { id, reason: '场地停电，活动取消' })
      assert.ok(landed)
      assert.equal(r.notified, 2)
    } finally {
      delete store.query
    }
    for (const p of [early, late]) {
      const told = (await h.store.query('outbox', { where: { to: p } })).items.filter((n) => n.template === 'event_cancelled')
      assert.equal(told.length, 1, p)
    }
  })

  it('bases sort by distance and filter by walking circle', async () => {
    const all = await h.ok('demo-resident', 'events', 'bases', {})
    assert.equal(all.items.length, 4)
    const near = await h.ok('demo-resident', 'events', 'bases', { near: { lat: 29.8712, lng: 121.5443 } })
    assert.equal(near.items[0].id, 'base-wanghu-center')
    assert.equal(near.items[0].distanceM, 0)
    const ds = near.items.map((b) => b.distanceM!)
    assert.deepEqual(ds, [...ds].sort((x, y) => x - y))
    const tenMin = await h.ok('demo-resident', 'events', 'bases', { near: { lat: 29.8712, lng: 121.5443 }, withinMin: 10 })
    assert.ok(tenMin.items.length < 4 && tenMin.items.every((b) => b.walkMinutes! <= 10))
  })
})

describe('events: the sweeper fills freed places from the waitlist', () => {
  it('raising the capacity lets the first waiters in, once', async () => {
    const h = await harness()
    const id = await newEvent(h, { capacity: 1 })
    const ps = await makeMembers(h, 'm-sw', 4)
    for (const p of ps) await h.ok(p, 'events', 'signUp', { eventId: id })
    await h.ok('demo-secretary', 'events', 'update', { id, capacity: 3 })
    assert.equal((await sweep(h.deps))['events-waitlist'], 2)
    assert.equal((await sweep(h.deps))['events-waitlist'], 0, 'a second sweep changes nothing')
    assert.deepEqual(
      await Promise.all(ps.map(async (p) => (await h.ok(p, 'events', 'get', { id })).mine.signup)),
      ['confirmed', 'confirmed', 'confirmed', 'waitlisted'],
    )
    assert.equal((await h.ok(ps[0], 'events', 'get', { id })).signedUp, 3)
    await h.close()
  })
})
