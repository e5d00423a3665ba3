import { wishes } from '../../../src/domain/contracts/wishes'
import { yearStart } from '../../../src/domain/wishes/service'
import { atLocal, local } from '../../../src/domain/time'
import type { MemberDoc } from '../../_runtime/identity'
import { action, type Ctx } from '../../_runtime/types'
import { joinId, joinsOf, postsOfCommunity } from '../duty-posts'
import { MAX_DUTY_YEARS, type DutyYearDoc } from '../duty-years'
import type { HoursDoc } from '../hours'

/** the most members who reported to one community (双报到) */
const MAX_REPORTED = 2000
/** the most confirmed hour logs one member has in a year */
const MAX_LOGS = 2000

/**
 * The community view of 双报到: who reported, their posts, confirmed hours and wishes fulfilled
 * this year. The people, the posts and the year's totals are read together; a member who reported
 * before their posts were kept on them is read person by person.
 */
export const roster = action({
  input: wishes.roster.input,
  roles: ['member', 'staff', 'secretary'],
  handler: async (_input, ctx) => {
    const now = ctx.clock.now()
    const year = local(now).year()
    const { communityId } = ctx.caller
    const [people, posts, years] = await Promise.all([
      ctx.store.queryAll<MemberDoc>('members', { where: { communityId, reportedAt: { $ne: null } }, orderBy: [['reportedAt', 'desc']] }, { max: MAX_REPORTED }),
      postsOfCommunity(ctx, communityId),
      ctx.store.queryAll<DutyYearDoc>('duty_years', { where: { communityId, year } }, { max: MAX_DUTY_YEARS }),
    ])
    const postName = new Map(posts.map((p) => [p._id, p.name]))
    const yearOf = new Map(years.map((y) => [y.openid, y]))
    const items = await Promise.all(
      people.filter((m) => !m.deletedAt).map(async (m) => {
        const kept = m.dutyPostIds as string[] | undefined
        const duty = Array.isArray(kept)
          ? { postIds: [...kept].sort((a, b) => (joinId(a, m._id) < joinId(b, m._id) ? -1 : 1)), hours: yearOf.get(m._id)?.hours ?? 0, wishes: yearOf.get(m._id)?.wishes ?? 0 }
          : await dutyRead(ctx, m._id, now)
        return {
          openid: m._id,
          name: m.name ?? '党员',
          workplace: (m.workplace as string | undefined) ?? '',
          skills: (m.skills as string[] | undefined) ?? [],
          posts: duty.postIds.map((id) => postName.get(id)).filter((n): n is string => !!n),
          hours: duty.hours,
          wishes: duty.wishes,
        }
      }),
    )
    return { year, items }
  },
})

/** A member who reported before their posts were kept: their joins, this year's confirmed logs and wishes. */
async function dutyRead(ctx: Ctx, openid: string, now: Date) {
  const since = yearStart(now)
  const [joins, logs, wishes] = await Promise.all([
    joinsOf(ctx, openid),
    ctx.store.queryAll<HoursDoc>('service_hours', { where: { openid, state: 'confirmed', date: { $gte: since } } }, { max: MAX_LOGS }),
    ctx.store.count('wishes', { claimer: openid, state: 'confirmed', confirmedAt: { $gte: atLocal(since).toISOString() } }),
  ])
  return { postIds: joins.map((j) => j.postId as string), hours: logs.reduce((sum, l) => sum + l.hours, 0), wishes }
}
