import { randomUUID } from 'node:crypto'
import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { PROJECT_MACHINE } from '../../../src/domain/projects/machine'
import { leads } from '../../../src/domain/projects/rules'
import { localDate } from '../../../src/domain/time'
import type { MemberDoc } from '../../_runtime/identity'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, NOT_FOUND, PROJECTS, viewerOf, WORK, whoIs, workingTeams, type ProjectDoc } from '../project'
import { workViewOf, type WorkDoc } from '../work'

/**
 * A member of a claiming 服务队 logs hours served on a project, or the leader records them for
 * one; pending until the leader confirms. The hours count in the worker's home community.
 */
export const logHours = action({
  input: projects.logHours.input,
  roles: ['member', 'secretary', 'staff'],
  handler: async (input, ctx) => {
    const p = await ctx.store.get<ProjectDoc>(PROJECTS, input.projectId)
    if (!p) fail('NOT_FOUND', NOT_FOUND)
    const me = ctx.caller.openid
    const forOther = !!input.openid && input.openid !== me
    const lead = leads(viewerOf(ctx.caller), p)
    if (forOther && !lead) fail('FORBIDDEN', '只有领办书记可以为队员登记服务时长')
    const worker = input.openid ?? me
    const teams = await workingTeams(ctx, p._id, worker)
    if (teams.length === 0 && !(lead && !forOther)) fail('FORBIDDEN', forOther ? '这位同志不在认领这个项目的服务队里' : '请先加入认领这个项目的服务队')
    checkMove(PROJECT_MACHINE, 'logHours', p.state, whoIs(ctx.caller, p, { worker: teams.length > 0 }))
    if (input.date > localDate(ctx.clock.now())) fail('TOO_EARLY', '不能登记还没到的日子')
    if (input.date < p.startDate) fail('INVALID_INPUT', '这一天项目还没有开始')
    let person = { communityId: ctx.caller.communityId, name: displayName(ctx.caller) }
    if (forOther) {
      const m = await ctx.store.get<MemberDoc>('members', worker)
      if (!m) fail('NOT_FOUND', '没有找到这位队员')
      person = { communityId: m.communityId, name: m.name ?? '党员' }
    }
    await ctx.services.checkText([input.note], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const doc: WorkDoc = {
      _id: randomUUID(),
      projectId: p._id,
      projectTitle: p.title,
      unitId: p.unitId,
      leader: p.leader,
      communityId: person.communityId,
      openid: worker,
      name: person.name,
      date: input.date,
      hours: input.hours,
      note: input.note,
      state: 'pending',
      at,
      by: me,
      version: 1,
      updatedAt: at,
      timeline: [{ at, by: me, byName: displayName(ctx.caller), action: 'log' }],
    }
    await insertWith(ctx, WORK, doc, {
      notices: p.leader === me ? [] : [{ to: p.leader, template: 'service', title: '有服务时长待确认', body: `${person.name} ${input.date} ${p.title} ${input.hours} 小时`, page: `/packages/projects/pages/detail/index?id=${p._id}` }],
    })
    return workViewOf(doc)
  },
})
