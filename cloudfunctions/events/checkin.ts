/** Recording a check-in (by scan, by member pass or by hand) with its points, and logging every refused scan. */
import { randomUUID } from 'node:crypto'
import { checkinTiming } from '../../src/domain/checkin/token'
import { AppError, fail, type ErrorCode } from '../../src/domain/errors'
import { formatLocal } from '../../src/domain/time'
import { ensureMembers, writeEffects, type Effects } from '../_runtime/transition'
import type { Ctx } from '../_runtime/types'
import type { EventDoc } from './event-doc'
import { pairId } from './pair-id'
import { keptName } from './people'
import type { SignupDoc } from './signup-doc'

/** One check-in per person and event: `_id` is `eventId:openid`. */
export interface CheckinDoc {
  _id: string
  eventId: string
  openid: string
  at: string
  method: 'scan' | 'pass' | 'manual'
  by: string
  /** the person's name and branch at check-in (absent on check-ins written before names were kept) */
  name?: string
  branch?: string
  [k: string]: unknown
}

/** Logs a refused scan in checkin_scans, then refuses it. */
export async function refuseScan(
  ctx: Ctx,
  code: ErrorCode,
  message: string,
  scan: { eventId?: string; openid?: string; token?: string; details?: unknown },
): Promise<never> {
  await ctx.store.insert('checkin_scans', {
    _id: randomUUID(),
    at: ctx.clock.now().toISOString(),
    by: ctx.caller.openid,
    openid: scan.openid ?? ctx.caller.openid,
    eventId: scan.eventId ?? null,
    code,
    reason: message,
    token: scan.token?.slice(0, 120) ?? null,
  })
  return fail(code, message, scan.details)
}

export async function recordCheckin(ctx: Ctx, ev: EventDoc, openid: string, method: CheckinDoc['method'], token?: string) {
  const scan = { eventId: ev._id, openid, token }
  if (ev.status !== 'published') return refuseScan(ctx, 'CONFLICT', '这场活动已经取消了', scan)
  const now = ctx.clock.now()
  const timing = checkinTiming(ev.startAt, ev.endAt, now.getTime())
  if (timing === 'TOO_EARLY') return refuseScan(ctx, 'TOO_EARLY', `签到将于活动开始前 30 分钟开放（活动 ${formatLocal(ev.startAt)} 开始）`, scan)
  if (timing === 'TOO_LATE') return refuseScan(ctx, 'TOO_LATE', '活动已结束，签到已关闭', scan)
  if (ev.openTo === 'members') {
    const signup = await ctx.store.get<SignupDoc>('signups', pairId(ev._id, openid))
    if (signup?.status !== 'confirmed') return refuseScan(ctx, 'FORBIDDEN', '没有查到报名成功的记录（候补或未报名不能签到）', scan)
  }
  const who = keptName(await ctx.store.get('members', openid))
  const doc: CheckinDoc = { _id: pairId(ev._id, openid), eventId: ev._id, openid, at: now.toISOString(), method, by: ctx.caller.openid, ...who }
  const effects: Effects = ev.points > 0 ? { awards: [{ openid, amount: ev.points, reason: 'attend', sourceId: ev._id, note: ev.title }] } : {}
  await ensureMembers(ctx, effects)
  // the check-in and its points commit together; a repeat writes the award too, which is
  // idempotent and completes one an older check-in may lack
  const first = await ctx.store
    .transaction(async (tx) => {
      const existing = await tx.get<CheckinDoc>('checkins', doc._id)
      if (!existing) await tx.insert('checkins', doc)
      await writeEffects(tx, ctx, effects)
      return !existing
    })
    .catch((e: unknown) => {
      // a simultaneous first scan committed its own check-in and points
      if (e instanceof AppError && e.code === 'CONFLICT') return false
      throw e
    })
  if (!first) {
    const existing = (await ctx.store.get<CheckinDoc>('checkins', doc._id)) ?? fail('CONFLICT', '签到的人太多，请再扫一次')
    return refuseScan(ctx, 'ALREADY_DONE', `已于 ${formatLocal(existing.at)} 签到，无需重复签到`, { ...scan, details: { checkedInAt: existing.at } })
  }
  return { eventId: ev._id, openid, name: who.name ?? '未留名', checkedInAt: doc.at, points: ev.points }
}
