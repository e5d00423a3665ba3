/** Shared steps for the ticket handler tests. */
import type { TicketDoc } from '../../src/domain/tickets/model'
import type { Harness, In } from '../helpers/harness'

export const SEC = 'demo-secretary'
export const RESIDENT = 'demo-resident'
export const ZHUJIAN = 'demo-liaison-zhujian'
export const ZHUJIAN_2 = 'demo-head-zhujian'
export const CHENGGUAN = 'demo-liaison-chengguan'

export async function submit(h: Harness, extra: Partial<In<'tickets', 'submit'>> = {}, by = RESIDENT): Promise<string> {
  const r = await h.ok(by, 'tickets', 'submit', {
    title: '7幢外墙瓷砖脱落',
    description: '东面外墙瓷砖掉了好几块，楼下有人经过很危险',
    category: 'housing',
    location: { address: '望湖小区7幢东侧', lat: 29.8721, lng: 121.5455 },
    ...extra,
  })
  return r.id
}

/** Submitted by the resident, accepted and whistled to 住建 (lead) and optionally co-departments. */
export async function dispatched(h: Harness, opts: { co?: string[]; priority?: 'urgent' | 'normal' | 'low'; lead?: string } = {}): Promise<string> {
  const id = await submit(h)
  await h.ok(SEC, 'tickets', 'triage', { id, decision: 'accept' })
  await h.ok(SEC, 'tickets', 'whistle', { id, leadDepartmentId: opts.lead ?? 'dept-zhujian', coDepartmentIds: opts.co, priority: opts.priority ?? 'normal' })
  return id
}

/** Dispatched, acknowledged and resolved by 住建. */
export async function resolved(h: Harness, opts: { co?: string[] } = {}): Promise<string> {
  const id = await dispatched(h, opts)
  await h.ok(ZHUJIAN, 'tickets', 'acknowledge', { id })
  await h.ok(ZHUJIAN, 'tickets', 'resolve', { id, summary: '已清理松动瓷砖并加装防护网' })
  return id
}

export async function doc(h: Harness, id: string): Promise<TicketDoc> {
  return (await h.store.get<TicketDoc>('tickets', id))!
}

export async function noticesTo(h: Harness, openid: string, ticketId: string) {
  const page = await h.store.query('outbox', { where: { to: openid }, orderBy: [['createdAt', 'asc']], limit: 100 })
  return page.items.filter((n) => String(n.page).endsWith(`id=${ticketId}`))
}
