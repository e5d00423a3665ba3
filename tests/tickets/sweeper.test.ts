import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { harness, type Harness } from '../helpers/harness'
import { dispatched, doc, noticesTo, RESIDENT, resolved, SEC, ZHUJIAN } from './helpers'

const MIN = 1
const HOUR = 60 * MIN
const DAY = 24 * HOUR

describe('tickets: the sweeper acts on deadlines, once (pinned clock)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  const swept = async () => (await sweep(h.deps))['ticket-deadlines']

  it('the first sweep over the seeds escalates the 违建 ticket 城管 has not reported', async () => {
    assert.ok(((await swept()) as number) > 0)
    const t = await doc(h, 'tk-seed-illegal-building')
    assert.deepEqual(t.timeline.slice(-1).map((e) => [e.action, e.departmentId]), [['escalate_ack', 'dept-chengguan']])
    assert.equal((await noticesTo(h, 'demo-head-chengguan', t._id)).filter((n) => n.template === 'ticket_escalation').length, 1)
    assert.equal(await swept(), 0)
  })

  it('an urgent whistle: reminder at 1.5 h, escalation to the department head and the street office after 2 h', async () => {
    const id = await dispatched(h, { priority: 'urgent' })
    h.clock.advance(89 * MIN)
    await swept()
    assert.equal((await noticesTo(h, ZHUJIAN, id)).length, 1, 'only the whistle so far')
    h.clock.advance(1 * MIN)
    assert.ok(((await swept()) as number) >= 1)
    const reminders = await noticesTo(h, ZHUJIAN, id)
    assert.equal(reminders.length, 2)
    assert.equal(reminders[1].body, '系统提醒区住建局尽快报到')
    assert.equal(await swept(), 0, 'a second sweep at the same instant changes nothing')

    h.clock.advance(31 * MIN)
    await swept()
    const t = await doc(h, id)
    assert.equal(t.timeline.filter((e) => e.action === 'escalate_ack').length, 1)
    for (const head of ['demo-head-zhujian', 'demo-head-street']) {
      const n = (await noticesTo(h, head, id)).filter((x) => x.template === 'ticket_escalation')
      assert.equal(n.length, 1, head)
      assert.ok(String(n[0].title).startsWith('【督办】'))
    }
    const list = await h.ok(ZHUJIAN, 'tickets', 'list', { scope: 'department', limit: 100 })
    assert.equal(list.items.find((i) => i.id === id)?.overdue, true)
    const outboxBefore = await h.store.count('outbox', {})
    assert.equal(await swept(), 0)
    h.clock.advance(10 * MIN)
    await swept()
    assert.equal(await h.store.count('outbox', {}), outboxBefore, 'escalated once, not every sweep')
    assert.equal((await doc(h, id)).timeline.length, t.timeline.length)

    await h.ok(ZHUJIAN, 'tickets', 'acknowledge', { id })
    const late = await h.ok(ZHUJIAN, 'tickets', 'get', { id })
    assert.equal(late.departments[0].overdue, false, 'reported late, no longer outstanding')
  })

  it('the resolve deadline: reminder, then escalation, once each', async () => {
    const id = await dispatched(h, { priority: 'urgent' })
    await h.ok(ZHUJIAN, 'tickets', 'acknowledge', { id })
    h.clock.advance(36 * HOUR)
    await swept()
    assert.equal((await doc(h, id)).timeline.at(-1)?.action, 'remind_resolve')
    h.clock.advance(13 * HOUR)
    await swept()
    await swept()
    const t = await doc(h, id)
    assert.deepEqual(t.timeline.slice(-2).map((e) => e.action), ['remind_resolve', 'escalate_resolve'])
    assert.equal((await noticesTo(h, 'demo-head-street', id)).filter((x) => x.template === 'ticket_escalation').length, 1)
  })

  it('no rating in 7 days: reminder on day 5, closed as satisfied by default on day 7', async () => {
    const id = await resolved(h)
    await h.ok(SEC, 'tickets', 'verify', { id, accept: true })
    h.clock.advance(5 * DAY)
    await swept()
    const reminded = await noticesTo(h, RESIDENT, id)
    assert.equal(reminded.at(-1)?.body, '系统提醒您对办理结果进行评价')
    h.clock.advance(2 * DAY)
    await swept()
    assert.equal(await swept(), 0)
    const t = await h.ok(RESIDENT, 'tickets', 'get', { id })
    assert.equal(t.state, 'closed')
    assert.equal(t.satisfiedByDefault, true)
    assert.equal(t.timeline.filter((e) => e.action === 'auto_close').length, 1)
    await h.err(RESIDENT, 'tickets', 'rate', { id, score: 3 }, 'CONFLICT')
  })
})
