/** Scenes the load run, the bench and the crash test set up the same way. */
import { addMinutes } from '../../src/domain/time'

/**
 * `events.create` input for an event open to everyone whose check-in window is open now
 * (it starts in 10 minutes; check-in opens 30 minutes before the start).
 */
export function openEventNow(now: Date, opts: { title: string; capacity: number; lastsMin: number; points?: number }) {
  return {
    title: opts.title,
    theme: '志愿服务',
    baseId: 'base-wanghu-center',
    startAt: addMinutes(now, 10).toISOString(),
    endAt: addMinutes(now, 10 + opts.lastsMin).toISOString(),
    capacity: opts.capacity,
    openTo: 'all' as const,
    ...(opts.points !== undefined ? { points: opts.points } : {}),
  }
}
