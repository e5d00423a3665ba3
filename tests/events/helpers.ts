import { createHmac } from 'node:crypto'
import { signToken } from '../../src/domain/checkin/token'
import type { Harness } from '../helpers/harness'

/** Tokens as the server signs them in tests (the harness secret is 'test-secret'). */
export const hmac = (m: string) => createHmac('sha256', 'test-secret').update(m).digest('hex')

export function tokenAt(eventId: string, atMs: number): string {
  return signToken('checkin', eventId, atMs, hmac).token
}

/** Staff publish an event starting `inMin` minutes from the harness clock. */
export async function newEvent(h: Harness, over: { capacity?: number; openTo?: 'members' | 'all'; inMin?: number; points?: number } = {}) {
  const start = h.clock.now().getTime() + (over.inMin ?? 24 * 60) * 60_000
  const { id } = await h.ok('demo-secretary', 'events', 'create', {
    title: '重温入党誓词',
    theme: '主题党日',
    baseId: 'base-wanghu-center',
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + 90 * 60_000).toISOString(),
    capacity: over.capacity ?? 10,
    openTo: over.openTo ?? 'members',
    points: over.points ?? 3,
  })
  return id
}

/** Makes `n` party members m-t-0 … m-t-(n-1). */
export async function makeMembers(h: Harness, prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`)
  for (const id of ids) await h.ok('demo-admin', 'members', 'grantRole', { openid: id, role: 'member' })
  return ids
}
