/** bulletin: community notices, read counts, who has not read, and the home tab summary (API.md). */
import { z } from 'zod'
import { CATEGORIES } from '../bulletin/rules'
import { id, imageUrl, isoTime, pageInput, pageOf, requiredText } from './common'

export const category = z.enum(CATEGORIES, { error: '请选择公告分类' })

export const noticeItem = z.object({
  id: z.string(),
  title: z.string(),
  category,
  pinned: z.boolean(),
  urgent: z.boolean(),
  gridId: z.string().optional(),
  excerpt: z.string(),
  publishedAt: z.string(),
  expiresAt: z.string().optional(),
  readCount: z.number(),
  status: z.enum(['published', 'archived']),
})

export const notice = noticeItem.extend({
  body: z.string(),
  paragraphs: z.array(z.string()),
  images: z.array(z.string()),
  authorName: z.string(),
  gridName: z.string().optional(),
  mine: z.boolean(),
})

export const unreadPerson = z.object({ openid: z.string(), name: z.string(), building: z.string().optional() })

export const bulletin = {
  list: {
    input: pageInput
      .extend({
        category: category.optional(),
        q: z.string().trim().max(40, '关键词最多 40 个字').optional(),
      })
      .strict(),
    output: pageOf(noticeItem),
  },
  get: {
    input: z.object({ id }).strict(),
    output: notice,
  },
  publish: {
    input: z
      .object({
        title: requiredText(60),
        body: requiredText(5000),
        category,
        pinned: z.boolean().optional(),
        urgent: z.boolean().optional(),
        expiresAt: isoTime.optional(),
        gridId: id.optional(),
        images: z.array(imageUrl).max(9, '最多 9 张图片').optional(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  archive: {
    input: z.object({ id }).strict(),
    output: z.object({ id: z.string(), status: z.literal('archived') }),
  },
  unread: {
    input: z.object({ id, gridId: id.optional() }).strict(),
    output: z.object({
      gridId: z.string(),
      gridName: z.string(),
      total: z.number(),
      read: z.number(),
      items: z.array(unreadPerson),
    }),
  },
  grids: {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
  },
  /** 党群服务阵地: the 党群服务中心, 驿站 and 红色物业 points of the caller's community and of the street and district above it. */
  points: {
    input: z.object({}).strict(),
    output: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['center', 'station', 'property']),
          kindName: z.string(),
          name: z.string(),
          unitId: z.string(),
          unitName: z.string(),
          level: z.enum(['district', 'street', 'community', 'grid']),
          address: z.string(),
          hours: z.string(),
          services: z.array(z.string()),
          phone: z.string().optional(),
        }),
      ),
    }),
  },
  home: {
    input: z.object({}).strict(),
    output: z.object({
      communityName: z.string(),
      pinned: z.array(noticeItem),
      latest: z.array(noticeItem),
      counts: z.object({ eventsThisWeek: z.number(), wishesOpen: z.number(), ticketsOpen: z.number() }),
    }),
  },
} as const

export type NoticeItem = z.infer<typeof noticeItem>
export type Notice = z.infer<typeof notice>
