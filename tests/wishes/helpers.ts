import type { Harness, In } from '../helpers/harness'

export const BENEFICIARY = { name: '马桂芳', phone: '13905741234', building: '4幢', address: '4幢2单元602' }

export const wishInput = (over: Partial<In<'wishes', 'post'>> = {}): In<'wishes', 'post'> => ({
  title: '想要一副老花镜',
  story: '马奶奶独居，看报纸、穿针都看不清了，想要一副合适的老花镜。',
  category: '助老',
  beneficiary: BENEFICIARY,
  ...over,
})

/** A wish posted by the resident and listed by staff. */
export async function listedWish(h: Harness, over: Partial<In<'wishes', 'post'>> = {}): Promise<string> {
  const { id } = await h.ok('demo-resident', 'wishes', 'post', wishInput(over))
  await h.ok('demo-staff', 'wishes', 'approve', { id })
  return id
}

/** Party members of the default community made directly in the store. */
export async function makeMembers(h: Harness, prefix: string, n: number): Promise<string[]> {
  const at = h.clock.now().toISOString()
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`)
  for (const [i, id] of ids.entries()) {
    await h.store.insert('members', { _id: id, name: `党员${prefix}${i}`, roles: ['member'], communityId: 'c-wanghu', points: 0, createdAt: at, updatedAt: at })
  }
  return ids
}
