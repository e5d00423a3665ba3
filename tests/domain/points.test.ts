import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { carriedOverPoints } from '../../src/domain/points'

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
