import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { AppError } from '../../src/domain/errors'
import { checkMove } from '../../src/domain/machine'
import { FEEDBACK_DAYS, signFeedback, summarize, summaryCsv, verifyFeedback } from '../../src/domain/points-year'
import { checkRedeem, REDEMPTION, redemptionId } from '../../src/domain/rewards/machine'
import { createHmac } from 'node:crypto'

const refused = (f: () => unknown, code: string) =>
  assert.throws(f, (e: unknown) => e instanceof AppError && e.code === code && /[\u4e00-\u9fa5]/.test(e.message))

describe('rewards: who may redeem what', () => {
  const haircut = { name: '爱心理发一次', cost: 8, stock: 3, active: true }
  it('needs stock, an active reward and a balance that covers the cost', () => {
    checkRedeem(haircut, 8)
    refused(() => checkRedeem({ ...haircut, stock: 0 }, 100), 'FULL')
    refused(() => checkRedeem({ ...haircut, active: false }, 100), 'CONFLICT')
    refused(() => checkRedeem({ ...haircut, cost: 20 }, 10), 'CONFLICT')
  })
  it('tells how many points are missing', () => {
    assert.throws(() => checkRedeem({ ...haircut, cost: 20 }, 10), /需要 20 分，您现在可用 10 分/)
  })
  it('one request of one member is one redemption', () => {
    assert.equal(redemptionId('m1', 'req-12345678'), redemptionId('m1', 'req-12345678'))
    assert.notEqual(redemptionId('m1', 'req-12345678'), redemptionId('m2', 'req-12345678'))
  })
})

describe('rewards: a redemption’s states', () => {
  const staff = (w: string) => w === 'staff'
  const owner = (w: string) => w === 'owner'
  it('staff hand over a requested one; the member may cancel it', () => {
    assert.equal(checkMove(REDEMPTION, 'handOver', 'requested', staff), 'handed')
    assert.equal(checkMove(REDEMPTION, 'cancel', 'requested', owner), 'cancelled')
    refused(() => checkMove(REDEMPTION, 'handOver', 'requested', owner), 'FORBIDDEN')
  })
  it('a handed-over reward cannot be cancelled, a second hand-over is already done', () => {
    refused(() => checkMove(REDEMPTION, 'cancel', 'handed', owner), 'CONFLICT')
    refused(() => checkMove(REDEMPTION, 'handOver', 'handed', staff), 'ALREADY_DONE')
    refused(() => checkMove(REDEMPTION, 'handOver', 'cancelled', staff), 'CONFLICT')
  })
})

describe('a member’s year summary', () => {
  const people = [{ openid: 'a', name: '李建国', workplace: '区发改局' }, { openid: 'b', name: '周立平' }]
  const rows = summarize(2026, people, {
    ledger: [
      { openid: 'a', reason: 'attend', at: '2026-03-01T02:00:00.000Z' },
      { openid: 'a', reason: 'attend', at: '2025-12-31T16:30:00.000Z' },
      { openid: 'a', reason: 'attend', at: '2025-12-31T15:30:00.000Z' },
      { openid: 'a', reason: 'wish', at: '2026-05-01T02:00:00.000Z', year: 2026 },
    ],
    hours: [
      { openid: 'a', hours: 2.5, date: '2026-04-01', state: 'confirmed' },
      { openid: 'a', hours: 3, date: '2026-04-02', state: 'pending' },
      { openid: 'a', hours: 1, date: '2025-12-30', state: 'confirmed' },
    ],
    visits: new Map([['b', 4]]),
    yearPoints: new Map([['a', 21]]),
  })
  it('counts only the year’s records, in Shanghai time', () => {
    assert.deepEqual(
      rows.map((r) => [r.name, r.events, r.wishes, r.services, r.serviceHours, r.visits, r.points]),
      [
        ['李建国', 2, 1, 1, 2.5, 0, 21],
        ['周立平', 0, 0, 0, 0, 4, 0],
      ],
    )
  })
  it('exports as CSV that Excel opens with Chinese', () => {
    const csv = summaryCsv(2026, rows)
    assert.ok(csv.startsWith('\ufeff2026 年度党员积分汇总\r\n'))
    assert.match(csv, /\r\n1,李建国,,区发改局,2,1,1,2.5,0,21,a\r\n/)
  })
})

describe('the feedback link for a member’s workplace unit', () => {
  const hmac = (m: string) => createHmac('sha256', 'k').update(m).digest('hex')
  const now = Date.parse('2026-11-24T02:00:00.000Z')
  const { token } = signFeedback('demo-member', 2026, now, hmac)
  it('opens that member’s year until it expires after 90 days', () => {
    assert.deepEqual(verifyFeedback(token, now + (FEEDBACK_DAYS - 1) * 86400_000, hmac), { ok: true, openid: 'demo-member', year: 2026 })
    assert.deepEqual(verifyFeedback(token, now + FEEDBACK_DAYS * 86400_000 + 1, hmac), { ok: false, code: 'TOKEN_EXPIRED' })
  })
  it('refuses a changed member, year or expiry', () => {
    const [, y, e, sig] = token.split('.')
    assert.equal(verifyFeedback(['m-zhou', y, e, sig].join('.'), now, hmac).ok, false)
    assert.equal(verifyFeedback(['demo-member', '2025', e, sig].join('.'), now, hmac).ok, false)
    assert.equal(verifyFeedback(['demo-member', y, String(Number(e) + 86400_000), sig].join('.'), now, hmac).ok, false)
    assert.equal(verifyFeedback('nonsense', now, hmac).ok, false)
  })
})
