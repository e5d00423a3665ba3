import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { readSeeds } from '../../cloudfunctions/_local/seed'

describe('meetings: seeds agree with themselves', () => {
  const by = new Map(readSeeds().map((f) => [f.collection, f.docs]))
  const docs = (c: string) => by.get(c) ?? []

  it('each topic’s counter is the number of its seconds', () => {
    for (const t of docs('meeting_topics')) {
      assert.equal(t.seconds, docs('meeting_seconds').filter((s) => s.topicId === t._id).length, t._id)
    }
  })

  it('a decision’s ticket exists and points back at the meeting and decision', () => {
    let linked = 0
    for (const m of docs('meetings')) {
      for (const d of m.decisions as { id: string; ticketId?: string }[]) {
        if (!d.ticketId) continue
        const t = docs('tickets').find((x) => x._id === d.ticketId)
        assert.ok(t, `${m._id}/${d.id} → ${d.ticketId}`)
        assert.deepEqual([(t.source as { id: string }).id, (t.source as { decisionId: string }).decisionId], [m._id, d.id])
        linked++
      }
    }
    assert.ok(linked >= 1, 'a seeded decision became a ticket')
  })

  it('topics on the agenda are on it, and the meeting they name exists', () => {
    for (const t of docs('meeting_topics')) {
      const m = docs('meetings').find((x) => x._id === t.meetingId)!
      assert.equal((m.agenda as { topicId?: string }[]).some((a) => a.topicId === t._id), t.onAgenda, t._id)
    }
  })
})
