import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { attendanceCsv } from '../../src/domain/events/csv'
import { distanceM, nearest, walkMinutes } from '../../src/domain/events/geo'
import { SIGNUP, type SignupMove } from '../../src/domain/events/machine'
import { mayCancelSignup, mayJoin, mayProposeFor, monthOf, monthRange, type SignupStatus } from '../../src/domain/events/rules'

/** Who may move a sign-up from `from` (null: none yet) to `to`, by the sign-up machine; null when nobody may. */
function signupMove(from: SignupStatus | null, to: SignupStatus): 'self' | 'system' | null {
  const moves = Object.keys(SIGNUP.moves) as SignupMove[]
  const move = moves.find((m) => SIGNUP.moves[m].to === to && SIGNUP.moves[m].from.includes(from ?? 'none'))
  return move ? SIGNUP.moves[move].who[0] : null
}

describe('events: rules', () => {
  it('members-only events need a party member; open events take anyone', () => {
    assert.equal(mayJoin('members', ['resident']), false)
    assert.equal(mayJoin('members', ['resident', 'member']), true)
    assert.equal(mayJoin('all', ['resident']), true)
  })

  it('sign-up moves: only the system promotes a waiter; nothing leaves nothing', () => {
    assert.equal(signupMove(null, 'confirmed'), 'self')
    assert.equal(signupMove(null, 'cancelled'), null)
    assert.equal(signupMove('waitlisted', 'confirmed'), 'system')
    assert.equal(signupMove('confirmed', 'waitlisted'), null)
    assert.equal(signupMove('confirmed', 'confirmed'), null)
    assert.equal(signupMove('cancelled', 'confirmed'), 'self')
  })

  it('cancelling a sign-up closes 2 hours before the start', () => {
    const start = '2026-11-24T11:30:00.000Z'
    assert.equal(mayCancelSignup(start, Date.parse('2026-11-24T09:30:00.000Z')), true)
    assert.equal(mayCancelSignup(start, Date.parse('2026-11-24T09:30:01.000Z')), false)
  })

  it('months are Shanghai calendar months', () => {
    assert.deepEqual(monthRange('2026-12'), { from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' })
    assert.equal(monthOf('2026-11-30T16:30:00.000Z'), '2026-12')
    assert.equal(mayProposeFor('2026-12', '2026-11-24T02:00:00Z'), true)
    assert.equal(mayProposeFor('2026-10', '2026-11-24T02:00:00Z'), false)
  })

  it('distance: about 1.1 km per 0.01° of latitude; walking circles filter and sort', () => {
    const center = { lat: 29.8712, lng: 121.5443 }
    assert.equal(distanceM(center, center), 0)
    const d = distanceM(center, { lat: 29.8812, lng: 121.5443 })
    assert.ok(d > 1100 && d < 1125, String(d))
    assert.equal(walkMinutes(800), 10)
    const places = [
      { id: 'far', lat: 29.9, lng: 121.6 },
      { id: 'near', lat: 29.872, lng: 121.545 },
      { id: 'mid', lat: 29.878, lng: 121.5443 },
    ]
    assert.deepEqual(nearest(places, center).map((p) => p.id), ['near', 'mid', 'far'])
    assert.deepEqual(nearest(places, center, 10).map((p) => p.id), ['near', 'mid'])
  })

  it('attendance CSV: BOM, header, local times, quoted and formula-safe cells', () => {
    const csv = attendanceCsv('重温入党誓词', [
      { name: '李建国', branch: '区发改局机关第二党支部', openid: 'demo-member', checkedInAt: '2026-11-24T11:31:05.000Z', method: '扫码' },
      { name: '=HYPERLINK("x")', openid: 'm-x', checkedInAt: '2026-11-24T11:32:00.000Z', method: '出示党员码' },
    ])
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n')
    assert.ok(csv.startsWith('\ufeff'))
    assert.equal(lines[1], '序号,姓名,所在支部,签到时间,签到方式,openid')
    assert.equal(lines[2], '1,李建国,区发改局机关第二党支部,2026-11-24 19:31:05,扫码,demo-member')
    assert.equal(lines[3], `2,"'=HYPERLINK(""x"")",,2026-11-24 19:32:00,出示党员码,m-x`)
  })
})
