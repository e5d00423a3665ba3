import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { patchMember, profileOf } from '../profile'

/** 双报到: a party member registers their workplace branch and skills with the community they live in. */
export const report = action({
  input: members.report.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const skills = [...new Set(input.skills)]
    await ctx.services.checkText([input.workplace, ...skills], ctx.caller)
    // a first report starts the member's list of service posts (wishes/duty-years.ts): none taken yet
    await ctx.store.update('members', ctx.caller.openid, { dutyPostIds: [] }, { where: { reportedAt: null, dutyPostIds: { $exists: false } } })
    await patchMember(ctx.store, ctx.clock, ctx.caller.openid, { workplace: input.workplace, skills, reportedAt: ctx.clock.now().toISOString() })
    return profileOf(ctx.store, ctx.caller.openid)
  },
})
