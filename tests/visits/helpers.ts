import type { HouseholdDoc } from '../../cloudfunctions/visits/household'
import type { Harness, In } from '../helpers/harness'

let n = 0
/** A fresh request id, as the 记录走访 form makes one each time it opens. */
export const rid = () => `req-${process.pid}-${++n}-${Math.random().toString(36).slice(2, 8)}`

export const visitInput = (householdId: string, over: Partial<In<'visits', 'log'>> = {}): In<'visits', 'log'> => ({
  householdId,
  requestId: rid(),
  date: '2026-11-24',
  found: '老人身体不错，聊了聊近况',
  ...over,
})

export const household = (h: Harness, id: string) => h.store.get<HouseholdDoc>('households', id) as Promise<HouseholdDoc>

/** 孙德明 made 网格党支部书记 of 第二网格, 周立平 网格员 of 第一网格, by the admin. */
export async function grantGridRoles(h: Harness) {
  await h.ok('demo-admin', 'members', 'grantRole', { openid: 'm-sun', role: 'grid_secretary', gridId: 'g-wanghu-2' })
  await h.ok('demo-admin', 'members', 'grantRole', { openid: 'm-zhou', role: 'gridman', gridId: 'g-wanghu-1' })
}
