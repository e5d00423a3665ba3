/** A claim of a project by a 服务队 or a 大党委 member unit: one document per claimant (projectId:claimantId). */
import type { z } from 'zod'
import type { claimView } from '../../src/domain/contracts/projects'
import type { TimelineEntry } from '../../src/domain/machine'
import { CLAIM_STATE_NAMES, type ClaimState } from '../../src/domain/projects/machine'

export interface ClaimDoc {
  _id: string
  projectId: string
  projectTitle: string
  /** the project's unit (the claim is kept to it) */
  unitId: string
  kind: 'team' | 'unit'
  /** the team's id, or the member unit's id (member_units), whose name is kept here */
  claimantId: string
  claimantName: string
  state: ClaimState
  at: string
  by: string
  byName: string
  note?: string
  version: number
  updatedAt: string
  timeline: TimelineEntry[]
  [k: string]: unknown
}

/** the most claims one project gathers */
export const MAX_CLAIMS = 200

export function claimViewOf(c: ClaimDoc): z.input<typeof claimView> {
  return {
    id: c._id,
    kind: c.kind,
    claimantId: c.claimantId,
    claimantName: c.claimantName,
    state: c.state,
    stateName: CLAIM_STATE_NAMES[c.state],
    at: c.at,
    byName: c.byName,
    ...(c.note ? { note: c.note } : {}),
  }
}
