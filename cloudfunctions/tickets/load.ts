/** The ticket collections, and loading a ticket and the deadline settings. */
import { fail } from '../../src/domain/errors'
import { DEFAULT_SETTINGS, type DeadlineSettings, type TicketDoc } from '../../src/domain/tickets/model'
import type { Store } from '../_store/port'

export const TICKETS = 'tickets'
export const FOLLOWS = 'ticket_follows'
export const SETTINGS = 'ticket_settings'
export const ROUTES = 'routing_rules'

export const NOT_FOUND = '没有找到这张工单'

export const followId = (ticketId: string, openid: string) => `${ticketId}:${openid}`

export async function loadTicket(store: Store, id: string): Promise<TicketDoc> {
  const t = await store.get<TicketDoc>(TICKETS, id)
  if (!t) fail('NOT_FOUND', NOT_FOUND)
  return t
}

export async function loadSettings(store: Store): Promise<DeadlineSettings> {
  const doc = await store.get(SETTINGS, 'main')
  if (!doc) return DEFAULT_SETTINGS
  const { ackHours, resolveDays, autoCloseDays } = doc as unknown as DeadlineSettings
  return { ackHours, resolveDays, autoCloseDays }
}

/** one rule a category, old categories' rules included */
export const MAX_RULES = 200
