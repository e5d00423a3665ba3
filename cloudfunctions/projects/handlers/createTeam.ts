import { randomUUID } from 'node:crypto'
import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { membershipId } from '../../../src/domain/projects/rules'
import type { MemberDoc } from '../../_runtime/identity'
import { writeEffects } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, MEMBERSHIPS, TEAMS } from '../project'
import { joinedEntry, teamCardOf, type MembershipDoc, type TeamDoc } from '../team'

/** Secretary or staff set up a 服务队 in a community they serve; its leader is its first member. */
export const createTeam = action({
  input: projects.createTeam.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { caller } = ctx
    if (caller.units[input.unitId]?.level !== 'community') fail('INVALID_INPUT', '服务队建在社区里，请选择一个社区')
    if (!caller.scope.act.includes(input.unitId)) fail('FORBIDDEN', '只能在您担任书记或社工的社区建立服务队')
    let leader = { openid: caller.openid, name: displayName(caller) }
    if (input.leader && input.leader !== caller.openid) {
      const m = await ctx.store.get<MemberDoc>('members', input.leader)
      if (!m || m.deletedAt) fail('NOT_FOUND', '没有找到这位队长')
      leader = { openid: m._id, name: m.name ?? '党员' }
    }
    await ctx.services.checkText([input.name, input.intro ?? ''], caller)
    const at = ctx.clock.now().toISOString()
    const team: TeamDoc = {
      _id: `team-${randomUUID()}`,
      unitId: input.unitId,
      name: input.name,
      intro: input.intro ?? '',
      leader: leader.openid,
      leaderName: leader.name,
      members: [leader],
      memberCount: 1,
      state: 'active',
      createdAt: at,
      updatedAt: at,
      version: 1,
      timeline: [{ at, by: caller.openid, byName: displayName(caller), action: 'create' }],
    }
    const membership: MembershipDoc = {
      _id: membershipId(team._id, leader.openid),
      teamId: team._id,
      teamName: team.name,
      unitId: team.unitId,
      openid: leader.openid,
      name: leader.name,
      state: 'in',
      joinedAt: at,
      version: 1,
      updatedAt: at,
      timeline: [joinedEntry(at, leader.openid, leader.name, 'join')],
    }
    await ctx.store.transaction(async (tx) => {
      await tx.insert(TEAMS, team)
      await tx.insert(MEMBERSHIPS, membership)
      return writeEffects(tx, ctx, {})
    })
    return teamCardOf(team, caller)
  },
})
