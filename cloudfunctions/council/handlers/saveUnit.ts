import { randomUUID } from 'node:crypto'
import { council } from '../../../src/domain/contracts/council'
import { MEMBER_UNIT_MACHINE } from '../../../src/domain/council/machine'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { applyTransition, insertWith } from '../../_runtime/transition'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { displayName, isSteward, LIST_ITEMS, MAX_UNITS_SEEN, MEMBER_UNITS, PAIRINGS, unitView, type ListItemDoc, type MemberUnitDoc, type PairingDoc } from '../council'
import { LIVE_STATES } from '../../../src/domain/council/machine'

/**
 * A secretary or staff adds a member unit to the 大党委 of their community or street, or edits one.
 * The 兼职委员 are people of the unit; each item of the unit still to do carries their openids
 * (for the detail page's buttons: the moves themselves check the unit).
 */
export const saveUnit = action({
  input: council.saveUnit.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { caller } = ctx
    const level = caller.units[input.unitId]?.level
    if (level !== 'community' && level !== 'street') fail('INVALID_INPUT', '成员单位只能挂在社区或街道')
    if (!isSteward(caller, input.unitId)) fail('FORBIDDEN', '您只能在本社区或本街道登记成员单位')
    const committee = input.committee ?? []
    if (new Set(committee.map((c) => c.openid)).size !== committee.length) fail('INVALID_INPUT', '兼职委员有重复的人')
    if (committee.length) {
      const found = await ctx.store.getMany<MemberDoc>('members', committee.map((c) => c.openid))
      const missing = committee.find((c) => !found.has(c.openid))
      if (missing) fail('NOT_FOUND', `没有找到兼职委员 ${missing.name}，请从党员中选择`)
    }
    const fields = { unitId: input.unitId, kind: input.kind, name: input.name, partyOrg: input.partyOrg, contactName: input.contactName, contactPhone: input.contactPhone, committee }
    const at = ctx.clock.now().toISOString()
    const by = { at, by: caller.openid, byName: displayName(caller) }

    if (!input.id) {
      const doc: MemberUnitDoc = { _id: `mu-${randomUUID().replace(/-/g, '').slice(0, 16)}`, ...fields, state: 'active', version: 1, timeline: [{ ...by, action: 'create' }], createdBy: caller.openid, createdAt: at, updatedAt: at }
      await ctx.services.checkText([input.name, input.partyOrg, input.contactName, ...committee.flatMap((c) => [c.name, c.title])], caller)
      await insertWith(ctx, MEMBER_UNITS, doc, {})
      return unitView(doc, caller.units, true, [])
    }

    await ctx.services.checkText([input.name, input.partyOrg, input.contactName, ...committee.flatMap((c) => [c.name, c.title])], caller)
    const { after } = await applyTransition<MemberUnitDoc>(
      ctx,
      {
        coll: MEMBER_UNITS,
        notFound: '没有找到这家成员单位',
        decide: (u) => {
          const to = checkMove(MEMBER_UNIT_MACHINE, 'edit', u.state, () => isSteward(caller, u.unitId))
          return { to, patch: fields, entry: { ...by, action: 'edit' } }
        },
      },
      input.id,
    )
    // the items still to do carry the unit's 兼职委员 (a summary; the moves read the unit itself)
    const [items, pairs] = await Promise.all([
      ctx.store.queryAll<ListItemDoc>(LIST_ITEMS, { where: { memberUnitId: after._id, state: { $in: [...LIVE_STATES] } } }, { max: MAX_UNITS_SEEN }),
      ctx.store.queryAll<PairingDoc>(PAIRINGS, { where: { memberUnitId: after._id } }, { max: MAX_UNITS_SEEN }),
    ])
    const openids = committee.map((c) => c.openid)
    for (const i of items) await ctx.store.update(LIST_ITEMS, i._id, { committeeOpenids: openids, ownerName: input.name, updatedAt: at })
    return unitView(after, caller.units, true, pairs.map((p) => p.communityId))
  },
})
