import { wishes } from '../../../src/domain/contracts/wishes'
import { fail } from '../../../src/domain/errors'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { applyWish, respond } from '../wish'
import type { ResourceDoc } from './offerResource'

/** Staff match a resource from the pool to a wish (the wish keeps its state), once per resource. */
export const match = action({
  input: wishes.match.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    const res = await ctx.store.get<ResourceDoc>('resources', input.resourceId)
    if (!res || res.communityId !== ctx.caller.communityId || !res.active) fail('NOT_FOUND', '资源池里没有这项资源')
    if (input.note) await ctx.services.checkText([input.note], ctx.caller)
    const entry = { resourceId: res._id, title: res.title, provider: res.provider, ...(input.note ? { note: input.note } : {}) }
    const wish = await applyWish(ctx, input.id, 'match', (w) => {
      if (w.resources.some((r) => r.resourceId === res._id)) fail('ALREADY_DONE', '这项资源已经对接过了')
      return { patch: { resources: op.push(entry) }, note: `对接资源：${res.provider} · ${res.title}` }
    })
    return respond(ctx, wish)
  },
})
