import { AppError } from '../../src/domain/errors'
import type { UnitTree } from '../../src/domain/units'
import type { ProjectDoc } from '../../cloudfunctions/projects/project'
import type { TeamDoc } from '../../cloudfunctions/projects/team'
import { harness, type Harness, type In } from '../helpers/harness'

/** The unit tree of the demo: 红枫街道 with three communities, and 白云街道 beside it (which must see nothing of 红枫). */
export const TREE: UnitTree = {
  'd-mingzhou': { id: 'd-mingzhou', name: '明州区', level: 'district' },
  's-hongfeng': { id: 's-hongfeng', name: '红枫街道', level: 'street', parentId: 'd-mingzhou' },
  'c-wanghu': { id: 'c-wanghu', name: '望湖社区', level: 'community', parentId: 's-hongfeng' },
  'c-xincheng': { id: 'c-xincheng', name: '新城社区', level: 'community', parentId: 's-hongfeng' },
  'c-hepan': { id: 'c-hepan', name: '河畔社区', level: 'community', parentId: 's-hongfeng' },
  's-baiyun': { id: 's-baiyun', name: '白云街道', level: 'street', parentId: 'd-mingzhou' },
  'c-yunxi': { id: 'c-yunxi', name: '云溪社区', level: 'community', parentId: 's-baiyun' },
}

const person = (id: string, name: string, communityId: string, unitRoles: { role: string; unitId: string }[]) => ({
  _id: id,
  name,
  communityId,
  roles: [...new Set(unitRoles.map((r) => r.role))],
  unitRoles,
  points: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

/** The street-level people of the demo (kept if the seeds have them already). */
export const PEOPLE = [
  person('demo-street-secretary', '街道党工委书记', 'c-wanghu', [{ role: 'secretary', unitId: 's-hongfeng' }, { role: 'staff', unitId: 's-hongfeng' }, { role: 'member', unitId: 'c-wanghu' }]),
  person('demo-secretary-hepan', '河畔书记', 'c-hepan', [{ role: 'secretary', unitId: 'c-hepan' }, { role: 'member', unitId: 'c-hepan' }]),
  person('demo-resident-yunxi', '云溪居民', 'c-yunxi', []),
  person('t-secretary-yunxi', '云溪书记', 'c-yunxi', [{ role: 'secretary', unitId: 'c-yunxi' }, { role: 'staff', unitId: 'c-yunxi' }]),
  person('t-member-yunxi', '云溪党员', 'c-yunxi', [{ role: 'member', unitId: 'c-yunxi' }]),
  person('t-member-hepan', '河畔党员', 'c-hepan', [{ role: 'member', unitId: 'c-hepan' }]),
]

async function insertOnce(h: Harness, coll: string, doc: { _id: string; [k: string]: unknown }) {
  try {
    await h.store.insert(coll, doc)
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
}

/** The harness with the unit tree on the config document and the street-level people. */
export async function projectsHarness(): Promise<Harness> {
  const h = await harness()
  const cfg = await h.store.get<{ units?: UnitTree }>('config', 'main')
  if (!cfg?.units) await h.store.update('config', 'main', { units: TREE })
  for (const p of PEOPLE) await insertOnce(h, 'members', p)
  return h
}

/** `n` more party members of 望湖. */
export async function addMembers(h: Harness, prefix: string, n: number, communityId = 'c-wanghu'): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`)
  for (const [i, id] of ids.entries()) await insertOnce(h, 'members', person(id, `队员${prefix}${i + 1}`, communityId, [{ role: 'member', unitId: communityId }]))
  return ids
}

export const draft = (over: Partial<In<'projects', 'save'>> = {}): In<'projects', 'save'> => ({
  unitId: 'c-wanghu',
  title: '楼道微治理·红色楼栋长',
  goal: '在 8 幢到 12 幢推行红色楼栋长，清理楼道堆物，建立楼栋议事群。',
  startDate: '2026-11-01',
  endDate: '2027-01-31',
  milestones: [
    { title: '选出楼栋长', due: '2026-11-30' },
    { title: '清理楼道堆物', due: '2026-12-31' },
  ],
  ...over,
})

export const project = (h: Harness, id: string) => h.store.get<ProjectDoc>('projects', id) as Promise<ProjectDoc>
export const team = (h: Harness, id: string) => h.store.get<TeamDoc>('teams', id) as Promise<TeamDoc>

/** A fresh community project of 望湖 led by 陈红梅, published, claimed by 红马甲 (李建国 leads it) and started. */
export async function underWay(h: Harness, over: Partial<In<'projects', 'save'>> = {}): Promise<string> {
  const p = await h.ok('demo-secretary', 'projects', 'save', draft(over))
  await h.ok('demo-secretary', 'projects', 'move', { id: p.id, move: 'publish' })
  await h.ok('demo-member', 'projects', 'claim', { projectId: p.id, claimant: { kind: 'team', teamId: 'team-hongmajia' } })
  await h.ok('demo-secretary', 'projects', 'move', { id: p.id, move: 'start' })
  return p.id
}
