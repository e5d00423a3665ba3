import { projects } from '../../../src/domain/contracts/projects'
import { AppError, fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { CLAIM_MACHINE, PROJECT_MACHINE } from '../../../src/domain/projects/machine'
import { claimId } from '../../../src/domain/projects/rules'
import { applyTransition, insertWith } from '../../_runtime/transition'
import { action, type Ctx } from '../../_runtime/types'
import { claimViewOf, type ClaimDoc } from '../claims'
import { CLAIMS, displayName, NOT_FOUND, PROJECTS, TEAMS, whoIs, type ProjectDoc } from '../project'
import { TEAM_NOT_FOUND, type TeamDoc } from '../team'
import { MEMBER_UNITS, type MemberUnitDoc } from '../../council/council'

const UNIT_NOT_FOUND = '没有找到这家大党委成员单位，请从本街道、本社区的成员单位中选择'

/**
 * A 服务队 (by its leader, or the project's leader for it) or a 大党委 member unit (recorded by the
 * project's leader; the unit is read from member_units — the router keeps it to the units the
 * caller sees — and its name is kept from the document) claims a project. The project and the
 * team or unit are read together. One claim per claimant: its id is projectId:claimantId, so
 * concurrent claims make one.
 */
export const claim = action({
  input: projects.claim.input,
  roles: ['secretary', 'staff', 'member'],
  handler: async (input, ctx) => {
    const c = input.claimant
    const [p, team, unit] = await Promise.all([
      ctx.store.get<ProjectDoc>(PROJECTS, input.projectId),
      c.kind === 'team' ? ctx.store.get<TeamDoc>(TEAMS, c.teamId) : Promise.resolve(null),
      c.kind === 'unit' ? ctx.store.get<MemberUnitDoc>(MEMBER_UNITS, c.unitId) : Promise.resolve(null),
    ])
    if (!p) fail('NOT_FOUND', NOT_FOUND)
    if (c.kind === 'team' && !team) fail('NOT_FOUND', TEAM_NOT_FOUND)
    if (c.kind === 'unit' && (!unit || unit.state !== 'active')) fail('NOT_FOUND', UNIT_NOT_FOUND)
    const is = whoIs(ctx.caller, p, { claimer: !!team && team.leader === ctx.caller.openid })
    if (c.kind === 'unit' && !is('lead')) fail('FORBIDDEN', '大党委成员单位的认领由项目的领办书记登记')
    checkMove(PROJECT_MACHINE, 'claim', p.state, is)
    if (!ctx.caller.scope.act.includes(p.unitId)) fail('FORBIDDEN', '街道领办的项目，请由街道书记为服务队登记认领')
    if (input.note) await ctx.services.checkText([input.note], ctx.caller)
    const claimantId = c.kind === 'team' ? c.teamId : c.unitId
    const claimantName = c.kind === 'team' ? team!.name : unit!.name
    const id = claimId(p._id, claimantId)
    return claimViewOf(await claimOnce(ctx, p, id, { kind: c.kind, claimantId, claimantName, note: input.note }))
  },
})

async function claimOnce(ctx: Ctx, p: ProjectDoc, id: string, c: Pick<ClaimDoc, 'kind' | 'claimantId' | 'claimantName' | 'note'>): Promise<ClaimDoc> {
  const at = ctx.clock.now().toISOString()
  const by = { by: ctx.caller.openid, byName: displayName(ctx.caller) }
  const existing = await ctx.store.get<ClaimDoc>(CLAIMS, id)
  if (!existing) {
    const doc: ClaimDoc = {
      _id: id,
      projectId: p._id,
      projectTitle: p.title,
      unitId: p.unitId,
      kind: c.kind,
      claimantId: c.claimantId,
      claimantName: c.claimantName,
      ...(c.note ? { note: c.note } : {}),
      state: 'active',
      at,
      ...by,
      version: 1,
      updatedAt: at,
      timeline: [{ at, ...by, action: 'claim', ...(c.note ? { note: c.note } : {}) }],
    }
    try {
      await insertWith(ctx, CLAIMS, doc, {
        notices: p.leader === ctx.caller.openid ? [] : [{ id: `claim:${id}`, to: p.leader, template: 'service', title: `${c.claimantName}认领了项目`, body: p.title, page: `/packages/projects/pages/detail/index?id=${p._id}` }],
      })
      return doc
    } catch (e) {
      // someone claimed for the same claimant at the same moment: theirs is the claim
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
    }
  }
  const { after } = await applyTransition<ClaimDoc>(
    ctx,
    {
      coll: CLAIMS,
      notFound: '没有这条认领记录',
      decide: (doc) => ({
        to: checkMove(CLAIM_MACHINE, 'reclaim', doc.state, () => true),
        patch: { at, ...by, ...(c.note ? { note: c.note } : {}) },
        entry: { at, ...by, action: 'claim', ...(c.note ? { note: c.note } : {}) },
      }),
      busy: '认领的人太多，请稍后重试',
    },
    id,
  )
  return after
}
