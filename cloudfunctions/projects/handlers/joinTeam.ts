import { projects } from '../../../src/domain/contracts/projects'
import { AppError, fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { MEMBERSHIP_MACHINE } from '../../../src/domain/projects/machine'
import { membershipId } from '../../../src/domain/projects/rules'
import { op, type TxStore } from '../../_store/port'
import { applyTransition, writeEffects } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, MEMBERSHIPS, TEAMS } from '../project'
import { joinedEntry, TEAM_NOT_FOUND, teamCardOf, type MembershipDoc, type TeamDoc } from '../team'

const BUSY = '服务队刚刚有了变化，请重试'

/**
 * A member joins a 服务队 of their community. The membership's id is teamId:openid, so a person
 * joins once however many times they tap; the team's members and count change in the same transaction.
 */
export const joinTeam = action({
  input: projects.joinTeam.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const team = await ctx.store.get<TeamDoc>(TEAMS, input.teamId)
    if (!team) fail('NOT_FOUND', TEAM_NOT_FOUND)
    if (!ctx.caller.scope.act.includes(team.unitId)) fail('FORBIDDEN', '只能加入本社区的服务队')
    const me = { openid: ctx.caller.openid, name: displayName(ctx.caller) }
    const id = membershipId(team._id, me.openid)
    const at = ctx.clock.now().toISOString()
    const addToTeam = async (tx: TxStore) => {
      if (!(await tx.update(TEAMS, team._id, { members: op.push(me), memberCount: op.inc(1), updatedAt: at }))) fail('CONFLICT', BUSY)
    }
    if (!(await ctx.store.get<MembershipDoc>(MEMBERSHIPS, id))) {
      const doc: MembershipDoc = { _id: id, teamId: team._id, teamName: team.name, unitId: team.unitId, ...me, state: 'in', joinedAt: at, version: 1, updatedAt: at, timeline: [joinedEntry(at, me.openid, me.name, 'join')] }
      try {
        await ctx.store.transaction(async (tx) => {
          await tx.insert(MEMBERSHIPS, doc)
          await addToTeam(tx)
          return writeEffects(tx, ctx, {})
        })
        return { ...teamCardOf({ ...team, memberCount: team.memberCount + 1 }, ctx.caller), joined: true }
      } catch (e) {
        // the same person's other tap got there first: its membership holds (answered below)
        if (!(e instanceof AppError && e.code === 'CONFLICT' && (await ctx.store.get(MEMBERSHIPS, id)))) throw e
      }
    }
    await applyTransition<MembershipDoc>(
      ctx,
      {
        coll: MEMBERSHIPS,
        notFound: TEAM_NOT_FOUND,
        decide: (m) => ({ to: checkMove(MEMBERSHIP_MACHINE, 'join', m.state, () => m.openid === me.openid), patch: { joinedAt: at, name: me.name }, entry: joinedEntry(at, me.openid, me.name, 'join'), also: addToTeam }),
        busy: BUSY,
      },
      id,
    )
    const after = (await ctx.store.get<TeamDoc>(TEAMS, team._id))!
    return { ...teamCardOf(after, ctx.caller), joined: true }
  },
})
