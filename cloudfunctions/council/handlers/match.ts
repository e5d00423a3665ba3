import { council } from '../../../src/domain/contracts/council'
import { LIVE_STATES, listMove } from '../../../src/domain/council/machine'
import { fail } from '../../../src/domain/errors'
import { applyTransition } from '../../_runtime/transition'
import { action, type Notice } from '../../_runtime/types'
import { displayName, itemPage, itemView, LIST_ITEMS, whoFor, type ListItemDoc } from '../council'

/**
 * 需求对接: a secretary or staff matches a need of their community to an offer or a commitment they
 * can see (the street's and the district's included). The match is written on the need — which
 * the community owns — so a community secretary never writes a street's offer; the needs met from
 * an offer are found by the need's `matchedId`. Twenty at once: one wins, the others are told.
 */
export const match = action({
  input: council.match.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { caller } = ctx
    const target = await ctx.store.get<ListItemDoc>(LIST_ITEMS, input.to.id)
    if (!target || target.kind !== input.to.kind) fail('NOT_FOUND', input.to.kind === 'offer' ? '没有找到这项共建资源' : '没有找到这项承诺')
    if (!LIVE_STATES.includes(target.state)) fail('CONFLICT', `「${target.title}」已${target.state === 'done' ? '完成' : '取消'}，请选择别的`)
    if (input.note) await ctx.services.checkText([input.note], caller)
    const matchedTo = { kind: input.to.kind, id: target._id, title: target.title, unitName: target.ownerName }
    const { after } = await applyTransition<ListItemDoc>(
      ctx,
      {
        coll: LIST_ITEMS,
        notFound: '没有找到这条需求',
        busy: '同时对接的人太多，请刷新后重试',
        decide: (need) => {
          if (need.kind !== 'need') fail('NOT_FOUND', '没有找到这条需求')
          const to = listMove(need, 'match', whoFor(caller, need))
          const people = [...new Set([...(target.committeeOpenids ?? []), ...(target.openid ? [target.openid] : [])])]
          const notices: Notice[] = people.map((p) => ({ id: `council-match:${need._id}:${p}`, to: p, template: 'council', title: '群众需求已对接给您', body: `「${need.title}」对接到「${target.title}」`.slice(0, 100), page: itemPage(need._id) }))
          return {
            to,
            patch: { matchedTo, matchedId: target._id },
            entry: { at: ctx.clock.now().toISOString(), by: caller.openid, byName: displayName(caller), action: 'match', note: input.note ? `对接「${target.title}」：${input.note}` : `对接「${target.title}」（${target.ownerName}）` },
            effects: { notices },
          }
        },
      },
      input.needId,
    )
    return itemView(after, caller.units, ctx.clock.now())
  },
})
