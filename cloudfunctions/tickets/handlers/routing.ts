import { tickets } from '../../../src/domain/contracts/tickets'
import { CATEGORIES, CATEGORY_KEYS } from '../../../src/domain/tickets/model'
import { action, type Ctx } from '../../_runtime/types'
import { allDepartments } from '../departments'
import { MAX_RULES, ROUTES } from '../load'


export async function routesOf(ctx: Ctx) {
  const [rules, depts] = await Promise.all([ctx.store.queryAll(ROUTES, {}, { max: MAX_RULES }), allDepartments(ctx.store)])
  const byCategory = new Map(rules.map((r) => [r._id, r.departmentId as string]))
  return {
    items: CATEGORY_KEYS.map((category) => {
      // the rules are shared by every street: a department outside the caller's sight is not named
      const departmentId = depts.has(byCategory.get(category) ?? '') ? byCategory.get(category) : undefined
      return { category, categoryName: CATEGORIES[category], departmentId, departmentName: departmentId ? depts.get(departmentId)?.name : undefined }
    }),
  }
}

/** Routing rules: which department leads each category by default. */
export const routing = action({
  input: tickets.routing.input,
  roles: ['secretary', 'staff', 'admin'],
  handler: (_input, ctx) => routesOf(ctx),
})
