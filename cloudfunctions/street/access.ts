/** The street a caller may open, from the unit tree and unit roles identity resolved (no read of its own). */
import { fail } from '../../src/domain/errors'
import { communitiesOfStreet, openableStreets, type UnitNode, type UnitTree } from '../../src/domain/street/access'
import type { Ctx } from '../_runtime/types'

export const NOT_STREET = '街道工作台只对街道党工委书记、街道社工和区管理员开放'

/** The street to open (the one asked for, else the caller's first) with its communities; FORBIDDEN for anyone without street power there. */
export function streetFor(ctx: Ctx, streetId: string | undefined): { street: UnitNode; streets: UnitNode[]; communities: UnitNode[]; tree: UnitTree } {
  const tree = ctx.caller.units
  const streets = openableStreets(tree, ctx.caller.unitRoles, ctx.caller.streetId)
  if (streets.length === 0) fail('FORBIDDEN', NOT_STREET)
  const street = streetId ? streets.find((s) => s.id === streetId) : streets[0]
  if (!street) fail('FORBIDDEN', '只能查看本人所在街道的工作台')
  return { street, streets, communities: communitiesOfStreet(tree, street.id), tree }
}
