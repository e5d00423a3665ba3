import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { signToken } from '../../src/domain/checkin/token'
import { harness, type Harness } from '../helpers/harness'
import { hmac, makeMembers, newEvent, tokenAt } from './helpers'

describe('events: rotating-QR check-in and points', () => {
  let h: Harness
  let ev: string
  let other: string
  const now = () => h.clock.now().getTime()

  beforeAll(async () => {
    h = await harness()
    ev = await newEvent(h, { inMin: 20, points: 3 })
    other = await newEvent(h, { inMin: 20 })
    await h.ok('demo-member', 'events', 'signUp', { eventId: ev })
    await h.ok('demo-member', 'events', 'signUp', { eventId: other })
  })
  afterAll(() => h.close())

  it('only staff get the screen token; it comes with the live count', async () => {
    await h.err('demo-member', 'events', 'checkinToken', { eventId: ev }, 'FORBIDDEN')
    const t = await h.ok('demo-secretary', 'events', 'checkinToken', { eventId: ev })
    assert.ok(t.token.startsWith(`${ev}.`))
    assert.equal(t.checkedIn, 0)
    assert.ok(Date.parse(t.expiresAt) > now())
  })

  it('100 simultaneous scans of one token by one member: one check-in, one points entry', async () => {
    const before = (await h.ok('demo-member', 'members', 'me', {})).points
    const { token } = await h.ok('demo-secretary', 'events', 'checkinToken', { eventId: ev })
    const rs = await Promise.all(Array.from({ length: 100 }, () => h.call('demo-member', 'events', 'checkIn', { token })))
    const oks = rs.filter((r) => r.ok)
    assert.equal(oks.length, 1)
    assert.ok(rs.every((r) => r.ok || r.error.code === 'ALREADY_DONE'))
    assert.equal(await h.store.count('checkins', { eventId: ev }), 1)
    const ledger = await h.store.query('points_ledger', { where: { openid: 'demo-member' } })
    assert.equal(ledger.items.filter((e) => e.sourceId === ev).length, 1)
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, before + 3)
    assert.equal((await h.ok('demo-secretary', 'events', 'checkinToken', { eventId: ev })).checkedIn, 1)
  })

  it('a second scan answers ALREADY_DONE with the first time', async () => {
    const first = (await h.store.get('checkins', `${ev}:demo-member`))!.at
    h.clock.advance(5)
    const e = await h.err('demo-member', 'events', 'checkIn', { token: tokenAt(ev, now()) }, 'ALREADY_DONE')
    assert.deepEqual(e.details, { checkedInAt: first })
  })

  it('altered by one character, two windows old, or of another event: each refused with its code, and logged', async () => {
    const token = tokenAt(other, now())
    const last = token.at(-1) === '0' ? '1' : '0'
    await h.err('demo-member', 'events', 'checkIn', { token: token.slice(0, -1) + last }, 'TOKEN_INVALID')
    await h.err('demo-member', 'events', 'checkIn', { token: tokenAt(other, now() - 60_000) }, 'TOKEN_EXPIRED')
    assert.equal((await h.ok('demo-member', 'events', 'checkIn', { token: tokenAt(other, now() - 30_000), eventId: other })).eventId, other, 'the previous window is still good')
    await h.err('m-zhou', 'events', 'checkIn', { token: tokenAt(ev, now()), eventId: other }, 'TOKEN_INVALID')
    const swapped = token.replace(other, ev)
    await h.err('demo-member', 'events', 'checkIn', { token: swapped }, 'TOKEN_INVALID')
    await h.err('demo-member', 'events', 'checkIn', { token: 'not-a-token' }, 'TOKEN_INVALID')
    const count = (code: string) => h.store.count('checkin_scans', { code })
    assert.equal(await count('TOKEN_INVALID'), 4)
    assert.equal(await count('TOKEN_EXPIRED'), 1)
    assert.equal(await count('ALREADY_DONE'), 100, '99 repeats in the storm and one more')
    const scans = await h.store.query('checkin_scans', { where: { code: 'TOKEN_INVALID' } })
    assert.ok(scans.items.every((s) => typeof s.reason === 'string' && s.reason))
  })

  it('check-in opens 30 minutes before the start and closes at the end', async () => {
    h.clock.set('2026-11-24T02:00:00.000Z')
    const later = await newEvent(h, { inMin: 45 })
    await h.ok('demo-member', 'events', 'signUp', { eventId: later })
    await h.err('demo-member', 'events', 'checkIn', { token: tokenAt(later, now()) }, 'TOO_EARLY')
    h.clock.advance(16)
    await h.ok('demo-member', 'events', 'checkIn', { token: tokenAt(later, now()) })
    h.clock.advance(30)
    await h.err('demo-member', 'events', 'checkIn', { token: tokenAt(later, now()) }, 'ALREADY_DONE')
    const late = await newEvent(h, { inMin: 30 })
    await h.ok('m-hu', 'events', 'signUp', { eventId: late })
    h.clock.advance(121)
    await h.err('m-hu', 'events', 'checkIn', { token: tokenAt(late, now()) }, 'TOO_LATE')
    h.clock.set('2026-11-24T02:00:00.000Z')
  })

  it('members-only: waitlisted or not signed up cannot check in; open events take walk-ins', async () => {
    const full = await newEvent(h, { inMin: 10, capacity: 1 })
    const [a, b] = await makeMembers(h, 'm-ck', 2)
    await h.ok(a, 'events', 'signUp', { eventId: full })
    await h.ok(b, 'events', 'signUp', { eventId: full })
    await h.err(b, 'events', 'checkIn', { token: tokenAt(full, now()) }, 'FORBIDDEN')
    await h.err('demo-resident', 'events', 'checkIn', { token: tokenAt(full, now()) }, 'FORBIDDEN')
    const open = await newEvent(h, { inMin: 10, openTo: 'all', points: 0 })
    const r = await h.ok('demo-resident', 'events', 'checkIn', { token: tokenAt(open, now()) })
    assert.equal(r.points, 0)
    assert.equal(r.name, '王秀兰')
  })

  it('member pass: a member gets a 60 s personal token; staff scan it or pick by name', async () => {
    const ev2 = await newEvent(h, { inMin: 10, points: 2 })
    const [a, b] = await makeMembers(h, 'm-pass', 2)
    await h.ok(a, 'events', 'signUp', { eventId: ev2 })
    await h.ok(b, 'events', 'signUp', { eventId: ev2 })
    await h.err('demo-resident', 'members', 'pass', {}, 'FORBIDDEN')
    const pass = await h.ok(a, 'members', 'pass', {})
    assert.equal(Date.parse(pass.expiresAt) - Math.floor(now() / 60_000) * 60_000, 60_000)
    await h.err('demo-member', 'events', 'checkInMember', { eventId: ev2, passToken: pass.token }, 'FORBIDDEN')
    await h.err('demo-secretary', 'events', 'checkInMember', { eventId: ev2 }, 'INVALID_INPUT')
    await h.err('demo-secretary', 'events', 'checkInMember', { eventId: ev2, passToken: tokenAt(ev2, now()) }, 'TOKEN_INVALID')
    await h.err('demo-secretary', 'events', 'checkInMember', { eventId: ev2, passToken: signToken('pass', a, now() - 120_000, hmac).token }, 'TOKEN_EXPIRED')
    const r = await h.ok('demo-secretary', 'events', 'checkInMember', { eventId: ev2, passToken: pass.token })
    assert.equal(r.openid, a)
    const list1 = await h.ok('demo-secretary', 'events', 'attendance', { eventId: ev2 })
    assert.deepEqual(list1.pending.map((p) => p.openid), [b])
    await h.ok('demo-secretary', 'events', 'checkInMember', { eventId: ev2, openid: b })
    const list = await h.ok('demo-secretary', 'events', 'attendance', { eventId: ev2 })
    assert.deepEqual(list.items.map((i) => [i.openid, i.method]), [[a, '出示党员码'], [b, '工作人员代签']])
    assert.deepEqual(list.pending, [])
    assert.equal(list.csv.trim().split('\r\n').length, 4)
    await h.err('demo-member', 'events', 'attendance', { eventId: ev2 }, 'FORBIDDEN')
    assert.equal((await h.ok(a, 'members', 'points', {})).items[0].reason, 'attend')
  })

  it('a check-in stored without its points (an older scan cut off) gets them at the next scan, once', async () => {
    const ev4 = await newEvent(h, { inMin: 10, points: 4 })
    const [m] = await makeMembers(h, 'm-heal', 1)
    await h.ok(m, 'events', 'signUp', { eventId: ev4 })
    await h.store.insert('checkins', { _id: `${ev4}:${m}`, eventId: ev4, openid: m, at: h.clock.now().toISOString(), method: 'scan', by: m })
    const before = (await h.ok(m, 'members', 'me', {})).points
    await h.err(m, 'events', 'checkIn', { token: tokenAt(ev4, now()) }, 'ALREADY_DONE')
    assert.equal((await h.ok(m, 'members', 'me', {})).points, before + 4)
    await h.err(m, 'events', 'checkIn', { token: tokenAt(ev4, now()) }, 'ALREADY_DONE')
    assert.equal((await h.ok(m, 'members', 'me', {})).points, before + 4, 'healed once')
  })

  it('attendees rate once after the start; others cannot', async () => {
    await h.err('demo-member', 'events', 'rate', { eventId: ev, score: 5 }, 'TOO_EARLY')
    h.clock.advance(25)
    await h.err('m-zhou', 'events', 'rate', { eventId: ev, score: 5 }, 'FORBIDDEN')
    await h.err('demo-member', 'events', 'rate', { eventId: ev, score: 6 }, 'INVALID_INPUT')
    await h.ok('demo-member', 'events', 'rate', { eventId: ev, score: 5, comment: '讲得实在，接地气' })
    await h.err('demo-member', 'events', 'rate', { eventId: ev, score: 4 }, 'ALREADY_DONE')
    assert.equal((await h.ok('demo-member', 'events', 'get', { id: ev })).mine.rated, 5)
    h.clock.set('2026-11-24T02:00:00.000Z')
  })
})
