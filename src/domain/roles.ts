export const ROLES = ['resident', 'member', 'secretary', 'staff', 'liaison', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_NAMES: Record<Role, string> = {
  resident: '居民',
  member: '党员',
  secretary: '书记',
  staff: '社工',
  liaison: '部门联络员',
  admin: '管理员',
}
