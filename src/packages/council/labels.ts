/** Words and small helpers the 大党委 and 三张清单 pages share. */
import type { ListItemView } from '@/domain/contracts/council'
import { NEED_SOURCE_NAMES, OFFER_TYPE_NAMES } from '@/domain/council/model'
import { formatLocal } from '@/domain/time'

export const STATE_TAGS: Record<ListItemView['state'], string> = { open: 'tag-gray', matched: 'tag', in_progress: 'tag', done: 'tag-green', cancelled: 'tag-gray' }

export const itemUrl = (id: string) => `/packages/council/pages/item/index?id=${encodeURIComponent(id)}`
export const unitUrl = (id: string) => `/packages/council/pages/unit/index?id=${encodeURIComponent(id)}`
export const matchUrl = (id: string) => `/packages/council/pages/match/index?id=${encodeURIComponent(id)}`

/** "12月20日" */
export const dayLabel = (at: string) => formatLocal(at, false).split(' ')[0]

/** The small line under an item's title: what kind, where from, when due. */
export function itemMeta(i: ListItemView): string {
  const parts = [i.ownerName || i.unitName]
  if (i.offerType) parts.push(OFFER_TYPE_NAMES[i.offerType])
  if (i.source) parts.push(`来源：${NEED_SOURCE_NAMES[i.source.kind]}`)
  if (i.dueAt) parts.push(`期限 ${dayLabel(i.dueAt)}`)
  if (i.doneAt) parts.push(`完成于 ${dayLabel(i.doneAt)}`)
  return parts.join(' · ')
}

export const MOVE_NAMES: Record<string, string> = { create: '登记', match: '对接', progress: '进展', finish: '办结', cancel: '取消', edit: '修改' }
