/** The ticket collections, and loading a ticket and the deadline settings. */
import { fail } from '../../src/domain/errors'
import { DEFAULT_SETTINGS, type DeadlineSettings, type TicketDoc } from '../../src/domain/tickets/model'
import { reachesTop } from '../../src/domain/units'
import type { Ctx } from '../_runtime/types'
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

/**
 * Routing rules and deadlines are one set for every street of the district (they carry no unit):
 * only an admin whose scope reaches the top of the tree may change them, not one of a community.
 */
export function requireWholeDistrict(ctx: Ctx) {
  const c = ctx.caller
  if (!reachesTop(c.units, c.scope, c.communityId)) fail('FORBIDDEN', '派单规则和时限全区统一，只有区级管理员可以修改')
}
