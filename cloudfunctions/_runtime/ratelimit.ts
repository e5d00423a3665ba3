/**
 * Rate limits per openid per action, kept in the database so they hold across function instances:
 * a fixed-window counter document per (openid, action, window), incremented only while under
 * the limit (a conditional update), so concurrent calls can never overshoot.
 */
import { AppError } from '../../src/domain/errors'
import type { Store } from '../_store/port'
import type { Clock } from './types'

export interface Limit {
  max: number
  windowSec: number
}

/** Defaults: reads are generous, writes 20 a minute, and a few actions have their own. */
export const DEFAULT_READ: Limit = { max: 120, windowSec: 60 }
export const DEFAULT_WRITE: Limit = { max: 20, windowSec: 60 }
export const SPECIAL: Record<string, Limit> = {
  'tickets.submit': { max: 5, windowSec: 3600 },
  'wishes.post': { max: 10, windowSec: 3600 },
  'members.updateProfile': { max: 10, windowSec: 60 },
  // staff at the door check in a queue of people one pass after another
  'events.checkInMember': { max: 60, windowSec: 60 },
  // 书记领航: the reads behind the form, the team pages and the leader's worker list
  'projects.form': DEFAULT_READ,
  'projects.teams': DEFAULT_READ,
  'projects.team': DEFAULT_READ,
  'projects.workers': DEFAULT_READ,
}

const READ_VERBS = /^(me|get|list|home|mine|day|slots|services|bases|themes|stats|points|leaderboard|attendance|nearby|unread|grids|stale|resources|reported|ratings|checkinToken|pass|coverage|candidates|rewards|myRedemptions|redemptions|yearSummary|feedback)$/

export function limitFor(fn: string, action: string): Limit {
  return SPECIAL[`${fn}.${action}`] ?? (READ_VERBS.test(action) ? DEFAULT_READ : DEFAULT_WRITE)
}

export interface RateLimiter {
  /** Throws RATE_LIMITED (with retryAfterSec) when the caller is over the limit for fn.action. */
  take(openid: string, fn: string, action: string): Promise<void>
}

export function storeRateLimiter(store: Store, clock: Clock, limits = limitFor): RateLimiter {
  return {
    async take(openid, fn, action) {
      const { max, windowSec } = limits(fn, action)
      const nowMs = clock.now().getTime()
      const windowStart = Math.floor(nowMs / 1000 / windowSec) * windowSec
      const id = `${openid}:${fn}.${action}:${windowStart}`
      // The window's counter is created and taken from in one round trip: the insert (a no-op when
      // it exists) and the conditional increment are sent together. Only when the increment found
      // nothing to count — the counter did not exist yet, or the caller is at the limit — is it
      // tried once more, after the insert has landed.
      const created = store
        .insert('rate_limits', { _id: id, count: 0, expiresAt: new Date((windowStart + windowSec) * 1000).toISOString() })
        .catch((e) => {
          if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
        })
      const take = () => store.inc('rate_limits', id, 'count', 1, { where: { count: { $lt: max } } })
      const [, first] = await Promise.all([created, take()])
      const taken = first === 1 ? 1 : await take()
      if (taken === 0) {
        const retryAfterSec = Math.max(1, Math.ceil(windowStart + windowSec - nowMs / 1000))
        throw new AppError('RATE_LIMITED', `操作太频繁，请 ${retryAfterSec} 秒后再试`, { retryAfterSec })
      }
    },
  }
}
