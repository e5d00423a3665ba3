/**
 * 书记领航 service projects, their claims, their hours and the 服务队 memberships, as machines
 * (../machine). Pure: no I/O. What a move needs beyond the table (completion evidence, every
 * milestone done, a milestone marked once) is in rules.ts.
 */
import type { MachineDef } from '../machine'

export const PROJECT_STATES = ['draft', 'open', 'in_progress', 'done', 'cancelled'] as const
export type ProjectState = (typeof PROJECT_STATES)[number]

export const PROJECT_STATE_NAMES: Record<ProjectState, string> = {
  draft: '草稿',
  open: '招募认领中',
  in_progress: '推进中',
  done: '已完成',
  cancelled: '已取消',
}

export type ProjectMove = 'edit' | 'publish' | 'start' | 'milestone' | 'complete' | 'cancel' | 'claim' | 'progress' | 'logHours'

/**
 * lead: the project's leading secretary or the secretary/staff of its unit;
 * worker: a member of a 服务队 that claimed it (posts progress, logs hours);
 * claimer: a 服务队 leader (claims for the team).
 */
export type ProjectWho = 'lead' | 'worker' | 'claimer'

const LEAD_ONLY = '只有项目的领办书记或本单位的书记、社工可以办理'
const ACTIVE: readonly ProjectState[] = ['open', 'in_progress']

/**
 * draft ──publish──▶ open (认领招募) ──start──▶ in_progress ──complete(evidence)──▶ done
 * draft/open/in_progress ──cancel──▶ cancelled. edit, milestone, claim, progress and logHours keep the state.
 */
export const PROJECT_MACHINE: MachineDef<ProjectState, ProjectMove, ProjectWho> = {
  noun: '服务项目',
  names: PROJECT_STATE_NAMES,
  moves: {
    edit: { from: ['draft', 'open', 'in_progress'], who: ['lead'], notAllowed: LEAD_ONLY, wrongState: '项目已经结束，不能再修改' },
    publish: { from: ['draft'], to: 'open', who: ['lead'], notAllowed: LEAD_ONLY, doneIn: ['open', 'in_progress', 'done'], done: '项目已经发布了' },
    start: { from: ['open'], to: 'in_progress', who: ['lead'], notAllowed: LEAD_ONLY, doneIn: ['in_progress', 'done'], done: '项目已经开始推进了', wrongState: '请先发布项目' },
    milestone: { from: ['in_progress'], who: ['lead'], notAllowed: LEAD_ONLY, wrongState: '项目推进中才能标记节点完成' },
    complete: { from: ['in_progress'], to: 'done', who: ['lead'], notAllowed: LEAD_ONLY, doneIn: ['done'], done: '项目已经完成了', wrongState: '项目推进中才能完成' },
    cancel: { from: ['draft', 'open', 'in_progress'], to: 'cancelled', who: ['lead'], notAllowed: LEAD_ONLY, doneIn: ['cancelled'], done: '项目已经取消了', wrongState: '已完成的项目不能取消' },
    claim: { from: ACTIVE, who: ['lead', 'claimer'], notAllowed: '只有服务队队长或项目所在单位的书记、社工可以认领', wrongState: '项目不在招募或推进中，不能认领' },
    progress: { from: ['in_progress'], who: ['lead', 'worker'], notAllowed: '只有领办书记和认领服务队的队员可以记录进展', wrongState: '项目推进中才能记录进展' },
    logHours: { from: ['in_progress', 'done'], who: ['lead', 'worker'], notAllowed: '只有认领服务队的队员可以登记服务时长', wrongState: '项目开始推进后才能登记服务时长' },
  },
}

export const CLAIM_STATES = ['active', 'withdrawn'] as const
export type ClaimState = (typeof CLAIM_STATES)[number]
export const CLAIM_STATE_NAMES: Record<ClaimState, string> = { active: '已认领', withdrawn: '已退出' }
export type ClaimMove = 'withdraw' | 'reclaim'

/** A claim is made once per claimant (its id is projectId:claimantId); it may be withdrawn and made again. */
export const CLAIM_MACHINE: MachineDef<ClaimState, ClaimMove, 'lead' | 'claimer'> = {
  noun: '认领',
  names: CLAIM_STATE_NAMES,
  moves: {
    withdraw: { from: ['active'], to: 'withdrawn', who: ['lead', 'claimer'], doneIn: ['withdrawn'], done: '已经退出认领了', notAllowed: '只有认领方或领办书记可以退出认领' },
    reclaim: { from: ['withdrawn'], to: 'active', who: ['lead', 'claimer'], doneIn: ['active'], done: '已经认领过这个项目了', notAllowed: '只有服务队队长或项目所在单位的书记、社工可以认领' },
  },
}

export const MEMBERSHIP_STATES = ['in', 'left'] as const
export type MembershipState = (typeof MEMBERSHIP_STATES)[number]
export type MembershipMove = 'join' | 'leave'

/** One membership per person and team (teamId:openid): in ⇄ left. */
export const MEMBERSHIP_MACHINE: MachineDef<MembershipState, MembershipMove, 'self'> = {
  noun: '队员',
  names: { in: '在队', left: '已退出' },
  moves: {
    join: { from: ['left'], to: 'in', who: ['self'], doneIn: ['in'], done: '您已经在这个服务队里了' },
    leave: { from: ['in'], to: 'left', who: ['self'], doneIn: ['left'], done: '您已经退出这个服务队了' },
  },
}

export const WORK_STATES = ['pending', 'confirmed', 'rejected'] as const
export type WorkState = (typeof WORK_STATES)[number]
export const WORK_STATE_NAMES: Record<WorkState, string> = { pending: '待确认', confirmed: '已确认', rejected: '未通过' }
export type WorkMove = 'confirm' | 'reject'

const DECIDE = { notAllowed: '只有项目的领办书记或本单位的书记、社工可以确认服务时长', done: '这条服务时长已经处理过了' }

/** Hours logged on a project: the leader decides once; a confirmation lands in 双报到 hours with its points. */
export const WORK_MACHINE: MachineDef<WorkState, WorkMove, 'lead'> = {
  noun: '服务时长',
  names: WORK_STATE_NAMES,
  moves: {
    confirm: { from: ['pending'], to: 'confirmed', who: ['lead'], doneIn: ['confirmed', 'rejected'], ...DECIDE },
    reject: { from: ['pending'], to: 'rejected', who: ['lead'], doneIn: ['confirmed', 'rejected'], ...DECIDE },
  },
}
