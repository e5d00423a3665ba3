import { booking } from '../../../src/domain/contracts/booking'
import { action } from '../../_runtime/types'
import { MAX_SERVICES, serviceItem, type ServiceDoc } from '../catalog'

export const services = action({
  input: booking.services.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const all = await ctx.store.queryAll<ServiceDoc>('services', { where: { active: true, ...(input.kind ? { kind: input.kind } : {}) }, orderBy: [['sort', 'asc']] }, { max: MAX_SERVICES })
    return { items: all.map(serviceItem) }
  },
})
