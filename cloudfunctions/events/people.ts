/** How a person is named in the events' lists: from their member profile. */
import type { Ctx } from '../_runtime/types'
import type { Doc } from '../_store/port'

const personName = (m: Doc | undefined) => ({ name: (m?.name as string | undefined) ?? '未留名', branch: m?.branch as string | undefined })

export async function nameOf(ctx: Ctx, openid: string): Promise<{ name: string; branch?: string }> {
  return personName((await ctx.store.get('members', openid)) ?? undefined)
}

/** Names of many people in one batch read: a lookup by openid. */
export async function namesOf(ctx: Ctx, openids: string[]): Promise<(openid: string) => { name: string; branch?: string }> {
  const people = await ctx.store.getMany('members', openids)
  return (openid) => personName(people.get(openid))
}
