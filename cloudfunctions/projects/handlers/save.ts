import { randomUUID } from 'node:crypto'
import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { PROJECT_MACHINE } from '../../../src/domain/projects/machine'
import { checkPeriod, mergeMilestones, servedCommunities } from '../../../src/domain/projects/rules'
import { communitiesUnder } from '../../../src/domain/units'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { cardOf, displayName, moveProject, PROJECTS, whoIs, type ProjectDoc } from '../project'

/**
 * A secretary or staff member creates a project of their community or street (a draft they lead),
 * or the leader edits it. A street project serves communities of the street; a community project its own.
 */
export const save = action({
  input: projects.save.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { units, scope } = ctx.caller
    if (!scope.act.includes(input.unitId)) fail('FORBIDDEN', '只能为您担任书记或社工的社区、街道领办项目')
    const communityIds = servedCommunities(input.unitId, units[input.unitId]?.level, communitiesUnder(units, input.unitId), input.communityIds ?? [])
    checkPeriod(input.startDate, input.endDate, input.milestones)
    await ctx.services.checkText([input.title, input.goal, ...input.milestones.map((m) => m.title)], ctx.caller)
    const fields = { title: input.title, goal: input.goal, communityIds, startDate: input.startDate, endDate: input.endDate }
    if (input.id) {
      const after = await moveProject(
        ctx,
        input.id,
        (p) => {
          checkMove(PROJECT_MACHINE, 'edit', p.state, whoIs(ctx.caller, p))
          if (p.unitId !== input.unitId) fail('INVALID_INPUT', '项目的领办单位不能更改')
          return { to: p.state, patch: { ...fields, milestones: mergeMilestones(p.milestones, input.milestones) } }
        },
        'edit',
      )
      return cardOf(after, ctx.caller)
    }
    const at = ctx.clock.now().toISOString()
    const doc: ProjectDoc = {
      _id: randomUUID(),
      unitId: input.unitId,
      ...fields,
      state: 'draft',
      leader: ctx.caller.openid,
      leaderName: displayName(ctx.caller),
      milestones: mergeMilestones([], input.milestones.map(({ title, due }) => ({ title, due }))),
      createdAt: at,
      createdBy: ctx.caller.openid,
      updatedAt: at,
      version: 1,
      timeline: [{ at, by: ctx.caller.openid, byName: displayName(ctx.caller), action: 'create' }],
    }
    await insertWith(ctx, PROJECTS, doc, {})
    return cardOf(doc, ctx.caller)
  },
})
