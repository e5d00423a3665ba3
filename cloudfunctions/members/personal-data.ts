/**
 * Where a person's data lives, for 导出 (exportMine) and 删除 (deleteMine). Each feature that
 * stores personal data lists its collection here: the field holding the person's openid (indexed),
 * and the patch that removes the personal parts while keeping the record others depend on.
 */
import type { Patch } from '../_store/port'

export interface PersonalData {
  collection: string
  field: string
  label: string
  /** applied to each of the person's documents by deleteMine; absent = kept as is (no personal fields) */
  scrub?: Patch
}

export const PERSONAL_DATA: PersonalData[] = [
  { collection: 'points_ledger', field: 'openid', label: '积分记录' },
  { collection: 'points_years', field: 'openid', label: '年度积分', scrub: { name: '', branch: undefined } },
  { collection: 'redemptions', field: 'openid', label: '积分兑换', scrub: { name: '已注销用户' } },
  { collection: 'tickets', field: 'submitter', label: '我反映的问题', scrub: { submitterName: undefined } },
  { collection: 'ticket_follows', field: 'openid', label: '我关注的问题' },
  { collection: 'notice_reads', field: 'openid', label: '公告阅读记录' },
  { collection: 'survey_answers', field: 'openid', label: '问卷答卷', scrub: { name: undefined, building: undefined } },
  { collection: 'wishes', field: 'poster', label: '我发布的微心愿', scrub: { posterName: '已注销用户' } },
  { collection: 'wishes', field: 'claimer', label: '我认领的微心愿', scrub: { claimerName: '已注销用户' } },
  { collection: 'post_joins', field: 'openid', label: '双报到服务岗位' },
  { collection: 'duty_years', field: 'openid', label: '双报到年度小结' },
  { collection: 'service_hours', field: 'openid', label: '双报到服务时长', scrub: { name: '已注销用户' } },
  { collection: 'resources', field: 'offeredBy', label: '我提供的资源', scrub: { contact: undefined } },
  { collection: 'signups', field: 'openid', label: '活动报名', scrub: { name: undefined, branch: undefined } },
  { collection: 'checkins', field: 'openid', label: '活动签到', scrub: { name: undefined, branch: undefined } },
  { collection: 'checkin_scans', field: 'openid', label: '未成功的签到扫码' },
  { collection: 'event_ratings', field: 'openid', label: '活动评价', scrub: { comment: '' } },
  { collection: 'themes', field: 'by', label: '提议的活动主题', scrub: { byName: '党员' } },
  { collection: 'theme_votes', field: 'openid', label: '主题投票' },
  {
    collection: 'bookings',
    field: 'openid',
    label: '服务预约',
    scrub: { contact: { name: '（已删除）', phone: '' }, beneficiary: undefined, note: undefined, cancelReason: undefined },
  },
  { collection: 'slot_waitlist', field: 'openid', label: '预约候补', scrub: { contact: { name: '（已删除）', phone: '' } } },
  { collection: 'service_ratings', field: 'openid', label: '服务评价', scrub: { name: '居民' } },
  { collection: 'no_shows', field: 'openid', label: '预约未到记录' },
  { collection: 'meeting_topics', field: 'by', label: '提出的议事议题', scrub: { byName: '居民' } },
  { collection: 'meeting_seconds', field: 'openid', label: '议题附议' },
  { collection: 'visits', field: 'by', label: '我的走访记录', scrub: { byName: '已注销用户' } },
  { collection: 'households', field: 'memberOpenid', label: '我联系的住户', scrub: { memberName: '已注销用户' } },
  { collection: 'projects', field: 'leader', label: '我领办的服务项目', scrub: { leaderName: '已注销用户' } },
  { collection: 'project_claims', field: 'by', label: '我登记的项目认领', scrub: { byName: '已注销用户' } },
  { collection: 'project_updates', field: 'by', label: '我记录的项目进展', scrub: { byName: '已注销用户' } },
  { collection: 'project_hours', field: 'openid', label: '服务项目时长', scrub: { name: '已注销用户' } },
  { collection: 'teams', field: 'leader', label: '我带领的服务队', scrub: { leaderName: '已注销用户' } },
  { collection: 'team_members', field: 'openid', label: '我加入的服务队', scrub: { name: '已注销用户' } },
  { collection: 'list_items', field: 'openid', label: '我的年度承诺（职责承诺清单）', scrub: { ownerName: '党员' } },
  // audit entries keep the names they were written with (members/audit.ts); the record of the act stays
  { collection: 'audit', field: 'target', label: '查看或变更我的信息的记录', scrub: { targetName: '' } },
  { collection: 'audit', field: 'by', label: '我做过的管理操作', scrub: { byName: '' } },
]

/**
 * The most documents one person has in one source. Export and delete read every one of them: a
 * person past this makes them fail loudly (ReadBoundError) rather than export or scrub a part.
 */
export const MAX_PER_SOURCE = 10_000

/** The member document's personal fields, removed by deleteMine. */
export const PROFILE_FIELDS = ['name', 'phone', 'building', 'workplace', 'skills', 'branch'] as const

export const AUDIT_ACTIONS: Record<string, string> = {
  grantRole: '授予角色',
  revokeRole: '撤销角色',
  readContact: '查看联系方式',
  deleteMine: '删除个人信息',
  exportMine: '导出个人信息',
}
