/**
 * The entries on the 我的 tab. Each feature adds its own; `roles` limits who sees one
 * (absent = everyone). Pure data, so the page stays the same as features are added.
 */
import type { Role } from '@/domain/roles'
import type { UnitLevel } from '@/domain/units'

export interface MeLink {
  id: string
  title: string
  url: string
  roles?: Role[]
  /** besides `roles`: shown only to someone holding one of these roles in a unit of that level */
  held?: { role: Role; level: UnitLevel }[]
}

/** Whether a person sees the entry: one of its roles, and where `held` is given, held at that level. */
export function showsFor(me: { roles: Role[]; unitRoles?: { role: Role; level?: UnitLevel }[] } | undefined, link: MeLink): boolean {
  if (!link.roles) return true
  if (!me || !link.roles.some((r) => me.roles.includes(r))) return false
  return !link.held || link.held.some((h) => (me.unitRoles ?? []).some((u) => u.role === h.role && u.level === h.level))
}

const WORK_ROLES: Role[] = ['secretary', 'staff', 'liaison', 'admin']

/** Which block of the 我的 tab an entry sits in: everyone's, party members', or the work desk. */
export function sectionOf(link: MeLink): '我的' | '党员' | '工作台' {
  if (!link.roles) return '我的'
  return link.roles.some((r) => WORK_ROLES.includes(r)) ? '工作台' : '党员'
}

export const ME_LINKS: MeLink[] = [
  { id: 'profile', title: '个人资料', url: '/packages/members/pages/profile/index' },
  { id: 'points', title: '我的积分与排行', url: '/packages/members/pages/points/index', roles: ['member'] },
  { id: 'shop', title: '积分商城', url: '/packages/members/pages/shop/index', roles: ['member'] },
  { id: 'my-redemptions', title: '我的兑换', url: '/packages/members/pages/my-redemptions/index', roles: ['member'] },
  { id: 'handover', title: '兑换核销', url: '/packages/members/pages/handover/index', roles: ['staff', 'secretary'] },
  { id: 'rewards', title: '奖品管理', url: '/packages/members/pages/rewards/index', roles: ['staff', 'secretary'] },
  { id: 'year-summary', title: '年度积分汇总', url: '/packages/members/pages/year-summary/index', roles: ['secretary'] },
  { id: 'wishes', title: '微心愿', url: '/packages/wishes/pages/list/index' },
  { id: 'wish-review', title: '心愿审核', url: '/packages/wishes/pages/review/index', roles: ['staff', 'secretary'] },
  { id: 'report', title: '双报到', url: '/packages/wishes/pages/report/index', roles: ['member'] },
  { id: 'service-hours', title: '服务时长确认', url: '/packages/wishes/pages/hours/index', roles: ['staff', 'secretary'] },
  { id: 'roster', title: '双报到名册', url: '/packages/wishes/pages/roster/index', roles: ['member', 'staff', 'secretary'] },
  { id: 'resources', title: '资源池', url: '/packages/wishes/pages/resources/index' },
  { id: 'meetings', title: '议事协商（圆桌会、议事会）', url: '/packages/meetings/pages/list/index' },
  { id: 'visits', title: '我的联系户', url: '/packages/visits/pages/mine/index', roles: ['member'] },
  { id: 'visit-coverage', title: '网格走访覆盖', url: '/packages/visits/pages/coverage/index', roles: ['grid_secretary', 'gridman', 'staff', 'secretary'] },
  { id: 'pass', title: '我的党员码', url: '/packages/events/pages/pass/index', roles: ['member'] },
  { id: 'surveys', title: '问卷调查', url: '/packages/surveys/pages/list/index' },
  { id: 'my-bookings', title: '我的预约', url: '/packages/booking/pages/mine/index' },
  { id: 'booking-day', title: '服务日程（社工）', url: '/packages/booking/pages/day/index', roles: ['staff'] },
  { id: 'privacy', title: '隐私保护指引', url: '/packages/members/pages/privacy/index' },
  { id: 'roles', title: '角色管理', url: '/packages/members/pages/roles/index', roles: ['admin'] },
  { id: 'audit', title: '审计日志', url: '/packages/members/pages/audit/index', roles: ['admin'] },
  { id: 'tickets', title: '我反映的问题', url: '/packages/tickets/pages/list/index?scope=mine' },
  { id: 'tickets-department', title: '部门工单（报到）', url: '/packages/tickets/pages/list/index?scope=department', roles: ['liaison'] },
  { id: 'tickets-community', title: '诉求工单总览', url: '/packages/tickets/pages/list/index?scope=community', roles: ['secretary', 'staff', 'admin'] },
  { id: 'scorecards', title: '部门考核', url: '/packages/console/pages/scorecards/index', roles: ['secretary', 'staff', 'admin'] },
  {
    id: 'street',
    title: '街道工作台',
    url: '/packages/street/pages/dashboard/index',
    roles: ['secretary', 'staff', 'admin'],
    held: [
      { role: 'secretary', level: 'street' },
      { role: 'staff', level: 'street' },
      { role: 'admin', level: 'district' },
    ],
  },
  { id: 'ticket-settings', title: '派单规则与时限', url: '/packages/console/pages/settings/index', roles: ['admin'] },
]
