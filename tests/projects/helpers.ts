import { AppError } from '../../src/domain/errors'
import type { ProjectDoc } from '../../cloudfunctions/projects/project'
import type { TeamDoc } from '../../cloudfunctions/projects/team'
import { harness, type Harness, type In } from '../helpers/harness'

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

/** Party members of 河畔 and of 云溪 (the other street), besides the demo people of the seeds. */
export const PEOPLE = [person('t-member-yunxi', '云溪党员', 'c-yunxi', [{ role: 'member', unitId: 'c-yunxi' }]), person('t-member-hepan', '河畔党员', 'c-hepan', [{ role: 'member', unitId: 'c-hepan' }])]

async function insertOnce(h: Harness, coll: string, doc: { _id: string; [k: string]: unknown }) {
  try {
    await h.store.insert(coll, doc)
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
}

/** The seeded harness (two streets under 明州区) with a party member of 河畔 and one of 云溪. */
export async function projectsHarness(): Promise<Harness> {
  const h = await harness()
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

/** A 大党委 member unit document (member_units) of `unitId`, as the council feature keeps it. */
export const memberUnit = (id: string, name: string, unitId = 'c-wanghu') => ({
  _id: id,
  unitId,
  kind: 'resident_unit',
  name,
  partyOrg: `${name}党支部`,
  contactName: '联系人',
  contactPhone: '13800000000',
  committee: [],
  state: 'active',
  version: 1,
  timeline: [],
  createdBy: 'demo-street-secretary',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
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
