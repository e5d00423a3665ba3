/** council: 大党委 member units, 结对共建 and 三张清单 (党建共建清单, 群众服务需求清单, 职责承诺清单) — docs/council.md. */
import { z } from 'zod'
import { LIST_STATES } from '../council/machine'
import { LIST_KINDS, MEMBER_UNIT_KINDS, NEED_SOURCES, OFFER_TYPES } from '../council/model'
import { id, imageUrl, openid, pageInput, pageOf, phone, requiredText, text, timelineEntry } from './common'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const year = z.number().int().min(2000).max(2100)
const kind = z.enum(LIST_KINDS, '请选择清单类型')
const photos = z.array(imageUrl).max(9, '最多 9 张照片')

const seat = z.object({ openid, name: requiredText(20), title: requiredText(30) }).strict()

export const memberUnit = z.object({
  id: z.string(),
  /** the community or street the unit is attached to */
  unitId: z.string(),
  unitName: z.string(),
  kind: z.enum(MEMBER_UNIT_KINDS),
  kindName: z.string(),
  name: z.string(),
  partyOrg: z.string(),
  contactName: z.string(),
  /** masked unless the viewer may edit the unit */
  contactPhone: z.string(),
  committee: z.array(z.object({ openid: z.string(), name: z.string(), title: z.string() })),
  /** names of the communities it is paired with */
  pairedWith: z.array(z.string()),
})

export const pairing = z.object({
  id: z.string(),
  memberUnitId: z.string(),
  memberUnitName: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  what: z.string(),
  from: z.string(),
  to: z.string(),
  active: z.boolean(),
})

export const listItem = z.object({
  id: z.string(),
  kind,
  unitId: z.string(),
  unitName: z.string(),
  communityId: z.string().optional(),
  title: z.string(),
  detail: z.string(),
  state: z.enum(LIST_STATES),
  stateName: z.string(),
  year: z.number(),
  offerType: z.enum(OFFER_TYPES).optional(),
  source: z.object({ kind: z.enum(NEED_SOURCES), id: z.string().optional() }).optional(),
  memberUnitId: z.string().optional(),
  openid: z.string().optional(),
  /** the member unit or the party member it belongs to */
  ownerName: z.string(),
  dueAt: z.string().optional(),
  doneAt: z.string().optional(),
  overdue: z.boolean(),
  matchedTo: z.object({ kind: z.enum(['offer', 'commitment']), id: z.string(), title: z.string(), unitName: z.string() }).optional(),
  progressCount: z.number(),
  createdAt: z.string(),
})

const byId = z.object({ id }).strict()

export const council = {
  /** the member units the caller may see (own community or street and those above), and the pairings of the caller's communities */
  units: {
    input: z.object({ unitId: id.optional() }).strict(),
    output: z.object({
      items: z.array(memberUnit),
      pairings: z.array(pairing),
      /** the communities and streets where the caller may add units (empty: read only) */
      canEditIn: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  },
  /** one member unit with its pairings and list items */
  unit: {
    input: byId,
    output: memberUnit.extend({
      canEdit: z.boolean(),
      pairings: z.array(pairing),
      items: z.array(listItem),
      /** the communities the caller may pair the unit with */
      pairIn: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  },
  /** a secretary or staff adds (no id) or edits a member unit */
  saveUnit: {
    input: z
      .object({
        id: id.optional(),
        unitId: id,
        kind: z.enum(MEMBER_UNIT_KINDS, '请选择单位类型'),
        name: requiredText(40),
        partyOrg: requiredText(40),
        contactName: requiredText(20),
        contactPhone: phone,
        committee: z.array(seat).max(10, '兼职委员最多 10 位').optional(),
      })
      .strict(),
    output: memberUnit,
  },
  /** 结对共建: a member unit paired with a community under a 共建协议 */
  pair: {
    input: z
      .object({ memberUnitId: id, communityId: id, what: requiredText(200), from: date, to: date })
      .strict()
      .refine((p) => p.from <= p.to, '协议结束日期不能早于开始日期'),
    output: pairing,
  },
  /** one of the three lists, the latest first; `live` keeps the ones still to do */
  lists: {
    input: pageInput.extend({ kind, state: z.enum([...LIST_STATES, 'live']).optional() }).strict(),
    output: pageOf(listItem),
  },
  item: {
    input: byId,
    output: listItem.extend({
      timeline: z.array(timelineEntry),
      /** for an offer or a commitment: the needs met from it */
      needs: z.array(listItem),
      moves: z.array(z.enum(['match', 'progress', 'finish', 'cancel'])),
    }),
  },
  /** a need's match page: the need, and the offers and commitments it may be matched to */
  candidates: {
    input: z.object({ needId: id }).strict(),
    output: z.object({ need: listItem, offers: z.array(listItem), commitments: z.array(listItem) }),
  },
  /** a secretary or staff adds an offer, a need (entered by staff) or a commitment */
  add: {
    input: z
      .object({
        kind,
        /** the community or street the item belongs to */
        unitId: id,
        title: requiredText(40),
        detail: requiredText(500),
        offerType: z.enum(OFFER_TYPES).optional(),
        memberUnitId: id.optional(),
        /** a commitment of an in-service party member */
        openid: openid.optional(),
        year: year.optional(),
        dueAt: date.optional(),
      })
      .strict(),
    output: listItem,
  },
  /** takes a wish, a ticket or a survey as a need; the same source twice makes one need */
  takeNeed: {
    input: z.object({ source: z.object({ kind: z.enum(['wish', 'ticket', 'survey'], '请选择需求来源'), id }).strict(), detail: text(500).optional() }).strict(),
    output: z.object({ item: listItem, deduped: z.boolean() }),
  },
  /** matches a need to an offer or a commitment (the match is written on the need) */
  match: {
    input: z.object({ needId: id, to: z.object({ kind: z.enum(['offer', 'commitment']), id }).strict(), note: text(200).optional() }).strict(),
    output: listItem,
  },
  /** records progress (note, photos); `done` finishes the item, with evidence */
  progress: {
    input: z.object({ id, note: requiredText(500), images: photos.optional(), done: z.boolean().optional() }).strict(),
    output: listItem,
  },
  cancel: { input: z.object({ id, reason: requiredText(200) }).strict(), output: listItem },
  /** party members of the communities the caller acts on, to seat as 兼职委员 or to hold a commitment */
  people: {
    input: z.object({ q: text(20).optional() }).strict(),
    output: z.object({ items: z.array(z.object({ openid: z.string(), name: z.string(), communityName: z.string(), branch: z.string().optional() })) }),
  },
  /** 回头看: the year's commitments per member unit or member: kept (done by the due date), late, overdue, open */
  review: {
    input: z.object({ year }).strict(),
    output: z.object({
      year: z.number(),
      rows: z.array(
        z.object({ key: z.string(), name: z.string(), kept: z.number(), late: z.number(), open: z.number(), overdue: z.number(), total: z.number(), items: z.array(listItem) }),
      ),
      totals: z.object({ kept: z.number(), late: z.number(), open: z.number(), overdue: z.number(), total: z.number() }),
    }),
  },
}

export type MemberUnitView = z.infer<typeof memberUnit>
export type PairingView = z.infer<typeof pairing>
export type ListItemView = z.infer<typeof listItem>
export type ItemDetail = z.output<typeof council.item.output>
export type UnitDetail = z.output<typeof council.unit.output>
export type Review = z.output<typeof council.review.output>
