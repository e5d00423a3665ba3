/** The services offered for booking, as stored and as listed. */
import type { z } from 'zod'
import type { ServiceItem, serviceKind } from '../../src/domain/contracts/booking'
import type { Audience } from '../../src/domain/booking/rules'
import { DEFAULT_CANCEL_CUTOFF_MINUTES, type Availability } from '../../src/domain/booking/slots'
import { fail } from '../../src/domain/errors'
import type { Ctx } from '../_runtime/types'

export interface ServiceDoc {
  _id: string
  name: string
  kind: z.infer<typeof serviceKind>
  provider: string
  description: string
  audience: Audience
  atHome: boolean
  location?: string
  rules: Availability
  active: boolean
  sort: number
  ratingSum: number
  ratingCount: number
  [k: string]: unknown
}

export async function getService(ctx: Ctx, id: string): Promise<ServiceDoc> {
  const s = await ctx.store.get<ServiceDoc>('services', id)
  if (!s?.active) fail('NOT_FOUND', '没有这项服务，或已停止预约')
  return s
}

export function serviceItem(s: ServiceDoc): ServiceItem {
  return {
    id: s._id,
    name: s.name,
    kind: s.kind,
    provider: s.provider,
    description: s.description,
    audience: s.audience,
    atHome: s.atHome,
    location: s.location,
    slotMinutes: s.rules.slotMinutes,
    capacity: s.rules.capacity,
    cancelCutoffMinutes: s.rules.cancelCutoffMinutes ?? DEFAULT_CANCEL_CUTOFF_MINUTES,
    rating: { average: s.ratingCount ? Math.round((s.ratingSum / s.ratingCount) * 10) / 10 : 0, count: s.ratingCount },
  }
}

/** the most services one community offers: whole-set reads of them refuse more */
export const MAX_SERVICES = 200
