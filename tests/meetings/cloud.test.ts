import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { seed } from '../../cloudfunctions/_local/seed'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { dispatch, type Deps } from '../../cloudfunctions/_runtime/router'
import { localServices } from '../../cloudfunctions/_runtime/services/local'
import { CloudStore } from '../../cloudfunctions/_store/cloud'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { DEFAULT_NOW } from '../helpers/harness'
import { FakeCloudDb } from '../store/fake-cloud-db'
import { SEC, STAFF } from './helpers'

describe('meetings on the cloud adapter (optimistic transactions)', () => {
  it('simultaneous 附议 count once per person, and simultaneous conversions make one ticket', async () => {
    const store = new CloudStore(new FakeCloudDb())
    const clock = new FixedClock(DEFAULT_NOW)
    const log = memoryLogger()
    await seed(store, clock.now())
    const deps: Deps = { functions: FUNCTIONS, store, clock, log, services: localServices(store, clock, log, 'test-secret') }
    const call = (openid: string, action: string, data: unknown) => dispatch({ fn: 'meetings', action, data, openid }, deps)

    const topicId = 'tp-seed-greening'
    const rs = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => call(`cloud-${i}`, 'second', { topicId })),
      ...Array.from({ length: 10 }, () => call('cloud-solo', 'second', { topicId })),
    ])
    assert.ok(rs.every((r) => r.ok), JSON.stringify(rs.find((r) => !r.ok)))
    assert.equal((await store.get('meeting_topics', topicId))?.seconds, 21)

    const made = await call(STAFF, 'schedule', { kind: 'joint', title: '三级联席会议', startAt: new Date(clock.now().getTime() - 3600_000).toISOString(), place: '街道党工委会议室' })
    assert.ok(made.ok)
    const id = (made.data as { id: string }).id
    const rec = await call(STAFF, 'record', { id, attendance: [{ kind: 'unit', name: '区住建局党支部' }], minutes: '研究老旧小区改造中的难题。', decisions: [{ text: '住建局牵头排查9幢外墙空鼓' }] })
    assert.ok(rec.ok, JSON.stringify(rec))
    const conv = await Promise.all(Array.from({ length: 8 }, () => call(SEC, 'convert', { id, decisionId: 'd1', to: 'ticket', ticketCategory: 'housing' })))
    assert.ok(conv.every((r) => r.ok), JSON.stringify(conv.find((r) => !r.ok)))
    assert.equal(new Set(conv.map((r) => (r.data as { ticketId: string }).ticketId)).size, 1)
    assert.equal(conv.filter((r) => !(r.data as { already: boolean }).already).length, 1)
    assert.ok(await store.get('tickets', `tk-mt-${id}-d1`))
  })
})
