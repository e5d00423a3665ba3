/** The sweeper's moves go through the same mechanism as people's, made by 'system'. */
import { randomUUID } from 'node:crypto'
import type { Ctx } from '../_runtime/types'
import type { SweepDeps } from './jobs'

export function systemCtx(deps: SweepDeps): Ctx {
  const { store, clock, log, services } = deps
  return { store, clock, log, services, caller: { openid: 'system', roles: [], communityId: '' }, requestId: `sweep-${randomUUID()}` }
}
