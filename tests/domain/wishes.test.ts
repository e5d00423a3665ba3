import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { AppError } from '../../src/domain/errors'
import { movesOpen } from '../../src/domain/machine'
import { canRelease, staleCutoff, transition, WISH_MACHINE, type Actor, type WishFacts } from '../../src/domain/wishes/machine'
import { beneficiaryView, readsContact, timelineName, visibility } from '../../src/domain/wishes/privacy'
import { decideHours, HOURS_MACHINE, yearStart } from '../../src/domain/wishes/service'

const now = new Date('2026-11-24T02:00:00.000Z')
const poster: Actor = { openid: 'p', roles: ['resident'] }
const member: Actor = { openid: 'm', roles: ['resident', 'member'] }
const other: Actor = { openid: 'o', roles: ['resident', 'member'] }
const staff: Actor = { openid: 's', roles: ['resident', 'staff'] }

function code(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e.code
    throw e
  }
  return 'OK'
}

const wish = (state: WishFacts['state'], extra: Partial<WishFacts> = {}): WishFacts => ({ state, poster: 'p', ...extra })

describe('wish machine', () => {
  it('walks the happy path with the right people', () => {
    assert.deepEqual(transition(wish('pending'), 'approve', staff, now), { from: 'pending', to: 'listed' })
    assert.deepEqual(transition(wish('listed'), 'claim', member, now), { from: 'listed', to: 'claimed' })
    const claimed = wish('claimed', { claimer: 'm', claimedAt: now.toISOString() })
    assert.deepEqual(transition(claimed, 'fulfill', member, now), { from: 'claimed', to: 'fulfilled' })
    assert.deepEqual(transition(wish('fulfilled', { claimer: 'm' }), 'confirm', poster, now), { from: 'fulfilled', to: 'confirmed' })
    assert.deepEqual(transition(wish('listed'), 'match', staff, now), { from: 'listed', to: 'listed' })
  })

  it('refuses the wrong person', () => {
    assert.equal(code(() => transition(wish('pending'), 'approve', member, now)), 'FORBIDDEN')
    assert.equal(code(() => transition(wish('listed'), 'claim', poster, now)), 'FORBIDDEN')
    assert.equal(code(() => transition(wish('listed', { poster: 'm' }), 'claim', member, now)), 'FORBIDDEN')
    assert.equal(code(() => transition(wish('claimed', { claimer: 'm' }), 'fulfill', other, now)), 'FORBIDDEN')
    assert.equal(code(() => transition(wish('fulfilled', { claimer: 'm' }), 'confirm', member, now)), 'FORBIDDEN')
  })

  it('refuses the wrong state with CONFLICT', () => {
    assert.equal(code(() => transition(wish('claimed', { claimer: 'x' }), 'claim', member, now)), 'CONFLICT')
    assert.equal(code(() => transition(wish('listed'), 'approve', staff, now)), 'CONFLICT')
    assert.equal(code(() => transition(wish('claimed', { claimer: 'm' }), 'confirm', poster, now)), 'CONFLICT')
    assert.equal(code(() => transition(wish('confirmed'), 'match', staff, now)), 'CONFLICT')
  })

  it('release only within 24 h of claiming', () => {
    const at = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString()
    assert.equal(canRelease(at(23.9), now), true)
    assert.equal(canRelease(at(24.1), now), false)
    assert.equal(code(() => transition(wish('claimed', { claimer: 'm', claimedAt: at(25) }), 'release', member, now)), 'TOO_LATE')
    assert.equal(transition(wish('claimed', { claimer: 'm', claimedAt: at(1) }), 'release', member, now).to, 'listed')
  })

  it('a claim that finds the wish taken names who took it; a second confirm is ALREADY_DONE', () => {
    try {
      transition(wish('claimed', { claimer: 'x', claimerName: '小王' }), 'claim', member, now)
      assert.fail('claimed twice')
    } catch (e) {
      assert.ok(e instanceof AppError)
      assert.equal(e.code, 'CONFLICT')
      assert.match(e.message, /小王/)
      assert.deepEqual(e.details, { claimerName: '小王', state: 'claimed' })
    }
    assert.equal(code(() => transition(wish('confirmed', { claimer: 'm' }), 'confirm', poster, now)), 'ALREADY_DONE')
    assert.equal(code(() => transition(wish('confirmed', { claimer: 'm' }), 'confirm', member, now)), 'FORBIDDEN', 'only the poster hears it was done')
  })

  it('offers each person the moves open to them', () => {
    const as = (a: Actor, w: WishFacts) => (who: string) => (who === 'staff' ? a.roles.includes('staff') : who === 'member' ? a.roles.includes('member') : who === 'claimer' ? a.openid === w.claimer : a.openid === w.poster)
    const claimed = wish('claimed', { claimer: 'm' })
    assert.deepEqual(movesOpen(WISH_MACHINE, 'claimed', as(member, claimed)), ['release', 'fulfill'])
    assert.deepEqual(movesOpen(WISH_MACHINE, 'claimed', as(staff, claimed)), ['match'])
    assert.deepEqual(movesOpen(WISH_MACHINE, 'pending', as(staff, wish('pending'))), ['approve', 'decline', 'match'])
  })

  it('stale cutoff is 30 days back', () => {
    assert.equal(staleCutoff(now), '2026-10-25T02:00:00.000Z')
  })
})

describe('wish privacy', () => {
  const b = { name: '王秀兰', phone: '13800001111', building: '3幢', address: '3幢2单元502' }

  it('shows each viewer only what they need, contact details only in a detail', () => {
    const w = { state: 'claimed' as const, poster: 'p', claimer: 'm' }
    assert.deepEqual(beneficiaryView(b, visibility(w, other), true), { display: '王** · 3幢', building: '3幢' })
    assert.deepEqual(beneficiaryView(b, visibility(w, member), true), { display: '王** · 3幢', building: '3幢', phone: b.phone, address: b.address })
    assert.deepEqual(beneficiaryView(b, visibility(w, member), false), { display: '王** · 3幢', building: '3幢' })
    assert.equal(beneficiaryView(b, visibility(w, staff), false).name, '王秀兰')
    assert.equal(beneficiaryView(b, visibility(w, staff), false).phone, undefined)
    assert.equal(beneficiaryView(b, visibility(w, poster), true).phone, b.phone)
    assert.equal(visibility({ ...w, state: 'listed' }, member), 'public', 'a released claim gives no more access')
  })

  it('contact reads by others are the ones to audit; the poster is masked for the public', () => {
    const w = { state: 'claimed' as const, poster: 'p', claimer: 'm', beneficiary: b }
    assert.equal(readsContact(w, visibility(w, staff), staff), true)
    assert.equal(readsContact(w, visibility(w, member), member), true)
    assert.equal(readsContact(w, visibility(w, poster), poster), false)
    assert.equal(readsContact(w, visibility(w, other), other), false)
    assert.equal(timelineName('p', '王秀兰', w, 'public'), '王**')
    assert.equal(timelineName('p', '王秀兰', w, 'full'), '王秀兰')
    assert.equal(timelineName('s', '吴秀英', w, 'public'), '吴秀英')
  })
})

describe('service hours', () => {
  it('staff decide once, never on their own hours', () => {
    assert.equal(decideHours({ state: 'pending', openid: 'm' }, true, staff), 'confirmed')
    assert.equal(decideHours({ state: 'pending', openid: 'm' }, false, staff), 'rejected')
    assert.equal(code(() => decideHours({ state: 'pending', openid: 'm' }, true, member)), 'FORBIDDEN')
    assert.equal(code(() => decideHours({ state: 'pending', openid: 's' }, true, staff)), 'FORBIDDEN')
    assert.equal(code(() => decideHours({ state: 'confirmed', openid: 'm' }, true, staff)), 'ALREADY_DONE')
    assert.equal(code(() => decideHours({ state: 'rejected', openid: 'm' }, true, staff)), 'ALREADY_DONE')
    assert.equal(code(() => decideHours({ state: 'confirmed', openid: 'm' }, false, member)), 'FORBIDDEN')
    assert.deepEqual(movesOpen(HOURS_MACHINE, 'pending', () => true), ['confirm', 'reject'])
    assert.deepEqual(movesOpen(HOURS_MACHINE, 'confirmed', () => true), [])
  })

  it('the year is the community calendar year', () => {
    assert.equal(yearStart(new Date('2026-12-31T16:30:00.000Z')), '2027-01-01')
  })
})
