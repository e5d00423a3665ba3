import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { carriedOverPoints, countsTowardYear, pointsYear } from '../../src/domain/points'

describe('points: a balance carried over from before the ledger', () => {
  it('is the part of the total the listed entries do not explain', () => {
    assert.equal(carriedOverPoints(36, []), 36)
    assert.equal(carriedOverPoints(36, [10, 6]), 20)
    assert.equal(carriedOverPoints(16, [10, 6]), 0)
  })
  it('is never negative (a deduction larger than the rest)', () => {
    assert.equal(carriedOverPoints(0, [5]), 0)
    assert.equal(carriedOverPoints(4, [10, -2]), 0)
  })
})

describe('points: the year of an award', () => {
  it('is the calendar year in Shanghai, not in UTC', () => {
    assert.equal(pointsYear('2026-12-31T15:59:59.999Z'), 2026)
    assert.equal(pointsYear('2026-12-31T16:00:00.000Z'), 2027, 'midnight of 1 January in Shanghai is already the new year')
    assert.equal(pointsYear('2026-01-01T00:00:00.000Z'), 2026)
    assert.equal(pointsYear('2025-12-31T15:59:00.000Z'), 2025)
  })
  it('counts what was earned, not what was spent or refunded', () => {
    assert.equal(countsTowardYear('attend'), true)
    assert.equal(countsTowardYear('service'), true)
    assert.equal(countsTowardYear('redeem'), false)
    assert.equal(countsTowardYear('refund'), false)
  })
})
