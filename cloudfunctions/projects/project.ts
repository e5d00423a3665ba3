/** The project document (书记领航 service project), its card, the caller as the rules see them, and the one way a project moves. */
import type { z } from 'zod'
import type { projectCard } from '../../src/domain/contracts/projects'
import type { TimelineEntry } from '../../src/domain/machine'
import { PROJECT_STATE_NAMES, type ProjectState, type ProjectWho } from '../../src/domain/projects/machine'
import { leads, membershipId, progressOf, type Evidence, type Milestone, type Viewer } from '../../src/domain/projects/rules'
import { unitName } from '../../src/domain/units'
import { applyTransition, type Move } from '../_runtime/transition'
import type { Caller, Ctx } from '../_runtime/types'
import { MAX_CLAIMS, type ClaimDoc } from './claims'
import type { MembershipDoc } from './team'

export const PROJECTS = 'projects'
export const CLAIMS = 'project_claims'
export const UPDATES = 'project_updates'
export const WORK = 'project_hours'
export const TEAMS = 'teams'
export const MEMBERSHIPS = 'team_members'

export const NOT_FOUND = '没有找到这个服务项目'

/** Field names the street dashboard relies on: unitId, communityIds, state, doneAt, createdAt, leader. */
export interface ProjectDoc {
  _id: string
  /** the leading unit: the street or a community */
  unitId: string
  title: string
  goal: string
  communityIds: string[]
  state: ProjectState
  /** the leading secretary's openid */
  leader: string
  leaderName: string
  startDate: string
  endDate: string
  milestones: Milestone[]
  completion?: Evidence
  doneAt?: string
  createdAt: string
  createdBy: string
  updatedAt: string
  version: number
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export type ProjectCard = z.input<typeof projectCard>

/** A progress entry (project_updates), kept in the poster's home community. */
export interface UpdateDoc {
  _id: string
  projectId: string
  /** the poster's home community */
  communityId: string
  by: string
  byName: string
  note: string
  photos: string[]
  at: string
  [k: string]: unknown
}

export function displayName(caller: Caller): string {
  return caller.name ?? (caller.roles.includes('member') ? '党员' : '居民')
}

export function viewerOf(caller: Caller): Viewer {
  return { openid: caller.openid, roles: caller.roles, act: caller.scope.act }
}

export function cardOf(p: ProjectDoc, caller: Caller): ProjectCard {
  const done = p.milestones.filter((m) => m.doneAt).length
  return {
    id: p._id,
    unitId: p.unitId,
    unitName: unitName(caller.units, p.unitId),
    title: p.title,
    goal: p.goal,
    communityIds: p.communityIds,
    communityNames: p.communityIds.map((c) => unitName(caller.units, c)),
    state: p.state,
    stateName: PROJECT_STATE_NAMES[p.state],
    leader: p.leader,
    leaderName: p.leaderName,
    startDate: p.startDate,
    endDate: p.endDate,
    progress: progressOf(p.milestones),
    milestonesDone: done,
    milestonesTotal: p.milestones.length,
    createdAt: p.createdAt,
    ...(p.doneAt ? { doneAt: p.doneAt } : {}),
  }
}

/** Which of the machine's kinds of people the caller is for this project (workers are known only with their memberships). */
export function whoIs(caller: Caller, p: ProjectDoc, extra: { worker?: boolean; claimer?: boolean } = {}) {
  const lead = leads(viewerOf(caller), p)
  return (w: ProjectWho) => (w === 'lead' ? lead : w === 'worker' ? lead || !!extra.worker : !!extra.claimer)
}

/** Moves a project the caller leads: loads, decides with `decide`, writes with its timeline entry (retries on a race). */
export async function moveProject(ctx: Ctx, id: string, decide: (p: ProjectDoc, entry: TimelineEntry) => Omit<Move, 'entry'> & { entry?: Partial<TimelineEntry> }, action: string, note?: string): Promise<ProjectDoc> {
  const at = ctx.clock.now().toISOString()
  const { after } = await applyTransition<ProjectDoc>(
    ctx,
    {
      coll: PROJECTS,
      notFound: NOT_FOUND,
      decide: (p) => {
        const base: TimelineEntry = { at, by: ctx.caller.openid, byName: displayName(ctx.caller), action, ...(note ? { note } : {}) }
        const move = decide(p, base)
        return { ...move, entry: { ...base, ...move.entry } }
      },
      busy: '这个项目刚刚有了变化，请刷新后重试',
    },
    id,
  )
  return after
}

/**
 * Whether `openid` works on the project: a member of a 服务队 whose claim on it is active.
 * Answers the teams they work in (claims, then the memberships by their deterministic ids).
 */
export async function workingTeams(ctx: Ctx, projectId: string, openid: string): Promise<{ teamId: string; teamName: string }[]> {
  const claims = await ctx.store.queryAll<ClaimDoc>(CLAIMS, { where: { projectId, state: 'active', kind: 'team' } }, { max: MAX_CLAIMS })
  if (claims.length === 0) return []
  const found = await ctx.store.getMany<MembershipDoc>(MEMBERSHIPS, claims.map((c) => membershipId(c.claimantId, openid)))
  return [...found.values()].filter((m) => m.state === 'in').map((m) => ({ teamId: m.teamId, teamName: m.teamName }))
}
