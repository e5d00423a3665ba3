import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { runStep } from '../step'
import { departmentsById } from '../departments'
import { loadTicket, ROUTES } from '../load'

/** 吹哨: the secretary names a lead department (default: the routing rule) and co-handling ones. */
export const whistle = action({
  input: tickets.whistle.input,
  roles: ['secretary'],
  handler: async (input, ctx) => {
    const t = await loadTicket(ctx.store, input.id)
    const lead = input.leadDepartmentId ?? ((await ctx.store.get(ROUTES, t.category))?.departmentId as string | undefined)
    if (!lead) fail('INVALID_INPUT', '这个类别还没有默认部门，请选择牵头部门')
    const co = [...new Set(input.coDepartmentIds ?? [])].filter((d) => d !== lead)
    const found = await departmentsById(ctx.store, [lead, ...co])
    const missing = [lead, ...co].find((d) => !found.has(d))
    if (missing) fail('NOT_FOUND', `没有这个部门：${missing}`)
    return runStep(ctx, input.id, { action: 'whistle', leadDepartmentId: lead, coDepartmentIds: co, priority: input.priority, note: input.note || undefined }, [input.note])
  },
})
