import { council } from '../../../src/domain/contracts/council'
import { yearOf } from '../../../src/domain/council/machine'
import { needIdOf } from '../../../src/domain/council/model'
import { AppError, fail } from '../../../src/domain/errors'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, isSteward, itemView, LIST_ITEMS, type ListItemDoc } from '../council'

const SOURCES = {
  wish: { coll: 'wishes', name: '微心愿', text: (d: Record<string, unknown>) => String(d.story ?? '') },
  ticket: { coll: 'tickets', name: '诉求', text: (d: Record<string, unknown>) => String(d.description ?? '') },
  survey: { coll: 'surveys', name: '问卷', text: (d: Record<string, unknown>) => String(d.intro ?? '') },
} as const

/**
 * 群众服务需求清单: a secretary or staff takes a wish, a ticket (a 建议) or a survey of their
 * community as a need. The need's id comes from its source (`need:wish:<id>`), so taking the same
 * source twice — or twenty times at once — makes one need; the repeats answer it with `deduped`.
 */
export const takeNeed = action({
  input: council.takeNeed.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { caller } = ctx
    const now = ctx.clock.now()
    const id = needIdOf(input.source.kind, input.source.id)
    const src = SOURCES[input.source.kind]
    const [prior, source] = await Promise.all([ctx.store.get<ListItemDoc>(LIST_ITEMS, id), ctx.store.get(src.coll, input.source.id)])
    if (prior) return { item: itemView(prior, caller.units, now), deduped: true }
    if (!source) fail('NOT_FOUND', `没有找到这条${src.name}`)
    const communityId = String(source.communityId ?? '')
    if (!isSteward(caller, communityId)) fail('FORBIDDEN', `只有${src.name}所在社区的书记、社工可以把它列为需求`)
    // the lists are seen by the whole community: a wish still under review (or declined) is not public yet
    if (input.source.kind === 'wish' && ['pending', 'declined'].includes(String(source.state))) fail('CONFLICT', '这条微心愿还没有通过审核，审核发布后才能列入需求清单')
    if (input.detail) await ctx.services.checkText([input.detail], caller)
    const at = now.toISOString()
    const doc: ListItemDoc = {
      _id: id,
      kind: 'need',
      unitId: communityId,
      communityId,
      title: String(source.title ?? src.name).slice(0, 40),
      detail: (input.detail || src.text(source) || String(source.title ?? '')).slice(0, 500),
      state: 'open',
      year: yearOf(now),
      source: { kind: input.source.kind, id: input.source.id },
      ownerName: caller.units[communityId]?.name ?? '',
      progressCount: 0,
      version: 1,
      timeline: [{ at, by: caller.openid, byName: displayName(caller), action: 'create', note: `来自${src.name}` }],
      createdBy: caller.openid,
      createdAt: at,
      updatedAt: at,
    }
    try {
      await insertWith(ctx, LIST_ITEMS, doc, {})
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
      const won = await ctx.store.get<ListItemDoc>(LIST_ITEMS, id)
      if (!won) throw e
      return { item: itemView(won, caller.units, now), deduped: true }
    }
    return { item: itemView(doc, caller.units, now), deduped: false }
  },
})
