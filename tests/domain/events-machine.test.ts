import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { AppError } from '../../src/domain/errors'
import { EVENT, SIGNUP, type EventMove, type SignupMove, type SignupState } from '../../src/domain/events/machine'
import type { EventStatus } from '../../src/domain/events/rules'
import { checkMove, movesOpen, type MachineDef } from '../../src/domain/machine'

function outcome<S extends string, M extends string, W extends string>(def: MachineDef<S, M, W>, move: M, state: S, who: W[]): { result: string; message?: string } {
  try {
    return { result: checkMove(def, move, state, (w) => who.includes(w)) }
  } catch (e) {
    if (e instanceof AppError) return { result: e.code, message: e.message }
    throw e
  }
}

describe('event machine', () => {
  /** staff of the event's community may; anyone else (a resident, staff of another community) may not */
  const PEOPLE = { communityStaff: ['staff' as const], anyoneElse: [] }
  const EXPECTED: Record<EventMove, Record<keyof typeof PEOPLE, Record<EventStatus, string>>> = {
    cancel: { communityStaff: { published: 'cancelled', cancelled: 'CONFLICT' }, anyoneElse: { published: 'FORBIDDEN', cancelled: 'FORBIDDEN' } },
    edit: { communityStaff: { published: 'published', cancelled: 'CONFLICT' }, anyoneElse: { published: 'FORBIDDEN', cancelled: 'FORBIDDEN' } },
  }

  it('each move from each state by each kind of person', () => {
    assert.deepEqual(Object.keys(EVENT.moves).sort(), Object.keys(EXPECTED).sort())
    for (const move of Object.keys(EXPECTED) as EventMove[]) {
      for (const [person, who] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, 'staff'[]][]) {
        for (const state of ['published', 'cancelled'] as const) {
          assert.equal(outcome(EVENT, move, state, who).result, EXPECTED[move][person][state], `${move} by ${person} from ${state}`)
        }
      }
    }
  })

  it('refusals in the words staff were always given', () => {
    assert.equal(outcome(EVENT, 'cancel', 'cancelled', ['staff']).message, '这场活动已经取消了')
    assert.equal(outcome(EVENT, 'edit', 'cancelled', ['staff']).message, '已取消的活动不能修改')
    assert.equal(outcome(EVENT, 'edit', 'published', []).message, '这场活动不属于您所在的社区')
  })
})

describe('sign-up machine', () => {
  const STATES: SignupState[] = ['none', 'confirmed', 'waitlisted', 'cancelled']
  /** the person themself, the sweeper (or a cancel handing a place on), and anybody else */
  const PEOPLE = { self: ['self' as const], system: ['system' as const], other: [] }
  type Person = keyof typeof PEOPLE
  const EXPECTED: Record<SignupMove, Record<Person, Record<SignupState, string>>> = {
    join: {
      self: { none: 'confirmed', confirmed: 'ALREADY_DONE', waitlisted: 'ALREADY_DONE', cancelled: 'confirmed' },
      system: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
      other: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
    },
    wait: {
      self: { none: 'waitlisted', confirmed: 'ALREADY_DONE', waitlisted: 'ALREADY_DONE', cancelled: 'waitlisted' },
      system: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
      other: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
    },
    leave: {
      self: { none: 'NOT_FOUND', confirmed: 'cancelled', waitlisted: 'cancelled', cancelled: 'NOT_FOUND' },
      system: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
      other: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
    },
    promote: {
      self: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
      system: { none: 'CONFLICT', confirmed: 'CONFLICT', waitlisted: 'confirmed', cancelled: 'CONFLICT' },
      other: { none: 'FORBIDDEN', confirmed: 'FORBIDDEN', waitlisted: 'FORBIDDEN', cancelled: 'FORBIDDEN' },
    },
  }

  it('each move from each state by each kind of person', () => {
    assert.deepEqual(Object.keys(SIGNUP.moves).sort(), Object.keys(EXPECTED).sort())
    for (const move of Object.keys(EXPECTED) as SignupMove[]) {
      for (const [person, who] of Object.entries(PEOPLE) as [Person, ('self' | 'system')[]][]) {
        for (const state of STATES) {
          assert.equal(outcome(SIGNUP, move, state, who).result, EXPECTED[move][person][state], `${move} by ${person} from ${state}`)
        }
      }
    }
  })

  it('refusals tell the person where they stand', () => {
    assert.equal(outcome(SIGNUP, 'join', 'confirmed', ['self']).message, '您已报名成功')
    assert.equal(outcome(SIGNUP, 'wait', 'waitlisted', ['self']).message, '您已在候补名单中')
    assert.equal(outcome(SIGNUP, 'leave', 'cancelled', ['self']).message, '您没有报名这场活动')
    assert.equal(outcome(SIGNUP, 'promote', 'cancelled', ['system']).message, '报名状态已变化，请刷新后重试')
  })

  it('what a person is offered on the detail page', () => {
    const self = (w: string) => w === 'self'
    assert.deepEqual(movesOpen(SIGNUP, 'none', self), ['join', 'wait'])
    assert.deepEqual(movesOpen(SIGNUP, 'waitlisted', self), ['leave'])
    assert.deepEqual(movesOpen(SIGNUP, 'waitlisted', (w) => w === 'system'), ['promote'])
  })
})
