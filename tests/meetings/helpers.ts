import type { MeetingDoc } from '../../cloudfunctions/meetings/meeting'
import type { Harness, In } from '../helpers/harness'

export const SEC = 'demo-secretary'
export const STAFF = 'demo-staff'
export const RESIDENT = 'demo-resident'
export const MEMBER = 'demo-member'
/** a member of 新城社区, another community */
export const OTHER = 'm-yang'
export const PAST = 'mt-seed-council-firelane'
export const UPCOMING = 'mt-seed-roundtable-renewal'

export const hoursFromNow = (h: Harness, hours: number) => new Date(h.clock.now().getTime() + hours * 3600_000).toISOString()

export async function scheduled(h: Harness, over: Partial<In<'meetings', 'schedule'>> = {}, by = STAFF): Promise<string> {
  const { id } = await h.ok(by, 'meetings', 'schedule', {
    kind: 'council',
    title: '楼道电瓶车充电议事会',
    startAt: hoursFromNow(h, 48),
    place: '党群服务中心议事厅',
    agenda: ['电瓶车进楼充电的隐患'],
    invitees: [
      { kind: 'resident', openid: RESIDENT },
      { kind: 'resident', openid: MEMBER },
      { kind: 'unit', name: '望湖物业服务中心' },
    ],
    ...over,
  })
  return id
}

/** A meeting held an hour ago with two decisions recorded. */
export async function held(h: Harness): Promise<string> {
  const id = await scheduled(h, { startAt: hoursFromNow(h, -1) })
  await h.ok(STAFF, 'meetings', 'record', {
    id,
    attendance: [{ kind: 'resident', openid: RESIDENT }, { kind: 'unit', name: '望湖物业服务中心' }],
    minutes: '大家同意在东门建集中充电棚，物业负责日常管理。',
    decisions: [{ text: '东门空地建设电瓶车集中充电棚' }, { text: '每月一次楼道消防安全检查' }],
  })
  return id
}

export const meeting = async (h: Harness, id: string) => (await h.store.get<MeetingDoc>('meetings', id))!
