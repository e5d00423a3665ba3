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

export async function departmentsById(store: Store, ids: string[]): Promise<Map<string, DepartmentDoc>> {
  const docs = await Promise.all([...new Set(ids)].map((d) => store.get<DepartmentDoc>('departments', d)))
  return new Map(docs.filter((d): d is DepartmentDoc => !!d).map((d) => [d._id, d]))
}

/** Every department, by id (a short list: one query). */
export async function allDepartments(store: Store): Promise<Map<string, DepartmentDoc>> {
  const page = await store.query<DepartmentDoc>('departments', { limit: 100 })
  return new Map(page.items.map((d) => [d._id, d]))
}
