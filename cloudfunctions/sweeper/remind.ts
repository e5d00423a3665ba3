/** The one step both reminder jobs take for each booking or sign-up that is due. */
import { deliver, writeEffects, type MoveCtx } from '../_runtime/transition'
import type { Notice } from '../_runtime/types'

/** The document to remind about and the status it must still have (`booked`, `confirmed`). */
export interface RemindTarget {
  coll: string
  id: string
  status: string
}

/**
 * Sets `remindedAt` by a conditional update (the status still holds, not reminded yet) in the same
 * transaction that writes the notice, then delivers it: a second or concurrent sweep sends nothing
 * twice and a crash loses no reminder. Answers whether this sweep sent it.
 */
export async function remindOnce(ctx: MoveCtx, target: RemindTarget, at: Date, notice: Notice): Promise<boolean> {
  const notices = await ctx.store.transaction(async (tx) => {
    if (!(await tx.update(target.coll, target.id, { remindedAt: at.toISOString() }, { where: { status: target.status, remindedAt: null } }))) return null
    return writeEffects(tx, ctx, { notices: [notice] })
  })
  if (!notices) return false
  await deliver(ctx, notices)
  return true
}
