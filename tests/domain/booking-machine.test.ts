import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { BOOKING, decideBookingMove, type BookingMove } from '../../src/domain/booking/machine'
import { BOOKING_STATUSES, type BookingStatus } from '../../src/domain/booking/rules'
import { AppError } from '../../src/domain/errors'
import { movesOpen } from '../../src/domain/machine'
import { atLocal } from '../../src/domain/time'

// a booking of Wednesday 14:00, cancellable until 12:00
const START = atLocal('2026-11-25', '14:00').toISOString()
const CANCEL_BY = atLocal('2026-11-25', '12:00').toISOString()
const BEFORE_CUTOFF = atLocal('2026-11-24', '10:00')
const AFTER_START = atLocal('2026-11-25', '14:40')

const PEOPLE = {
  booker: { openid: 'b-1', isStaff: false },
  staff: { openid: 's-1', isStaff: true },
  stranger: { openid: 'x-1', isStaff: false },
}
type Person = keyof typeof PEOPLE

/**
 * Each move from each state by each kind of person, at a time the move's clock allows
 * (cancels before the cut-off, marks and ratings after the start): the state it leads to, or the code.
 */
const EXPECTED: Record<BookingMove, Record<Person, Record<BookingStatus, string>>> = {
  cancel: {
    booker: { booked: 'cancelled', cancelled: 'ALREADY_DONE', done: 'ALREADY_DONE', no_show: 'ALREADY_DONE' },
    staff: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
    stranger: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
  },
  staffCancel: {
    booker: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
    staff: { booked: 'cancelled', cancelled: 'ALREADY_DONE', done: 'ALREADY_DONE', no_show: 'ALREADY_DONE' },
    stranger: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
  },
  markDone: {
    booker: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
    staff: { booked: 'done', cancelled: 'ALREADY_DONE', done: 'ALREADY_DONE', no_show: 'done' },
    stranger: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
  },
  markNoShow: {
    booker: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
    staff: { booked: 'no_show', cancelled: 'ALREADY_DONE', done: 'ALREADY_DONE', no_show: 'ALREADY_DONE' },
    stranger: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
  },
  rate: {
    booker: { booked: 'TOO_EARLY', cancelled: 'TOO_EARLY', done: 'done', no_show: 'TOO_EARLY' },
    staff: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
    stranger: { booked: 'FORBIDDEN', cancelled: 'FORBIDDEN', done: 'FORBIDDEN', no_show: 'FORBIDDEN' },
  },
}

const booking = (status: BookingStatus, extra: { rating?: unknown } = {}) => ({ openid: 'b-1', status, startAt: START, cancelBy: CANCEL_BY, ...extra })

function outcome(move: BookingMove, person: Person, status: BookingStatus, now: Date, extra: { rating?: unknown } = {}): string {
  try {
    return decideBookingMove(booking(status, extra), move, PEOPLE[person], now)
  } catch (e) {
    if (e instanceof AppError) return e.code
    throw e
  }
}

describe('booking machine', () => {
  for (const move of Object.keys(EXPECTED) as BookingMove[]) {
    it(`${move}: from each state by each kind of person`, () => {
      const now = move === 'cancel' || move === 'staffCancel' ? BEFORE_CUTOFF : AFTER_START
      for (const person of Object.keys(PEOPLE) as Person[]) {
        for (const status of BOOKING_STATUSES) {
          assert.equal(outcome(move, person, status, now), EXPECTED[move][person][status], `${move} by ${person} from ${status}`)
        }
      }
    })
  }

  it('every move of the machine is in the table', () => {
    assert.deepEqual(Object.keys(BOOKING.moves).sort(), Object.keys(EXPECTED).sort())
  })

  it('the refusals say why in Chinese', () => {
    const at = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return (e as AppError).message
      }
      return ''
    }
    assert.equal(at(() => decideBookingMove(booking('cancelled'), 'cancel', PEOPLE.booker, BEFORE_CUTOFF)), '预约当前为「已取消」，不能再取消')
    assert.equal(at(() => decideBookingMove(booking('done'), 'markNoShow', PEOPLE.staff, AFTER_START)), '预约当前为「已完成」，不能再标记未到')
    assert.equal(at(() => decideBookingMove(booking('booked'), 'markDone', PEOPLE.booker, AFTER_START)), '您没有权限进行此操作')
    assert.equal(at(() => decideBookingMove(booking('done'), 'rate', PEOPLE.stranger, AFTER_START)), '只有预约人可以评价')
    assert.equal(at(() => decideBookingMove(booking('booked'), 'rate', PEOPLE.booker, AFTER_START)), '服务完成后才能评价')
  })

  it('time: the booker cancels until the cut-off, staff at any time; marks only once it started; one rating', () => {
    const late = atLocal('2026-11-25', '12:01')
    assert.equal(outcome('cancel', 'booker', 'booked', late), 'TOO_LATE')
    assert.equal(outcome('cancel', 'booker', 'cancelled', late), 'ALREADY_DONE', 'a cancelled booking is not "too late"')
    assert.equal(outcome('staffCancel', 'staff', 'booked', late), 'cancelled')
    assert.equal(outcome('staffCancel', 'staff', 'booked', AFTER_START), 'cancelled')
    const early = atLocal('2026-11-25', '13:59')
    assert.equal(outcome('markDone', 'staff', 'booked', early), 'TOO_EARLY')
    assert.equal(outcome('markNoShow', 'staff', 'booked', early), 'TOO_EARLY')
    assert.equal(outcome('rate', 'booker', 'done', AFTER_START, { rating: { score: 4 } }), 'ALREADY_DONE')
  })

  it('what a booker and staff are offered', () => {
    const is = (who: 'booker' | 'staff') => (w: string) => w === who
    assert.deepEqual(movesOpen(BOOKING, 'booked', is('booker')), ['cancel'])
    assert.deepEqual(movesOpen(BOOKING, 'booked', is('staff')), ['staffCancel', 'markDone', 'markNoShow'])
    assert.deepEqual(movesOpen(BOOKING, 'no_show', is('staff')), ['markDone'])
    assert.deepEqual(movesOpen(BOOKING, 'done', is('booker')), ['rate'])
    assert.deepEqual(movesOpen(BOOKING, 'cancelled', () => true), [])
  })
})
