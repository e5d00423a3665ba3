/** Words and small helpers the 联系户 pages share. */
import type { HouseholdCard } from '@/domain/contracts/visits'
import { formatLocal, localDate } from '@/domain/time'

export const PACE_NAMES: Record<HouseholdCard['pace'], string> = { done: '本季度已走访', due: '本季度待走访', behind: '走访落后' }
export const PACE_TAGS: Record<HouseholdCard['pace'], string> = { done: 'tag-green', due: 'tag-gray', behind: 'tag-red' }
export const TAG_NAMES: Record<HouseholdCard['tags'][number], string> = { elderly: '高龄', alone: '独居', disabled: '残疾', dibao: '低保' }

export const householdUrl = (id: string) => `/packages/visits/pages/household/index?id=${id}`

/** "11月12日" of a visit day, or 尚未走访. */
export function lastVisitLabel(at: string | undefined): string {
  return at ? `上次走访 ${formatLocal(at, false).split(' ')[0]}` : '尚未走访'
}

export function visitDayLabel(at: string): string {
  return formatLocal(at).split(' ').slice(0, 2).join(' ')
}

/** Today in the community (YYYY-MM-DD): the latest date a visit may carry. */
export const today = () => localDate(new Date())

/** One id per opening of the 记录走访 form, so a double tap or a resend records one visit. */
export function newRequestId(): string {
  return `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}
