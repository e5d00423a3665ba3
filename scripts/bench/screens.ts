/**
 * What each screen calls when it opens, read from the pages: every tab page in src/pages and every
 * subpackage page in src/packages, with the person who typically opens it and the data the page
 * sends (against the demo seeds at the harness's clock, a Tuesday in November 2026).
 * `members.me` is called once per app start (src/api/me.ts) and shared by every page after.
 */
export interface OpeningCall {
  fn: string
  action: string
  data: Record<string, unknown>
}

export interface Screen {
  page: string
  openid: string
  /** the page's calls on open, the first one first; they are sent together, not one after another */
  calls: OpeningCall[]
}

const c = (fn: string, action: string, data: Record<string, unknown> = {}): OpeningCall => ({ fn, action, data })
const me = c('members', 'me')

export const SCREENS: Screen[] = [
  { page: 'pages/home', openid: 'demo-resident', calls: [c('bulletin', 'home'), me] },
  { page: 'pages/events', openid: 'demo-member', calls: [c('events', 'list', { month: '2026-11' }), me] },
  { page: 'pages/services', openid: 'demo-resident', calls: [c('booking', 'services'), me] },
  { page: 'pages/me', openid: 'demo-member', calls: [me] },

  { page: 'packages/bulletin/list', openid: 'demo-resident', calls: [c('bulletin', 'list')] },
  { page: 'packages/bulletin/detail', openid: 'demo-resident', calls: [c('bulletin', 'get', { id: 'n-heating' })] },
  { page: 'packages/bulletin/publish', openid: 'demo-secretary', calls: [c('bulletin', 'grids')] },
  { page: 'packages/bulletin/unread', openid: 'demo-secretary', calls: [c('bulletin', 'grids'), c('bulletin', 'unread', { id: 'n-juwu-fund' })] },
  { page: 'packages/bulletin/points', openid: 'demo-resident', calls: [c('bulletin', 'points')] },

  { page: 'packages/events/detail', openid: 'demo-member', calls: [c('events', 'get', { id: 'ev-seed-dangke' })] },
  {
    page: 'packages/events/checkin-screen',
    openid: 'demo-secretary',
    calls: [c('events', 'get', { id: 'ev-seed-dangke' }), c('events', 'checkinToken', { eventId: 'ev-seed-dangke' })],
  },
  { page: 'packages/events/pass', openid: 'demo-member', calls: [c('members', 'pass')] },
  { page: 'packages/events/themes', openid: 'demo-member', calls: [c('events', 'themes', { month: '2026-12' })] },
  {
    page: 'packages/events/attendance',
    openid: 'demo-secretary',
    calls: [c('events', 'get', { id: 'ev-seed-dangke' }), c('events', 'attendance', { eventId: 'ev-seed-dangke' })],
  },
  { page: 'packages/events/bases', openid: 'demo-member', calls: [c('events', 'bases')] },
  { page: 'packages/events/edit', openid: 'demo-secretary', calls: [c('events', 'bases')] },

  { page: 'packages/booking/service', openid: 'demo-resident', calls: [c('booking', 'service', { id: 'svc-yizhen' }), c('booking', 'slots', { serviceId: 'svc-yizhen', from: '2026-11-24', to: '2026-11-30' }), c('booking', 'waits')] },
  { page: 'packages/booking/book', openid: 'demo-resident', calls: [c('booking', 'service', { id: 'svc-yizhen' })] },
  { page: 'packages/booking/mine', openid: 'demo-resident', calls: [c('booking', 'mine'), c('booking', 'waits')] },
  { page: 'packages/booking/day', openid: 'demo-staff', calls: [c('booking', 'services'), c('booking', 'day', { serviceId: 'svc-yizhen', date: '2026-11-24' })] },
  { page: 'packages/booking/ratings', openid: 'demo-staff', calls: [c('booking', 'service', { id: 'svc-yizhen' }), c('booking', 'ratings', { serviceId: 'svc-yizhen' })] },

  { page: 'packages/wishes/list', openid: 'demo-member', calls: [c('wishes', 'list', { scope: 'public' })] },
  { page: 'packages/wishes/detail', openid: 'demo-member', calls: [c('wishes', 'get', { id: 'wish-schoolbag' })] },
  { page: 'packages/wishes/review', openid: 'demo-staff', calls: [c('wishes', 'list', { scope: 'review', state: 'pending' })] },
  { page: 'packages/wishes/report', openid: 'demo-member', calls: [c('wishes', 'posts'), c('wishes', 'hours', { scope: 'mine' })] },
  { page: 'packages/wishes/hours', openid: 'demo-secretary', calls: [c('wishes', 'hours', { scope: 'pending' })] },
  { page: 'packages/wishes/roster', openid: 'demo-secretary', calls: [c('wishes', 'roster')] },
  { page: 'packages/wishes/resources', openid: 'demo-member', calls: [c('wishes', 'resources')] },

  { page: 'packages/tickets/list', openid: 'demo-resident', calls: [c('tickets', 'list', { scope: 'mine' })] },
  { page: 'packages/tickets/list (本部门)', openid: 'demo-liaison-zhujian', calls: [c('tickets', 'list', { scope: 'department' })] },
  { page: 'packages/tickets/detail', openid: 'demo-secretary', calls: [c('tickets', 'get', { id: 'tk-seed-water-main' })] },

  { page: 'packages/console/scorecards', openid: 'demo-secretary', calls: [c('tickets', 'stats', { from: '2026-10-25T02:00:00.000Z' })] },
  { page: 'packages/console/settings', openid: 'demo-admin', calls: [c('tickets', 'routing'), c('tickets', 'departments'), c('tickets', 'settings')] },

  { page: 'packages/members/points', openid: 'demo-member', calls: [c('members', 'points'), c('members', 'leaderboard', { limit: 50, year: 2026 }), c('members', 'points', { limit: 1 })] },
  { page: 'packages/members/shop', openid: 'demo-member', calls: [c('members', 'rewards'), c('members', 'points', { limit: 1 })] },
  { page: 'packages/members/my-redemptions', openid: 'demo-member', calls: [c('members', 'myRedemptions')] },
  { page: 'packages/members/handover', openid: 'demo-staff', calls: [c('members', 'redemptions', { state: 'requested' })] },
  { page: 'packages/members/rewards', openid: 'demo-staff', calls: [c('members', 'rewards', { scope: 'manage' })] },
  { page: 'packages/members/year-summary', openid: 'demo-secretary', calls: [c('members', 'yearSummary', { year: 2026 })] },
  { page: 'packages/members/audit', openid: 'demo-admin', calls: [c('members', 'auditLog', { limit: 30 })] },
  { page: 'packages/members/roles', openid: 'demo-admin', calls: [c('members', 'people', { limit: 20 }), c('tickets', 'departments'), c('members', 'units')] },

  { page: 'packages/surveys/list', openid: 'demo-resident', calls: [c('surveys', 'list')] },
  // placed in a grid by building (no grid on the profile), and has answered the open survey
  { page: 'packages/surveys/list (按楼栋定网格)', openid: 'm-zhou', calls: [c('surveys', 'list')] },
  { page: 'packages/surveys/answer', openid: 'm-zhou', calls: [c('surveys', 'get', { id: 's-satisfaction-2026' })] },
  { page: 'packages/surveys/results', openid: 'demo-staff', calls: [c('surveys', 'results', { id: 's-satisfaction-2026' })] },
  { page: 'packages/surveys/edit', openid: 'demo-staff', calls: [me, c('surveys', 'get', { id: 's-satisfaction-2026' })] },

  { page: 'packages/meetings/list', openid: 'demo-member', calls: [c('meetings', 'list', { when: 'upcoming' })] },
  { page: 'packages/meetings/list (往期)', openid: 'demo-member', calls: [c('meetings', 'list', { when: 'past' })] },
  { page: 'packages/meetings/detail', openid: 'demo-member', calls: [c('meetings', 'get', { id: 'mt-seed-roundtable-renewal' })] },
  { page: 'packages/meetings/propose', openid: 'demo-resident', calls: [c('meetings', 'get', { id: 'mt-seed-roundtable-renewal' })] },
  {
    page: 'packages/meetings/edit',
    openid: 'demo-secretary',
    calls: [me, c('meetings', 'get', { id: 'mt-seed-roundtable-renewal' }), c('meetings', 'people')],
  },
  { page: 'packages/meetings/record', openid: 'demo-secretary', calls: [c('meetings', 'get', { id: 'mt-seed-council-firelane' })] },

  { page: 'packages/visits/mine', openid: 'demo-member', calls: [c('visits', 'mine')] },
  { page: 'packages/visits/household', openid: 'demo-member', calls: [c('visits', 'get', { id: 'hh-w2-01' })] },
  { page: 'packages/visits/coverage', openid: 'demo-staff', calls: [me, c('visits', 'coverage')] },
  { page: 'packages/street/dashboard', openid: 'demo-street-secretary', calls: [c('street', 'dashboard', { kind: 'month' })] },
]
