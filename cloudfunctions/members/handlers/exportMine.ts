import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import type { Doc } from '../../_store/port'
import { writeAudit } from '../audit'
import { PERSONAL_DATA } from '../personal-data'
import { profileOf } from '../profile'

const MAX_PER_COLLECTION = 500

/** Everything stored about the caller, as one JSON document they can keep. */
export const exportMine = action({
  input: members.exportMine.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    const me = ctx.caller.openid
    const records = []
    for (const src of PERSONAL_DATA) {
      const items: Doc[] = []
      let after: string | undefined
      do {
        const page = await ctx.store.query(src.collection, { where: { [src.field]: me }, limit: 100, after })
        items.push(...page.items)
        after = items.length < MAX_PER_COLLECTION ? page.next : undefined
      } while (after)
      records.push({ collection: src.collection, label: src.label, items })
    }
    await writeAudit(ctx, 'exportMine', me, {})
    return { exportedAt: ctx.clock.now().toISOString(), profile: await profileOf(ctx.store, me), records }
  },
})
