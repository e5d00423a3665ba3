import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { describe, it } from '@jest/globals'
import { checkinTiming, signToken, verifyToken } from '../../src/domain/checkin/token'

const hmac = (m: string) => createHmac('sha256', 'test-secret').update(m).digest('hex')
const other = (m: string) => createHmac('sha256', 'another-secret').update(m).digest('hex')
const T = Date.parse('2026-11-24T02:00:10.000Z')

describe('events: rotating check-in tokens', () => {
  it('a fresh token verifies to its event and expires at the end of its 30 s window', () => {
    const { token, expiresAt } = signToken('checkin', 'ev-1', T, hmac)
    assert.match(token, /^ev-1\.\d+\.[0-9a-f]{16}$/)
    assert.equal(expiresAt, '2026-11-24T02:00:30.000Z')
    const v = verifyToken('checkin', token, T, hmac)
    assert.ok(v.ok && v.subject === 'ev-1')
  })

  it('accepts the previous window, refuses two windows ago as expired', () => {
    const { token } = signToken('checkin', 'ev-1', T, hmac)
    assert.ok(verifyToken('checkin', token, T + 30_000, hmac).ok)
    assert.deepEqual(verifyToken('checkin', token, T + 60_000, hmac), { ok: false, code: 'TOKEN_EXPIRED' })
  })

  it('any single changed character, another secret, another kind or a future window is invalid', () => {
    const { token } = signToken('checkin', 'ev-1', T, hmac)
    for (let i = 0; i < token.length; i++) {
      const c = token[i] === 'a' ? 'b' : 'a'
      const altered = token.slice(0, i) + c + token.slice(i + 1)
      const v = verifyToken('checkin', altered, T, hmac)
      assert.equal(v.ok, false, `changed at ${i}: ${altered}`)
    }
    assert.deepEqual(verifyToken('checkin', signToken('checkin', 'ev-1', T, other).token, T, hmac), { ok: false, code: 'TOKEN_INVALID' })
    assert.deepEqual(verifyToken('checkin', signToken('pass', 'ev-1', T, hmac).token, T, hmac), { ok: false, code: 'TOKEN_INVALID' })
    assert.deepEqual(verifyToken('checkin', signToken('checkin', 'ev-1', T + 30_000, hmac).token, T, hmac), { ok: false, code: 'TOKEN_INVALID' })
    for (const junk of ['', 'a.b', 'ev-1..', 'ev 1.1.0123456789abcdef', '..', 'ev-1.99999999999999999.00']) {
      assert.deepEqual(verifyToken('checkin', junk, T, hmac), { ok: false, code: 'TOKEN_INVALID' }, junk)
    }
  })

  it('member passes rotate every 60 s', () => {
    const { token, expiresAt } = signToken('pass', 'demo-member', T, hmac)
    assert.equal(expiresAt, '2026-11-24T02:01:00.000Z')
    assert.ok(verifyToken('pass', token, T + 60_000, hmac).ok)
    assert.equal(verifyToken('pass', token, T + 120_000, hmac).ok, false)
  })

  it('check-in is open from 30 minutes before the start to the end', () => {
    const start = '2026-11-24T11:30:00.000Z'
    const end = '2026-11-24T13:00:00.000Z'
    assert.equal(checkinTiming(start, end, Date.parse('2026-11-24T10:59:59.000Z')), 'TOO_EARLY')
    assert.equal(checkinTiming(start, end, Date.parse('2026-11-24T11:00:00.000Z')), 'open')
    assert.equal(checkinTiming(start, end, Date.parse(end)), 'open')
    assert.equal(checkinTiming(start, end, Date.parse(end) + 1), 'TOO_LATE')
  })
})
