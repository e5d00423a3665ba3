/** Building blocks every contract shares. */
import { z } from 'zod'
import type { TimelineEntry } from '../machine'

/**
 * What no text field takes: NUL, a lone UTF-16 surrogate (half a character) and the bidirectional
 * controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), which make a name or a title read
 * differently from what it is.
 */
export const UNSAFE_TEXT = /[\u0000\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
export const UNSAFE_TEXT_MESSAGE = '含有不能使用的字符（控制字符或无效字符），请删掉后再提交'
const safe = z.string().refine((s) => !UNSAFE_TEXT.test(s), UNSAFE_TEXT_MESSAGE)

export const id = safe.trim().min(1).max(128)
export const openid = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 格式不对')
export const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), '时间格式不对')
export const phone = z.string().trim().regex(/^1\d{10}$/, '请填写 11 位手机号')
export const text = (max: number) => safe.trim().max(max)
export const requiredText = (max: number) => safe.trim().min(1, '不能为空').max(max)
export const imageUrl = safe.trim().min(1).max(512)

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
