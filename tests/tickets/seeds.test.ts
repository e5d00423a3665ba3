import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { readSeeds, resolveTimes } from '../../cloudfunctions/_local/seed'
import { dueAt, sweepAt } from '../../src/domain/tickets/machine'
import type { TicketDoc } from '../../src/domain/tickets/model'

describe('seeded tickets', () => {
  const docs = resolveTimes(readSeeds().find((f) => f.collection === 'tickets')!.docs as TicketDoc[], new Date('2026-11-24T02:00:00Z'))

  it('are in every state a demo needs', () => {
    const states = new Set(docs.map((t) => t.state))
    for (const s of ['submitted', 'accepted', 'rejected', 'dispatched', 'acknowledged', 'in_progress', 'resolved', 'verified', 'closed']) {
      assert.ok(states.has(s as TicketDoc['state']), s)
    }
  })

  it('agree with the machine: derived fields, versions and timelines in order', () => {
    for (const t of docs) {
      assert.equal(t.dueAt, dueAt(t), `${t._id}.dueAt`)
      assert.equal(t.sweepAt, sweepAt(t), `${t._id}.sweepAt`)
      assert.deepEqual(t.departmentIds, t.departments.map((d) => d.departmentId), `${t._id}.departmentIds`)
      assert.equal(t.version, t.timeline.length - 1, `${t._id}.version`)
      const times = t.timeline.map((e) => e.at)
      assert.deepEqual(times, [...times].sort(), `${t._id}: timeline in order`)
    }
  })
})
