import { randomUUID } from 'node:crypto'
import { council } from '../../../src/domain/contracts/council'
import { yearOf } from '../../../src/domain/council/machine'
import { fail } from '../../../src/domain/errors'
import { atLocal } from '../../../src/domain/time'
import type { MemberDoc } from '../../_runtime/identity'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { communityOf, displayName, isSteward, itemView, LIST_ITEMS, MEMBER_UNITS, type ListItemDoc, type MemberUnitDoc } from '../council'

/**
 * A secretary or staff adds to one of the lists at their community or street: an offer (what a
 * member unit gives: people, rooms, money, skills), a need entered by staff, or a commitment of a
 * member unit or of an in-service party member for the year, with its due date.
 */
export const add = action({
  input: council.add.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { caller } = ctx
    const level = caller.units[input.unitId]?.level
    if (!level || level === 'grid') fail('INVALID_INPUT', '请选择社区、街道或区')
    if (!isSteward(caller, input.unitId)) fail('FORBIDDEN', '您只能在本社区或本街道的清单里添加')
    if (input.kind === 'offer' && !input.offerType) fail('INVALID_INPUT', '请选择资源类型（人员、场地、资金、技能）')
    if (input.kind === 'commitment' && !input.memberUnitId === !input.openid) fail('INVALID_INPUT', '承诺请选择一家成员单位或一位党员')
    if (input.kind === 'commitment' && !input.dueAt) fail('INVALID_INPUT', '承诺请填写完成期限')
    if (input.kind === 'need' && (input.memberUnitId || input.openid)) fail('INVALID_INPUT', '需求不属于某家单位，请对接时再选择')
    const now = ctx.clock.now()
    const dueAt = input.dueAt ? atLocal(input.dueAt, '23:59').toISOString() : undefined
    if (dueAt && input.kind === 'commitment' && Date.parse(dueAt) < now.getTime()) fail('INVALID_INPUT', '完成期限不能早于今天')
    const year = input.year ?? yearOf(dueAt ?? now)
    if (dueAt && yearOf(dueAt) !== year) fail('INVALID_INPUT', '完成期限应在承诺的年度之内')

    const [unit, member] = await Promise.all([
      input.memberUnitId ? ctx.store.get<MemberUnitDoc>(MEMBER_UNITS, input.memberUnitId) : Promise.resolve(null),
      input.openid ? ctx.store.get<MemberDoc>('members', input.openid) : Promise.resolve(null),
    ])
    if (input.memberUnitId && !unit) fail('NOT_FOUND', '没有找到这家成员单位')
    if (input.openid && (!member || !member.roles.includes('member'))) fail('NOT_FOUND', '本社区没有这位党员')
    await ctx.services.checkText([input.title, input.detail], caller)

    const at = now.toISOString()
    const communityId = communityOf(caller.units, input.unitId, unit)
    const ownerName = unit?.name ?? member?.name ?? caller.units[input.unitId]?.name ?? ''
    const doc: ListItemDoc = {
      _id: `li-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      kind: input.kind,
      unitId: input.unitId,
      ...(communityId ? { communityId } : {}),
      title: input.title,
      detail: input.detail,
      state: 'open',
      year,
      ...(input.kind === 'offer' ? { offerType: input.offerType } : {}),
      ...(input.kind === 'need' ? { source: { kind: 'staff' as const } } : {}),
      ...(unit ? { memberUnitId: unit._id, committeeOpenids: unit.committee.map((c) => c.openid) } : {}),
      ...(member ? { openid: member._id } : {}),
      ownerName,
      ...(dueAt ? { dueAt } : {}),
      progressCount: 0,
      version: 1,
      timeline: [{ at, by: caller.openid, byName: displayName(caller), action: 'create' }],
      createdBy: caller.openid,
      createdAt: at,
      updatedAt: at,
    }
    const notices = member && input.kind === 'commitment' ? [{ id: `council-commit:${doc._id}`, to: member._id, template: 'council', title: '您的年度承诺已登记', body: `${input.title}，期限 ${input.dueAt}`, page: `/packages/council/pages/item/index?id=${doc._id}` }] : []
    await insertWith(ctx, LIST_ITEMS, doc, { notices })
    return itemView(doc, caller.units, now)
  },
})
