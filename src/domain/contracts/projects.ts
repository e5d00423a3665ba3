/** projects: 书记领航 service projects with their milestones, claims, progress and hours, and 服务队 (docs/projects.md). */
import { z } from 'zod'
import { CLAIM_STATES, PROJECT_STATES, WORK_STATES } from '../projects/machine'
import { id, imageUrl, openid, pageInput, pageOf, requiredText, text, timelineEntry } from './common'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不对（YYYY-MM-DD）')
const photos = z.array(imageUrl).max(9, '最多 9 张照片')
const byId = z.object({ id }).strict()

export const milestoneView = z.object({
  id: z.string(),
  title: z.string(),
  due: z.string(),
  doneAt: z.string().optional(),
  doneByName: z.string().optional(),
  evidence: z.object({ note: z.string(), photos: z.array(z.string()) }).optional(),
})

export const projectCard = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  goal: z.string(),
  communityIds: z.array(z.string()),
  communityNames: z.array(z.string()),
  state: z.enum(PROJECT_STATES),
  stateName: z.string(),
  leader: z.string(),
  leaderName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** milestones done of all, 0–100 */
  progress: z.number(),
  milestonesDone: z.number(),
  milestonesTotal: z.number(),
  createdAt: z.string(),
  doneAt: z.string().optional(),
})

export const claimView = z.object({
  id: z.string(),
  kind: z.enum(['team', 'unit']),
  claimantId: z.string(),
  claimantName: z.string(),
  state: z.enum(CLAIM_STATES),
  stateName: z.string(),
  at: z.string(),
  byName: z.string(),
  note: z.string().optional(),
})

export const updateView = z.object({ id: z.string(), at: z.string(), byName: z.string(), note: z.string(), photos: z.array(z.string()) })

export const workView = z.object({
  id: z.string(),
  projectId: z.string(),
  openid: z.string(),
  name: z.string(),
  date: z.string(),
  hours: z.number(),
  note: z.string(),
  state: z.enum(WORK_STATES),
  stateName: z.string(),
  points: z.number().optional(),
})

export const teamCard = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  intro: z.string(),
  leader: z.string(),
  leaderName: z.string(),
  memberCount: z.number(),
})

const milestoneInput = z.object({ id: z.string().max(16).optional(), title: requiredText(40), due: day }).strict()
const evidence = { note: requiredText(500), photos: photos.optional() }

export const projects = {
  /** the projects the caller may see (their community's, their street's), newest first; filter by state */
  list: { input: pageInput.extend({ state: z.enum(PROJECT_STATES).optional() }).strict(), output: pageOf(projectCard) },
  /** one project with milestones, claims, progress, hours (the caller's, or all for the leader) and the moves the caller may make */
  get: {
    input: byId,
    output: projectCard.extend({
      milestones: z.array(milestoneView),
      claims: z.array(claimView),
      updates: z.array(updateView),
      hours: z.array(workView),
      timeline: z.array(timelineEntry),
      completion: z.object({ note: z.string(), photos: z.array(z.string()) }).optional(),
      /** the machine's moves the caller could make now (buttons), and the forms they may use */
      movesOpen: z.array(z.string()),
      canLead: z.boolean(),
      canWork: z.boolean(),
      /** 服务队 the caller may claim the project for (teams they lead; for its leader, the teams they see) that have not claimed it yet */
      teamsToClaim: z.array(z.object({ id: z.string(), name: z.string() })),
      /** 大党委 member units the caller (the project's side) may record a claim for: the units they see, without an active claim on it */
      unitsToClaim: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  },
  /** people whose hours the leader may record: members of the teams that claimed the project */
  workers: { input: z.object({ projectId: id }).strict(), output: z.object({ items: z.array(z.object({ openid: z.string(), name: z.string(), teamName: z.string() })) }) },
  /** create (no id: a draft) or edit a project */
  save: {
    input: z
      .object({
        id: id.optional(),
        /** the leading unit: the street or a community where the caller is secretary or staff */
        unitId: id,
        title: requiredText(40),
        goal: requiredText(500),
        communityIds: z.array(id).max(20).optional(),
        startDate: day,
        endDate: day,
        milestones: z.array(milestoneInput).max(12, '最多 12 个节点'),
      })
      .strict(),
    output: projectCard,
  },
  /** what the create/edit form needs: the units the caller may lead for (a street with its communities), and the project when editing */
  form: {
    input: z.object({ id: id.optional() }).strict(),
    output: z.object({
      units: z.array(z.object({ id: z.string(), name: z.string(), level: z.string(), communities: z.array(z.object({ id: z.string(), name: z.string() })) })),
      project: projectCard.extend({ milestones: z.array(milestoneView) }).optional(),
    }),
  },
  /** a move of the project's machine that needs no more than a note */
  move: { input: z.object({ id, move: z.enum(['publish', 'start', 'cancel']), note: text(200).optional() }).strict(), output: projectCard },
  /** the leader marks a milestone done with evidence */
  milestone: { input: z.object({ id, milestoneId: z.string().min(1).max(16), ...evidence }).strict(), output: projectCard },
  /** the leader completes the project: a summary and at least one photo, every milestone done */
  complete: { input: z.object({ id, ...evidence }).strict(), output: projectCard },
  /** a 服务队 (by its leader) or a 大党委 member unit (recorded by the project's side; the unit's name is taken from member_units) claims the project, once per claimant */
  claim: {
    input: z
      .object({
        projectId: id,
        claimant: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('team'), teamId: id }).strict(),
          z.object({ kind: z.literal('unit'), unitId: id }).strict(),
        ]),
        note: text(200).optional(),
      })
      .strict(),
    output: claimView,
  },
  withdrawClaim: { input: z.object({ id, note: text(200).optional() }).strict(), output: claimView },
  /** a progress entry (note, photos) by the leader or a member of a claiming team */
  progress: { input: z.object({ projectId: id, note: requiredText(500), photos: photos.optional() }).strict(), output: updateView },
  /** hours served on the project, by the person (or the leader for a team member); pending until the leader confirms */
  logHours: {
    input: z
      .object({
        projectId: id,
        /** absent: the caller's own hours */
        openid: openid.optional(),
        date: day,
        hours: z.number().min(0.5, '至少 0.5 小时').max(12, '一天最多 12 小时'),
        note: requiredText(200),
      })
      .strict(),
    output: workView,
  },
  /** the leader confirms (→ 双报到 hours and points, once) or rejects a log */
  decideHours: { input: z.object({ id, accept: z.boolean(), reason: text(200).optional() }).strict(), output: workView },
  /** 服务队 the caller may see, and which of them the caller is in */
  teams: { input: pageInput.strict(), output: pageOf(teamCard.extend({ joined: z.boolean() })) },
  team: {
    input: byId,
    output: teamCard.extend({
      members: z.array(z.object({ openid: z.string(), name: z.string() })),
      joined: z.boolean(),
      canManage: z.boolean(),
      claims: z.array(claimView.extend({ projectId: z.string(), projectTitle: z.string() })),
    }),
  },
  /** secretary or staff set up a 服务队 in a community, led by one of its members (default: themselves) */
  createTeam: { input: z.object({ unitId: id, name: requiredText(30), intro: text(300).optional(), leader: openid.optional() }).strict(), output: teamCard },
  joinTeam: { input: z.object({ teamId: id }).strict(), output: teamCard.extend({ joined: z.boolean() }) },
  leaveTeam: { input: z.object({ teamId: id }).strict(), output: teamCard.extend({ joined: z.boolean() }) },
}

export type ProjectCard = z.infer<typeof projectCard>
export type ProjectDetail = z.output<typeof projects.get.output>
export type TeamCard = z.infer<typeof teamCard>
export type TeamDetail = z.output<typeof projects.team.output>
