import { events } from '../../../src/domain/contracts/events'
import { fail } from '../../../src/domain/errors'
import { action, type Ctx } from '../../_runtime/types'
import { loadEvent } from '../event-doc'
import { checkEventMove, editEvent } from '../event-moves'

/** Checks what staff write on an event: real base, sensible times, decent text. */
export async function checkEventFields(ctx: Ctx, f: { baseId?: string; startAt?: string; endAt?: string; title?: string; description?: string }, current?: { startAt: string; endAt: string }) {
  if (f.baseId !== undefined && !(await ctx.store.get('bases', f.baseId))) fail('NOT_FOUND', '没有这个组织生活阵地')
  const start = Date.parse(f.startAt ?? current?.startAt ?? '')
  const end = Date.parse(f.endAt ?? current?.endAt ?? '')
  if (!(end > start)) fail('INVALID_INPUT', '结束时间要晚于开始时间')
  if (f.startAt !== undefined && start <= ctx.clock.now().getTime()) fail('INVALID_INPUT', '开始时间已经过去了')
  await ctx.services.checkText([f.title ?? '', f.description ?? ''], ctx.caller)
}

/** Staff edit an event; capacity never drops below those already confirmed. */
export const update = action({
  input: events.update.input,
  roles: ['secretary', 'staff'],
  handler: async ({ id, ...fields }, ctx) => {
    const ev = await loadEvent(ctx, id)
    checkEventMove(ctx, ev, 'edit')
    await checkEventFields(ctx, fields, ev)
    const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
    for (const k of ['startAt', 'endAt'] as const) if (fields[k]) patch[k] = new Date(fields[k]).toISOString()
    await editEvent(ctx, id, patch, fields.capacity)
    return { id }
  },
})
