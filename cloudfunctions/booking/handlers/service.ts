import { booking } from '../../../src/domain/contracts/booking'
import { action } from '../../_runtime/types'
import { getService, serviceItem } from '../catalog'

export const service = action({
  input: booking.service.input,
  roles: 'anyone',
  handler: async (input, ctx) => serviceItem(await getService(ctx, input.id)),
})
