import { z } from 'zod'
import { visits } from '../../../src/domain/contracts/visits'
import { AppError, fail } from '../../../src/domain/errors'
import { visitDateProblem, visitInstant } from '../../../src/domain/visits/calendar'
import { withVisit } from '../../../src/domain/visits/pace'
import { op } from '../../_store/port'
import { ATTEMPTS } from '../../_runtime/transition'
import { action, type Ctx } from '../../_runtime/types'
import { submit } from '../../tickets/handlers/submit'
import { post } from '../../wishes/handlers/post'
import { addressOf, displayName, HOUSEHOLDS, viewerOf, visibleHousehold, VISITS, type HouseholdDoc, type VisitDoc } from '../household'

type Input = z.output<typeof visits.log.input>
type FollowUp = NonNullable<Input['followUp']>

class Lost extends Error {}

/**
 * A member records a visit to a household they link (or the grid's roles / staff do). The visit's
 * id comes from the form's request id, so a double tap or a resend records one visit; the
 * household's visit days are updated in the same transaction, conditioned on its version.
 * A follow-up becomes a 诉求 ticket or a 微心愿 through those features' own submit paths.
 */
export const log = action({
  input: visits.log.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const viewer = await viewerOf(ctx)
    // whoever may see the household may log a visit to it (mayLogVisit)
    const h0 = await visibleHousehold(ctx, viewer, input.householdId)
    const problem = visitDateProblem(input.date, ctx.clock.now())
    if (problem) fail('INVALID_INPUT', problem)
    if (input.followUp?.kind === 'ticket' && !input.followUp.category) fail('INVALID_INPUT', '转为诉求时请选择问题类别')
    await ctx.services.checkText([input.found, input.followUp?.title ?? '', input.followUp?.text ?? ''], ctx.caller)

    const id = `visit:${input.requestId}`
    const prior = await ctx.store.get<VisitDoc>(VISITS, id)
    if (prior) return repeat(prior, ctx, input)
    const at = ctx.clock.now().toISOString()
    const doc: VisitDoc = {
      _id: id,
      householdId: h0._id,
      communityId: h0.communityId,
      gridId: h0.gridId,
      visitedAt: visitInstant(input.date),
      by: ctx.caller.openid,
      byName: displayName(ctx.caller),
      found: input.found,
      photos: input.photos ?? [],
      createdAt: at,
    }
    let household: HouseholdDoc | undefined
    for (let attempt = 0; attempt < ATTEMPTS && !household; attempt++) {
      try {
        household = await ctx.store.transaction(async (tx) => {
          const h = await tx.get<HouseholdDoc>(HOUSEHOLDS, h0._id)
          if (!h) fail('NOT_FOUND', '没有找到这一户')
          await tx.insert(VISITS, doc)
          const summary = withVisit(h, doc.visitedAt)
          const changed = await tx.update(HOUSEHOLDS, h._id, { ...summary, version: op.inc(1), updatedAt: at }, { where: { version: h.version } })
          if (!changed) throw new Lost()
          return h
        })
      } catch (e) {
        if (e instanceof Lost) continue
        if (e instanceof AppError && e.code === 'CONFLICT') {
          const won = await ctx.store.get<VisitDoc>(VISITS, id)
          if (won) return repeat(won, ctx, input)
        }
        throw e
      }
    }
    if (!household) fail('CONFLICT', '同时记录的人太多，请稍后重试')
    if (!input.followUp) return { id, deduped: false }
    const followUp = await raise(ctx, household, input.followUp, doc.photos)
    await ctx.store.update(VISITS, id, { followUp: { ...followUp, title: input.followUp.title } })
    return { id, deduped: false, followUp }
  },
})

/** The same request again: the visit already recorded, if it is the caller's. */
function repeat(v: VisitDoc, ctx: Ctx, input: Input) {
  if (v.by !== ctx.caller.openid || v.householdId !== input.householdId) fail('CONFLICT', '请求编号已被使用，请重新打开表单')
  return { id: v._id, deduped: true, ...(v.followUp ? { followUp: { kind: v.followUp.kind, id: v.followUp.id } } : {}) }
}

async function raise(ctx: Ctx, h: HouseholdDoc, f: FollowUp, photos: string[]): Promise<{ kind: 'ticket' | 'wish'; id: string }> {
  const address = addressOf(h).slice(0, 100)
  if (f.kind === 'ticket') {
    const t = await submit.handler({ title: f.title, description: f.text, category: f.category!, location: { address }, images: photos }, ctx)
    return { kind: 'ticket', id: t.id }
  }
  const beneficiary = { name: h.headName, building: h.building, address: address.slice(0, 80), ...(h.phone ? { phone: h.phone } : {}) }
  const w = await post.handler({ title: f.title, story: f.text, beneficiary, images: photos }, ctx)
  return { kind: 'wish', id: w.id }
}
