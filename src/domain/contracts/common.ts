/** Building blocks every contract shares. */
import { z } from 'zod'
import type { TimelineEntry } from '../machine'

export const id = z.string().trim().min(1).max(128)
export const openid = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 格式不对')
export const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), '时间格式不对')
export const phone = z.string().trim().regex(/^1\d{10}$/, '请填写 11 位手机号')
export const text = (max: number) => z.string().trim().max(max)
export const requiredText = (max: number) => z.string().trim().min(1, '不能为空').max(max)
export const imageUrl = z.string().trim().min(1).max(512)

/** Lists take {limit?, after?} and answer {items, next?}. */
export const pageInput = z.object({
  limit: z.number().int().min(1).max(100).optional(),
  after: z.string().max(512).optional(),
})

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().optional() })
}

export const empty = z.object({}).strict()

/** A timeline entry as a viewer gets it: the shared entry (machine.ts) without the openid; features extend it. */
export const timelineEntry = z.object({
  at: z.string(),
  byName: z.string().optional(),
  action: z.string(),
  note: z.string().optional(),
  images: z.array(z.string()).optional(),
}) satisfies z.ZodType<Omit<TimelineEntry, 'by'>>
