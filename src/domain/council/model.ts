/** 大党委 and 三张清单: member units, 结对共建 and the three lists (docs/council.md). Pure. */

export const MEMBER_UNIT_KINDS = ['resident_unit', 'new_org', 'school', 'public_body', 'property'] as const
export type MemberUnitKind = (typeof MEMBER_UNIT_KINDS)[number]
export const MEMBER_UNIT_KIND_NAMES: Record<MemberUnitKind, string> = {
  resident_unit: '驻区单位',
  new_org: '两新组织',
  school: '学校',
  public_body: '机关事业单位',
  property: '物业',
}

export const LIST_KINDS = ['offer', 'need', 'commitment'] as const
export type ListKind = (typeof LIST_KINDS)[number]
export const LIST_KIND_NAMES: Record<ListKind, string> = { offer: '党建共建清单', need: '群众服务需求清单', commitment: '职责承诺清单' }
export const LIST_KIND_SHORT: Record<ListKind, string> = { offer: '资源', need: '需求', commitment: '承诺' }

/** what an offer gives */
export const OFFER_TYPES = ['people', 'room', 'money', 'skill'] as const
export type OfferType = (typeof OFFER_TYPES)[number]
export const OFFER_TYPE_NAMES: Record<OfferType, string> = { people: '人员', room: '场地', money: '资金', skill: '技能' }

export const NEED_SOURCES = ['wish', 'ticket', 'survey', 'staff'] as const
export type NeedSource = (typeof NEED_SOURCES)[number]
export const NEED_SOURCE_NAMES: Record<NeedSource, string> = { wish: '微心愿', ticket: '诉求建议', survey: '问卷调研', staff: '社工录入' }

/** The deterministic id of a need taken from a wish, a ticket or a survey: taking it twice makes one need. */
export const needIdOf = (kind: Exclude<NeedSource, 'staff'>, id: string) => `need:${kind}:${id}`

export interface CommitteeSeat {
  openid: string
  name: string
  /** e.g. 兼职委员、党支部书记 */
  title: string
}

/** Whether `openid` sits on the unit's 大党委 (兼职委员). */
export const onCommittee = (unit: { committee?: readonly CommitteeSeat[] } | null | undefined, openid: string) => !!unit?.committee?.some((c) => c.openid === openid)
