/** 网格覆盖: households not visited this quarter, per grid and per linking member. Pure. */
import { quarterOf } from './calendar'
import { memberPace, visitedInQuarter, type MemberPace, type VisitSummary } from './pace'
import type { Instant } from '../time'

export interface CoverageHousehold extends VisitSummary {
  _id: string
  gridId: string
  memberOpenid?: string
}

export interface GridCoverage {
  gridId: string
  households: number
  linked: number
  unvisitedThisQuarter: number
}

export interface MemberCoverage extends MemberPace {
  openid: string
}

export interface Coverage {
  quarter: string
  grids: GridCoverage[]
  members: MemberCoverage[]
  /** ids of households with no visit this quarter, never-visited first */
  unvisited: string[]
}

export function coverageOf(households: readonly CoverageHousehold[], now: Instant): Coverage {
  const q = quarterOf(now)
  const grids = new Map<string, GridCoverage>()
  const byMember = new Map<string, CoverageHousehold[]>()
  const unvisited: CoverageHousehold[] = []
  for (const h of households) {
    const g = grids.get(h.gridId) ?? { gridId: h.gridId, households: 0, linked: 0, unvisitedThisQuarter: 0 }
    g.households++
    if (h.memberOpenid) {
      g.linked++
      byMember.set(h.memberOpenid, [...(byMember.get(h.memberOpenid) ?? []), h])
    }
    if (!visitedInQuarter(h, q)) {
      g.unvisitedThisQuarter++
      unvisited.push(h)
    }
    grids.set(h.gridId, g)
  }
  const members = [...byMember].map(([openid, hs]) => ({ openid, ...memberPace(hs, now) }))
  members.sort((a, b) => b.unvisitedThisQuarter - a.unvisitedThisQuarter || a.openid.localeCompare(b.openid))
  unvisited.sort((a, b) => (a.lastVisitAt ?? '').localeCompare(b.lastVisitAt ?? '') || a._id.localeCompare(b._id))
  return { quarter: q.key, grids: [...grids.values()].sort((a, b) => a.gridId.localeCompare(b.gridId)), members, unvisited: unvisited.map((h) => h._id) }
}
