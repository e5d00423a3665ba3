/** How the dashboard's bars are sized and labelled. Pure. */
import { METRICS, pct, type Summary } from './metrics'

/** Each value as a share of the largest (0..1); all 0 when every value is 0. */
export function scaled(values: readonly number[]): number[] {
  const max = Math.max(0, ...values)
  return values.map((v) => (max > 0 ? Math.max(0, v) / max : 0))
}

/** The counts a chart can show, with their units. */
export const CHART_METRICS = ['tickets', 'wishesFulfilled', 'attendance', 'hours', 'reported', 'bookings', 'eventsHeld'] as const
export type ChartMetric = (typeof CHART_METRICS)[number]

export function metricLabel(key: keyof Summary): { label: string; unit: string } {
  const m = METRICS.find((x) => x.key === key)
  return { label: m?.label ?? key, unit: m?.unit ?? '' }
}

/** A value as it is printed beside its bar. */
export function valueText(key: keyof Summary, s: Summary): string {
  const m = METRICS.find((x) => x.key === key)
  const v = s[key]
  if (m?.rate) return pct(v as number | null)
  return `${v}${m?.unit ?? ''}`
}
