import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { visitPace } from '../../cloudfunctions/sweeper/jobs/visit-pace'
import { atLocal } from '../../src/domain/time'
import { harness, type Harness } from '../helpers/harness'
import { visitInput } from './helpers'

const reminders = async (h: Harness) => (await h.store.query('outbox', { where: { to: 'demo-member' }, limit: 100 })).items.filter((n) => n.template === 'visits')

describe('sweeper: members below pace are reminded once a quarter', () => {
  it('in the quarter’s final month only, once per member however often it runs', async () => {
    const h = await harness()
    assert.equal(await visitPace.run(h.deps), 0, 'November: not the final month of the quarter')
    h.clock.set(atLocal('2026-12-01', '09:00'))
    const counts = await Promise.all([visitPace.run(h.deps), visitPace.run(h.deps)])
    assert.equal(counts[0] + counts[1], 3, '李建国, 周立平 and 孙德明 each have a household behind; two sweeps at once remind them once')
    const mine = await reminders(h)
    assert.equal(mine.length, 1)
    assert.equal(mine[0]._id, 'visit-pace:2026Q4:demo-member')
    assert.match(String(mine[0].body), /5 户中有 4 户走访进度落后，本季度还有 2 户未走访/)
    h.clock.advance(60 * 24 * 3)
    assert.equal(await visitPace.run(h.deps), 0, 'a later sweep the same quarter sends nothing')
    h.clock.set(atLocal('2027-03-02', '09:00'))
    assert.equal(await visitPace.run(h.deps), 3, 'a new quarter, a new reminder')
    assert.equal((await reminders(h)).length, 2)
    await h.close()
  })

  it('a member on pace hears nothing', async () => {
    const h = await harness()
    h.clock.set(atLocal('2026-12-10', '09:00'))
    for (const [id, dates] of Object.entries({ 'hh-w2-02': ['2026-12-01'], 'hh-w2-03': ['2026-01-15', '2026-12-01'], 'hh-w2-04': ['2026-02-01', '2026-05-01', '2026-08-01', '2026-12-02'], 'hh-w2-05': ['2026-02-02', '2026-05-02', '2026-12-03'] })) {
      for (const date of dates) await h.ok('demo-member', 'visits', 'log', visitInput(id, { date }))
    }
    assert.equal((await h.ok('demo-member', 'visits', 'mine', {})).pace.belowPace, false)
    await visitPace.run(h.deps)
    assert.equal((await reminders(h)).length, 0)
    await h.close()
  })
})
