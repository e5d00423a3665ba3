/** The ticket document, its states and its vocabulary (书记吹哨、部门报到). */
import type { TimelineEntry as BaseTimelineEntry } from '../machine'

export const STATES = [
  'submitted',
  'accepted',
  'rejected',
  'dispatched',
  'acknowledged',
  'in_progress',
  'resolved',
  'verified',
  'closed',
] as const
export type TicketState = (typeof STATES)[number]

export const STATE_NAMES: Record<TicketState, string> = {
  submitted: '待受理',
  accepted: '已受理',
  rejected: '未受理',
  dispatched: '已吹哨',
  acknowledged: '部门已报到',
  in_progress: '办理中',
  resolved: '已办结',
  verified: '待评价',
  closed: '已关闭',
}

/** States in which the problem is still being worked on (a duplicate of it should be followed). */
export const OPEN_STATES: readonly TicketState[] = ['submitted', 'accepted', 'dispatched', 'acknowledged', 'in_progress', 'resolved']

export const PRIORITIES = ['urgent', 'normal', 'low'] as const
export type Priority = (typeof PRIORITIES)[number]
export const PRIORITY_NAMES: Record<Priority, string> = { urgent: '紧急', normal: '一般', low: '不急' }

export const CATEGORIES = {
  water: '供水排水',
  housing: '房屋安全',
  illegal_building: '违章搭建',
  fire_lane: '消防通道',
  street_light: '路灯照明',
  power: '供电线路',
  environment: '市容环境',
  noise: '噪音扰民',
  food: '食品安全',
  other: '其他',
} as const
export type Category = keyof typeof CATEGORIES
export const CATEGORY_KEYS = Object.keys(CATEGORIES) as [Category, ...Category[]]

export interface Point {
  lat: number
  lng: number
}

export interface TicketLocation {
  address: string
  lat?: number
  lng?: number
}

export interface Assignment {
  departmentId: string
  role: 'lead' | 'co'
  assignedAt: string
  ackDeadline: string
  ackRemindAt: string
  acknowledgedAt?: string
}

export type EntryRole = 'resident' | 'secretary' | 'liaison' | 'system'

/** The shared timeline entry (machine.ts) with what a ticket's steps add. */
export interface TimelineEntry extends BaseTimelineEntry {
  /** staff and liaisons only; a resident's entries take the ticket's submitterName when shown */
  byName?: string
  role: EntryRole
  departmentId?: string
  departmentIds?: string[]
  /** whistle entries: the acknowledge deadline of that dispatch */
  deadline?: string
  score?: number
}

export interface TicketDoc {
  _id: string
  communityId: string
  title: string
  description: string
  category: Category
  location?: TicketLocation
  images: string[]
  submitter: string
  submitterName?: string
  state: TicketState
  priority?: Priority
  version: number
  departments: Assignment[]
  /** top-level copy of departments[].departmentId, for queries */
  departmentIds: string[]
  /** departments that were assigned once and then released by a transfer */
  transferredFrom: string[]
  resolveDeadline?: string
  resolveRemindAt?: string
  closeAt?: string
  rateRemindAt?: string
  /** the nearest deadline of the current step (NO_DEADLINE when none): lists sort on it */
  dueAt: string
  /** the next instant the sweeper has something to do for this ticket (NO_DEADLINE when none) */
  sweepAt: string
  /** sweeper steps already done in the current cycle: 'remind-ack:<dept>', 'overdue-ack:<dept>', 'remind-resolve', … */
  flags: string[]
  reopenCount: number
  createdAt: string
  updatedAt: string
  dispatchedAt?: string
  resolvedAt?: string
  verifiedAt?: string
  closedAt?: string
  rating?: { score: number; comment?: string; at: string }
  satisfiedByDefault?: boolean
  reason?: string
  timeline: TimelineEntry[]
  [k: string]: unknown
}

/** Sorts after every real instant (ISO strings compare as text). */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z'

export interface DeadlineSettings {
  /** hours to acknowledge (报到) after a whistle */
  ackHours: Record<Priority, number>
  /** days to resolve after a whistle (or a reopen) */
  resolveDays: Record<Priority, number>
  /** days a verified ticket waits for the resident's rating before it closes as satisfied by default */
  autoCloseDays: number
}

/** DESIGN.md defaults; admins change them in ticket_settings. */
export const DEFAULT_SETTINGS: DeadlineSettings = {
  ackHours: { urgent: 2, normal: 24, low: 24 },
  resolveDays: { urgent: 2, normal: 7, low: 15 },
  autoCloseDays: 7,
}
