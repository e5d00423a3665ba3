import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Doc } from '../../cloudfunctions/_store/port'
import { satisfactionOfScores } from '../../src/domain/wishes/satisfaction'
import { harness, type Harness } from '../helpers/harness'
import { listedWish } from './helpers'

/** A wish claimed and fulfilled by demo-member, waiting for the poster's confirmation. */
async function fulfilledWish(h: Harness, title: string): Promise<string> {
  const id = await listedWish(h, { title })
  await h.ok('demo-member', 'wishes', 'claim', { id })
  await h.ok('demo-member', 'wishes', 'fulfill', { id, note: '已经办好了' })
  return id
}

/** 满意率 computed from the wishes themselves, the way the summary must agree with. */
async function rateFromWishes(h: Harness) {
  const wishes = await h.store.queryAll<Doc>('wishes', { where: { communityId: 'c-wanghu' } }, { max: 10_000 })
  const scores = wishes.flatMap((w) => (typeof w.score === 'number' ? [w.score] : []))
  return satisfactionOfScores(scores)
}

describe('wishes: 满意度 on confirmation', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a score outside 1–5 is refused and changes nothing', async () => {
    const id = await fulfilledWish(h, '想要一个暖手宝')
    const wish = await h.store.get('wishes', id)
    const summary = await h.ok('demo-staff', 'wishes', 'satisfaction', {})
    const points = (await h.ok('demo-member', 'members', 'me', {})).points
    for (const score of [0, 6, 3.5, -1, '5', null]) {
      const e = await h.err('demo-resident', 'wishes', 'confirm', { id, score, thanks: '谢谢' } as never, 'INVALID_INPUT')
      assert.match(e.message, /满意度|打分/)
    }
    const e = await h.err('demo-resident', 'wishes', 'confirm', { id } as never, 'INVALID_INPUT')
    assert.match(e.message, /打分/, 'a confirmation without a score asks for one')
    assert.deepEqual(await h.store.get('wishes', id), wish, 'the wish is untouched')
    assert.deepEqual(await h.ok('demo-staff', 'wishes', 'satisfaction', {}), summary)
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).points, points)
  })

  it('the score is stored with the confirmation and shown to whoever sees the fulfilment', async () => {
    const id = await fulfilledWish(h, '想要一副护膝')
    const c = await h.ok('demo-resident', 'wishes', 'confirm', { id, score: 4, thanks: '护膝很暖和' })
    assert.equal(c.state, 'confirmed')
    assert.equal(c.score, 4)
    assert.equal(c.scoreName, '满意')
    for (const viewer of ['demo-member', 'demo-staff', 'm-zhou']) {
      const d = await h.ok(viewer, 'wishes', 'get', { id })
      assert.equal(d.fulfilment?.note, '已经办好了')
      assert.equal(d.score, 4, `${viewer} sees the score`)
      assert.equal(d.scoreName, '满意')
    }
  })

  it('the 满意率 from the running summary equals the rate computed from the wishes, under simultaneous confirmations', async () => {
    const scores = [5, 4, 2, 3, 5, 1, 4]
    const ids = await Promise.all(scores.map((_, i) => fulfilledWish(h, `想要第${i + 1}样东西`)))
    const before = await h.ok('demo-staff', 'wishes', 'satisfaction', {})
    // every wish confirmed at once, each three times (the repeats answer ALREADY_DONE and count nothing)
    const rs = await Promise.all(ids.flatMap((id, i) => [0, 1, 2].map(() => h.call('demo-resident', 'wishes', 'confirm', { id, score: scores[i] }))))
    assert.equal(rs.filter((r) => r.ok).length, ids.length)
    for (const r of rs) if (!r.ok) assert.equal(r.error.code, 'ALREADY_DONE')
    const s = await h.ok('demo-staff', 'wishes', 'satisfaction', {})
    assert.equal(s.rated, before.rated + scores.length)
    assert.equal(s.satisfied, before.satisfied + scores.filter((n) => n >= 4).length)
    assert.deepEqual(s, await rateFromWishes(h))
    assert.ok(s.rate !== null && s.rate > 0 && s.rate < 1)
  })

  it('only staff read the community 满意率', async () => {
    await h.err('demo-resident', 'wishes', 'satisfaction', {}, 'FORBIDDEN')
    await h.err('demo-member', 'wishes', 'satisfaction', {}, 'FORBIDDEN')
    assert.deepEqual(await h.ok('demo-secretary', 'wishes', 'satisfaction', {}), await rateFromWishes(h))
  })
})
