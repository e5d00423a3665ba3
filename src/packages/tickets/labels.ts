/** Names the ticket pages show (the same words the server uses). */
export const CATEGORY_OPTIONS = [
  { key: 'water', label: '供水排水' },
  { key: 'housing', label: '房屋安全' },
  { key: 'illegal_building', label: '违章搭建' },
  { key: 'fire_lane', label: '消防通道' },
  { key: 'street_light', label: '路灯照明' },
  { key: 'power', label: '供电线路' },
  { key: 'environment', label: '市容环境' },
  { key: 'noise', label: '噪音扰民' },
  { key: 'food', label: '食品安全' },
  { key: 'other', label: '其他' },
] as const
export type CategoryKey = (typeof CATEGORY_OPTIONS)[number]['key']

export const PRIORITY_OPTIONS = [
  { key: 'urgent', label: '紧急' },
  { key: 'normal', label: '一般' },
  { key: 'low', label: '不急' },
] as const
export type PriorityKey = (typeof PRIORITY_OPTIONS)[number]['key']

export const PRIORITY_NAMES: Record<PriorityKey, string> = { urgent: '紧急', normal: '一般', low: '不急' }
