import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { AppError, type ErrorCode } from '../../src/domain/errors'
import {
  dueSweeps,
  newTicket,
  overdueSteps,
  RULES,
  SYSTEM,
  transition,
  type Actor,
  type Command,
  type CommandName,
  type PersonActor,
} from '../../src/domain/tickets/machine'
import { DEFAULT_SETTINGS, NO_DEADLINE, STATES, type TicketDoc, type TicketState } from '../../src/domain/tickets/model'

const T0 = new Date('2026-11-24T02:00:00.000Z')
const H = 3_600_000
const at = (ms: number) => new Date(T0.getTime() + ms)

const resident: PersonActor = { openid: 'demo-resident', roles: ['resident'], communityId: 'c-wanghu', name: '王秀兰' }
const secretary: PersonActor = { openid: 'demo-secretary', roles: ['resident', 'member', 'secretary', 'staff'], communityId: 'c-wanghu', name: '陈红梅' }
const otherSecretary: PersonActor = { openid: 'sec-x', roles: ['resident', 'secretary'], communityId: 'c-xincheng' }
const leadLiaison: PersonActor = { openid: 'demo-liaison-zhujian', roles: ['resident', 'liaison'], communityId: 'c-wanghu', departmentId: 'dept-zhujian', name: '张伟' }
const coLiaison: PersonActor = { openid: 'demo-liaison-chengguan', roles: ['resident', 'liaison'], communityId: 'c-wanghu', departmentId: 'dept-chengguan' }
const strayLiaison: PersonActor = { openid: 'l-xiaofang', roles: ['resident', 'liaison'], communityId: 'c-wanghu', departmentId: 'dept-xiaofang' }
const ACTORS: Record<string, Actor> = { resident, secretary, otherSecretary, leadLiaison, coLiaison, strayLiaison, system: SYSTEM }

function run(t: TicketDoc, actor: Actor, c: Command, now = T0) {
  return transition(t, actor, c, now, DEFAULT_SETTINGS).next
}

function fresh(): TicketDoc {
  return newTicket(
    { _id: 't1', communityId: 'c-wanghu', title: '路灯不亮', description: '5幢门口路灯坏了一周', category: 'street_light', images: [], submitter: 'demo-resident', submitterName: '王秀兰' },
    T0,
  )
}

const WHISTLE: Command = { action: 'whistle', leadDepartmentId: 'dept-zhujian', coDepartmentIds: ['dept-chengguan'], priority: 'normal' }

/** A ticket brought into `state` the ordinary way. */
function inState(state: TicketState): TicketDoc {
  let t = fresh()
  if (state === 'submitted') return t
  if (state === 'rejected') return run(t, secretary, { action: 'reject', reason: '属于物业合同纠纷' })
  t = run(t, secretary, { action: 'accept' })
  if (state === 'accepted') return t
  t = run(t, secretary, WHISTLE)
  if (state === 'dispatched') return t
  t = run(t, leadLiaison, { action: 'acknowledge' })
  if (state === 'acknowledged') return t
  t = run(t, leadLiaison, { action: 'progress', note: '已安排维修' })
  if (state === 'in_progress') return t
  t = run(t, leadLiaison, { action: 'resolve', summary: '已更换灯头' })
  if (state === 'resolved') return t
  t = run(t, secretary, { action: 'verify', accept: true })
  if (state === 'verified') return t
  return run(t, resident, { action: 'rate', score: 5 })
}

const SAMPLE: Record<CommandName, Command> = {
  accept: { action: 'accept' },
  reject: { action: 'reject', reason: '不属实' },
  resolve_locally: { action: 'resolve_locally', note: '网格员已处理' },
  whistle: WHISTLE,
  acknowledge: { action: 'acknowledge' },
  progress: { action: 'progress', note: '材料已到' },
  resolve: { action: 'resolve', summary: '修好了' },
  request_transfer: { action: 'request_transfer', reason: '属于供电所' },
  verify: { action: 'verify', accept: true },
  rate: { action: 'rate', score: 4 },
  remind_ack: { action: 'remind_ack', departmentId: 'dept-chengguan' },
  escalate_ack: { action: 'escalate_ack', departmentId: 'dept-chengguan' },
  remind_resolve: { action: 'remind_resolve' },
  escalate_resolve: { action: 'escalate_resolve' },
  remind_rate: { action: 'remind_rate' },
  auto_close: { action: 'auto_close' },
}

/** Who is allowed, for a given ticket, under each rule. */
function permitted(who: string, name: string, t: TicketDoc): boolean {
  const lead = t.departments.find((d) => d.role === 'lead')?.departmentId
  switch (who) {
    case 'secretary':
      return name === 'secretary'
    case 'assigned_liaison':
      return (name === 'coLiaison' && t.departmentIds.includes('dept-chengguan')) || (name === 'leadLiaison' && t.departmentIds.includes('dept-zhujian'))
    case 'lead_liaison':
      return name === 'leadLiaison' && lead === 'dept-zhujian'
    case 'submitter':
      return name === 'resident'
    default:
      return name === 'system'
  }
}

function codeOf(f: () => unknown): ErrorCode | 'OK' {
  try {
    f()
    return 'OK'
  } catch (e) {
    if (e instanceof AppError) return e.code
    throw e
  }
}

describe('ticket machine: every command × every actor × every state', () => {
  const late = at(40 * 24 * H) // every sweeper step is due by then
  for (const [name, rule] of Object.entries(RULES) as [CommandName, (typeof RULES)[CommandName]][]) {
    it(`${name}: ${rule.who} from ${rule.from.join('/')}`, () => {
      for (const state of STATES) {
        const t = inState(state)
        for (const [who, actor] of Object.entries(ACTORS)) {
          // the lead department has already acknowledged once the state is past `dispatched`
          const again = name === 'acknowledge' && who === 'leadLiaison' && state !== 'dispatched'
          const expected = !permitted(rule.who, who, t) ? 'FORBIDDEN' : !rule.from.includes(state) ? 'CONFLICT' : again ? 'ALREADY_DONE' : 'OK'
          const now = rule.who === 'system' ? late : T0
          const got = codeOf(() => transition(t, actor, SAMPLE[name], now, DEFAULT_SETTINGS))
          assert.equal(got, expected, `${name} by ${who} in ${state}`)
        }
      }
    })
  }

  it('every allowed transition appends exactly one timeline entry and bumps the version', () => {
    const t = inState('dispatched')
    const r = transition(t, leadLiaison, { action: 'acknowledge' }, at(H), DEFAULT_SETTINGS)
    assert.equal(r.next.timeline.length, t.timeline.length + 1)
    assert.equal(r.next.version, t.version + 1)
    assert.deepEqual(r.entry, { at: at(H).toISOString(), by: 'demo-liaison-zhujian', byName: '张伟', role: 'liaison', action: 'acknowledge', departmentId: 'dept-zhujian' })
  })
})

describe('ticket machine: rules', () => {
  it('deadlines per priority: acknowledge 2 h / 24 h / 24 h, resolve 2 / 7 / 15 days', () => {
    const expect = { urgent: [2, 2 * 24], normal: [24, 7 * 24], low: [24, 15 * 24] } as const
    for (const [priority, [ackH, resH]] of Object.entries(expect)) {
      const t = run(inState('accepted'), secretary, { ...WHISTLE, priority: priority as 'urgent' })
      for (const d of t.departments) assert.equal(d.ackDeadline, at(ackH * H).toISOString(), priority)
      assert.equal(t.resolveDeadline, at(resH * H).toISOString(), priority)
      assert.equal(t.dueAt, at(ackH * H).toISOString(), 'the list sorts on the nearest deadline')
    }
  })

  it('the lead department acknowledging moves the state; a co-department only records its 报到', () => {
    const d = inState('dispatched')
    const co = run(d, coLiaison, { action: 'acknowledge' })
    assert.equal(co.state, 'dispatched')
    assert.ok(co.departments.find((x) => x.departmentId === 'dept-chengguan')?.acknowledgedAt)
    const lead = run(co, leadLiaison, { action: 'acknowledge' })
    assert.equal(lead.state, 'acknowledged')
    assert.equal(lead.dueAt, lead.resolveDeadline, 'with every department in, the resolve deadline is next')
    assert.equal(codeOf(() => run(lead, leadLiaison, { action: 'acknowledge' })), 'ALREADY_DONE')
  })

  it('only the lead department posts progress, resolves or asks for a transfer', () => {
    const t = inState('acknowledged')
    for (const c of [SAMPLE.progress, SAMPLE.resolve, SAMPLE.request_transfer]) {
      assert.equal(codeOf(() => run(t, coLiaison, c)), 'FORBIDDEN')
      assert.equal(codeOf(() => run(t, strayLiaison, c)), 'FORBIDDEN')
    }
  })

  it('a transfer request returns the ticket to the secretary, who whistles again', () => {
    const t = run(inState('acknowledged'), leadLiaison, { action: 'request_transfer', reason: '地下管网属于水务' })
    assert.equal(t.state, 'accepted')
    assert.deepEqual(t.departmentIds, [])
    assert.deepEqual(t.transferredFrom, ['dept-zhujian', 'dept-chengguan'])
    assert.equal(t.dueAt, NO_DEADLINE)
    const again = run(t, secretary, { ...WHISTLE, leadDepartmentId: 'dept-shuiwu', coDepartmentIds: [] }, at(H))
    assert.equal(again.state, 'dispatched')
    assert.deepEqual(again.departmentIds, ['dept-shuiwu'])
    assert.equal(codeOf(() => run(again, leadLiaison, { action: 'acknowledge' })), 'FORBIDDEN', 'the released department is out')
  })

  it('verify: accept awaits the rating; reject reopens, counts it and restarts the resolve clock', () => {
    const r = inState('resolved')
    const ok = run(r, secretary, { action: 'verify', accept: true })
    assert.equal(ok.state, 'verified')
    assert.equal(ok.closeAt, at(7 * 24 * H).toISOString())
    assert.equal(codeOf(() => run(r, secretary, { action: 'verify', accept: false })), 'INVALID_INPUT')
    const back = run(r, secretary, { action: 'verify', accept: false, reason: '路灯晚上还是不亮' }, at(24 * H))
    assert.equal(back.state, 'in_progress')
    assert.equal(back.reopenCount, 1)
    assert.equal(back.resolveDeadline, at((24 + 7 * 24) * H).toISOString())
    assert.equal(back.timeline.at(-1)?.action, 'verify_reject')
    const twice = run(run(back, leadLiaison, SAMPLE.resolve), secretary, { action: 'verify', accept: false, reason: '还是不亮' })
    assert.equal(twice.reopenCount, 2)
  })

  it('a locally resolved ticket that fails verification goes back to the secretary', () => {
    const t = run(fresh(), secretary, { action: 'resolve_locally', note: '网格员已清理' })
    assert.equal(t.state, 'resolved')
    assert.equal(run(t, secretary, { action: 'verify', accept: false, reason: '没清干净' }).state, 'accepted')
  })

  it('a secretary of another community cannot triage', () => {
    assert.equal(codeOf(() => run(fresh(), otherSecretary, { action: 'accept' })), 'FORBIDDEN')
  })

  it('the rating closes the ticket and keeps score and comment', () => {
    const t = run(inState('verified'), resident, { action: 'rate', score: 5, comment: '当天就修好了' })
    assert.equal(t.state, 'closed')
    assert.equal(t.rating?.score, 5)
    assert.equal(t.dueAt, NO_DEADLINE)
    assert.equal(t.sweepAt, NO_DEADLINE)
  })
})

describe('ticket machine: time passing (what the sweeper does)', () => {
  it('reminds at three quarters of the window, escalates after the deadline, once each', () => {
    const t = run(inState('accepted'), secretary, { ...WHISTLE, priority: 'urgent' }) // 2 h to acknowledge
    assert.deepEqual(dueSweeps(t, at(H)), [])
    assert.equal(t.sweepAt, at(1.5 * H).toISOString())
    assert.deepEqual(dueSweeps(t, at(1.5 * H)), [
      { action: 'remind_ack', departmentId: 'dept-zhujian' },
      { action: 'remind_ack', departmentId: 'dept-chengguan' },
    ])
    assert.equal(codeOf(() => transition(t, SYSTEM, SAMPLE.escalate_ack, at(2 * H), DEFAULT_SETTINGS)), 'TOO_EARLY', 'not overdue at the deadline itself')
    const reminded = run(t, SYSTEM, { action: 'remind_ack', departmentId: 'dept-chengguan' }, at(1.5 * H))
    assert.equal(codeOf(() => run(reminded, SYSTEM, { action: 'remind_ack', departmentId: 'dept-chengguan' }, at(1.6 * H))), 'ALREADY_DONE')
    assert.deepEqual(dueSweeps(reminded, at(1.6 * H)), [{ action: 'remind_ack', departmentId: 'dept-zhujian' }])
    const late = at(3 * H)
    assert.deepEqual(overdueSteps(reminded, late), [
      { step: 'ack', departmentId: 'dept-zhujian' },
      { step: 'ack', departmentId: 'dept-chengguan' },
    ])
    assert.deepEqual(dueSweeps(reminded, late), [
      { action: 'escalate_ack', departmentId: 'dept-zhujian' },
      { action: 'escalate_ack', departmentId: 'dept-chengguan' },
    ])
    let e = run(reminded, SYSTEM, { action: 'escalate_ack', departmentId: 'dept-zhujian' }, late)
    e = run(e, SYSTEM, { action: 'escalate_ack', departmentId: 'dept-chengguan' }, late)
    assert.deepEqual(dueSweeps(e, late), [], 'an overdue step skips its reminder and is escalated once')
    assert.equal(e.sweepAt, e.resolveRemindAt, 'next comes the resolve reminder')
  })

  it('resolve: reminder, then escalation; a reopen starts the clock and the flags again', () => {
    let t = run(inState('dispatched'), leadLiaison, SAMPLE.acknowledge)
    t = run(t, coLiaison, SAMPLE.acknowledge)
    const remind = at(7 * 24 * H * 0.75)
    assert.equal(t.sweepAt, remind.toISOString())
    t = run(t, SYSTEM, SAMPLE.remind_resolve, remind)
    const late = at(8 * 24 * H)
    assert.deepEqual(overdueSteps(t, late), [{ step: 'resolve' }])
    t = run(t, SYSTEM, SAMPLE.escalate_resolve, late)
    assert.deepEqual(dueSweeps(t, at(30 * 24 * H)), [])
    assert.equal(t.sweepAt, NO_DEADLINE)
    t = run(run(t, leadLiaison, SAMPLE.resolve, late), secretary, { action: 'verify', accept: false, reason: '没修好' }, late)
    assert.deepEqual(t.flags.filter((f) => f.endsWith('-resolve')), [])
    assert.equal(t.resolveDeadline, new Date(late.getTime() + 7 * 24 * H).toISOString())
  })

  it('a verified ticket is reminded after 5 days and closes as satisfied by default after 7', () => {
    const t = inState('verified')
    assert.deepEqual(dueSweeps(t, at(5 * 24 * H - 1)), [])
    assert.deepEqual(dueSweeps(t, at(5 * 24 * H)), [{ action: 'remind_rate' }])
    const r = run(t, SYSTEM, SAMPLE.remind_rate, at(5 * 24 * H))
    assert.equal(r.sweepAt, r.closeAt)
    assert.deepEqual(dueSweeps(r, at(7 * 24 * H)), [{ action: 'auto_close' }])
    const c = run(r, SYSTEM, SAMPLE.auto_close, at(7 * 24 * H))
    assert.equal(c.state, 'closed')
    assert.equal(c.satisfiedByDefault, true)
    assert.equal(codeOf(() => run(c, resident, { action: 'rate', score: 1 })), 'CONFLICT', 'too late to rate')
  })
})
