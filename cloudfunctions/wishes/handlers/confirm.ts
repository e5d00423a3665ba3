import { wishes } from '../../../src/domain/contracts/wishes'
import { AppError } from '../../../src/domain/errors'
import { POINT_REASONS } from '../../../src/domain/points'
import { local } from '../../../src/domain/time'
import { WISH_POINTS, wishAward } from '../../../src/domain/wishes/machine'
import { action, type Ctx } from '../../_runtime/types'
import { awardPoints } from '../../members/ledger'
import { countScore, ensureSummary } from '../satisfaction'
import { applyWish, respond, wishNotice, type WishDoc } from '../wish'

/**
 * The poster confirms with a 满意度 score (and thanks); the score, the community's summary
 * counters, the claimer's points and notice are written with the confirmation.
 */
export const confirm = action({
  input: wishes.confirm.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    if (input.thanks) await ctx.services.checkText([input.thanks], ctx.caller)
    const at = ctx.clock.now().toISOString()
    await ensureSummary(ctx.store, ctx.caller.communityId)
    try {
      const wish = await applyWish(ctx, input.id, 'confirm', (w) => ({
        patch: { confirmedAt: at, score: input.score, ...(input.thanks ? { thanks: input.thanks } : {}) },
        note: input.thanks,
        also: (tx) => countScore(tx, w.communityId, input.score),
        effects: {
          awards: [wishAward({ _id: w._id, title: w.title, claimer: w.claimer! })],
          duty: [{ openid: w.claimer!, communityId: w.communityId, year: local(at).year(), wishes: 1 }],
          notices: [wishNotice(w.claimer!, w._id, `心愿圆梦，${POINT_REASONS.wish} +${WISH_POINTS} 分`, input.thanks ?? w.title)],
        },
      }))
      return respond(ctx, wish)
    } catch (e) {
      if (e instanceof AppError && e.code === 'ALREADY_DONE') await healAward(ctx, input.id)
      throw e
    }
  },
})

/**
 * Wishes confirmed before the award was written with the confirmation could have lost it to a
 * crash; the poster's retry gives it (the ledger id makes it once-only).
 */
async function healAward(ctx: Ctx, id: string): Promise<void> {
  const w = await ctx.store.get<WishDoc>('wishes', id)
  if (w?.claimer) await awardPoints(ctx.store, ctx.clock, wishAward({ _id: w._id, title: w.title, claimer: w.claimer }))
}
