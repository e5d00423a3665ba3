/** Test-only street people besides the seeds' own (demo-street-secretary, demo-secretary-hepan, the 白云 people). */
import type { Harness } from '../helpers/harness'

const person = (id: string, name: string, communityId: string, roles: string[], unitRoles: { role: string; unitId: string }[]) => ({
  _id: id,
  name,
  communityId,
  roles,
  unitRoles,
  points: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

export const PEOPLE = [
  // 白云街道's own staff: street power, in the other street
  person('t-street-baiyun', '白云街道社工', 'c-yunxi', ['staff'], [{ role: 'staff', unitId: 's-baiyun' }]),
]

export async function streetScene(h: Harness): Promise<void> {
  for (const p of PEOPLE) await h.store.insert('members', p)
}
