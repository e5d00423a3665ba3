import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import type { Patch } from '../../_store/port'
import { writeAudit } from '../audit'
import { MAX_PER_SOURCE, PERSONAL_DATA, PROFILE_FIELDS } from '../personal-data'

/**
 * Removes the caller's personal information: the profile's name, phone, building and the like,
 * and the personal parts of their records in every feature (PERSONAL_DATA). Records other people
 * depend on (a ticket's timeline, a booking's slot) stay, without the person's details.
 */
export const deleteMine = action({
  input: members.deleteMine.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    const me = ctx.caller.openid
    const now = ctx.clock.now().toISOString()
    const clear: Patch = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, undefined]))
    const deleted = (await ctx.store.update('members', me, { ...clear, deletedAt: now, updatedAt: now })) === 1
    let scrubbed = 0
    for (const src of PERSONAL_DATA) {
      if (!src.scrub) continue
      const mine = await ctx.store.queryAll(src.collection, { where: { [src.field]: me } }, { max: MAX_PER_SOURCE })
      for (const doc of mine) scrubbed += await ctx.store.update(src.collection, doc._id, src.scrub)
    }
    // the name just deleted is not copied into the log
    await writeAudit(ctx, 'deleteMine', me, { scrubbed }, { byName: '', targetName: '' })
    return { deleted, scrubbed }
  },
})
