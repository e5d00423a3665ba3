/**
 * The isolation matrix's catalog (docs/isolation.md): one row per action of every function in
 * cloudfunctions/registry.ts, with inputs that point at 红枫街道's data, called by people of
 * 白云街道 · 云溪社区. matrix.test.ts fails when a registered action has no row here (or a row names
 * an action that does not exist), so an action added later fails the matrix until it gets its row.
 *
 * kind 'target': the input names a 红枫 document (an id, a 红枫 person's openid, a 红枫 grid …):
 *   every input must answer FORBIDDEN or NOT_FOUND.
 * kind 'list': the action lists, counts, creates in the caller's own community, or answers about
 *   the caller: ok or FORBIDDEN/NOT_FOUND, and an ok answer names no 红枫 document, person or
 *   community.
 * Every input must pass the action's zod input (INVALID_INPUT fails the row: the point is to reach
 * the handler).
 */

export type Kind = 'target' | 'list'

export interface Row {
  kind: Kind
  inputs: unknown[]
  /**
   * Codes besides FORBIDDEN/NOT_FOUND that refuse before any document is read (a signature check
   * on a link): say why beside the row.
   */
  alsoRefusedWith?: string[]
  /**
   * The answer is the caller's own records wherever they are kept (a personal-data export is
   * complete by law): it may name the 红枫 documents the caller's own records name.
   */
  aboutCaller?: true
}

/** 红枫 documents made through the harness by 红枫 people before the matrix runs (matrix.test.ts). */
export interface Victims {
  /** a ticket of 望湖 whistled to 区住建局 (dept-zhujian, which serves 白云 too) */
  ticket: string
  /** an approved wish of 望湖, claimed by demo-member */
  wish: string
  /** an event of 望湖 with demo-member signed up */
  event: string
  /** a current check-in token of that event */
  checkinToken: string
  /** demo-resident's booking of 红枫's 红色代办 and its slot */
  booking: string
  slot: string
  /** a published survey of 望湖 */
  survey: string
  /** a scheduled meeting of 望湖 and a topic proposed to it */
  meeting: string
  topic: string
  household: string
  notice: string
  reward: string
  redemption: string
  theme: string
  resource: string
  hours: string
  /** demo-secretary's 双报到 feedback link for demo-member, its signature altered */
  forgedFeedbackToken: string
  /** a 红枫 need of 望湖 entered by its staff (三张清单) */
  need: string
  /** a draft 书记领航 project of 望湖, led by demo-secretary */
  draftProject: string
  /** 云溪's own documents, made by the outsider, for rows that pair them with a 红枫 id */
  yunxiEvent: string
  yunxiHousehold: string
  yunxiWish: string
  /** a need of 云溪, a project of 云溪 in progress and a 服务队 of 云溪 led by the outsider */
  yunxiNeed: string
  yunxiProject: string
  yunxiTeam: string
  /** a request id the outsider has never used */
  requestId: () => string
}

const MONTH = '2026-12'
const WED = '2026-11-25'

const target = (...inputs: unknown[]): Row => ({ kind: 'target', inputs })
const list = (...inputs: unknown[]): Row => ({ kind: 'list', inputs })

/** Seeded 红枫 documents (seeds/*.json) the rows point at besides the ones made in the test. */
export const SEED = {
  tickets: ['tk-seed-water-main', 'tk-seed-hepan-roof', 'tk-seed-septic', 'tk-seed-fire-lane'],
  wishes: ['wish-schoolbag', 'wish-visit', 'wish-legal'],
  events: ['ev-seed-dangke', 'ev-seed-zhutidangri'],
  surveys: ['s-satisfaction-2026', 's-needs-2026'],
  meetings: ['mt-seed-roundtable-renewal', 'mt-seed-council-firelane'],
  topics: ['tp-seed-elevator'],
  households: ['hh-w1-01', 'hh-w2-01'],
  notices: ['n-heating', 'n-water-urgent'],
  rewards: ['rw-haircut'],
  redemptions: ['rd:demo-member:seed-haircut-0001'],
  resources: ['res-haircut'],
  posts: ['post-grid'],
  hours: ['hours-li-1'],
  themes: ['th-seed-jiazhuang'],
  grids: ['g-wanghu-1', 'g-xincheng-1'],
  services: ['svc-daiban', 'svc-yizhen'],
  departments: ['dept-gongdian', 'dept-street'],
  people: ['demo-member', 'demo-resident', 'm-yang', 'demo-secretary-hepan'],
  communities: ['c-wanghu', 'c-xincheng', 'c-hepan'],
  memberUnits: ['mu-power', 'mu-school', 'mu-police', 'mu-hepan-property'],
  offers: ['li-offer-power-check', 'li-offer-school-room', 'li-offer-huizhan-room'],
  needs: ['li-need-homework', 'need:wish:wish-lamp', 'li-need-hepan-health'],
  commitments: ['li-commit-power-boxes', 'li-commit-member-li', 'li-commit-hospital-clinics', 'li-commit-hepan-roof'],
  projects: ['proj-yilao', 'proj-elevator', 'proj-summer'],
  claims: ['proj-yilao:team-hongmajia', 'proj-yilao:mu-hospital', 'proj-elevator:mu-hepan-property'],
  projectHours: ['ph-yilao-hu', 'ph-summer-zhou', 'ph-yilao-outsider'],
  teams: ['team-hongmajia'],
}

export function attacks(v: Victims): Record<string, Row> {
  const tickets = [v.ticket, ...SEED.tickets]
  const wishes = [v.wish, ...SEED.wishes]
  const events = [v.event, ...SEED.events]
  const surveys = [v.survey, ...SEED.surveys]
  const meetings = [v.meeting, ...SEED.meetings]
  const households = [v.household, ...SEED.households]
  const notices = [v.notice, ...SEED.notices]
  const ids = (xs: string[]) => xs.map((id) => ({ id }))
  const people = SEED.people
  const slot = v.slot
  const units = SEED.memberUnits
  const needs = [v.need, ...SEED.needs]
  const items = [...needs, ...SEED.offers, ...SEED.commitments]
  const projects = [v.draftProject, ...SEED.projects]
  const unitForm = { kind: 'resident_unit', name: '云溪驻区单位', partyOrg: '云溪党支部', contactName: '孙主任', contactPhone: '13900000002' }
  const plan = { title: '云溪助老', goal: '为独居老人上门服务', startDate: '2026-11-01', endDate: '2026-12-31', milestones: [{ title: '摸底', due: '2026-11-30' }] }
  const evidence = { note: '已完成', photos: ['cloud://x/a.jpg'] }

  return {
    // ─── members ───
    'members.me': list({}),
    'members.updateProfile': list({ building: '云溪 3 幢' }),
    'members.setCare': list({ care: true }),
    'members.report': list({ workplace: '白云街道城管中队党支部', skills: ['调解'] }),
    'members.grantRole': target(
      ...people.map((openid) => ({ openid, role: 'member' })),
      { openid: 'demo-member', role: 'secretary', unitId: 'c-yunxi' },
      ...SEED.communities.map((unitId) => ({ openid: 'iso-newcomer', role: 'member', unitId })),
      { openid: 'iso-newcomer', role: 'secretary', unitId: 's-hongfeng' },
    ),
    'members.revokeRole': target(
      { openid: 'demo-member', role: 'member' },
      { openid: 'demo-secretary', role: 'secretary', unitId: 'c-wanghu' },
      { openid: 'demo-street-secretary', role: 'secretary', unitId: 's-hongfeng' },
      { openid: 'demo-liaison-zhujian', role: 'liaison' },
    ),
    'members.points': list({}),
    'members.pass': list({}),
    'members.leaderboard': list({}, { year: 2026 }, { year: 2025 }),
    'members.exportMine': { ...list({}), aboutCaller: true },
    'members.deleteMine': list({ confirm: true }),
    'members.contact': target(...people.map((openid) => ({ openid, reason: '核实诉求' }))),
    'members.auditLog': list({}, ...people.map((target) => ({ target }))),
    'members.people': list({}, { q: '王' }, { role: 'member' }, ...SEED.communities.map((communityId) => ({ communityId })), { communityId: 's-hongfeng' }),
    'members.units': list({}),
    'members.rewards': list({}, { scope: 'shop' }, { scope: 'manage' }),
    'members.saveReward': target(...[v.reward, ...SEED.rewards].map((id) => ({ id, name: '理发券', shop: '云溪理发店', cost: 10, active: true, addStock: 5 }))),
    'members.redeem': target(...[v.reward, ...SEED.rewards].map((rewardId) => ({ rewardId, requestId: v.requestId() }))),
    'members.myRedemptions': list({}),
    'members.redemptions': list({}, { state: 'requested' }),
    'members.handOver': target(...ids([v.redemption, ...SEED.redemptions])),
    'members.cancelRedemption': target(...ids([v.redemption, ...SEED.redemptions])),
    'members.yearSummary': list({ year: 2026 }, { year: 2025 }),
    'members.feedbackLink': target(...people.map((openid) => ({ openid, year: 2026 }))),
    // a genuine 双报到 link is a bearer capability made on purpose for the member's workplace unit,
    // whatever its community (docs/isolation.md); a forged one is refused by its signature
    'members.feedback': { ...target({ token: v.forgedFeedbackToken }), alsoRefusedWith: ['TOKEN_INVALID'] },

    // ─── bulletin ───
    'bulletin.list': list({}, { category: '通知公告' }, { q: '停水' }),
    'bulletin.get': target(...ids(notices)),
    'bulletin.publish': target(...SEED.grids.map((gridId) => ({ title: '云溪通知', body: '明日停水', category: '通知公告', gridId }))),
    'bulletin.archive': target(...ids(notices)),
    'bulletin.unread': target(...ids(notices), { id: v.notice, gridId: 'g-wanghu-1' }),
    'bulletin.grids': list({}),
    'bulletin.points': list({}),
    'bulletin.home': list({}),

    // ─── wishes ───
    'wishes.list': list({}, { scope: 'public' }, { scope: 'mine' }, { scope: 'claimed' }, { scope: 'review' }, { scope: 'flagged' }, { state: 'listed' }),
    'wishes.get': target(...ids(wishes)),
    'wishes.post': list({ title: '想要一把轮椅', story: '老人行动不便', beneficiary: { name: '张大爷', building: '云溪 1 幢' } }),
    'wishes.approve': target(...ids(wishes)),
    'wishes.decline': target(...wishes.map((id) => ({ id, reason: '不属实' }))),
    'wishes.claim': target(...ids(wishes)),
    // not v.wish: its claimer fulfils it in the control run, after this row
    'wishes.release': target(...ids(SEED.wishes)),
    'wishes.fulfill': target(...wishes.map((id) => ({ id, note: '已送到' }))),
    'wishes.confirm': target(...wishes.map((id) => ({ id, score: 5 }))),
    'wishes.satisfaction': list({}),
    'wishes.match': target(
      ...wishes.map((id) => ({ id, resourceId: 'res-haircut' })),
      ...[v.resource, ...SEED.resources].map((resourceId) => ({ id: v.yunxiWish, resourceId })),
    ),
    'wishes.resources': list({}),
    'wishes.offerResource': list({ provider: '云溪理发店', kind: 'shop', title: '免费理发', description: '每月一次' }),
    'wishes.posts': list({}),
    'wishes.joinPost': target(...SEED.posts.map((postId) => ({ postId }))),
    'wishes.logHours': target(...SEED.posts.map((postId) => ({ postId, date: '2026-11-23', hours: 2, note: '巡楼' }))),
    'wishes.hours': list({ scope: 'mine' }, { scope: 'pending' }),
    'wishes.decideHours': target(...[v.hours, ...SEED.hours].flatMap((id) => [{ id, accept: true }, { id, accept: false, reason: '不符' }])),
    'wishes.roster': list({}),

    // ─── events ───
    'events.list': list({}, { month: MONTH }, { month: '2026-11' }, { baseId: 'base-wanghu-center' }, { theme: '主题党日' }),
    'events.get': target(...ids(events)),
    'events.bases': list({}, { near: { lat: 29.8712, lng: 121.5443 }, withinMin: 60 }),
    'events.create': list({ title: '云溪党课', theme: '主题党日', baseId: 'base-wanghu-center', startAt: '2026-12-01T11:00:00.000Z', endAt: '2026-12-01T12:30:00.000Z', capacity: 20, openTo: 'all' }),
    'events.update': target(...events.map((id) => ({ id, title: '改了' }))),
    'events.cancel': target(...events.map((id) => ({ id, reason: '天气' }))),
    'events.signUp': target(...events.map((eventId) => ({ eventId }))),
    'events.cancelSignUp': target(...events.map((eventId) => ({ eventId }))),
    'events.checkinToken': target(...events.map((eventId) => ({ eventId }))),
    'events.checkIn': target({ token: v.checkinToken }, { token: v.checkinToken, eventId: v.event }),
    'events.checkInMember': target(
      ...events.map((eventId) => ({ eventId, openid: 'iso-outsider' })),
      ...people.map((openid) => ({ eventId: v.event, openid })),
      ...people.map((openid) => ({ eventId: v.yunxiEvent, openid })),
    ),
    'events.attendance': target(...events.map((eventId) => ({ eventId }))),
    'events.rate': target(...events.map((eventId) => ({ eventId, score: 1 }))),
    'events.proposeTheme': list({ month: MONTH, title: '垃圾分类', description: '一起来分类' }),
    'events.voteTheme': target(...[v.theme, ...SEED.themes].map((themeId) => ({ themeId }))),
    'events.themes': list({ month: MONTH }, { month: '2026-11' }),

    // ─── booking ───
    'booking.services': list({}, { kind: 'errand' }, { kind: 'clinic' }),
    'booking.service': target(...ids(SEED.services)),
    'booking.slots': target(...SEED.services.map((serviceId) => ({ serviceId }))),
    'booking.book': target({ slotId: slot, requestId: v.requestId() }, { slotId: slot, requestId: v.requestId(), contact: { name: '云溪居民', phone: '13900000001' } }),
    'booking.cancel': target({ bookingId: v.booking, reason: '有事' }),
    'booking.waitlist': target({ slotId: slot }, { slotId: slot, contact: { name: '云溪居民', phone: '13900000001' } }),
    'booking.leaveWaitlist': target({ slotId: slot }),
    'booking.waits': list({}),
    'booking.mine': list({}, { status: 'booked' }),
    'booking.day': target(...SEED.services.flatMap((serviceId) => [{ serviceId }, { serviceId, date: WED }])),
    'booking.contact': target({ bookingId: v.booking }),
    'booking.markDone': target({ bookingId: v.booking }),
    'booking.markNoShow': target({ bookingId: v.booking }),
    'booking.rate': target({ bookingId: v.booking, score: 1 }),
    'booking.ratings': target(...SEED.services.map((serviceId) => ({ serviceId }))),

    // ─── tickets ───
    'tickets.submit': list({ title: '路灯不亮', description: '云溪 2 幢门口路灯坏了', category: 'street_light' }),
    'tickets.nearby': list({ category: 'water', lat: 29.8712, lng: 121.5443 }, { category: 'housing', lat: 29.8712, lng: 121.5443 }),
    'tickets.follow': target(...ids(tickets)),
    'tickets.unfollow': target(...ids(tickets)),
    'tickets.triage': target(...tickets.flatMap((id) => [{ id, decision: 'accept' }, { id, decision: 'reject', reason: '不属实' }])),
    'tickets.whistle': target(...tickets.map((id) => ({ id, priority: 'urgent', leadDepartmentId: 'dept-zhujian' }))),
    'tickets.acknowledge': target(...ids(tickets)),
    'tickets.progress': target(...tickets.map((id) => ({ id, note: '已到场' }))),
    'tickets.resolve': target(...tickets.map((id) => ({ id, summary: '已修好' }))),
    'tickets.requestTransfer': target(...tickets.map((id) => ({ id, reason: '不归我们管' }))),
    'tickets.verify': target(...tickets.flatMap((id) => [{ id, accept: true }, { id, accept: false, reason: '没修好' }])),
    'tickets.rate': target(...tickets.map((id) => ({ id, score: 1 }))),
    'tickets.list': list({ scope: 'mine' }, { scope: 'following' }, { scope: 'department' }, { scope: 'community' }, { scope: 'department', state: 'dispatched' }),
    'tickets.get': target(...ids(tickets)),
    'tickets.stats': list({}, { from: '2025-01-01T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' }),
    'tickets.departments': list({}),
    'tickets.routing': list({}),
    // routing rules and deadlines are one set for the whole district: 红枫's too
    'tickets.setRoute': target(...[...SEED.departments, 'dept-zhujian'].map((departmentId) => ({ category: 'water', departmentId }))),
    'tickets.settings': list({}),
    'tickets.updateSettings': target({ ackHours: { urgent: 1, normal: 2, low: 3 }, resolveDays: { urgent: 1, normal: 2, low: 3 }, autoCloseDays: 3 }),

    // ─── surveys ───
    'surveys.list': list({}),
    'surveys.get': target(...ids(surveys)),
    'surveys.save': target(
      ...surveys.map((id) => ({ id, title: '改了', kind: 'needs', closesOn: '2026-12-31', questions: [{ kind: 'text', title: '您的建议' }] })),
      ...SEED.grids.map((gridId) => ({ title: '网格问卷', kind: 'needs', gridId, closesOn: '2026-12-31', questions: [{ kind: 'text', title: '您的建议' }] })),
    ),
    'surveys.publish': target(...ids(surveys)),
    'surveys.close': target(...ids(surveys)),
    'surveys.answer': target(...surveys.map((id) => ({ id, answers: { q1: 5 } }))),
    'surveys.results': target(...ids(surveys)),
    'surveys.exportCsv': target(...ids(surveys)),
    'surveys.satisfaction': list({}, ...SEED.communities.map((communityId) => ({ communityId })), ...surveys.map((surveyId) => ({ surveyId }))),

    // ─── meetings ───
    'meetings.list': list({ when: 'upcoming' }, { when: 'past' }),
    'meetings.get': target(...ids(meetings)),
    'meetings.people': list({}, { q: '王' }),
    'meetings.schedule': target(
      ...people.map((openid) => ({ kind: 'roundtable', title: '云溪圆桌会', startAt: '2026-12-01T11:00:00.000Z', place: '云溪党群服务中心', invitees: [{ kind: 'resident', openid }] })),
    ),
    'meetings.edit': target(...meetings.map((id) => ({ id, title: '改了' }))),
    'meetings.cancel': target(...meetings.map((id) => ({ id, reason: '改期' }))),
    'meetings.propose': target(...meetings.map((meetingId) => ({ meetingId, title: '加装电梯' }))),
    'meetings.second': target(...[v.topic, ...SEED.topics].map((topicId) => ({ topicId }))),
    'meetings.pick': target(...meetings.flatMap((id) => [v.topic, ...SEED.topics].map((topicId) => ({ id, topicId, on: true })))),
    'meetings.record': target(...meetings.map((id) => ({ id, attendance: [{ kind: 'unit', name: '区住建局' }], minutes: '记录', decisions: [{ text: '决议' }] }))),
    'meetings.close': target(...ids(meetings)),
    'meetings.convert': target(...meetings.flatMap((id) => [{ id, decisionId: 'd1', to: 'ticket', ticketCategory: 'housing' }, { id, decisionId: 'd1', to: 'notice', noticeCategory: '通知公告' }])),

    // ─── visits ───
    'visits.mine': list({}),
    'visits.get': target(...ids(households)),
    'visits.log': target(...households.map((householdId) => ({ householdId, requestId: v.requestId(), date: '2026-11-23', found: '一切安好' }))),
    'visits.assign': target(
      ...households.map((householdId) => ({ householdId, openid: 'iso-outsider' })),
      ...households.map((householdId) => ({ householdId, openid: 'm-zhou' })),
      ...people.map((openid) => ({ householdId: v.yunxiHousehold, openid })),
    ),
    'visits.release': target(...households.map((householdId) => ({ householdId })), ...households.map((householdId) => ({ householdId, expected: 'demo-member' }))),
    'visits.addHousehold': target(...SEED.grids.map((gridId) => ({ gridId, building: '1 幢', headName: '张大爷' }))),
    'visits.coverage': list({}, ...SEED.grids.map((gridId) => ({ gridId }))),
    'visits.candidates': list({}, { q: '王' }),

    // ─── council ───
    'council.units': list({}, { unitId: 'c-yunxi' }, ...[...SEED.communities, 's-hongfeng'].map((unitId) => ({ unitId }))),
    'council.unit': target(...ids(units)),
    'council.saveUnit': target(
      ...units.map((id) => ({ id, unitId: 'c-wanghu', ...unitForm })),
      ...units.map((id) => ({ id, unitId: 'c-yunxi', ...unitForm })),
      ...[...SEED.communities, 's-hongfeng'].map((unitId) => ({ unitId, ...unitForm })),
      { unitId: 'c-yunxi', ...unitForm, committee: [{ openid: 'demo-member', name: '李建国', title: '兼职委员' }] },
    ),
    'council.pair': target(
      ...SEED.communities.map((communityId) => ({ memberUnitId: 'mu-power', communityId, what: '结对共建', from: '2026-01-01', to: '2026-12-31' })),
      ...units.map((memberUnitId) => ({ memberUnitId, communityId: 'c-yunxi', what: '结对共建', from: '2026-01-01', to: '2026-12-31' })),
      ...SEED.communities.map((communityId) => ({ memberUnitId: 'mu-yunxi-school', communityId, what: '结对共建', from: '2026-01-01', to: '2026-12-31' })),
    ),
    'council.lists': list(...(['offer', 'need', 'commitment'] as const).flatMap((kind) => [{ kind }, { kind, state: 'live' }, { kind, state: 'done' }])),
    'council.item': target(...ids(items)),
    'council.candidates': target(...needs.map((needId) => ({ needId }))),
    'council.add': target(
      ...[...SEED.communities, 's-hongfeng'].map((unitId) => ({ kind: 'offer', unitId, title: '云溪资源', detail: '场地', offerType: 'room' })),
      ...units.map((memberUnitId) => ({ kind: 'commitment', unitId: 'c-yunxi', title: '云溪承诺', detail: '每月一次', dueAt: '2026-12-31', memberUnitId })),
      ...people.map((openid) => ({ kind: 'commitment', unitId: 'c-yunxi', title: '云溪承诺', detail: '每月一次', dueAt: '2026-12-31', openid })),
    ),
    'council.takeNeed': target(
      ...wishes.map((id) => ({ source: { kind: 'wish', id } })),
      ...tickets.map((id) => ({ source: { kind: 'ticket', id } })),
      ...surveys.map((id) => ({ source: { kind: 'survey', id } })),
    ),
    'council.match': target(
      ...needs.flatMap((needId) => [{ needId, to: { kind: 'offer', id: 'li-offer-yunxi-room' } }, { needId, to: { kind: 'offer', id: 'li-offer-power-check' } }]),
      ...SEED.offers.map((id) => ({ needId: v.yunxiNeed, to: { kind: 'offer', id } })),
      ...SEED.commitments.map((id) => ({ needId: v.yunxiNeed, to: { kind: 'commitment', id } })),
    ),
    'council.progress': target(...items.flatMap((id) => [{ id, note: '推进中' }, { id, note: '完成了', images: ['cloud://x/a.jpg'], done: true }])),
    'council.cancel': target(...items.map((id) => ({ id, reason: '不需要了' }))),
    'council.people': list({}, { q: '李' }, { q: '王' }),
    'council.review': list({ year: 2026 }, { year: 2025 }),

    // ─── projects ───
    'projects.list': list({}, { state: 'draft' }, { state: 'open' }, { state: 'in_progress' }, { state: 'done' }),
    'projects.get': target(...ids(projects)),
    'projects.workers': target(...projects.map((projectId) => ({ projectId }))),
    'projects.save': target(
      ...projects.map((id) => ({ id, unitId: 'c-wanghu', ...plan })),
      ...projects.map((id) => ({ id, unitId: 'c-yunxi', ...plan })),
      ...SEED.communities.map((unitId) => ({ unitId, ...plan })),
      { unitId: 's-hongfeng', communityIds: ['c-wanghu'], ...plan },
    ),
    'projects.form': target(...ids(projects)),
    'projects.move': target(...projects.flatMap((id) => (['publish', 'start', 'cancel'] as const).map((move) => ({ id, move })))),
    'projects.milestone': target(...projects.flatMap((id) => ['m1', 'm3'].map((milestoneId) => ({ id, milestoneId, ...evidence })))),
    'projects.complete': target(...projects.map((id) => ({ id, ...evidence }))),
    'projects.claim': target(
      ...projects.map((projectId) => ({ projectId, claimant: { kind: 'team', teamId: v.yunxiTeam } })),
      ...projects.map((projectId) => ({ projectId, claimant: { kind: 'unit', unitId: 'mu-yunxi-school' } })),
      ...projects.map((projectId) => ({ projectId, claimant: { kind: 'unit', unitId: 'mu-power' } })),
      // 红枫's member units named on the outsider's own project: the unit is not theirs to see
      ...units.map((unitId) => ({ projectId: v.yunxiProject, claimant: { kind: 'unit', unitId } })),
      ...SEED.teams.map((teamId) => ({ projectId: v.yunxiProject, claimant: { kind: 'team', teamId } })),
    ),
    'projects.withdrawClaim': target(...ids(SEED.claims)),
    'projects.progress': target(...projects.map((projectId) => ({ projectId, note: '今天上门 3 户' }))),
    'projects.logHours': target(
      ...projects.map((projectId) => ({ projectId, date: '2026-11-23', hours: 2, note: '上门服务' })),
      ...people.map((openid) => ({ projectId: v.yunxiProject, openid, date: '2026-11-23', hours: 2, note: '上门服务' })),
    ),
    'projects.decideHours': target(...SEED.projectHours.flatMap((id) => [{ id, accept: true }, { id, accept: false, reason: '不符' }])),
    'projects.teams': list({}),
    'projects.team': target(...ids(SEED.teams)),
    'projects.createTeam': target(
      ...SEED.communities.map((unitId) => ({ unitId, name: '云溪服务队' })),
      ...people.map((leader) => ({ unitId: 'c-yunxi', name: '云溪服务队', leader })),
    ),
    'projects.joinTeam': target(...SEED.teams.map((teamId) => ({ teamId }))),
    'projects.leaveTeam': target(...SEED.teams.map((teamId) => ({ teamId }))),

    // ─── street ───
    'street.dashboard': target({ kind: 'year', key: '2026', streetId: 's-hongfeng' }, { kind: 'month', key: '2026-11', streetId: 's-hongfeng' }, { kind: 'quarter', key: '2026Q3', streetId: 's-hongfeng' }),
    'street.export': target({ kind: 'year', key: '2026', streetId: 's-hongfeng' }, { kind: 'month', key: '2026-11', streetId: 's-hongfeng' }),
    'street.recompute': target({ streetId: 's-hongfeng', from: '2026-10', to: '2026-11' }),
  }
}
