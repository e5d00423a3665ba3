/**
 * Who holds a role where, for notices only: a liaison of the district's 住建局 may live in any
 * community, so the people to tell about a step cannot be read through the caller's scoped store.
 * Answers openids and nothing else about them.
 */
import { ancestorsOf, heldRoles } from '../../../src/domain/units'
import type { Store } from '../../_store/port'
import type { ConfigDoc, MemberDoc } from '../identity'

/** the most liaisons one department has */
const MAX_LIAISONS = 1000

/** The liaisons of these departments whose role is held in the community or a unit above it. */
export async function liaisonsServing(store: Store, departmentIds: readonly string[], communityId: string): Promise<string[]> {
  const [cfg, ...sets] = await Promise.all([
    store.get<ConfigDoc>('config', 'main'),
    ...departmentIds.map((d) => store.queryAll<MemberDoc>('members', { where: { departmentId: d, roles: { $has: 'liaison' } } }, { max: MAX_LIAISONS })),
  ])
  const tree = cfg?.units ?? {}
  const covering = new Set([communityId, ...ancestorsOf(tree, communityId)])
  const out = new Set<string>()
  for (const m of sets.flat()) if (heldRoles(tree, m).some((r) => r.role === 'liaison' && covering.has(r.unitId))) out.add(m._id)
  return [...out]
}
