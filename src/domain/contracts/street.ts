/** street: 街道工作台 — every community of a street by month, quarter or year, from the monthly aggregates (docs/street.md). */
import { z } from 'zod'
import { PERIOD_KINDS } from '../street/period'
import { id } from './common'

const rateValue = z.number().nullable()

export const summary = z.object({
  reported: z.number(),
  hours: z.number(),
  hourEntries: z.number(),
  wishesPosted: z.number(),
  wishesClaimed: z.number(),
  wishesFulfilled: z.number(),
  eventsHeld: z.number(),
  attendance: z.number(),
  commitmentsDone: z.number(),
  projectsDone: z.number(),
  bookings: z.number(),
  bookingsRated: z.number(),
  bookingsSatisfied: z.number(),
  tickets: z.number(),
  ticketsResolved: z.number(),
  /** 响应率, 解决率, 满意率 of the tickets (null: nothing to count) */
  responseRate: rateValue,
  resolutionRate: rateValue,
  satisfactionRate: rateValue,
  bookingSatisfactionRate: rateValue,
})

/** which period: kind and key ('2026-11', '2026Q4', '2026'); without a key, the one containing today */
export const periodInput = z
  .object({
    kind: z.enum(PERIOD_KINDS),
    key: z.string().max(7).optional(),
    /** the street to open (default: the caller's first); a district admin chooses among the district's */
    streetId: id.optional(),
  })
  .strict()

const periodOut = z.object({ kind: z.enum(PERIOD_KINDS), key: z.string(), label: z.string(), prev: z.string(), next: z.string().optional() })

export const street = {
  /** the dashboard: one row per community, the street total, the monthly trend and tickets by department */
  dashboard: {
    input: periodInput,
    output: z.object({
      street: z.object({ id: z.string(), name: z.string() }),
      streets: z.array(z.object({ id: z.string(), name: z.string() })),
      period: periodOut,
      rows: z.array(z.object({ communityId: z.string(), name: z.string(), summary })),
      total: summary,
      trend: z.array(z.object({ month: z.string(), label: z.string(), summary })),
      departments: z.array(
        z.object({ departmentId: z.string(), name: z.string(), dispatched: z.number(), resolved: z.number(), responseRate: rateValue, resolutionRate: rateValue, satisfactionRate: rateValue }),
      ),
      /** when the oldest of the period's aggregates was computed (absent: none computed yet) */
      computedAt: z.string().optional(),
    }),
  },
  /** the same numbers as CSV (UTF-8 with BOM, CRLF) for reporting up the chain */
  export: { input: periodInput, output: z.object({ filename: z.string(), csv: z.string() }) },
  /** computes the street's monthly aggregates again for a range of months (idempotent) */
  recompute: {
    input: z
      .object({
        streetId: id.optional(),
        from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
        to: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
      })
      .strict(),
    output: z.object({ months: z.number(), communities: z.number(), changed: z.number() }),
  },
}

export type StreetSummary = z.infer<typeof summary>
