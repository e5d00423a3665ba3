export const ROLES = ['resident', 'member', 'secretary', 'staff', 'liaison', 'admin', 'grid_secretary', 'gridman'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_NAMES: Record<Role, string> = {
  resident: '居民',
  member: '党员',
  secretary: '书记',
  staff: '社工',
  liaison: '部门联络员',
  admin: '管理员',
  grid_secretary: '网格党支部书记',
  gridman: '网格员',
}

/** Roles held for one grid: the member document's gridId says which. */
export const GRID_ROLES: readonly Role[] = ['grid_secretary', 'gridman']
