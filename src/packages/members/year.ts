import { pointsYear } from '@/domain/points'

/** This points year (Asia/Shanghai) on the phone's clock. */
export function localYear(): number {
  return pointsYear(Date.now())
}
