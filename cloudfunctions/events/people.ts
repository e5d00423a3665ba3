/** How a person is named in the events' lists: from their member profile. */
import type { Ctx } from '../_runtime/types'

export async function nameOf(ctx: Ctx, openid: string): Promise<{ name: string; branch?: string }> {
  const m = await ctx.store.get('members', openid)
  return { name: (m?.name as string | undefined) ?? '未留名', branch: m?.branch as string | undefined }
}
