/**
 * A booking's machine: who may move a booking, from which state, to which — and the time rules
 * that come with each move (the booker's cancel cut-off, staff marking only once it started).
 * Pure: the server decides every move of a booking with `decideBookingMove`.
 */
import { fail } from '../errors'
import { checkMove, type MachineDef } from '../machine'
import { formatLocal } from '../time'
import { STATUS_NAMES, type BookingStatus } from './rules'

export type BookingMove = 'cancel' | 'staffCancel' | 'markDone' | 'markNoShow' | 'rate'
export type BookingWho = 'booker' | 'staff'

export const MOVE_NAMES: Record<BookingMove, string> = {
  cancel: '取消',
  staffCancel: '取消',
  markDone: '标记完成',
  markNoShow: '标记未到',
  rate: '评价',
}

const NOT_ALLOWED = '您没有权限进行此操作'

export const BOOKING: MachineDef<BookingStatus, BookingMove, BookingWho> = {
  noun: '预约',
  names: STATUS_NAMES,
  moves: {
    cancel: { from: ['booked'], to: 'cancelled', who: ['booker'], notAllowed: NOT_ALLOWED },
    staffCancel: { from: ['booked'], to: 'cancelled', who: ['staff'], notAllowed: NOT_ALLOWED },
    markDone: { from: ['booked', 'no_show'], to: 'done', who: ['staff'], notAllowed: NOT_ALLOWED },
    markNoShow: { from: ['booked'], to: 'no_show', who: ['staff'], notAllowed: NOT_ALLOWED },
    rate: { from: ['done'], who: ['booker'], notAllowed: '只有预约人可以评价' },
  },
  refuseState: (state, move) =>
    move === 'rate'
      ? { code: 'TOO_EARLY', message: '服务完成后才能评价' }
      : { code: 'ALREADY_DONE', message: `预约当前为「${STATUS_NAMES[state]}」，不能再${MOVE_NAMES[move]}` },
}

export interface BookingFacts {
  openid: string
  status: BookingStatus
  startAt: string
  cancelBy: string
  rating?: unknown
}

/** Answers the state after `move` of booking `b` by `caller` at `now`, or throws the coded refusal. */
export function decideBookingMove(b: BookingFacts, move: BookingMove, caller: { openid: string; isStaff: boolean }, now: Date): BookingStatus {
  const isBooker = b.openid === caller.openid
  if ((move === 'markDone' || move === 'markNoShow') && now.getTime() < Date.parse(b.startAt)) {
    fail('TOO_EARLY', `服务还没开始，开始后才能${MOVE_NAMES[move]}`)
  }
  if (move === 'cancel' && isBooker && b.status === 'booked' && now.getTime() > Date.parse(b.cancelBy)) {
    fail('TOO_LATE', `已过取消时间（需在 ${formatLocal(b.cancelBy)} 前取消），如有变动请联系社区`)
  }
  const to = checkMove(BOOKING, move, b.status, (w) => (w === 'booker' ? isBooker : caller.isStaff))
  if (move === 'rate' && b.rating) fail('ALREADY_DONE', '您已经评价过了')
  return to
}
