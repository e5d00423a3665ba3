import { wishes } from '../../../src/domain/contracts/wishes'
import { satisfactionOf } from '../../../src/domain/wishes/satisfaction'
import { action } from '../../_runtime/types'
import { SUMMARY, type SatisfactionDoc } from '../satisfaction'

/** The community's wish 满意率 (share of scores 4–5), read from its running summary. */
export const satisfaction = action({
  input: wishes.satisfaction.input,
  roles: ['staff', 'secretary'],
  handler: async (_input, ctx) => {
    const s = await ctx.store.get<SatisfactionDoc>(SUMMARY, ctx.caller.communityId)
    return satisfactionOf(s?.rated ?? 0, s?.satisfied ?? 0)
  },
})
