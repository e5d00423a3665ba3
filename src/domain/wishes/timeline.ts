/** What each entry of a wish's timeline is called where people read it (发布, 认领, 确认圆梦 …). */
import type { WishAction } from './machine'

/** Every action a wish's timeline records: the state moves, plus posting and the sweeper's flag. */
export type WishTimelineAction = WishAction | 'post' | 'flag'

export const WISH_TIMELINE_NAMES: Record<WishTimelineAction, string> = {
  post: '发布',
  approve: '审核通过',
  decline: '未通过审核',
  claim: '认领',
  release: '退回认领',
  fulfill: '提交完成',
  confirm: '确认圆梦',
  match: '对接资源',
  flag: '提醒跟进',
}
