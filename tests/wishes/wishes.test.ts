import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { WISH_POINTS } from '../../src/domain/wishes/machine'
import { harness, type Harness } from '../helpers/harness'
import { listedWish, wishInput } from './helpers'

describe('wishes: lifecycle', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('post validates, checks content, waits for review and tells staff', async () => {
    await h.err('demo-resident', 'wishes', 'post', wishInput({ title: '' }), 'INVALID_INPUT')
    await h.err('demo-resident', 'wishes', 'post', { ...wishInput(), extra: 1 }, 'INVALID_INPUT')
    await h.err('demo-resident', 'wishes', 'post', wishInput({ beneficiary: { name: '马', building: '' } }), 'INVALID_INPUT')
    await h.err('demo-resident', 'wishes', 'post', wishInput({ story: '帮我赌博' }), 'CONTENT_REJECTED')
    const { id, state } = await h.ok('demo-resident', 'wishes', 'post', wishInput())
    assert.equal(state, 'pending')
    const board = await h.ok('m-zhou', 'wishes', 'list', {})
    assert.ok(!board.items.some((w) => w.id === id), 'a pending wish is not on the public board')
    await h.err('m-zhou', 'wishes', 'get', { id }, 'NOT_FOUND')
    const review = await h.ok('demo-staff', 'wishes', 'list', { scope: 'review' })
    assert.ok(review.items.some((w) => w.id === id))
    await h.err('demo-member', 'wishes', 'list', { scope: 'review' }, 'FORBIDDEN')
    const notes = await h.store.query('outbox', { where: { to: 'demo-staff' } })
    assert.ok(notes.items.some((n) => n.title === '有新的微心愿待审核'))
  })

  it('only staff approve or decline, once; a declined wish tells the poster why', async () => {
    const { id } = await h.ok('demo-resident', 'wishes', 'post', wishInput({ title: '想换个新电饭煲' }))
    await h.err('demo-member', 'wishes', 'approve', { id }, 'FORBIDDEN')
    await h.err('demo-staff', 'wishes', 'decline', { id, reason: '' }, 'INVALID_INPUT')
    const d = await h.ok('demo-staff', 'wishes', 'decline', { id, reason: '已由街道民政统一发放，无需重复' })
    assert.equal(d.state, 'declined')
    await h.err('demo-secretary', 'wishes', 'approve', { id }, 'CONFLICT')
    const mine = await h.ok('demo-resident', 'wishes', 'get', { id })
    assert.equal(mine.declineReason, '已由街道民政统一发放，无需重复')
    await h.err('demo-staff', 'wishes', 'approve', { id: 'no-such-wish' }, 'NOT_FOUND')
  })

  it('claim → fulfil → confirm gives the claimer points once and tells each side', async () => {
    const id = await listedWish(h)
    await h.err('demo-resident', 'wishes', 'claim', { id }, 'FORBIDDEN')
    const claimed = await h.ok('demo-member', 'wishes', 'claim', { id })
    assert.equal(claimed.state, 'claimed')
    assert.equal(claimed.claimerName, '李建国')
    assert.deepEqual(claimed.can, ['release', 'fulfill'])
    await h.err('m-zhou', 'wishes', 'fulfill', { id, note: '送到了' }, 'FORBIDDEN')
    await h.err('demo-resident', 'wishes', 'confirm', { id, score: 5 }, 'CONFLICT')
    const before = (await h.ok('demo-member', 'members', 'me', {})).points
    const f = await h.ok('demo-member', 'wishes', 'fulfill', { id, note: '配好了 250 度的老花镜，送到马奶奶家', images: ['cloud://glasses.jpg'] })
    assert.equal(f.fulfilment?.note, '配好了 250 度的老花镜，送到马奶奶家')
    await h.err('demo-member', 'wishes', 'confirm', { id, score: 5 }, 'FORBIDDEN')
    const c = await h.ok('demo-resident', 'wishes', 'confirm', { id, score: 5, thanks: '谢谢李师傅！' })
    assert.equal(c.state, 'confirmed')
    assert.equal(c.thanks, '谢谢李师傅！')
    await h.err('demo-resident', 'wishes', 'confirm', { id, score: 5 }, 'ALREADY_DONE')
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, before + WISH_POINTS)
    const ledger = await h.ok('demo-member', 'members', 'points', {})
    assert.equal(ledger.items.filter((e) => e.reason === 'wish' && e.note === '想要一副老花镜').length, 1)
    assert.deepEqual(
      c.timeline.map((t) => t.action),
      ['post', 'approve', 'claim', 'fulfill', 'confirm'],
    )
    const toClaimer = await h.store.query('outbox', { where: { to: 'demo-member' } })
    assert.ok(toClaimer.items.some((n) => String(n.title).includes(`+${WISH_POINTS}`)))
  })

  it('a confirm that stopped before the award heals when the poster taps again', async () => {
    const id = await listedWish(h, { title: '想要一个新书包' })
    await h.ok('demo-member', 'wishes', 'claim', { id })
    await h.ok('demo-member', 'wishes', 'fulfill', { id, note: '书包送到了' })
    const before = (await h.ok('demo-member', 'members', 'me', {})).points
    // the state change landed but the process died before the points: simulate with the store
    await h.store.update('wishes', id, { state: 'confirmed', confirmedAt: h.clock.now().toISOString() })
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, before)
    await h.err('demo-resident', 'wishes', 'confirm', { id, score: 5 }, 'ALREADY_DONE')
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, before + WISH_POINTS)
    await h.err('demo-resident', 'wishes', 'confirm', { id, score: 5 }, 'ALREADY_DONE')
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, before + WISH_POINTS, 'and only once')
  })

  it('release within 24 h lists the wish again; later it is too late', async () => {
    const id = await listedWish(h, { title: '想学用智能手机' })
    await h.ok('demo-member', 'wishes', 'claim', { id })
    await h.err('m-zhou', 'wishes', 'release', { id }, 'FORBIDDEN')
    h.clock.advance(23 * 60)
    const r = await h.ok('demo-member', 'wishes', 'release', { id, reason: '临时出差' })
    assert.equal(r.state, 'listed')
    assert.equal(r.claimerName, undefined)
    await h.ok('m-zhou', 'wishes', 'claim', { id })
    h.clock.advance(24 * 60 + 1)
    await h.err('m-zhou', 'wishes', 'release', { id }, 'TOO_LATE')
    const mine = await h.ok('m-zhou', 'wishes', 'list', { scope: 'claimed' })
    assert.ok(mine.items.some((w) => w.id === id))
  })

  it('staff match a resource from the pool, once each', async () => {
    const id = await listedWish(h, { title: '轮椅需要修理' })
    const pool = await h.ok('demo-resident', 'wishes', 'resources', {})
    assert.ok(pool.items.some((r) => r.provider.includes('党员先锋店')))
    await h.err('demo-member', 'wishes', 'match', { id, resourceId: 'res-repair' }, 'FORBIDDEN')
    await h.err('demo-staff', 'wishes', 'match', { id, resourceId: 'res-nope' }, 'NOT_FOUND')
    const m = await h.ok('demo-staff', 'wishes', 'match', { id, resourceId: 'res-repair', note: '老孙周六上门' })
    assert.equal(m.state, 'listed')
    assert.deepEqual(m.resources.map((r) => r.resourceId), ['res-repair'])
    await h.err('demo-staff', 'wishes', 'match', { id, resourceId: 'res-repair' }, 'ALREADY_DONE')
    const { id: rid } = await h.ok('demo-member', 'wishes', 'offerResource', {
      provider: '望湖书店（党员先锋店）',
      kind: 'shop',
      title: '借阅角免费开放',
      description: '每天 9 点到 18 点，社区孩子可免费看书、写作业。',
    })
    assert.equal((await h.ok('demo-resident', 'wishes', 'resources', {})).items[0].id, rid)
    await h.err('demo-resident', 'wishes', 'offerResource', { provider: '某店', kind: 'shop', title: '打折', description: '全场八折' }, 'FORBIDDEN')
  })
})
