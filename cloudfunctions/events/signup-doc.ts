/** A person's sign-up for an event, as stored: one document `eventId:openid`. */
import type { SignupStatus } from '../../src/domain/events/rules'
import type { TimelineEntry } from '../../src/domain/machine'

export interface SignupDoc {
  _id: string
  eventId: string
  openid: string
  /** the person's name and branch when they signed up (absent on sign-ups written before names were kept) */
  name?: string
  branch?: string
  status: SignupStatus
  seq: number
  remindedAt?: string
  createdAt: string
  updatedAt: string
  version?: number
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export const SIGNUPS = 'signups'

/** the most sign-ups (confirmed and waiting) one event holds: whole-set reads of them refuse more */
export const MAX_SIGNUPS = 5000
