import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import {
  bookability,
  canCancel,
  daySlots,
  findSlot,
  generateSlots,
  parseSlotId,
  slotId,
  type Availability,
} from '../../src/domain/booking/slots'
import { atLocal, isoLocal } from '../../src/domain/time'

// Tuesday 2026-11-24, 10:00 in Shanghai
const NOW = new Date('2026-11-24T02:00:00.000Z')

const rules: Availability = {
  hours: [
    { weekday: 2, from: '09:00', to: '11:30' }, // Tuesday morning
    { weekday: 2, from: '14:00', to: '16:30' }, // Tuesday afternoon
    { weekday: 3, from: '09:00', to: '11:30' },
    { weekday: 4, from: '09:00', to: '11:30' },
  ],
  slotMinutes: 60,
  bufferMinutes: 15,
  capacity: 2,
  closedDates: ['2026-11-25'],
}

const times = (slots: { startAt: string }[]) => slots.map((s) => isoLocal(s.startAt).slice(5, 16))

describe('booking slots (Asia/Shanghai)', () => {
  it('a day is cut into slots with the buffer between them, in each opening of the day', () => {
    const day = daySlots('svc', rules, '2026-11-24')
    // morning: 09:00, 10:15 (11:30 would end past closing); afternoon: 14:00, 15:15 (ends 16:15 ≤ 16:30)
    assert.deepEqual(times(day), ['11-24T09:00', '11-24T10:15', '11-24T14:00', '11-24T15:15'])
    assert.ok(day.every((s) => s.capacity === 2))
    assert.equal(isoLocal(day[3].endAt), '2026-11-24T16:15:00+08:00', 'the last slot of the day')
  })

  it('the last slot of the day fits exactly at closing time and no slot runs past it', () => {
    const exact: Availability = { hours: [{ weekday: 2, from: '14:00', to: '16:00' }], slotMinutes: 30, capacity: 1 }
    const day = daySlots('svc', exact, '2026-11-24')
    assert.equal(day.length, 4)
    assert.equal(isoLocal(day[3].startAt), '2026-11-24T15:30:00+08:00')
    assert.equal(isoLocal(day[3].endAt), '2026-11-24T16:00:00+08:00')
    const tight: Availability = { ...exact, bufferMinutes: 10 } // 14:00, 14:40, 15:20 (ends 15:50); 16:00 would overrun
    assert.deepEqual(times(daySlots('svc', tight, '2026-11-24')), ['11-24T14:00', '11-24T14:40', '11-24T15:20'])
  })

  it('slots are in Shanghai time, whatever UTC day it is', () => {
    const early: Availability = { hours: [{ weekday: 3, from: '07:00', to: '08:00' }], slotMinutes: 60, capacity: 1 }
    const [s] = daySlots('svc', early, '2026-11-25')
    assert.equal(s.startAt, '2026-11-24T23:00:00.000Z', 'Wednesday 07:00 in Shanghai is Tuesday 23:00 UTC')
  })

  it('a range crossing a closed date skips that day and carries on after it', () => {
    const slots = generateSlots('svc', rules, { from: '2026-11-24', to: '2026-11-26' }, NOW)
    const days = [...new Set(slots.map((s) => isoLocal(s.startAt).slice(0, 10)))]
    assert.deepEqual(days, ['2026-11-24', '2026-11-26'], 'Wednesday 11-25 is closed')
    assert.deepEqual(daySlots('svc', rules, '2026-11-25'), [])
  })

  it('minimum notice (default 2 h) cuts off slots starting too soon', () => {
    const today = generateSlots('svc', rules, { from: '2026-11-24', to: '2026-11-24' }, NOW)
    // 10:00 now: 09:00 is past, 10:15 is within 2 h; 14:00 and 15:15 remain
    assert.deepEqual(times(today), ['11-24T14:00', '11-24T15:15'])
    assert.equal(bookability(rules, atLocal('2026-11-24', '12:00').toISOString(), NOW), 'open', 'exactly 2 h ahead is fine')
    assert.equal(bookability(rules, atLocal('2026-11-24', '11:59').toISOString(), NOW), 'too_late')
    assert.equal(bookability({ ...rules, minNoticeMinutes: 0 }, atLocal('2026-11-24', '10:15').toISOString(), NOW), 'open')
  })

  it('the horizon (default 30 days) ends the range', () => {
    const slots = generateSlots('svc', rules, { from: '2026-11-24', to: '2027-02-01' }, NOW)
    const lastStart = Date.parse(slots[slots.length - 1].startAt)
    assert.ok(lastStart <= NOW.getTime() + 30 * 86_400_000)
    assert.ok(lastStart > NOW.getTime() + 26 * 86_400_000, 'slots run up to the horizon')
    assert.equal(bookability(rules, atLocal('2026-12-25', '09:00').toISOString(), NOW), 'too_early')
    const short = generateSlots('svc', { ...rules, horizonDays: 1 }, { from: '2026-11-24', to: '2026-12-31' }, NOW)
    assert.deepEqual([...new Set(short.map((s) => s.startAt.slice(0, 10)))], ['2026-11-24'], '11-25 closed, 11-26 is beyond 1 day')
  })

  it('a range in the past starts from today', () => {
    const slots = generateSlots('svc', rules, { from: '2026-11-01', to: '2026-11-24' }, NOW)
    assert.deepEqual(times(slots), ['11-24T14:00', '11-24T15:15'])
  })

  it('slot ids are deterministic and parse back; only real slots are found', () => {
    const start = atLocal('2026-11-26', '09:00').toISOString()
    assert.equal(slotId('svc-a', start), 'svc-a:2026-11-26T01:00:00.000Z')
    assert.equal(slotId('svc-a', '2026-11-26T09:00:00+08:00'), 'svc-a:2026-11-26T01:00:00.000Z')
    assert.deepEqual(parseSlotId('svc-a:2026-11-26T01:00:00.000Z'), { serviceId: 'svc-a', startAt: '2026-11-26T01:00:00.000Z' })
    assert.equal(parseSlotId('nonsense'), null)
    assert.equal(findSlot('svc-a', rules, 'svc-a:2026-11-26T01:00:00.000Z')?.endAt, '2026-11-26T02:00:00.000Z')
    assert.equal(findSlot('svc-a', rules, 'svc-a:2026-11-26T01:30:00.000Z'), null, 'not on the grid')
    assert.equal(findSlot('svc-a', rules, 'svc-a:2026-11-25T01:00:00.000Z'), null, 'closed day')
    assert.equal(findSlot('svc-b', rules, 'svc-a:2026-11-26T01:00:00.000Z'), null, 'another service')
  })

  it('the booker may cancel until 2 h before the start', () => {
    const start = atLocal('2026-11-24', '14:00').toISOString()
    assert.equal(canCancel(rules, start, atLocal('2026-11-24', '12:00')), true)
    assert.equal(canCancel(rules, start, atLocal('2026-11-24', '12:01')), false)
    assert.equal(canCancel({ ...rules, cancelCutoffMinutes: 30 }, start, atLocal('2026-11-24', '13:30')), true)
  })
})
