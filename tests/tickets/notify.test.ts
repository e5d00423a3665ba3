import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { followId } from '../../cloudfunctions/tickets/load'
import { harness, type Harness } from '../helpers/harness'
import { noticesTo, SEC, submit, ZHUJIAN } from './helpers'

describe('tickets: everyone who should hear of a step hears of it', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a whistle reaches every liaison of the department and every follower, past a page of people', async () => {
    const at = h.clock.now().toISOString()
    const liaisons = Array.from({ length: 25 }, (_, i) => `zj-liaison-${i}`)
    for (const id of liaisons) {
      await h.store.insert('members', { _id: id, name: `联络员${id.slice(-2)}`, roles: ['liaison'], departmentId: 'dept-zhujian', communityId: 'c-wanghu', points: 0, createdAt: at, updatedAt: at })
    }
    const ticket = await submit(h)
    const followers = Array.from({ length: 130 }, (_, i) => `follower-${i}`)
    for (const openid of followers) await h.store.insert('ticket_follows', { _id: followId(ticket, openid), ticketId: ticket, openid, createdAt: at })

    await h.ok(SEC, 'tickets', 'triage', { id: ticket, decision: 'accept' })
    const everyone = [ZHUJIAN, ...liaisons, ...followers]
    const count = async () => new Map(await Promise.all(everyone.map(async (p) => [p, (await noticesTo(h, p, ticket)).length] as const)))
    const before = await count()
    await h.ok(SEC, 'tickets', 'whistle', { id: ticket, leadDepartmentId: 'dept-zhujian', priority: 'normal' })
    const afterWhistle = await count()
    const told = (people: string[]) => people.filter((p) => afterWhistle.get(p) === before.get(p)! + 1).length
    assert.equal(told([ZHUJIAN, ...liaisons]), 26, 'all 26 liaisons of 住建 are told (not the first 20)')
    assert.equal(told(followers), 130, 'all 130 followers are told (not the first 100)')
  })
})
