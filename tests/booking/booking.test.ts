import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { atLocal } from '../../src/domain/time'
import { DEFAULT_NOW, harness, type Harness } from '../helpers/harness'
import { contactFor, daySlot, rid, slotAt } from './helpers'

// now: Tuesday 2026-11-24 10:00 in Shanghai
const WED = '2026-11-25'

describe('booking', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  const outboxTo = async (openid: string) => (await h.store.query('outbox', { where: { to: openid } })).items

  it('lists the services and their slots with places left', async () => {
    const list = await h.ok('demo-resident', 'booking', 'services', {})
    assert.deepEqual(list.items.map((s) => s.name), ['小棉袄家政·上门助老', '红色物业·长者眼健康义诊', '红色代办', '党群服务中心多功能活动室'])
    assert.equal(list.items[0].rating.average, 4.7)
    const clinics = await h.ok('demo-resident', 'booking', 'services', { kind: 'clinic' })
    assert.deepEqual(clinics.items.map((s) => s.id), ['svc-yizhen'])
    const slots = await h.ok('demo-resident', 'booking', 'slots', { serviceId: 'svc-daiban' })
    // today 10:00 + 2 h notice: first bookable is 12:00 → the 14:00 opening; the coming 7 days are Tue–Mon
    assert.equal(slots.items[0].id, slotAt('svc-daiban', '2026-11-24', '14:00'))
    assert.ok(slots.items.every((s) => s.remaining === 3))
    assert.ok(!slots.items.some((s) => s.startAt.startsWith('2026-11-28') || s.startAt.startsWith('2026-11-29')), 'no errands at the weekend')
    await h.err('demo-resident', 'booking', 'slots', { serviceId: 'svc-nope' }, 'NOT_FOUND')
    await h.err('demo-resident', 'booking', 'slots', { serviceId: 'svc-daiban', from: '2026-11-24', to: '2027-01-24' }, 'INVALID_INPUT')
  })

  it('books with the profile contact; the same requestId answers the same booking', async () => {
    const slotId = slotAt('svc-daiban', WED, '09:00')
    const requestId = rid()
    const first = await h.ok('demo-resident', 'booking', 'book', { slotId, requestId, note: '社保待遇资格认证，需要上门取材料' })
    assert.equal(first.status, 'booked')
    const again = await h.ok('demo-resident', 'booking', 'book', { slotId, requestId })
    assert.equal(again.bookingId, first.bookingId)
    await h.err('demo-resident', 'booking', 'book', { slotId, requestId: rid() }, 'CONFLICT')
    const mine = await h.ok('demo-resident', 'booking', 'mine', {})
    const b = mine.items.find((x) => x.id === first.bookingId)!
    assert.deepEqual(b.contact, { name: '王秀兰', phone: '13805740001' })
    assert.equal(b.serviceName, '红色代办')
    assert.equal(b.canCancel, true)
    assert.equal((await daySlot(h, 'svc-daiban', WED, slotId)).booked, 1)
  })

  it('refuses bad input, odd slots, late bookings, the wrong audience and rejected text, storing nothing', async () => {
    const slotId = slotAt('svc-daiban', WED, '09:30')
    await h.err('demo-resident', 'booking', 'book', { slotId }, 'INVALID_INPUT')
    await h.err('demo-resident', 'booking', 'book', { slotId, requestId: 'x' }, 'INVALID_INPUT')
    await h.err('demo-resident', 'booking', 'book', { slotId, requestId: rid(), contact: { name: '王', phone: '123' } }, 'INVALID_INPUT')
    await h.err('demo-resident', 'booking', 'book', { slotId: slotAt('svc-daiban', WED, '09:10'), requestId: rid() }, 'NOT_FOUND')
    await h.err('demo-resident', 'booking', 'book', { slotId: slotAt('svc-daiban', '2027-01-01', '09:00'), requestId: rid() }, 'NOT_FOUND')
    const late = await h.err('demo-resident', 'booking', 'book', { slotId: slotAt('svc-daiban', '2026-11-24', '11:00'), requestId: rid() }, 'TOO_LATE')
    assert.match(late.message, /2 小时/)
    await h.err('demo-resident', 'booking', 'book', { slotId: slotAt('svc-daiban', '2027-01-20', '09:00'), requestId: rid() }, 'TOO_EARLY')
    const noHome = await h.err('stranger-1', 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(1) }, 'FORBIDDEN')
    assert.match(noHome.message, /楼栋/)
    await h.err('stranger-1', 'booking', 'book', { slotId: slotAt('svc-yizhen', WED, '14:00'), requestId: rid() }, 'INVALID_INPUT')
    const senior = slotAt('svc-xiaomianao', WED, '08:30')
    const age = await h.err('demo-member', 'booking', 'book', { slotId: senior, requestId: rid() }, 'FORBIDDEN')
    assert.match(age.message, /60 岁/)
    await h.err('demo-resident', 'booking', 'book', { slotId, requestId: rid(), note: '代办赌 博' }, 'CONTENT_REJECTED')
    assert.equal((await daySlot(h, 'svc-daiban', WED, slotId)).booked, 0)
    assert.equal(await h.store.get('slots', slotId), null, 'no slot document for a refused booking')
  })

  it('books on behalf of an elderly neighbour', async () => {
    const slotId = slotAt('svc-xiaomianao', WED, '08:30')
    const r = await h.ok('demo-member', 'booking', 'book', {
      slotId,
      requestId: rid(),
      age: 82,
      beneficiary: { name: '钱桂芳', phone: '13905741234', address: '望湖小区 4幢1单元101' },
      note: '独居，腿脚不便，请敲门大声些',
    })
    const day = await daySlot(h, 'svc-xiaomianao', WED, slotId)
    const b = day.bookings.find((x) => x.id === r.bookingId)!
    assert.equal(b.beneficiary?.name, '钱桂芳')
    assert.equal(b.contact.name, '李建国')
    assert.equal(b.note, '独居，腿脚不便，请敲门大声些')
    // the day shows phones and the address masked; the full ones are one audited read away
    assert.equal(b.contact.phone, '138****0002')
    assert.deepEqual(b.beneficiary, { name: '钱桂芳', phone: '139****1234', address: '4幢**' })
    await h.err('demo-resident', 'booking', 'contact', { bookingId: r.bookingId }, 'FORBIDDEN')
    const full = await h.ok('demo-staff', 'booking', 'contact', { bookingId: r.bookingId })
    assert.deepEqual(full, { name: '李建国', phone: '13805740002', beneficiary: { name: '钱桂芳', phone: '13905741234', address: '望湖小区 4幢1单元101' } })
    const log = await h.ok('demo-admin', 'members', 'auditLog', { target: 'demo-member' })
    const read = log.items.find((e) => e.action === 'readContact')
    assert.equal(read?.by, 'demo-staff')
    assert.match(String(read?.details.reason), /小棉袄家政·上门助老 11月25日 周三 08:30/)
  })

  it('cancel: the booker until 2 h before with a reason, then TOO_LATE; others may not; staff may and the booker is told', async () => {
    const slotId = slotAt('svc-yizhen', WED, '15:30')
    const mine = await h.ok('can-1', 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(1) })
    await h.err('can-2', 'booking', 'cancel', { bookingId: mine.bookingId, reason: '不要了' }, 'FORBIDDEN')
    await h.err('can-1', 'booking', 'cancel', { bookingId: mine.bookingId, reason: '' }, 'INVALID_INPUT')
    await h.err('can-1', 'booking', 'cancel', { bookingId: 'nope', reason: '不要了' }, 'NOT_FOUND')
    assert.deepEqual(await h.ok('can-1', 'booking', 'cancel', { bookingId: mine.bookingId, reason: '孩子周三带我去医院' }), { status: 'cancelled' })
    await h.err('can-1', 'booking', 'cancel', { bookingId: mine.bookingId, reason: '再取消' }, 'ALREADY_DONE')
    assert.equal((await daySlot(h, 'svc-yizhen', WED, slotId)).booked, 0, 'the place is free again')
    const listed = (await h.ok('can-1', 'booking', 'mine', { status: 'cancelled' })).items[0]
    assert.equal(listed.cancelReason, '孩子周三带我去医院')

    const late = await h.ok('can-3', 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(3) })
    h.clock.set(atLocal(WED, '13:31'))
    const tooLate = await h.err('can-3', 'booking', 'cancel', { bookingId: late.bookingId, reason: '来不了' }, 'TOO_LATE')
    assert.match(tooLate.message, /需在 11月25日 周三 13:30 前取消/)
    await h.ok('demo-staff', 'booking', 'cancel', { bookingId: late.bookingId, reason: '医生临时调班，请改约周六' })
    const notices = await outboxTo('can-3')
    assert.equal(notices.length, 1)
    assert.match(String(notices[0].body), /医生临时调班/)
    h.clock.set(DEFAULT_NOW)
  })

  it('a staff cancellation whose message cannot be sent now keeps it in the outbox with the cancellation', async () => {
    const slotId = slotAt('svc-yizhen', WED, '15:00')
    const { bookingId } = await h.ok('out-1', 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(61) })
    const { services } = h.deps
    const deliver = services.deliver
    services.deliver = async () => {
      throw new Error('订阅消息接口超时')
    }
    try {
      await h.ok('demo-staff', 'booking', 'cancel', { bookingId, reason: '医生临时调班' })
    } finally {
      services.deliver = deliver
    }
    assert.equal((await h.ok('out-1', 'booking', 'mine', {})).items[0].status, 'cancelled')
    const [notice] = await outboxTo('out-1')
    assert.match(String(notice?.body), /已由社区取消：医生临时调班/)
    assert.equal(notice.sentAt, undefined, 'left for a later delivery')
  })

  it('waitlist: when a place frees up the first waiter gets it and is told', async () => {
    const slotId = slotAt('svc-xiaomianao', '2026-11-26', '10:00') // capacity 2
    const a = await h.ok('wl-a', 'booking', 'book', { slotId, requestId: rid(), age: 70, contact: contactFor(11) })
    await h.ok('wl-b', 'booking', 'book', { slotId, requestId: rid(), age: 75, contact: contactFor(12) })
    await h.err('wl-c', 'booking', 'book', { slotId, requestId: rid(), age: 80, contact: contactFor(13) }, 'FULL')
    await h.err('wl-c', 'booking', 'waitlist', { slotId }, 'INVALID_INPUT')
    assert.deepEqual(await h.ok('wl-c', 'booking', 'waitlist', { slotId, contact: contactFor(13) }), { position: 1 })
    assert.deepEqual(await h.ok('wl-d', 'booking', 'waitlist', { slotId, contact: contactFor(14) }), { position: 2 })
    await h.err('wl-c', 'booking', 'waitlist', { slotId, contact: contactFor(13) }, 'ALREADY_DONE')
    await h.err('wl-a', 'booking', 'waitlist', { slotId, contact: contactFor(11) }, 'CONFLICT')
    await h.ok('wl-a', 'booking', 'cancel', { bookingId: a.bookingId, reason: '女儿回来了，不需要了' })
    const cMine = (await h.ok('wl-c', 'booking', 'mine', {})).items
    assert.equal(cMine.length, 1)
    assert.equal(cMine[0].status, 'booked')
    assert.equal(cMine[0].fromWaitlist, true)
    assert.match(String((await outboxTo('wl-c'))[0].title), /候补成功/)
    const slot = await daySlot(h, 'svc-xiaomianao', '2026-11-26', slotId)
    assert.equal(slot.booked, 2)
    assert.equal(slot.bookings.length, 2)
    assert.equal(slot.waiting, 1, 'wl-d still waits')
  })

  it('the day: staff only; done and no-show once started; three no-shows in 60 days block for 14 days', async () => {
    const slots = [slotAt('svc-yizhen', WED, '16:00'), slotAt('svc-yizhen', '2026-11-28', '09:00'), slotAt('svc-yizhen', '2026-12-02', '14:00')]
    const ids: string[] = []
    for (const slotId of slots) ids.push((await h.ok('ns-1', 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(21) })).bookingId)
    const other = await h.ok('ns-2', 'booking', 'book', { slotId: slots[0], requestId: rid(), contact: { name: '郑阿姨', phone: '13905740022' }, note: '右眼看东西模糊' })

    await h.err('demo-resident', 'booking', 'day', { serviceId: 'svc-yizhen', date: WED }, 'FORBIDDEN')
    await h.err('demo-resident', 'booking', 'markDone', { bookingId: other.bookingId }, 'FORBIDDEN')
    await h.err('demo-staff', 'booking', 'markNoShow', { bookingId: ids[0] }, 'TOO_EARLY')
    const day = await daySlot(h, 'svc-yizhen', WED, slots[0])
    assert.deepEqual(day.bookings.map((b) => b.contact.name).sort(), ['居民21', '郑阿姨'].sort())

    h.clock.set(atLocal(WED, '16:40'))
    assert.equal((await h.ok('demo-staff', 'booking', 'markNoShow', { bookingId: ids[0] })).blockedUntil, undefined)
    await h.ok('demo-staff', 'booking', 'markDone', { bookingId: other.bookingId })
    await h.err('demo-staff', 'booking', 'markNoShow', { bookingId: other.bookingId }, 'ALREADY_DONE')
    h.clock.set(atLocal('2026-11-28', '10:00'))
    await h.ok('demo-staff', 'booking', 'markNoShow', { bookingId: ids[1] })
    h.clock.set(atLocal('2026-12-02', '15:00'))
    const third = await h.ok('demo-staff', 'booking', 'markNoShow', { bookingId: ids[2] })
    assert.equal(third.blockedUntil, atLocal('2026-12-16', '14:00').toISOString())

    const blocked = await h.err('ns-1', 'booking', 'book', { slotId: slotAt('svc-yizhen', '2026-12-05', '09:00'), requestId: rid(), contact: contactFor(21) }, 'FORBIDDEN')
    assert.match(blocked.message, /60 天内有 3 次预约未到，12月16日 14:00 前暂不能预约/)
    // a mistaken no-show corrected by staff lifts the block
    await h.ok('demo-staff', 'booking', 'markDone', { bookingId: ids[2] })
    await h.ok('ns-1', 'booking', 'book', { slotId: slotAt('svc-yizhen', '2026-12-05', '09:00'), requestId: rid(), contact: contactFor(21) })

    // ratings: the booker, once, after it was done
    await h.err('ns-1', 'booking', 'rate', { bookingId: ids[0], score: 5 }, 'TOO_EARLY')
    await h.err('ns-1', 'booking', 'rate', { bookingId: other.bookingId, score: 5 }, 'FORBIDDEN')
    await h.err('ns-2', 'booking', 'rate', { bookingId: other.bookingId, score: 6 }, 'INVALID_INPUT')
    await h.ok('ns-2', 'booking', 'rate', { bookingId: other.bookingId, score: 3, comment: '医生很耐心，就是排队久了点' })
    await h.err('ns-2', 'booking', 'rate', { bookingId: other.bookingId, score: 4 }, 'ALREADY_DONE')
    await h.err('ns-2', 'booking', 'ratings', { serviceId: 'svc-yizhen' }, 'FORBIDDEN')
    const ratings = await h.ok('demo-staff', 'booking', 'ratings', { serviceId: 'svc-yizhen' })
    assert.equal(ratings.count, 2)
    assert.equal(ratings.average, 4)
    assert.equal(ratings.items[0].comment, '医生很耐心，就是排队久了点')
    h.clock.set(DEFAULT_NOW)
  })

  it('reminds each booker once, the evening before', async () => {
    const slotId = slotAt('svc-daiban', WED, '10:00')
    await h.ok('demo-member', 'booking', 'book', { slotId, requestId: rid() })
    const cancelled = await h.ok('rem-1', 'booking', 'book', { slotId: slotAt('svc-yizhen', WED, '14:30'), requestId: rid(), contact: contactFor(32) })
    await h.ok('rem-1', 'booking', 'cancel', { bookingId: cancelled.bookingId, reason: '改天再去' })
    h.clock.set(atLocal('2026-11-24', '17:59'))
    assert.equal((await sweep(h.deps))['booking-reminders'], 0, 'not yet evening')
    h.clock.set(atLocal('2026-11-24', '19:00'))
    const first = (await sweep(h.deps))['booking-reminders'] as number
    assert.ok(first >= 1)
    // the member hears of other things that evening too (an overdue 承诺): only the booking reminders count here
    const notices = (await h.store.queryAll('outbox', { where: { to: 'demo-member' } }, { max: 100 })).filter((n) => n.template === 'booking_reminder')
    assert.deepEqual(notices.map((n) => String(n.body).slice(0, 30)).sort(), [
      '您预约的小棉袄家政·上门助老在 11月25日 周三 08:30',
      '您预约的红色代办在 11月25日 周三 10:00，请准时参加；',
    ].map((t) => t.slice(0, 30)).sort(), 'one reminder for each of tomorrow\'s bookings (one made for a neighbour)')
    assert.equal((await outboxTo('rem-1')).length, 0, 'a cancelled booking is not reminded')
    assert.equal((await sweep(h.deps))['booking-reminders'], 0, 'a second sweep sends nothing')
    h.clock.set(DEFAULT_NOW)
  })

  it('my bookings are in my data export, and deleting my information removes the contact, beneficiary and note', async () => {
    const slotId = slotAt('svc-xiaomianao', '2026-11-27', '08:30')
    await h.ok('priv-1', 'booking', 'book', {
      slotId,
      requestId: rid(),
      age: 80,
      contact: { name: '冯秀珍', phone: '13905749999' },
      beneficiary: { name: '冯老伯', phone: '13905748888', address: '望湖小区 6幢302' },
      note: '老人听力不好',
    })
    const out = await h.ok('priv-1', 'members', 'exportMine', {})
    assert.equal(out.records.find((r) => r.collection === 'bookings')?.items.length, 1)
    await h.ok('priv-1', 'members', 'deleteMine', { confirm: true })
    const [b] = (await h.ok('priv-1', 'booking', 'mine', {})).items
    assert.equal(b.status, 'booked', 'the place is still held')
    assert.deepEqual(b.contact, { name: '（已删除）', phone: '' })
    assert.equal(b.beneficiary, undefined)
    assert.equal(b.note, undefined)
  })
})
