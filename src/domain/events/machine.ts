/**
 * The machines of the event menu: an event (published → cancelled, edited while published, by
 * the staff of its community) and a person's sign-up for it (joining, waiting, leaving, and the
 * system promoting the first waiter). Pure; the server decides every move with `checkMove`.
 */
import type { MachineDef } from '../machine'
import type { EventStatus, SignupStatus } from './rules'

export type EventMove = 'cancel' | 'edit'
/** staff (secretary or staff) of the event's community */
export type EventWho = 'staff'

export const EVENT: MachineDef<EventStatus, EventMove, EventWho> = {
  noun: '活动',
  names: { published: '已发布', cancelled: '已取消' },
  moves: {
    cancel: { from: ['published'], to: 'cancelled', who: ['staff'], wrongState: '这场活动已经取消了', notAllowed: '这场活动不属于您所在的社区' },
    edit: { from: ['published'], who: ['staff'], wrongState: '已取消的活动不能修改', notAllowed: '这场活动不属于您所在的社区' },
  },
}

/** A person's sign-up: 'none' until its document exists. */
export type SignupState = SignupStatus | 'none'
export type SignupMove = 'join' | 'wait' | 'leave' | 'promote'
/** the person the sign-up belongs to, or the system (promoting in waitlist order) */
export type SignupWho = 'self' | 'system'

const NOT_YOURS = '只能办理自己的报名'

export const SIGNUP: MachineDef<SignupState, SignupMove, SignupWho> = {
  noun: '报名',
  names: { none: '未报名', confirmed: '报名成功', waitlisted: '候补中', cancelled: '已取消' },
  moves: {
    join: { from: ['none', 'cancelled'], to: 'confirmed', who: ['self'], notAllowed: NOT_YOURS },
    wait: { from: ['none', 'cancelled'], to: 'waitlisted', who: ['self'], notAllowed: NOT_YOURS },
    leave: { from: ['confirmed', 'waitlisted'], to: 'cancelled', who: ['self'], notAllowed: NOT_YOURS },
    promote: { from: ['waitlisted'], to: 'confirmed', who: ['system'], notAllowed: '候补由系统按报名顺序递补', wrongState: '报名状态已变化，请刷新后重试' },
  },
  refuseState: (state, move) => {
    if (move === 'leave') return { code: 'NOT_FOUND', message: '您没有报名这场活动' }
    return { code: 'ALREADY_DONE', message: state === 'confirmed' ? '您已报名成功' : '您已在候补名单中' }
  },
}
