import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { loadSettings } from '../load'

/** The deadlines in force (defaults until an admin changes them). */
export const settings = action({
  input: tickets.settings.input,
  roles: ['secretary', 'staff', 'admin', 'liaison'],
  handler: (_input, ctx) => loadSettings(ctx.store),
})
