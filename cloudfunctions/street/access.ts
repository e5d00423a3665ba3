/** The caller's unit tree and unit roles, and the street they may open. */
import { fail } from '../../src/domain/errors'
import { communitiesOfStreet, openableStreets, type UnitNode, type UnitRole, type UnitTree } from '../../src/domain/street/access'
import type { Ctx } from '../_runtime/types'
import { unitTreeOf } from './aggregate'

type UnitCaller = Ctx['caller'] & { units?: UnitTree; unitRoles?: UnitRole[] }

/** The tree kept on the config document and read with the caller's identity; its unit roles from the member document. */
export async function callerUnits(ctx: Ctx): Promise<{ tree: UnitTree; unitRoles: UnitRole[] }> {
  const c = ctx.caller as UnitCaller
  const unitRoles = c.unitRoles ?? (c.member?.unitRoles as UnitRole[] | undefined) ?? []
  return { tree: c.units ?? (await unitTreeOf(ctx.store)), unitRoles }
}

export const NOT_STREET = '街道工作台只对街道党工委书记、街道社工和区管理员开放'

/** The street to open (the one asked for, else the caller's first) with its communities; FORBIDDEN for anyone without street power there. */
export async function streetFor(ctx: Ctx, streetId: string | undefined): Promise<{ street: UnitNode; streets: UnitNode[]; communities: UnitNode[]; tree: UnitTree }> {
  const { tree, unitRoles } = await callerUnits(ctx)
  const streets = openableStreets(tree, unitRoles)
  if (streets.length === 0) fail('FORBIDDEN', NOT_STREET)
  const street = streetId ? streets.find((s) => s.id === streetId) : streets[0]
  if (!street) fail('FORBIDDEN', '只能查看本人所在街道的工作台')
  return { street, streets, communities: communitiesOfStreet(tree, street.id), tree }
}
