/** Display helpers for the UI: times in Asia/Shanghai regardless of the phone's zone. */
import { formatLocal } from '@/domain/time'

export function formatTime(iso: string | undefined, withWeekday = false): string {
  return iso ? formatLocal(iso, withWeekday) : ''
}
