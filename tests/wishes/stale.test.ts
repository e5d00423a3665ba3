import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { harness, type Harness } from '../helpers/harness'
import { listedWish } from './helpers'

describe('wishes: the sweeper flags stale wishes', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('listed 30 days unclaimed → flagged once for staff; claimed wishes are not', async () => {
    const first = await sweep(h.deps)
    assert.equal(first['stale-wishes'], 1, 'the seeded 35-day-old wish')
    const fresh = await listedWish(h)
    const claimed = await listedWish(h, { title: '想要一台收音机' })
    await h.ok('demo-member', 'wishes', 'claim', { id: claimed })
    const flaggedIds = async () => (await h.ok('demo-staff', 'wishes', 'list', { scope: 'flagged' })).items.map((w) => w.id)
    assert.deepEqual(await flaggedIds(), ['wish-lamp'])
    h.clock.advance(30 * 24 * 60 - 1)
    await sweep(h.deps)
    assert.ok(!(await flaggedIds()).includes(fresh), 'not yet 30 days')
    h.clock.advance(2)
    assert.equal((await sweep(h.deps))['stale-wishes'], 1)
    assert.equal((await sweep(h.deps))['stale-wishes'], 0, 'a second sweep changes nothing')
    const flagged = await flaggedIds()
    assert.ok(flagged.includes(fresh))
    assert.ok(!flagged.includes(claimed))
    assert.equal(new Set(flagged).size, flagged.length)
    await h.err('demo-member', 'wishes', 'list', { scope: 'flagged' }, 'FORBIDDEN')
    const notes = await h.store.query('outbox', { where: { to: 'demo-staff' } })
    assert.equal(notes.items.filter((n) => n.title === '微心愿久未认领').length, flagged.length, 'one notice per flagged wish')
  })
})
