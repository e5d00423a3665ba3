import { randomUUID } from 'node:crypto'
import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'

export interface ResourceDoc {
  _id: string
  communityId: string
  provider: string
  kind: 'unit' | 'shop'
  title: string
  description: string
  contact?: string
  active: boolean
  offeredBy: string
  createdAt: string
  [k: string]: unknown
}

/** A unit or a 党员先锋店 offers something to the community's resource pool. */
export const offerResource = action({
  input: wishes.offerResource.input,
  roles: ['member', 'staff', 'secretary'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.provider, input.title, input.description, input.contact ?? ''], ctx.caller)
    const doc: ResourceDoc = {
      _id: randomUUID(),
      communityId: ctx.caller.communityId,
      provider: input.provider,
      kind: input.kind,
      title: input.title,
      description: input.description,
      ...(input.contact ? { contact: input.contact } : {}),
      active: true,
      offeredBy: ctx.caller.openid,
      createdAt: ctx.clock.now().toISOString(),
    }
    await ctx.store.insert('resources', doc)
    return { id: doc._id }
  },
})
