import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { loadSettings, requireWholeDistrict, SETTINGS } from '../load'
import { upsert } from '../upsert'

/** An admin changes the deadlines; they apply to whistles and verifications from now on. */
export const updateSettings = action({
  input: tickets.updateSettings.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    requireWholeDistrict(ctx)
    await upsert(ctx.store, SETTINGS, 'main', { ...input, updatedAt: ctx.clock.now().toISOString(), updatedBy: ctx.caller.openid })
    return loadSettings(ctx.store)
  },
})
