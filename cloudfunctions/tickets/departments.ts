/** Departments (住建, 城管 …) as tickets name them: by id, or all of them. */
import type { Store } from '../_store/port'

export interface DepartmentDoc {
  _id: string
  name: string
  short: string
  duty: string
  head: string
  headOpenid: string
  [k: string]: unknown
}

export function departmentsById(store: Store, ids: string[]): Promise<Map<string, DepartmentDoc>> {
  return store.getMany<DepartmentDoc>('departments', ids)
}

/** the most departments (district and street) one deployment has */
const MAX_DEPARTMENTS = 500
/** the most people holding one role in one department or community, who all hear of a step */
export const MAX_ROLE_HOLDERS = 1000

/** Every department, by id (a short list). */
export async function allDepartments(store: Store): Promise<Map<string, DepartmentDoc>> {
  const all = await store.queryAll<DepartmentDoc>('departments', {}, { max: MAX_DEPARTMENTS })
  return new Map(all.map((d) => [d._id, d]))
}
