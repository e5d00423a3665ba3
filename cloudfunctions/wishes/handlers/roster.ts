import { wishes } from '../../../src/domain/contracts/wishes'
import { yearStart } from '../../../src/domain/wishes/service'
import { atLocal, local } from '../../../src/domain/time'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { joinsOf, postsOfCommunity } from '../duty-posts'
import type { HoursDoc } from '../hours'

/** the most members who reported to one community (双报到) */
const MAX_REPORTED = 2000
/** the most confirmed hour logs one member has in a year */
const MAX_LOGS = 2000

/** The community view of 双报到: who reported, their posts, confirmed hours and wishes fulfilled this year. */
export const roster = action({
  input: wishes.roster.input,
  roles: ['member', 'staff', 'secretary'],
  handler: async (_input, ctx) => {
    const now = ctx.clock.now()
    const since = yearStart(now)
    const sinceInstant = atLocal(since).toISOString()
    const { communityId } = ctx.caller
    const [people, posts] = await Promise.all([
      ctx.store.queryAll<MemberDoc>('members', { where: { communityId, reportedAt: { $ne: null } }, orderBy: [['reportedAt', 'desc']] }, { max: MAX_REPORTED }),
      postsOfCommunity(ctx, communityId),
    ])
    const postName = new Map(posts.map((p) => [p._id, p.name]))
    const items = await Promise.all(
      people.filter((m) => !m.deletedAt).map(async (m) => {
        const [joins, logs, fulfilled] = await Promise.all([
          joinsOf(ctx, m._id),
          ctx.store.queryAll<HoursDoc>('service_hours', { where: { openid: m._id, state: 'confirmed', date: { $gte: since } } }, { max: MAX_LOGS }),
          ctx.store.count('wishes', { claimer: m._id, state: 'confirmed', confirmedAt: { $gte: sinceInstant } }),
        ])
        return {
          openid: m._id,
          name: m.name ?? '党员',
          workplace: (m.workplace as string | undefined) ?? '',
          skills: (m.skills as string[] | undefined) ?? [],
          posts: joins.map((j) => postName.get(j.postId as string)).filter((n): n is string => !!n),
          hours: logs.reduce((sum, l) => sum + l.hours, 0),
          wishes: fulfilled,
        }
      }),
    )
    return { year: local(now).year(), items }
  },
})
