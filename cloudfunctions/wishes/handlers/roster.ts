import { wishes } from '../../../src/domain/contracts/wishes'
import { yearStart } from '../../../src/domain/wishes/service'
import { atLocal, local } from '../../../src/domain/time'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import type { PostDoc } from '../duty-posts'
import type { HoursDoc } from '../hours'

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
      ctx.store.query<MemberDoc>('members', { where: { communityId, reportedAt: { $exists: true } }, orderBy: [['reportedAt', 'desc']], limit: 100 }),
      ctx.store.query<PostDoc>('service_posts', { where: { communityId }, orderBy: [['order', 'asc']], limit: 50 }),
    ])
    const postName = new Map(posts.items.map((p) => [p._id, p.name]))
    const items = await Promise.all(
      people.items.filter((m) => !m.deletedAt).map(async (m) => {
        const [joins, logs, fulfilled] = await Promise.all([
          ctx.store.query('post_joins', { where: { openid: m._id }, limit: 50 }),
          ctx.store.query<HoursDoc>('service_hours', { where: { openid: m._id, state: 'confirmed', date: { $gte: since } }, limit: 100 }),
          ctx.store.count('wishes', { claimer: m._id, state: 'confirmed', confirmedAt: { $gte: sinceInstant } }),
        ])
        return {
          openid: m._id,
          name: m.name ?? '党员',
          workplace: (m.workplace as string | undefined) ?? '',
          skills: (m.skills as string[] | undefined) ?? [],
          posts: joins.items.map((j) => postName.get(j.postId as string)).filter((n): n is string => !!n),
          hours: logs.items.reduce((sum, l) => sum + l.hours, 0),
          wishes: fulfilled,
        }
      }),
    )
    return { year: local(now).year(), items }
  },
})
