import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { atLocal, formatLocal, isoLocal, localDate, localMinutes, localWeek, localWeekday, resolveSeedTime } from '../../src/domain/time'

describe('time in Asia/Shanghai', () => {
  // 2026-11-24T17:30Z is already Wednesday 01:30 in Shanghai
  const lateUtc = '2026-11-24T17:30:00.000Z'

  it('local calendar day and clock differ from UTC across midnight', () => {
    assert.equal(localDate(lateUtc), '2026-11-25')
    assert.equal(localMinutes(lateUtc), 90)
    assert.equal(localWeekday(lateUtc), 3)
    assert.equal(isoLocal(lateUtc), '2026-11-25T01:30:00+08:00')
  })

  it('atLocal turns a wall-clock time into the right instant', () => {
    assert.equal(atLocal('2026-11-25', '19:30').toISOString(), '2026-11-25T11:30:00.000Z')
    assert.equal(atLocal('2026-11-25').toISOString(), '2026-11-24T16:00:00.000Z')
  })

  it('weeks start on Monday in the community', () => {
    const w = localWeek(lateUtc)
    assert.equal(isoLocal(w.start), '2026-11-23T00:00:00+08:00')
    assert.equal(isoLocal(w.end), '2026-11-30T00:00:00+08:00')
  })

  it('formats for people', () => {
    assert.equal(formatLocal('2026-11-25T11:30:00Z'), '11月25日 周三 19:30')
  })

  it('resolves relative seed times against the local day', () => {
    assert.equal(resolveSeedTime('@+1d 19:30', lateUtc), '2026-11-26T11:30:00.000Z')
    assert.equal(resolveSeedTime('@-2d', lateUtc), '2026-11-22T16:00:00.000Z')
    assert.equal(resolveSeedTime('2026-01-01T00:00:00Z', lateUtc), '2026-01-01T00:00:00.000Z')
  })
})
