import { AppError } from '../../../src/domain/errors'
import { dueSweeps, SYSTEM } from '../../../src/domain/tickets/machine'
import type { TicketDoc } from '../../../src/domain/tickets/model'
import { TICKETS } from '../../tickets/load'
import { applyStep } from '../../tickets/step'
import type { SweepJob } from '../jobs'

const MAX_PAGES = 20
/** another sweep (or a person) got there first: nothing left to do */
const SETTLED = new Set(['ALREADY_DONE', 'CONFLICT', 'TOO_EARLY'])

/**
 * Ticket deadlines: reminders, escalation of overdue 报到 and resolutions to the department head
 * and the street office, and closing unrated tickets as satisfied by default. Each step is a
 * step of the ticket's machine (the same path as a person's) that sets a flag (or changes the
 * state) under a version check, with its notices in the same write, so a step is done once
 * however many sweeps run.
 */
export const ticketDeadlines: SweepJob = {
  name: 'ticket-deadlines',
  async run(deps) {
    const { store, clock, log } = deps
    const now = clock.now()
    let changed = 0
    let after: string | undefined
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await store.query<TicketDoc>(TICKETS, { where: { sweepAt: { $lte: now.toISOString() } }, orderBy: [['sweepAt', 'asc']], limit: 100, after })
      for (const t of page.items) {
        for (const command of dueSweeps(t, now)) {
          try {
            await applyStep(deps, t._id, SYSTEM, command)
            changed++
          } catch (e) {
            if (e instanceof AppError && SETTLED.has(e.code)) continue
            // one broken ticket must not hold up the others; the next sweep tries it again
            log.error('ticket deadline step failed', { ticketId: t._id, action: command.action, error: e instanceof Error ? e.stack : String(e) })
            break
          }
        }
      }
      if (!(after = page.next)) break
    }
    return changed
  },
}
