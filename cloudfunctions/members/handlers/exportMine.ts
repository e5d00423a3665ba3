import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { writeAudit } from '../audit'
import { MAX_PER_SOURCE, PERSONAL_DATA } from '../personal-data'
import { profileOf } from '../profile'

/** Everything stored about the caller, as one JSON document they can keep. */
export const exportMine = action({
  input: members.exportMine.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    const me = ctx.caller.openid
    const records = []
    for (const src of PERSONAL_DATA) {
      const items = await ctx.store.queryAll(src.collection, { where: { [src.field]: me } }, { max: MAX_PER_SOURCE })
      records.push({ collection: src.collection, label: src.label, items })
    }
    await writeAudit(ctx, 'exportMine', me, {})
    return { exportedAt: ctx.clock.now().toISOString(), profile: await profileOf(ctx.store, me), records }
  },
})
