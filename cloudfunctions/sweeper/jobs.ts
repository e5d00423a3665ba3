/**
 * The sweeper is the only code that acts on time passing (DESIGN.md). Each feature adds a job
 * here; every job must be idempotent: running the sweep twice at the same instant changes nothing
 * the second time.
 */
import type { Deps } from '../_runtime/router'
import { eventsWaitlist } from './jobs/events-waitlist'
import { eventReminders } from './jobs/event-reminders'
import { bookingReminders } from './jobs/booking-reminders'
import { bookingWaitlistExpiry } from './jobs/booking-waitlist-expiry'
import { rateLimitCleanup } from './jobs/rate-limit-cleanup'
import { ticketDeadlines } from './jobs/ticket-deadlines'
import { staleWishes } from './jobs/stale-wishes'
import { surveyClosing } from './jobs/survey-closing'
import { outboxDelivery } from './jobs/outbox-delivery'
import { visitPace } from './jobs/visit-pace'
import { unitsMigration } from './jobs/units-migration'
import { streetStats } from './jobs/street-stats'

export type SweepDeps = Omit<Deps, 'functions'>

export interface SweepJob {
  name: string
  /** does what is due at deps.clock.now(); answers how many things it changed */
  run(deps: SweepDeps): Promise<number>
}

export const JOBS: SweepJob[] = [unitsMigration, rateLimitCleanup, staleWishes, eventsWaitlist, eventReminders, bookingReminders, bookingWaitlistExpiry, ticketDeadlines, surveyClosing, outboxDelivery, visitPace, streetStats]
