import { quarterOf } from '../../../src/domain/visits/calendar'
import { memberPace } from '../../../src/domain/visits/pace'
import type { ConfigDoc } from '../../_runtime/identity'
import { recordNotice } from '../../_runtime/services/outbox'
import { allHouseholds, type HouseholdDoc } from '../../visits/household'
import type { SweepDeps, SweepJob } from '../jobs'

/** every linked household of one community: its few hundred members link 5–10 each */
const MAX_LINKED_IN_COMMUNITY = 20_000

/** The id of a quarter's pace reminder to one member: once per member per quarter. */
export const paceNoticeId = (quarter: string, openid: string) => `visit-pace:${quarter}:${openid}`

/**
 * In the final month of each quarter (time enough to catch up), reminds each member whose linked
 * households are below pace — a quarter that is over, or this one, without a visit — once per
 * member per quarter. Outside the final month it does nothing. Community by community (from the
 * unit tree), so a district's households are never one read.
 */
export const visitPace: SweepJob = {
  name: 'visit-pace',
  async run(deps) {
    const now = deps.clock.now()
    const q = quarterOf(now)
    if (!q.finalMonth) return 0
    const cfg = await deps.store.get<ConfigDoc>('config', 'main')
    const communities = Object.values(cfg?.units ?? {})
      .filter((u) => u.level === 'community')
      .map((u) => u.id)
    let sent = 0
    for (const communityId of communities.length ? communities : [cfg?.defaultCommunityId ?? 'default']) {
      sent += await remindIn(deps, communityId, now, q.key)
    }
    return sent
  },
}

async function remindIn({ store, clock, services, log }: SweepDeps, communityId: string, now: Date, quarter: string): Promise<number> {
  const linked = await allHouseholds(store, { state: 'linked', communityId }, MAX_LINKED_IN_COMMUNITY)
  const byMember = new Map<string, HouseholdDoc[]>()
  for (const h of linked) if (h.memberOpenid) byMember.set(h.memberOpenid, [...(byMember.get(h.memberOpenid) ?? []), h])
  let sent = 0
  for (const [openid, hs] of byMember) {
    const pace = memberPace(hs, now)
    if (!pace.belowPace) continue
    const doc = await recordNotice(store, clock, {
      id: paceNoticeId(quarter, openid),
      to: openid,
      template: 'visits',
      title: '联系户走访提醒',
      body: `您联系的 ${pace.households} 户中有 ${pace.behind} 户走访进度落后，本季度还有 ${pace.unvisitedThisQuarter} 户未走访`,
      page: '/packages/visits/pages/mine/index',
    })
    if (!doc) continue
    sent++
    try {
      await services.deliver(doc)
    } catch (e) {
      log.warn('notice not delivered', { id: doc._id, error: String(e) })
    }
  }
  return sent
}
