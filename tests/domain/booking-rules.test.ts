import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { BOOKING, type BookingMove } from '../../src/domain/booking/machine'
import { audienceRefusal, blockedUntil, type BookingStatus } from '../../src/domain/booking/rules'
import { AppError } from '../../src/domain/errors'
import { checkMove } from '../../src/domain/machine'
import { atLocal, isoLocal } from '../../src/domain/time'

/** The refusal of a move by the booking machine, or null when it is allowed. */
function moveRefusal(move: BookingMove, actor: { isBooker: boolean; isStaff: boolean }, status: BookingStatus) {
  try {
    checkMove(BOOKING, move, status, (w) => (w === 'booker' ? actor.isBooker : actor.isStaff))
    return null
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message }
    throw e
  }
}

const day = (d: string) => atLocal(d, '09:00').toISOString()

describe('booking rules', () => {
  it('who may move a booking, and from which state', () => {
    const booker = { isBooker: true, isStaff: false }
    const staff = { isBooker: false, isStaff: true }
    assert.equal(moveRefusal('cancel', booker, 'booked'), null)
    assert.equal(moveRefusal('cancel', staff, 'booked')?.code, 'FORBIDDEN')
    assert.deepEqual(moveRefusal('cancel', booker, 'cancelled'), { code: 'ALREADY_DONE', message: '预约当前为「已取消」，不能再取消' })
    assert.equal(moveRefusal('staffCancel', staff, 'booked'), null)
    assert.match(moveRefusal('markDone', booker, 'booked')!.message, /权限/)
    assert.equal(moveRefusal('markNoShow', staff, 'booked'), null)
    assert.equal(moveRefusal('markDone', staff, 'no_show'), null, 'a mistaken no-show can be corrected')
    assert.match(moveRefusal('markNoShow', staff, 'done')!.message, /已完成/)
  })

  it('three no-shows within 60 days block for 14 days from the third', () => {
    const three = [day('2026-10-01'), day('2026-10-20'), day('2026-11-20')]
    const until = blockedUntil(three, atLocal('2026-11-24', '10:00'))
    assert.equal(isoLocal(until!), '2026-12-04T09:00:00+08:00')
    assert.equal(blockedUntil(three, atLocal('2026-12-04', '09:00')), null, 'the block ends')
    assert.equal(blockedUntil(three.slice(1), atLocal('2026-11-24', '10:00')), null, 'two are not enough')
    const spread = [day('2026-09-01'), day('2026-10-20'), day('2026-11-20')]
    assert.equal(blockedUntil(spread, atLocal('2026-11-24', '10:00')), null, 'more than 60 days apart')
  })

  it('who may book: everyone, seniors (by age), registered households', () => {
    assert.equal(audienceRefusal('all', {}), null)
    assert.match(audienceRefusal('seniors', {})!, /60 岁/)
    assert.match(audienceRefusal('seniors', { age: 59 })!, /60 岁/)
    assert.equal(audienceRefusal('seniors', { age: 60 }), null)
    assert.match(audienceRefusal('households', {})!, /楼栋/)
    assert.equal(audienceRefusal('households', { building: '3幢' }), null)
  })
})
