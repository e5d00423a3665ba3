import type { z } from 'zod'
import { meetings } from '../../../src/domain/contracts/meetings'
import { AppError, fail } from '../../../src/domain/errors'
import { decisionNoticeId, decisionTicketId, KIND_NAMES, ORGANIZER_ROLES, type Decision } from '../../../src/domain/meetings/rules'
import { localDate } from '../../../src/domain/time'
import { draftNotice } from '../../bulletin/handlers/publish'
import { hasRole } from '../../_runtime/identity'
import { action, type Ctx } from '../../_runtime/types'
import type { Doc } from '../../_store/port'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { announcement, draftTicket } from '../../tickets/handlers/submit'
import { runStep } from '../../tickets/step'
import { TICKETS } from '../../tickets/load'
import { entryOf, loadMeeting, moveMeeting, type MeetingDoc } from '../meeting'

type Input = z.output<typeof meetings.convert.input>

function answer(d: Decision, already: boolean) {
  return { decisionId: d.id, ticketId: d.ticketId, noticeId: d.noticeId, already }
}

/** The ticket or notice a decision becomes, drafted through the tickets' and the bulletin's own code, with a link back. */
async function draft(ctx: Ctx, m: MeetingDoc, d: Decision, input: Input): Promise<Doc> {
  const source = { kind: 'meeting', id: m._id, decisionId: d.id, title: m.title }
  const from = `${localDate(m.startAt)} ${KIND_NAMES[m.kind]}「${m.title}」`
  if (input.to === 'ticket') {
    if (!input.ticketCategory) fail('INVALID_INPUT', '转为诉求时请选择问题类别')
    const t = await draftTicket(ctx, { title: d.text.slice(0, 40), description: `${from}决议：${d.text}`, category: input.ticketCategory }, decisionTicketId(m._id, d.id))
    return { ...t, source }
  }
  const n = await draftNotice(ctx, { title: `${KIND_NAMES[m.kind]}决议：${d.text}`.slice(0, 60), body: `${from}议定：\n${d.text}`, category: input.noticeCategory ?? '居务公开' }, decisionNoticeId(m._id, d.id))
  return { ...n, source }
}

/**
 * Whether a failed conversion lost to a simultaneous one: the machine saw the link (ALREADY_DONE),
 * or, where transactions are optimistic (the cloud), the insert met the document the winner wrote.
 */
function lostTo(e: unknown, id: string): boolean {
  if (!(e instanceof AppError)) return false
  return e.code === 'ALREADY_DONE' || (e.code === 'CONFLICT' && (e.details as { id?: string } | undefined)?.id === id)
}

function already(d: Decision, to: Input['to']): boolean {
  if (to === 'ticket' ? d.ticketId : d.noticeId) return true
  if (d.ticketId || d.noticeId) fail('CONFLICT', d.ticketId ? '这条决议已经转为诉求了' : '这条决议已经发布为公告了')
  return false
}

/**
 * Turns a decision into a ticket (诉求) or a notice (公告). The new document and the decision's
 * link to it are written in one transaction, so converting twice (even at once) makes one; the
 * second call answers the first one's id.
 */
export const convert = action({
  input: meetings.convert.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    const m = await loadMeeting(ctx, input.id)
    const d = m.decisions.find((x) => x.id === input.decisionId)
    if (!d) fail('NOT_FOUND', '这次会议没有这条决议')
    if (already(d, input.to)) return answer(d, true)
    const doc = await draft(ctx, m, d, input)
    // the secretaries hear of a new ticket in the same write that makes it
    const notices = input.to === 'ticket' ? await announcement(ctx, doc as TicketDoc) : []
    const field = input.to === 'ticket' ? 'ticketId' : 'noticeId'
    try {
      await moveMeeting(ctx, m._id, 'convert', (now) => {
        const cur = now.decisions.find((x) => x.id === d.id)
        if (!cur) fail('NOT_FOUND', '这次会议没有这条决议')
        if (already(cur, input.to)) fail('ALREADY_DONE', '这条决议已经转办了')
        return {
          patch: { decisions: now.decisions.map((x) => (x.id === d.id ? { ...x, [field]: doc._id } : x)) },
          entry: entryOf(ctx, input.to === 'ticket' ? 'toTicket' : 'toNotice', d.text),
          also: async (tx) => {
            await tx.insert(input.to === 'ticket' ? TICKETS : 'notices', doc)
          },
          effects: { notices },
        }
      })
    } catch (e) {
      if (!lostTo(e, doc._id)) throw e
      const now = (await loadMeeting(ctx, m._id)).decisions.find((x) => x.id === d.id)
      if (!now || !(now.ticketId || now.noticeId)) throw e
      return answer(now, true)
    }
    if (input.to === 'ticket') await afterTicket(ctx, doc._id, m)
    return answer({ ...d, [field]: doc._id }, false)
  },
})

/** A secretary converting a decision accepts its ticket at once, as the meeting decided. */
async function afterTicket(ctx: Ctx, ticketId: string, m: MeetingDoc) {
  if (!hasRole(ctx.caller, 'secretary')) return
  try {
    await runStep(ctx, ticketId, { action: 'accept', note: `${KIND_NAMES[m.kind]}议定，社区受理` })
  } catch (e) {
    if (!(e instanceof AppError)) throw e
    ctx.log.warn('meeting ticket not accepted', { ticketId, code: e.code })
  }
}
