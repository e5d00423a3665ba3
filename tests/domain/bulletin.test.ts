import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import {
  canSee,
  countsAsRead,
  excerpt,
  expiryOf,
  gridOf,
  nextState,
  NEVER,
  paragraphs,
  readId,
  WHOLE_COMMUNITY,
  type NoticeView,
  type Viewer,
} from '../../src/domain/bulletin/rules'

const now = new Date('2026-11-24T02:00:00.000Z')
const notice = (over: Partial<NoticeView> = {}): NoticeView => ({
  communityId: 'c-wanghu',
  status: 'published',
  audience: WHOLE_COMMUNITY,
  expiresAt: NEVER,
  author: 'demo-secretary',
  ...over,
})
const resident = (over: Partial<Viewer> = {}): Viewer => ({
  openid: 'demo-resident',
  roles: ['resident'],
  communityId: 'c-wanghu',
  gridId: 'g-wanghu-1',
  ...over,
})
const staff = resident({ openid: 'demo-staff', roles: ['resident', 'staff'] })

describe('bulletin rules', () => {
  it('a resident sees live notices of their community for everyone or for their own grid', () => {
    assert.equal(canSee(notice(), resident(), now), true)
    assert.equal(canSee(notice({ audience: 'g-wanghu-1' }), resident(), now), true)
    assert.equal(canSee(notice({ audience: 'g-wanghu-2' }), resident(), now), false)
    assert.equal(canSee(notice({ audience: 'g-wanghu-1' }), resident({ gridId: undefined }), now), false)
    assert.equal(canSee(notice({ communityId: 'c-xincheng' }), resident(), now), false)
  })

  it('expired and archived notices leave residents; editors still see them', () => {
    const expired = notice({ expiresAt: '2026-11-24T01:59:59.000Z' })
    const archived = notice({ status: 'archived' })
    assert.equal(canSee(expired, resident(), now), false)
    assert.equal(canSee(notice({ expiresAt: now.toISOString() }), resident(), now), false, 'expiry is exclusive')
    assert.equal(canSee(archived, resident(), now), false)
    assert.equal(canSee(expired, staff, now), true)
    assert.equal(canSee(notice({ audience: 'g-wanghu-3' }), staff, now), true)
    assert.equal(canSee(archived, { ...staff, communityId: 'c-xincheng' }, now), false)
  })

  it('expiry: none means never; a past or present time is refused', () => {
    assert.deepEqual(expiryOf(undefined, now), { ok: true, value: NEVER })
    assert.deepEqual(expiryOf('2026-11-30T18:00:00+08:00', now), { ok: true, value: '2026-11-30T10:00:00.000Z' })
    assert.deepEqual(expiryOf(now.toISOString(), now), { ok: false })
    assert.deepEqual(expiryOf('2026-11-01T00:00:00Z', now), { ok: false })
  })

  it('reads: one id per person and notice; the author does not count', () => {
    assert.equal(readId('n1', 'demo-resident'), 'n1:demo-resident')
    assert.equal(countsAsRead(notice(), 'demo-resident'), true)
    assert.equal(countsAsRead(notice(), 'demo-secretary'), false)
  })

  it('grid of a person: recorded grid, else the building their address starts with', () => {
    const grids = [
      { _id: 'g1', buildings: ['1幢', '2幢'] },
      { _id: 'g4', buildings: ['10幢', '11幢'] },
      { _id: 'g3', buildings: ['望湖路沿街'] },
    ]
    assert.equal(gridOf({ gridId: 'g9', building: '1幢' }, grids), 'g9')
    assert.equal(gridOf({ building: '2幢3单元401' }, grids), 'g1')
    assert.equal(gridOf({ building: '10幢' }, grids), 'g4', '"10幢" is not "1幢"')
    assert.equal(gridOf({ building: '11幢1单元' }, grids), 'g4')
    assert.equal(gridOf({ building: '望湖路沿街12号' }, grids), 'g3')
    assert.equal(gridOf({ building: '望湖路沿街' }, grids), 'g3')
    assert.equal(gridOf({ building: '20幢' }, grids), undefined)
    assert.equal(gridOf({}, grids), undefined)
  })

  it('archive: editors only, once', () => {
    assert.deepEqual(nextState('archive', 'published', ['resident', 'secretary']), { ok: true, to: 'archived' })
    assert.deepEqual(nextState('archive', 'published', ['resident', 'member']), { ok: false, reason: 'FORBIDDEN' })
    assert.deepEqual(nextState('archive', 'archived', ['resident', 'staff']), { ok: false, reason: 'ALREADY_DONE' })
  })

  it('body reads as paragraphs and a short excerpt', () => {
    assert.deepEqual(paragraphs('第一段\n\n  第二段  \r\n第三段\n'), ['第一段', '第二段', '第三段'])
    assert.equal(excerpt('一二三四五\n六七八', 6), '一二三四五 …')
    assert.equal(excerpt('短', 6), '短')
  })
})
