/** meetings: 议事协商 — 圆桌会、议事会、联席会议, topics residents propose and second, minutes and decisions that become tickets or notices. */
import { z } from 'zod'
import { CATEGORIES as NOTICE_CATEGORIES } from '../bulletin/rules'
import { DECISION_TARGETS, INVITEE_KINDS, KINDS, STATES } from '../meetings/rules'
import { CATEGORY_KEYS } from '../tickets/model'
import { id, isoTime, openid, pageInput, pageOf, requiredText, text } from './common'

const kind = z.enum(KINDS, '请选择会议类型')
const state = z.enum(STATES)
const move = z.enum(['edit', 'agenda', 'record', 'close', 'cancel', 'convert'])

/** A person invited or present: a member of the community (openid) or an outside unit / person by name. */
export const personInput = z
  .object({ kind: z.enum(INVITEE_KINDS, '请选择参会身份'), openid: openid.optional(), name: text(40).optional() })
  .strict()
  .refine((p) => !!p.openid || !!p.name, '请填写参会单位或人员的名称')

const person = z.object({ kind: z.enum(INVITEE_KINDS), kindName: z.string(), name: z.string(), openid: z.string().optional() })
const people = z.array(personInput).max(100, '最多 100 位参会人')
const agendaInput = z.array(requiredText(60)).max(20, '议程最多 20 项')

export const meetingItem = z.object({
  id: z.string(),
  kind,
  kindName: z.string(),
  title: z.string(),
  startAt: z.string(),
  place: z.string(),
  state,
  stateName: z.string(),
  inviteeCount: z.number(),
})

export const topicView = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  byName: z.string(),
  seconds: z.number(),
  secondedByMe: z.boolean(),
  mine: z.boolean(),
  onAgenda: z.boolean(),
  createdAt: z.string(),
})

export const decisionView = z.object({ id: z.string(), text: z.string(), ticketId: z.string().optional(), noticeId: z.string().optional() })

export const meetingView = meetingItem.extend({
  agenda: z.array(z.object({ title: z.string(), topicId: z.string().optional() })),
  invitees: z.array(person),
  attendance: z.array(person),
  minutes: z.string().optional(),
  decisions: z.array(decisionView),
  topics: z.array(topicView),
  topicsOpen: z.boolean(),
  recordOpen: z.boolean(),
  organizerName: z.string(),
  cancelReason: z.string().optional(),
  /** the moves the caller may make now */
  can: z.array(move),
})

export const meetings = {
  list: {
    input: pageInput.extend({ when: z.enum(['upcoming', 'past']) }).strict(),
    output: pageOf(meetingItem),
  },
  get: {
    input: z.object({ id }).strict(),
    output: meetingView,
  },
  people: {
    input: z.object({ q: text(20).optional() }).strict(),
    output: z.object({ items: z.array(z.object({ openid: z.string(), name: z.string() })) }),
  },
  schedule: {
    input: z
      .object({ kind, title: requiredText(40), startAt: isoTime, place: requiredText(60), agenda: agendaInput.optional(), invitees: people.optional() })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  edit: {
    input: z
      .object({
        id,
        title: requiredText(40).optional(),
        startAt: isoTime.optional(),
        place: requiredText(60).optional(),
        agenda: agendaInput.optional(),
        invitees: people.optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), state }),
  },
  cancel: {
    input: z.object({ id, reason: requiredText(200) }).strict(),
    output: z.object({ id: z.string(), state }),
  },
  propose: {
    input: z.object({ meetingId: id, title: requiredText(40), detail: text(500).optional() }).strict(),
    output: z.object({ id: z.string() }),
  },
  second: {
    input: z.object({ topicId: id }).strict(),
    output: z.object({ topicId: z.string(), seconds: z.number(), already: z.boolean() }),
  },
  pick: {
    input: z.object({ id, topicId: id, on: z.boolean() }).strict(),
    output: z.object({ id: z.string(), agenda: z.array(z.object({ title: z.string(), topicId: z.string().optional() })) }),
  },
  record: {
    input: z
      .object({
        id,
        attendance: people,
        minutes: requiredText(5000),
        decisions: z.array(z.object({ id: id.optional(), text: requiredText(200) }).strict()).max(30, '决议最多 30 条'),
      })
      .strict(),
    output: z.object({ id: z.string(), state, decisions: z.array(decisionView) }),
  },
  close: {
    input: z.object({ id }).strict(),
    output: z.object({ id: z.string(), state }),
  },
  convert: {
    input: z
      .object({
        id,
        decisionId: id,
        to: z.enum(DECISION_TARGETS, '请选择转为诉求还是公告'),
        ticketCategory: z.enum(CATEGORY_KEYS, '请选择问题类别').optional(),
        noticeCategory: z.enum(NOTICE_CATEGORIES, '请选择公告分类').optional(),
      })
      .strict(),
    output: z.object({ decisionId: z.string(), ticketId: z.string().optional(), noticeId: z.string().optional(), already: z.boolean() }),
  },
} as const

export type MeetingItem = z.infer<typeof meetingItem>
export type MeetingView = z.infer<typeof meetingView>
export type PersonInput = z.input<typeof personInput>
