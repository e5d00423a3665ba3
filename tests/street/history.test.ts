import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { seedStreet } from '../../cloudfunctions/_local/street-seed'
import { SCREENS } from '../../scripts/bench/screens'
import { harness, type Harness } from '../helpers/harness'

describe('the demo history of the street dashboard', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    await seedStreet(h.store, h.clock.now())
  })
  afterAll(() => h.close())

  it('inserting it again changes nothing', async () => {
    assert.deepEqual(await seedStreet(h.store, h.clock.now()), { inserted: 0, changed: 0 })
  })

  // the emulator and the browser journeys run with it: every screen must still answer within its contract
  for (const screen of SCREENS) {
    for (const call of screen.calls) {
      it(`${screen.page}: ${call.fn}.${call.action} as ${screen.openid} still answers`, async () => {
        h.clock.advance(1)
        const r = await h.call(screen.openid, call.fn, call.action, call.data)
        const entry = !r.ok && h.log.entries.find((e) => e.fields?.requestId === (r.error.details as { requestId?: string } | undefined)?.requestId)
        assert.ok(r.ok, `${JSON.stringify(r)} ${entry ? entry.msg : ''}`)
      })
    }
  }

  it('more screens people page through: every community list and the department lists', async () => {
    for (const [openid, fn, action, data] of [
      ['demo-liaison-chengguan', 'tickets', 'list', { scope: 'department' }],
      ['demo-secretary', 'tickets', 'list', { scope: 'community' }],
      ['demo-secretary', 'wishes', 'list', { scope: 'public' }],
      ['demo-street-secretary', 'tickets', 'list', { scope: 'community' }],
      ['demo-secretary-hepan', 'wishes', 'roster', {}],
      ['demo-member', 'events', 'list', { month: '2026-09' }],
      ['demo-secretary', 'members', 'yearSummary', { year: 2026 }],
    ] as const) {
      h.clock.advance(1)
      const r = await h.call(openid, fn, action, data)
      const entry = !r.ok && h.log.entries.find((e) => e.fields?.requestId === (r.error.details as { requestId?: string } | undefined)?.requestId)
      assert.ok(r.ok, `${fn}.${action} as ${openid}: ${JSON.stringify(r)} ${entry ? entry.msg : ''}`)
    }
  })
})
