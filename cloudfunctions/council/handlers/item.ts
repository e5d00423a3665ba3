import { council } from '../../../src/domain/contracts/council'
import { LIST_MACHINE, type ListMove } from '../../../src/domain/council/machine'
import { fail } from '../../../src/domain/errors'
import { movesOpen } from '../../../src/domain/machine'
import { action } from '../../_runtime/types'
import { entryView, itemView, LIST_ITEMS, whoFor, type ListItemDoc } from '../council'

/** One list item with its timeline, the needs met from it (an offer or a commitment) and the moves the caller may make: two reads sent together. */
export const item = action({
  input: council.item.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const [doc, needs] = await Promise.all([
      ctx.store.get<ListItemDoc>(LIST_ITEMS, input.id),
      ctx.store.query<ListItemDoc>(LIST_ITEMS, { where: { matchedId: input.id }, orderBy: [['createdAt', 'desc']], limit: 100 }),
    ])
    if (!doc) fail('NOT_FOUND', '没有找到这条清单事项')
    const moves = movesOpen(LIST_MACHINE, doc.state, whoFor(ctx.caller, doc)).filter((m: ListMove) => {
      if (m === 'match') return doc.kind === 'need'
      if (m === 'progress' || m === 'finish') return !(doc.kind === 'need' && doc.state === 'open')
      return true
    })
    return {
      ...itemView(doc, ctx.caller.units, now),
      timeline: (doc.timeline ?? []).map(entryView),
      needs: needs.items.map((n) => itemView(n, ctx.caller.units, now)),
      moves,
    }
  },
})
