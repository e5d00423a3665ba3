/**
 * The rules of 书记领航 service projects a table cannot say: who leads a project, what a project
 * may serve, milestones marked once with evidence, completion only with evidence and every
 * milestone done, the deterministic ids that make claims, memberships and hours awards once-only.
 * Pure: no I/O.
 */
import { fail } from '../errors'
import { checkMove, movesOpen } from '../machine'
import { pointsForHours } from '../points'
import type { Role } from '../roles'
import { PROJECT_MACHINE, type ProjectMove, type ProjectState, type ProjectWho } from './machine'

export interface Evidence {
  note: string
  photos: string[]
}

export interface Milestone {
  id: string
  title: string
  /** YYYY-MM-DD */
  due: string
  doneAt?: string
  doneBy?: string
  doneByName?: string
  evidence?: Evidence
}

export interface ProjectLike {
  _id: string
  unitId: string
  communityIds: string[]
  state: ProjectState
  leader: string
  milestones: Milestone[]
}

/** Who is looking: the caller's openid, roles and the units their call may act on (the router's scope). */
export interface Viewer {
  openid: string
  roles: readonly Role[]
  act: readonly string[]
}

const LEAD_ROLES: readonly Role[] = ['secretary', 'staff']

/** The project's leader, or a secretary/staff acting in the project's unit (a street's covers its communities). */
export function leads(v: Viewer, p: Pick<ProjectLike, 'leader' | 'unitId'>): boolean {
  return v.openid === p.leader || (v.roles.some((r) => LEAD_ROLES.includes(r)) && v.act.includes(p.unitId))
}


export function movesFor(state: ProjectState, is: (w: ProjectWho) => boolean): ProjectMove[] {
  return movesOpen(PROJECT_MACHINE, state, is)
}

export const claimId = (projectId: string, claimantId: string) => `${projectId}:${claimantId}`
export const membershipId = (teamId: string, openid: string) => `${teamId}:${openid}`
/** The 双报到 hours document a confirmed project log becomes (service_hours), and the source of its points. */
export const serviceHoursId = (workId: string) => `project-${workId}`

/** The points for confirmed hours: the same rule as 双报到 (2 an hour), one ledger entry per log. */
export function workAward(log: { serviceId: string; openid: string; projectTitle: string; hours: number }) {
  return { openid: log.openid, amount: pointsForHours(log.hours), reason: 'service' as const, sourceId: log.serviceId, note: `${log.projectTitle} ${log.hours} 小时` }
}

/**
 * What a project may serve: a community project serves its own community; a street project
 * serves one or more communities of its street. Answers the communities, deduplicated.
 */
export function servedCommunities(unitId: string, level: string | undefined, under: readonly string[], asked: readonly string[]): string[] {
  if (level === 'community') {
    if (asked.length && asked.some((c) => c !== unitId)) fail('INVALID_INPUT', '社区项目只能服务本社区')
    return [unitId]
  }
  if (level !== 'street') fail('INVALID_INPUT', '项目只能由街道或社区领办')
  const ids = [...new Set(asked)]
  if (ids.length === 0) fail('INVALID_INPUT', '请选择项目服务的社区')
  const outside = ids.filter((c) => !under.includes(c))
  if (outside.length) fail('INVALID_INPUT', `这些社区不属于本街道：${outside.join('、')}`)
  return ids
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const validDay = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)

/** The period and the milestones' due dates are real days; the period does not end before it starts. */
export function checkPeriod(start: string, end: string, milestones: readonly { due: string }[]): void {
  if (!validDay(start) || !validDay(end)) fail('INVALID_INPUT', '日期格式不对（YYYY-MM-DD）')
  if (end < start) fail('INVALID_INPUT', '结束日期不能早于开始日期')
  if (milestones.some((m) => !validDay(m.due))) fail('INVALID_INPUT', '节点的日期格式不对（YYYY-MM-DD）')
}

/**
 * The milestones after an edit: a milestone keeps its id and what was done; new ones get the next
 * ids (m1, m2 …); a milestone already done cannot be dropped.
 */
export function mergeMilestones(old: readonly Milestone[], next: readonly { id?: string; title: string; due: string }[]): Milestone[] {
  const byId = new Map(old.map((m) => [m.id, m]))
  let n = old.reduce((max, m) => Math.max(max, Number(m.id.slice(1)) || 0), 0)
  const out: Milestone[] = next.map((m) => {
    const was = m.id ? byId.get(m.id) : undefined
    if (m.id && !was) fail('INVALID_INPUT', `没有编号为 ${m.id} 的节点`)
    return was ? { ...was, title: m.title, due: m.due } : { id: `m${++n}`, title: m.title, due: m.due }
  })
  const kept = new Set(out.map((m) => m.id))
  const dropped = old.filter((m) => m.doneAt && !kept.has(m.id))
  if (dropped.length) fail('CONFLICT', `已完成的节点不能删除：${dropped.map((m) => m.title).join('、')}`)
  if (new Set(out.map((m) => m.id)).size !== out.length) fail('INVALID_INPUT', '节点重复了')
  return out
}

/** A milestone marked done, once, with its evidence (a note; photos optional). */
export function markMilestone(p: ProjectLike, milestoneId: string, evidence: Evidence, at: string, by: { openid: string; name: string }, is: (w: ProjectWho) => boolean): Milestone[] {
  checkMove(PROJECT_MACHINE, 'milestone', p.state, is)
  const m = p.milestones.find((x) => x.id === milestoneId)
  if (!m) fail('NOT_FOUND', '没有这个项目节点')
  if (m.doneAt) fail('ALREADY_DONE', `节点「${m.title}」已经标记完成了`)
  if (!evidence.note.trim()) fail('INVALID_INPUT', '请写明节点完成的情况')
  return p.milestones.map((x) => (x.id === milestoneId ? { ...x, doneAt: at, doneBy: by.openid, doneByName: by.name, evidence } : x))
}

/** Completing needs evidence (a summary and at least one photo) and every milestone done. */
export function checkCompletion(p: ProjectLike, evidence: Evidence, is: (w: ProjectWho) => boolean): ProjectState {
  const to = checkMove(PROJECT_MACHINE, 'complete', p.state, is)
  if (!evidence.note.trim() || evidence.photos.length === 0) fail('INVALID_INPUT', '完成项目需要上传成效照片并写明完成情况')
  const open = p.milestones.filter((m) => !m.doneAt)
  if (open.length) fail('CONFLICT', `还有节点没有完成：${open.map((m) => m.title).join('、')}`)
  return to
}

/** How far the project is: milestones done of all (0–100). */
export function progressOf(milestones: readonly Milestone[]): number {
  if (milestones.length === 0) return 0
  return Math.round((milestones.filter((m) => m.doneAt).length / milestones.length) * 100)
}
