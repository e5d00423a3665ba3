import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { movesFor } from '../../../src/domain/projects/rules'
import { action } from '../../_runtime/types'
import { claimViewOf, MAX_CLAIMS, type ClaimDoc } from '../claims'
import { cardOf, CLAIMS, MEMBERSHIPS, NOT_FOUND, PROJECTS, TEAMS, UPDATES, WORK, whoIs, type ProjectDoc, type UpdateDoc } from '../project'
import { MAX_TEAMS, type MembershipDoc, type TeamDoc } from '../team'
import { MAX_WORK_SHOWN, workViewOf, type WorkDoc } from '../work'
import { MEMBER_UNITS, type MemberUnitDoc } from '../../council/council'

/** the progress entries a project page shows */
const UPDATES_SHOWN = 50
/** the 服务队 a project's leader is offered to record a claim for */
const TEAMS_OFFERED = 50
/** the 大党委 member units a project's leader is offered to record a claim for */
const UNITS_OFFERED = 100


/**
 * One project with everything its page shows. The project, its claims, progress, hours, the
 * caller's memberships, the teams they lead and the member units they see are read together (one
 * round trip after identity);
 * nothing is shown unless the project itself is visible to the caller.
 */
export const get = action({
  input: projects.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const me = ctx.caller.openid
    const [p, claims, updates, work, mine, led, near, memberUnits] = await Promise.all([
      ctx.store.get<ProjectDoc>(PROJECTS, input.id),
      ctx.store.queryAll<ClaimDoc>(CLAIMS, { where: { projectId: input.id }, orderBy: [['at', 'asc']] }, { max: MAX_CLAIMS }),
      ctx.store.query<UpdateDoc>(UPDATES, { where: { projectId: input.id }, orderBy: [['at', 'desc']], limit: UPDATES_SHOWN }),
      ctx.store.query<WorkDoc>(WORK, { where: { projectId: input.id }, orderBy: [['at', 'desc']], limit: MAX_WORK_SHOWN }),
      ctx.store.queryAll<MembershipDoc>(MEMBERSHIPS, { where: { openid: me, state: 'in' } }, { max: MAX_TEAMS }),
      ctx.store.queryAll<TeamDoc>(TEAMS, { where: { leader: me } }, { max: MAX_TEAMS }),
      // the teams a leader may record a claim for (the street's secretary for a team of one of its communities)
      ctx.store.query<TeamDoc>(TEAMS, { orderBy: [['createdAt', 'desc']], limit: TEAMS_OFFERED }),
      // the member units a leader may record a claim for (the router keeps them to the units the caller sees)
      ctx.store.query<MemberUnitDoc>(MEMBER_UNITS, { orderBy: [['name', 'asc']], limit: UNITS_OFFERED }),
    ])
    if (!p) fail('NOT_FOUND', NOT_FOUND)
    const active = claims.filter((c) => c.state === 'active')
    const claimingTeams = new Set(active.filter((c) => c.kind === 'team').map((c) => c.claimantId))
    const worker = mine.some((m) => claimingTeams.has(m.teamId))
    const lead = whoIs(ctx.caller, p)('lead')
    // a team leader claims projects of a unit they act in; the project's leader records a claim for any team they see
    const mayClaimFor = lead ? [...led, ...near.items] : ctx.caller.scope.act.includes(p.unitId) ? led : []
    const claimingUnits = new Set(active.filter((c) => c.kind === 'unit').map((c) => c.claimantId))
    // a member unit's claim is recorded by the project's side, in the unit the project belongs to (as claim checks)
    const unitsToClaim = lead && ctx.caller.scope.act.includes(p.unitId) ? memberUnits.items.filter((u) => u.state === 'active' && !claimingUnits.has(u._id)) : []
    const teamsToClaim = [...new Map(mayClaimFor.filter((t) => !claimingTeams.has(t._id)).map((t) => [t._id, t])).values()]
    const is = whoIs(ctx.caller, p, { worker, claimer: teamsToClaim.length > 0 })
    const canLead = is('lead')
    if (p.state === 'draft' && !canLead) fail('NOT_FOUND', NOT_FOUND)
    return {
      ...cardOf(p, ctx.caller),
      milestones: p.milestones.map((m) => ({
        id: m.id,
        title: m.title,
        due: m.due,
        ...(m.doneAt ? { doneAt: m.doneAt, doneByName: m.doneByName, evidence: m.evidence } : {}),
      })),
      claims: claims.map(claimViewOf),
      updates: updates.items.map((u) => ({ id: u._id, at: u.at, byName: u.byName, note: u.note, photos: u.photos })),
      hours: work.items.filter((w) => canLead || w.openid === me).map(workViewOf),
      timeline: p.timeline.map(({ at, byName, action: act, note }) => ({ at, action: act, ...(byName ? { byName } : {}), ...(note ? { note } : {}) })),
      ...(p.completion ? { completion: p.completion } : {}),
      movesOpen: movesFor(p.state, is),
      canLead,
      canWork: is('worker'),
      teamsToClaim: teamsToClaim.map((t) => ({ id: t._id, name: t.name })),
      unitsToClaim: unitsToClaim.map((u) => ({ id: u._id, name: u.name })),
    }
  },
})
