import { events } from '../../../src/domain/contracts/events'
import { AppError, fail } from '../../../src/domain/errors'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { pairId } from '../pair-id'
import type { ThemeDoc } from '../theme-doc'

/**
 * One vote per member per theme: the vote's id is theme:openid, written with the count in one
 * transaction. The vote keeps its theme's month, so a month's menu finds the caller's votes
 * alongside the themes.
 */
export const voteTheme = action({
  input: events.voteTheme.input,
  roles: ['member'],
  handler: async ({ themeId }, ctx) => {
    const theme = await ctx.store.get<ThemeDoc>('themes', themeId)
    if (!theme || theme.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有找到这个主题')
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.insert('theme_votes', { _id: pairId(themeId, ctx.caller.openid), themeId, openid: ctx.caller.openid, monthAt: theme.monthAt, at: ctx.clock.now().toISOString() })
        await tx.update('themes', themeId, { votes: op.inc(1) })
      })
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT') fail('ALREADY_DONE', '您已经为这个主题投过票了')
      throw e
    }
    return { id: themeId, votes: (await ctx.store.get<ThemeDoc>('themes', themeId))!.votes }
  },
})
