import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { isOverdue, keptOf, listMove, pairingActive, reviewOf, type ListItemLike, type ListWho } from '../../src/domain/council/machine'
import { needIdOf, onCommittee } from '../../src/domain/council/model'
import { AppError } from '../../src/domain/errors'

const only = (...kinds: ListWho[]) => (w: ListWho) => kinds.includes(w)
const code = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e instanceof AppError ? e.code : 'THROWN'
  }
  return 'OK'
}
const need = (over: Partial<ListItemLike> = {}): ListItemLike => ({ kind: 'need', state: 'open', year: 2026, ...over })
const commitment = (over: Partial<ListItemLike> = {}): ListItemLike => ({ kind: 'commitment', state: 'open', year: 2026, dueAt: '2026-12-31T15:59:00.000Z', memberUnitId: 'mu-a', ...over })
const now = new Date('2026-11-24T02:00:00.000Z')

describe('三张清单: one machine', () => {
  it('a steward matches an open need; a second match is told it was made, others may not match', () => {
    assert.equal(listMove(need(), 'match', only('steward')), 'matched')
    assert.equal(code(() => listMove(need({ state: 'matched' }), 'match', only('steward'))), 'ALREADY_DONE')
    assert.equal(code(() => listMove(need(), 'match', only('committee', 'owner'))), 'FORBIDDEN')
    assert.equal(code(() => listMove(need({ state: 'cancelled' }), 'match', only('steward'))), 'CONFLICT')
    assert.equal(code(() => listMove(commitment(), 'match', only('steward'))), 'INVALID_INPUT', 'only needs are matched')
  })

  it('progress moves open, matched and in-progress items to in progress, by a steward, a 兼职委员 or the owner', () => {
    for (const state of ['open', 'matched', 'in_progress'] as const) assert.equal(listMove(commitment({ state }), 'progress', only('committee')), 'in_progress')
    assert.equal(listMove(commitment(), 'progress', only('owner')), 'in_progress')
    assert.equal(code(() => listMove(commitment(), 'progress', only())), 'FORBIDDEN')
    assert.equal(code(() => listMove(commitment({ state: 'done' }), 'progress', only('steward'))), 'CONFLICT')
    assert.equal(code(() => listMove(need(), 'progress', only('steward'))), 'CONFLICT', 'a need is matched before it progresses')
  })

  it('done needs evidence: a note, and for a commitment a photo', () => {
    assert.equal(code(() => listMove(commitment({ state: 'in_progress' }), 'finish', only('committee'), { note: '完成了' })), 'INVALID_INPUT')
    assert.equal(listMove(commitment({ state: 'in_progress' }), 'finish', only('committee'), { note: '完成了', images: ['cloud://a.jpg'] }), 'done')
    assert.equal(code(() => listMove(need({ state: 'matched' }), 'finish', only('steward'), { note: ' ' })), 'INVALID_INPUT')
    assert.equal(listMove(need({ state: 'matched' }), 'finish', only('steward'), { note: '已解决' }), 'done')
    assert.equal(code(() => listMove(commitment({ state: 'done' }), 'finish', only('steward'), { note: 'x', images: ['a'] })), 'ALREADY_DONE')
  })

  it('cancel is a steward’s, once', () => {
    assert.equal(listMove(commitment(), 'cancel', only('steward')), 'cancelled')
    assert.equal(code(() => listMove(commitment(), 'cancel', only('committee', 'owner'))), 'FORBIDDEN')
    assert.equal(code(() => listMove(commitment({ state: 'cancelled' }), 'cancel', only('steward'))), 'ALREADY_DONE')
  })

  it('overdue: past due and still to do', () => {
    assert.equal(isOverdue(commitment({ dueAt: '2026-11-01T15:59:00.000Z' }), now), true)
    assert.equal(isOverdue(commitment({ dueAt: '2026-11-01T15:59:00.000Z', state: 'done' }), now), false)
    assert.equal(isOverdue(commitment({ dueAt: '2026-12-01T15:59:00.000Z' }), now), false)
    assert.equal(isOverdue(commitment({ dueAt: undefined }), now), false)
  })

  it('回头看 counts kept (done by the due date), late, overdue and open per unit, leaving cancelled ones and other years out', () => {
    const due = '2026-10-31T15:59:00.000Z'
    const items: ListItemLike[] = [
      commitment({ state: 'done', dueAt: due, doneAt: '2026-10-30T02:00:00.000Z' }),
      commitment({ state: 'done', dueAt: due, doneAt: '2026-11-02T02:00:00.000Z' }),
      commitment({ state: 'in_progress', dueAt: due }),
      commitment({ state: 'open' }),
      commitment({ state: 'cancelled' }),
      commitment({ year: 2025, state: 'done', dueAt: due, doneAt: due }),
      commitment({ memberUnitId: 'mu-b', state: 'done', dueAt: due, doneAt: due }),
      need({ memberUnitId: 'mu-a' }),
    ]
    assert.equal(keptOf(items[0], now), 'kept')
    assert.equal(keptOf(items[1], now), 'late')
    const rows = reviewOf(items, 2026, now, (i) => i.memberUnitId!)
    assert.deepEqual(rows, [
      { key: 'mu-a', kept: 1, late: 1, open: 1, overdue: 1, total: 4 },
      { key: 'mu-b', kept: 1, late: 0, open: 0, overdue: 0, total: 1 },
    ])
  })

  it('a need taken from a source has the source’s id; a 兼职委员 is a person in the unit’s committee; a pairing is in force within its dates', () => {
    assert.equal(needIdOf('wish', 'w1'), 'need:wish:w1')
    assert.equal(onCommittee({ committee: [{ openid: 'a', name: '甲', title: '兼职委员' }] }, 'a'), true)
    assert.equal(onCommittee({ committee: [] }, 'a'), false)
    assert.equal(pairingActive({ from: '2026-01-01', to: '2026-11-24' }, now), true)
    assert.equal(pairingActive({ from: '2026-11-25', to: '2026-12-31' }, now), false)
  })
})
