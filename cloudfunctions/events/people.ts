/** How a person is named in the events' lists: from their member profile. */
import type { Ctx } from '../_runtime/types'
import type { Doc } from '../_store/port'

const personName = (m: Doc | undefined) => ({ name: (m?.name as string | undefined) ?? '未留名', branch: m?.branch as string | undefined })

/** The name a sign-up or check-in keeps (written with it, so lists need no profile reads); nothing when the profile has none. */
export function keptName(m: Doc | null | undefined): { name?: string; branch?: string } {
  return typeof m?.name === 'string' ? { name: m.name, ...(typeof m.branch === 'string' ? { branch: m.branch } : {}) } : {}
}

/**
 * Names for documents that keep one (sign-ups, check-ins): their own, and the profile's in one
 * batch only for those written before names were kept.
 */
export async function keptNamesOf(ctx: Ctx, docs: { openid: string; name?: unknown; branch?: unknown }[]) {
  const missing = docs.filter((d) => typeof d.name !== 'string').map((d) => d.openid)
  const fallback = missing.length ? await namesOf(ctx, missing) : () => personName(undefined)
  const kept = new Map(docs.filter((d) => typeof d.name === 'string').map((d) => [d.openid, { name: d.name as string, branch: d.branch as string | undefined }]))
  return (openid: string) => kept.get(openid) ?? fallback(openid)
}

export async function nameOf(ctx: Ctx, openid: string): Promise<{ name: string; branch?: string }> {
  return personName((await ctx.store.get('members', openid)) ?? undefined)
}

/** Names of many people in one batch read: a lookup by openid. */
export async function namesOf(ctx: Ctx, openids: string[]): Promise<(openid: string) => { name: string; branch?: string }> {
  const people = await ctx.store.getMany('members', openids)
  return (openid) => personName(people.get(openid))
}
