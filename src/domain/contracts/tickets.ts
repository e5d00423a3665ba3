/** tickets: 书记吹哨、部门报到 — problems routed to city departments under deadlines (API.md). */
import { z } from 'zod'
import { CATEGORY_KEYS, PRIORITIES, STATES } from '../tickets/model'
import { id, imageUrl, isoTime, pageInput, pageOf, requiredText, text, timelineEntry } from './common'

const category = z.enum(CATEGORY_KEYS, '请选择问题类别')
const state = z.enum(STATES)
const priority = z.enum(PRIORITIES, '请选择紧急程度')
const images = z.array(imageUrl).max(9, '最多 9 张照片')
const deptId = z.string().trim().min(1).max(64)
const lat = z.number().min(-90).max(90)
const lng = z.number().min(-180).max(180)
const byId = z.object({ id }).strict()

export const stepResult = z.object({ id: z.string(), state, stateName: z.string() })

export const ticketItem = z.object({
  id: z.string(),
  title: z.string(),
  /** the community it was raised in (a liaison or a street secretary lists several) */
  communityId: z.string(),
  communityName: z.string(),
  category,
  categoryName: z.string(),
  state,
  stateName: z.string(),
  priority: priority.optional(),
  address: z.string().optional(),
  departmentNames: z.array(z.string()),
  /** the nearest deadline of the current step */
  deadline: z.string().optional(),
  overdue: z.boolean(),
  createdAt: z.string(),
})

export const timelineItem = timelineEntry.extend({
  role: z.enum(['resident', 'secretary', 'liaison', 'system']),
  score: z.number().optional(),
  /** the entry in plain language */
  text: z.string(),
})

export const PERSON_ACTIONS = ['triage', 'whistle', 'acknowledge', 'progress', 'resolve', 'requestTransfer', 'verify', 'rate'] as const

export const ticketView = ticketItem.extend({
  description: z.string(),
  location: z.object({ address: z.string(), lat: z.number().optional(), lng: z.number().optional() }).optional(),
  images: z.array(z.string()),
  submitterName: z.string().optional(),
  /** only for the staff and liaisons whose job the ticket is: whom to ask members.contact (audited) about */
  submitterId: z.string().optional(),
  mine: z.boolean(),
  following: z.boolean(),
  departments: z.array(
    z.object({
      departmentId: z.string(),
      name: z.string(),
      role: z.enum(['lead', 'co']),
      ackDeadline: z.string(),
      acknowledgedAt: z.string().optional(),
      overdue: z.boolean(),
    }),
  ),
  resolveDeadline: z.string().optional(),
  resolveOverdue: z.boolean(),
  reopenCount: z.number(),
  reason: z.string().optional(),
  /** where the ticket came from when not from a resident's report, e.g. a meeting's decision */
  source: z.object({ kind: z.literal('meeting'), id: z.string(), title: z.string() }).optional(),
  rating: z.object({ score: z.number(), comment: z.string().optional(), at: z.string() }).optional(),
  satisfiedByDefault: z.boolean(),
  timeline: z.array(timelineItem),
  /** what the caller may do now (from the state machine) */
  can: z.array(z.enum(PERSON_ACTIONS)),
  /** the routing rule's department for this category (secretaries whistle with it by default) */
  suggestedDepartmentId: z.string().optional(),
})

export const nearbyItem = z.object({
  id: z.string(),
  title: z.string(),
  address: z.string().optional(),
  distance: z.number(),
  stateName: z.string(),
  createdAt: z.string(),
  following: z.boolean(),
})

export const scorecard = z.object({
  departmentId: z.string(),
  name: z.string(),
  dispatched: z.number(),
  acknowledged: z.number(),
  acknowledgedOnTime: z.number(),
  led: z.number(),
  resolved: z.number(),
  reopened: z.number(),
  transferred: z.number(),
  rated: z.number(),
  satisfied: z.number(),
  satisfiedByDefault: z.number(),
  responseRate: z.number().nullable(),
  resolutionRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  medianAckHours: z.number().nullable(),
  medianResolveHours: z.number().nullable(),
})

const hoursPer = z.object({ urgent: z.number().min(0.5).max(240), normal: z.number().min(0.5).max(240), low: z.number().min(0.5).max(240) }).strict()
const daysPer = z.object({ urgent: z.number().min(0.5).max(90), normal: z.number().min(0.5).max(90), low: z.number().min(0.5).max(90) }).strict()
export const settings = z.object({ ackHours: hoursPer, resolveDays: daysPer, autoCloseDays: z.number().min(1).max(30) })

const route = z.object({ category, categoryName: z.string(), departmentId: z.string().optional(), departmentName: z.string().optional() })

export const tickets = {
  submit: {
    input: z
      .object({
        title: requiredText(40),
        description: requiredText(1000),
        category,
        location: z.object({ address: requiredText(100), lat: lat.optional(), lng: lng.optional() }).strict().optional(),
        images: images.optional(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  nearby: {
    input: z.object({ category, lat, lng }).strict(),
    output: z.object({ items: z.array(nearbyItem) }),
  },
  follow: { input: byId, output: z.object({ id: z.string(), following: z.literal(true) }) },
  unfollow: { input: byId, output: z.object({ id: z.string(), following: z.literal(false) }) },
  triage: {
    input: z.object({ id, decision: z.enum(['accept', 'reject', 'resolve']), reason: text(300).optional() }).strict(),
    output: stepResult,
  },
  whistle: {
    input: z
      .object({ id, leadDepartmentId: deptId.optional(), coDepartmentIds: z.array(deptId).max(6).optional(), priority, note: text(300).optional() })
      .strict(),
    output: stepResult,
  },
  acknowledge: { input: byId, output: stepResult },
  progress: { input: z.object({ id, note: requiredText(500), images: images.optional() }).strict(), output: stepResult },
  resolve: { input: z.object({ id, summary: requiredText(500), images: images.optional() }).strict(), output: stepResult },
  requestTransfer: { input: z.object({ id, reason: requiredText(300) }).strict(), output: stepResult },
  verify: { input: z.object({ id, accept: z.boolean(), reason: text(300).optional() }).strict(), output: stepResult },
  rate: {
    input: z.object({ id, score: z.number().int().min(1, '请打 1–5 星').max(5, '请打 1–5 星'), comment: text(300).optional() }).strict(),
    output: stepResult,
  },
  list: {
    input: pageInput.extend({ scope: z.enum(['mine', 'following', 'department', 'community']), state: state.optional() }).strict(),
    output: pageOf(ticketItem),
  },
  get: { input: byId, output: ticketView },
  stats: {
    input: z.object({ from: isoTime.optional(), to: isoTime.optional() }).strict(),
    output: z.object({ from: z.string(), to: z.string(), departments: z.array(scorecard), csv: z.string() }),
  },
  departments: {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), short: z.string(), duty: z.string() })) }),
  },
  routing: { input: z.object({}).strict(), output: z.object({ items: z.array(route) }) },
  setRoute: { input: z.object({ category, departmentId: deptId }).strict(), output: z.object({ items: z.array(route) }) },
  settings: { input: z.object({}).strict(), output: settings },
  updateSettings: { input: settings.strict(), output: settings },
} as const

export type TicketItem = z.infer<typeof ticketItem>
export type TicketView = z.infer<typeof ticketView>
export type Scorecard = z.infer<typeof scorecard>
