/**
 * The street scene of the demo seeds: the unit tree on the config document and the street people.
 * Whatever the seeds already hold is kept; what they lack is added (test-only people are `t-…`).
 */
import type { Harness } from '../helpers/harness'
import type { UnitTree } from '../../src/domain/street/access'

export const TREE: UnitTree = {
  'd-mingzhou': { id: 'd-mingzhou', name: '明州区', level: 'district' },
  's-hongfeng': { id: 's-hongfeng', name: '红枫街道', level: 'street', parentId: 'd-mingzhou' },
  'c-wanghu': { id: 'c-wanghu', name: '望湖社区', level: 'community', parentId: 's-hongfeng' },
  'c-xincheng': { id: 'c-xincheng', name: '新城社区', level: 'community', parentId: 's-hongfeng' },
  'c-hepan': { id: 'c-hepan', name: '河畔社区', level: 'community', parentId: 's-hongfeng' },
  's-baiyun': { id: 's-baiyun', name: '白云街道', level: 'street', parentId: 'd-mingzhou' },
  'c-yunxi': { id: 'c-yunxi', name: '云溪社区', level: 'community', parentId: 's-baiyun' },
}

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
  person('demo-street-secretary', '红枫街道党工委书记', 'c-wanghu', ['secretary', 'staff'], [
    { role: 'secretary', unitId: 's-hongfeng' },
    { role: 'staff', unitId: 's-hongfeng' },
  ]),
  person('demo-secretary-hepan', '河畔社区书记', 'c-hepan', ['secretary'], [{ role: 'secretary', unitId: 'c-hepan' }]),
  person('t-street-baiyun', '白云街道社工', 'c-yunxi', ['staff'], [{ role: 'staff', unitId: 's-baiyun' }]),
  person('t-admin-district', '区管理员', 'c-wanghu', ['admin'], [{ role: 'admin', unitId: 'd-mingzhou' }]),
]

export async function streetScene(h: Harness): Promise<void> {
  const cfg = await h.store.get<{ _id: string; units?: UnitTree }>('config', 'main')
  if (!cfg?.units) await h.store.update('config', 'main', { units: TREE })
  for (const p of PEOPLE) if (!(await h.store.get('members', p._id))) await h.store.insert('members', p)
}
