import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { STREET_OFFICE } from '../notices'
import { allDepartments } from '../departments'

/** The departments a secretary can whistle to. */
export const departments = action({
  input: tickets.departments.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    const depts = [...(await allDepartments(ctx.store)).values()].filter((d) => d._id !== STREET_OFFICE)
    return { items: depts.map((d) => ({ id: d._id, name: d.name, short: d.short, duty: d.duty })) }
  },
})
