/** 服务队: the team document (members kept on it), one membership document per person (teamId:openid). */
import type { z } from 'zod'
import type { teamCard } from '../../src/domain/contracts/projects'
import type { TimelineEntry } from '../../src/domain/machine'
import type { MembershipState } from '../../src/domain/projects/machine'
import { unitName } from '../../src/domain/units'
import type { Caller } from '../_runtime/types'

export interface TeamDoc {
  _id: string
  /** the community the team belongs to (its members join there) */
  unitId: string
  name: string
  intro: string
  leader: string
  leaderName: string
  members: { openid: string; name: string }[]
  memberCount: number
  state: 'active'
  createdAt: string
  updatedAt: string
  version: number
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export interface MembershipDoc {
  _id: string
  teamId: string
  teamName: string
  unitId: string
  openid: string
  name: string
  state: MembershipState
  joinedAt: string
  version: number
  updatedAt: string
  timeline: TimelineEntry[]
  [k: string]: unknown
}

/** the most teams a screen lists, the most a person leads */
export const MAX_TEAMS = 100

export const TEAM_NOT_FOUND = '没有找到这个服务队'

export function teamCardOf(t: TeamDoc, caller: Caller): z.input<typeof teamCard> {
  return {
    id: t._id,
    unitId: t.unitId,
    unitName: unitName(caller.units, t.unitId),
    name: t.name,
    intro: t.intro,
    leader: t.leader,
    leaderName: t.leaderName,
    memberCount: t.memberCount,
  }
}

export function joinedEntry(at: string, openid: string, name: string, action: 'join' | 'leave' | 'create') {
  return { at, by: openid, byName: name, action }
}
