import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { AppError } from '../../src/domain/errors'
import {
  mergeDecisions,
  meetingMove,
  openMoves,
  recordOpen,
  startAtAllowed,
  STATES,
  topicWindowOpen,
  type MeetingMove,
  type MeetingState,
} from '../../src/domain/meetings/rules'

const STAFF = ['resident', 'staff'] as const
const RESIDENT = ['resident'] as const

function outcome(move: MeetingMove, state: MeetingState, roles: readonly ('resident' | 'staff')[] = STAFF): string {
  try {
    return meetingMove(move, state, [...roles])
  } catch (e) {
    if (e instanceof AppError) return e.code
    throw e
  }
}

describe('meetings: the state machine', () => {
  // every move from every state, as staff: the state it leads to, or the refusal
  const TABLE: Record<MeetingMove, Record<MeetingState, string>> = {
    edit: { scheduled: 'scheduled', held: 'CONFLICT', closed: 'CONFLICT', cancelled: 'CONFLICT' },
    agenda: { scheduled: 'scheduled', held: 'CONFLICT', closed: 'CONFLICT', cancelled: 'CONFLICT' },
    record: { scheduled: 'held', held: 'held', closed: 'CONFLICT', cancelled: 'CONFLICT' },
    close: { scheduled: 'CONFLICT', held: 'closed', closed: 'CONFLICT', cancelled: 'CONFLICT' },
    cancel: { scheduled: 'cancelled', held: 'CONFLICT', closed: 'CONFLICT', cancelled: 'CONFLICT' },
    convert: { scheduled: 'CONFLICT', held: 'held', closed: 'closed', cancelled: 'CONFLICT' },
  }
  for (const [move, row] of Object.entries(TABLE) as [MeetingMove, Record<MeetingState, string>][]) {
    it(`${move}: ${STATES.map((s) => `${s}→${row[s]}`).join(', ')}`, () => {
      for (const s of STATES) assert.equal(outcome(move, s), row[s], `${move} from ${s}`)
    })
  }

  it('a resident may make no move at all, whatever the state', () => {
    for (const move of Object.keys(TABLE) as MeetingMove[]) for (const s of STATES) assert.equal(outcome(move, s, RESIDENT), 'FORBIDDEN')
    for (const s of STATES) assert.deepEqual(openMoves(s, ['resident']), [])
  })

  it('offers staff the moves of each state as buttons', () => {
    assert.deepEqual(openMoves('scheduled', ['staff']), ['edit', 'agenda', 'record', 'cancel'])
    assert.deepEqual(openMoves('held', ['secretary']), ['record', 'close', 'convert'])
    assert.deepEqual(openMoves('cancelled', ['staff']), [])
  })

  it('tells the person why in Chinese', () => {
    assert.throws(() => meetingMove('close', 'scheduled', ['staff']), /只有已召开的会议可以结束归档/)
    assert.throws(() => meetingMove('record', 'held', ['member']), /只有社区书记和社工可以记录会议/)
  })
})

describe('meetings: windows', () => {
  const startAt = '2026-11-30T11:30:00.000Z'
  it('topics are open until the meeting starts, and only while it is scheduled', () => {
    assert.equal(topicWindowOpen({ state: 'scheduled', startAt }, new Date('2026-11-30T11:29:59.999Z')), true)
    assert.equal(topicWindowOpen({ state: 'scheduled', startAt }, new Date(startAt)), false)
    assert.equal(topicWindowOpen({ state: 'cancelled', startAt }, new Date('2026-11-01T00:00:00Z')), false)
    assert.equal(topicWindowOpen({ state: 'held', startAt }, new Date('2026-11-01T00:00:00Z')), false)
  })

  it('recording opens one hour before the start', () => {
    assert.equal(recordOpen({ startAt }, new Date('2026-11-30T10:29:59.000Z')), false)
    assert.equal(recordOpen({ startAt }, new Date('2026-11-30T10:30:00.000Z')), true)
  })

  it('a meeting may be scheduled from 30 days back to a year ahead', () => {
    const now = new Date('2026-11-24T02:00:00Z')
    assert.equal(startAtAllowed('2026-10-25T02:00:00Z', now), true)
    assert.equal(startAtAllowed('2026-10-25T01:59:00Z', now), false)
    assert.equal(startAtAllowed('2027-11-25T02:00:00Z', now), true)
    assert.equal(startAtAllowed('2027-11-26T02:00:01Z', now), false)
  })
})

describe('meetings: decisions', () => {
  const converted = { id: 'd1', text: '修好路灯', ticketId: 'tk-1' }
  it('new decisions get the next numbers; given ids keep theirs', () => {
    const r = mergeDecisions([converted], [{ id: 'd1', text: '修好路灯' }, { text: '清理楼道' }, { text: '办一次义诊' }], 2)
    assert.deepEqual(r, {
      ok: true,
      decisions: [converted, { id: 'd2', text: '清理楼道' }, { id: 'd3', text: '办一次义诊' }],
      nextNo: 4,
    })
  })

  it('a converted decision can be neither reworded nor dropped; an unconverted one can', () => {
    assert.equal(mergeDecisions([converted], [{ id: 'd1', text: '改了' }], 2).ok, false)
    assert.equal(mergeDecisions([converted], [], 2).ok, false)
    assert.deepEqual(mergeDecisions([{ id: 'd1', text: '旧的' }], [], 2), { ok: true, decisions: [], nextNo: 2 })
    assert.equal(mergeDecisions([], [{ id: 'd9', text: '不存在' }], 1).ok, false)
  })
})
