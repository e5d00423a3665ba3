import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { PROJECT_MACHINE } from '../../../src/domain/projects/machine'
import { communitiesUnder, unitName } from '../../../src/domain/units'
import { action } from '../../_runtime/types'
import { cardOf, NOT_FOUND, PROJECTS, whoIs, type ProjectDoc } from '../project'

/**
 * The create/edit form: the units where the caller is secretary or staff (a street offers itself,
 * serving some of its communities, and each community), and the project being edited.
 */
export const form = action({
  input: projects.form.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { units, unitRoles } = ctx.caller
    const held = [...new Set(unitRoles.filter((r) => r.role === 'secretary' || r.role === 'staff').map((r) => r.unitId))]
    const out: { id: string; name: string; level: string; communities: { id: string; name: string }[] }[] = []
    const add = (id: string) => {
      const level = units[id]?.level
      if (!level || out.some((u) => u.id === id)) return
      out.push({ id, name: unitName(units, id), level, communities: level === 'street' ? communitiesUnder(units, id).map((c) => ({ id: c, name: unitName(units, c) })) : level === 'community' ? [{ id, name: unitName(units, id) }] : [] })
    }
    for (const id of held) {
      if (units[id]?.level === 'street') {
        add(id)
        for (const c of communitiesUnder(units, id)) add(c)
      } else if (units[id]?.level === 'community') add(id)
    }
    if (!input.id) return { units: out }
    const p = await ctx.store.get<ProjectDoc>(PROJECTS, input.id)
    if (!p) fail('NOT_FOUND', NOT_FOUND)
    checkMove(PROJECT_MACHINE, 'edit', p.state, whoIs(ctx.caller, p))
    return { units: out, project: { ...cardOf(p, ctx.caller), milestones: p.milestones.map(({ id, title, due, doneAt, doneByName, evidence }) => ({ id, title, due, ...(doneAt ? { doneAt, doneByName, evidence } : {}) })) } }
  },
})
