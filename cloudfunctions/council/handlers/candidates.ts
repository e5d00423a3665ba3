import { council } from '../../../src/domain/contracts/council'
import { LIVE_STATES } from '../../../src/domain/council/machine'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { itemView, LIST_ITEMS, MAX_UNITS_SEEN, type ListItemDoc } from '../council'

/** 需求对接: the need, and the offers (its community's, the street's and the district's) and commitments still to do it may be matched to — three reads sent together. */
export const candidates = action({
  input: council.candidates.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const live = { $in: [...LIVE_STATES] }
    const [need, offers, commitments] = await Promise.all([
      ctx.store.get<ListItemDoc>(LIST_ITEMS, input.needId),
      ctx.store.queryAll<ListItemDoc>(LIST_ITEMS, { where: { kind: 'offer', state: live }, orderBy: [['createdAt', 'desc']] }, { max: MAX_UNITS_SEEN }),
      ctx.store.queryAll<ListItemDoc>(LIST_ITEMS, { where: { kind: 'commitment', state: live }, orderBy: [['createdAt', 'desc']] }, { max: MAX_UNITS_SEEN }),
    ])
    if (!need || need.kind !== 'need') fail('NOT_FOUND', '没有找到这条需求')
    const view = (d: ListItemDoc) => itemView(d, ctx.caller.units, now)
    return { need: view(need), offers: offers.map(view), commitments: commitments.map(view) }
  },
})
