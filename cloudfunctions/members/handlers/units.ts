import { members } from '../../../src/domain/contracts/members'
import { UNIT_LEVELS, unitLabel } from '../../../src/domain/units'
import { action } from '../../_runtime/types'

/** The units the caller manages, top down (district, streets, communities, grids), for pickers; the tree came with identity. */
export const units = action({
  input: members.units.input,
  roles: ['admin', 'secretary', 'staff'],
  handler: async (_input, ctx) => {
    const tree = ctx.caller.units
    const items = ctx.caller.scope.act
      .filter((id) => Object.hasOwn(tree, id))
      .map((id) => tree[id])
      .sort((a, b) => UNIT_LEVELS.indexOf(a.level) - UNIT_LEVELS.indexOf(b.level) || unitLabel(tree, a.id).localeCompare(unitLabel(tree, b.id), 'zh'))
      .map((u) => ({ id: u.id, name: u.name, label: unitLabel(tree, u.id), level: u.level, ...(u.parentId ? { parentId: u.parentId } : {}) }))
    return { items }
  },
})
