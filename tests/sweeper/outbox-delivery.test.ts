/**
 * A move's notices are written with it; when the process dies between the commit and the
 * delivery, the sweeper's outbox job delivers them, once.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { OutboxDoc } from '../../cloudfunctions/_runtime/services/outbox'
import { outboxDelivery } from '../../cloudfunctions/sweeper/jobs/outbox-delivery'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { harness, type Harness } from '../helpers/harness'
import { dispatched, ZHUJIAN } from '../tickets/helpers'

const pending = async (h: Harness) => (await h.store.query<OutboxDoc>('outbox', { where: { pendingSince: { $lte: '9999' } }, limit: 100 })).items

describe('sweeper: outbox delivery', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a delivered notice is not pending', async () => {
    await dispatched(h)
    assert.deepEqual(await pending(h), [])
    const toLiaison = await h.store.query<OutboxDoc>('outbox', { where: { to: ZHUJIAN }, limit: 100 })
    assert.ok(toLiaison.items.length > 0 && toLiaison.items.every((n) => n.sentAt))
  })

  it('notices whose delivery died with the process are delivered by the sweep, once', async () => {
    const delivered: string[] = []
    const services = h.deps.services
    const realDeliver = services.deliver
    // the process "dies" after each commit: nothing is delivered in the request
    services.deliver = async () => {
      throw new Error('process killed')
    }
    let id: string
    try {
      id = await dispatched(h)
      await h.ok(ZHUJIAN, 'tickets', 'acknowledge', { id })
      await h.ok('demo-staff', 'wishes', 'decideHours', { id: 'hours-hu-1', accept: true })
    } finally {
      services.deliver = async (doc) => {
        delivered.push(doc._id)
        return realDeliver.call(services, doc)
      }
    }
    const lost = await pending(h)
    const page = `/packages/tickets/pages/detail/index?id=${id}`
    assert.ok(lost.some((n) => n.page === page && n.to === ZHUJIAN), 'the whistle told 住建, undelivered')
    assert.ok(lost.some((n) => n.template === 'service' && n.to === 'm-hu'), 'the hours decision told the member, undelivered')
    assert.ok(lost.every((n) => !n.sentAt))

    assert.equal(await outboxDelivery.run(h.deps), 0, 'within the grace a request may still be delivering')
    h.clock.advance(3)
    const runs = await Promise.all([outboxDelivery.run(h.deps), outboxDelivery.run(h.deps), outboxDelivery.run(h.deps)])
    assert.equal(runs.reduce((a, b) => a + b, 0), lost.length, 'concurrent sweeps deliver each notice once between them')
    assert.deepEqual([...delivered].sort(), lost.map((n) => n._id).sort())
    assert.deepEqual(await pending(h), [])
    for (const n of lost) assert.ok((await h.store.get<OutboxDoc>('outbox', n._id))?.sentAt, `${n._id} sent`)
    assert.equal((await sweep(h.deps))['outbox-delivery'], 0, 'a second sweep changes nothing')
    services.deliver = realDeliver
  })
})
