/** The step several sweeper jobs take for each thing due: a conditional write and its notice, once. */
import type { TxStore } from '../_store/port'
import { deliver, writeEffects, type MoveCtx } from '../_runtime/transition'
import type { Notice } from '../_runtime/types'

/**
 * Runs `claim` (a conditional write that answers false when another sweep got there first) and
 * writes the notice in the same transaction, then delivers it: a second or concurrent sweep sends
 * nothing twice and a crash loses no notice. Answers whether this sweep made the change.
 */
export async function claimAndNotify(ctx: MoveCtx, claim: (tx: TxStore) => Promise<boolean>, notice: Notice): Promise<boolean> {
  const notices = await ctx.store.transaction(async (tx) => {
    if (!(await claim(tx))) return null
    return writeEffects(tx, ctx, { notices: [notice] })
  })
  if (!notices) return false
  await deliver(ctx, notices)
  return true
}

/** The document to remind about and the status it must still have (`booked`, `confirmed`). */
export interface RemindTarget {
  coll: string
  id: string
  status: string
}

/** One reminder: `remindedAt` is set only while the status holds and nobody was reminded yet. */
export function remindOnce(ctx: MoveCtx, target: RemindTarget, at: Date, notice: Notice): Promise<boolean> {
  const mark = async (tx: TxStore) => (await tx.update(target.coll, target.id, { remindedAt: at.toISOString() }, { where: { status: target.status, remindedAt: null } })) > 0
  return claimAndNotify(ctx, mark, notice)
}
