import { booking } from '../../../src/domain/contracts/booking'
import { action } from '../../_runtime/types'
import { serviceItem, type ServiceDoc } from '../catalog'

export const services = action({
  input: booking.services.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const page = await ctx.store.query<ServiceDoc>('services', {
      where: { active: true, ...(input.kind ? { kind: input.kind } : {}) },
      orderBy: [['sort', 'asc']],
      limit: 100,
    })
    return { items: page.items.map(serviceItem) }
  },
})
