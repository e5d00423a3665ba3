/**
 * The shape of every seed file (seeds/<collection>.json is an array of documents).
 * A seed file without a schema here fails the seed test. Times may be written relative to the
 * day of seeding as "@+2d 19:30" / "@-3d 09:00" (Asia/Shanghai); the loader resolves them.
 */
import { z } from 'zod'
import { AUDIENCES } from '../src/domain/booking/rules'
import { CATEGORIES } from '../src/domain/bulletin/rules'
import { ROLES } from '../src/domain/roles'

const id = z.string().min(1).max(128)
const time = z.string().regex(/^(@[+-]\d+d( \d{2}:\d{2})?|\d{4}-\d{2}-\d{2}T.+)$/, 'a time: ISO or "@+Nd HH:mm"')
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a wall-clock time HH:mm')
const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })

export const SEED_SCHEMAS: Record<string, z.ZodType> = {
  config: z.object({ _id: z.literal('main'), defaultCommunityId: id, streetName: z.string(), appName: z.string() }),
  communities: z.object({
    _id: id,
    name: z.string().min(2),
    street: z.string(),
    kind: z.string(),
    households: z.number().int(),
    partyMembers: z.number().int(),
    intro: z.string(),
    serviceCenter: z.object({ name: z.string(), address: z.string(), hours: z.string() }).and(point),
    secretary: z.string(),
  }),
  grids: z.object({
    _id: id,
    communityId: id,
    name: z.string(),
    buildings: z.array(z.string()),
    gridSecretary: z.string(),
    households: z.number().int(),
  }),
  departments: z.object({
    _id: id,
    name: z.string(),
    short: z.string(),
    duty: z.string(),
    head: z.string(),
    headOpenid: id,
    phone: z.string(),
  }),
  members: z.object({
    _id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    demo: z.boolean().optional(),
    title: z.string().optional(),
    name: z.string(),
    phone: z.string().regex(/^1\d{10}$/).optional(),
    building: z.string().optional(),
    gridId: id.optional(),
    branch: z.string().optional(),
    roles: z.array(z.enum(ROLES)),
    communityId: id,
    departmentId: id.optional(),
    points: z.number().int().min(0),
    createdAt: time,
    updatedAt: time,
  }),
  notices: z
    .object({
      _id: id,
      communityId: id,
      title: z.string().min(1).max(60),
      body: z.string().min(1),
      search: z.string(),
      category: z.enum(CATEGORIES),
      pinned: z.boolean(),
      urgent: z.boolean(),
      audience: z.string(),
      gridId: id.optional(),
      images: z.array(z.string()),
      expiresAt: time,
      status: z.enum(['published', 'archived']),
      author: id,
      authorName: z.string(),
      publishedAt: time,
      readCount: z.number().int().min(0),
      history: z.array(z.object({ at: time, by: id, action: z.string() })),
      updatedAt: time,
    })
    .refine((n) => n.search === `${n.title}\n${n.body}`.toLowerCase(), 'search must be the lower-cased title and body')
    .refine((n) => n.audience === (n.gridId ?? 'community'), 'audience is the gridId or "community"'),
  notice_reads: z.object({ _id: id, noticeId: id, openid: id, at: time }).refine((r) => r._id === `${r.noticeId}:${r.openid}`, '_id is noticeId:openid'),
  services: z.object({
    _id: id,
    name: z.string().min(2),
    kind: z.enum(['homecare', 'clinic', 'errand', 'room']),
    provider: z.string().min(2),
    description: z.string().min(10),
    audience: z.enum(AUDIENCES),
    atHome: z.boolean(),
    location: z.string().optional(),
    rules: z.object({
      hours: z.array(z.object({ weekday: z.number().int().min(0).max(6), from: hhmm, to: hhmm })).min(1),
      slotMinutes: z.number().int().min(10).max(480),
      capacity: z.number().int().min(1),
      bufferMinutes: z.number().int().min(0).optional(),
      minNoticeMinutes: z.number().int().min(0).optional(),
      horizonDays: z.number().int().min(1).max(90).optional(),
      cancelCutoffMinutes: z.number().int().min(0).optional(),
      closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
    }),
    active: z.boolean(),
    sort: z.number().int(),
    ratingSum: z.number().int().min(0),
    ratingCount: z.number().int().min(0),
  }),
  service_ratings: z.object({
    _id: id,
    serviceId: id,
    openid: id,
    name: z.string(),
    score: z.number().int().min(1).max(5),
    comment: z.string().optional(),
    at: time,
  }),
}

/** References between seed collections: [collection, field, target collection]. */
export const SEED_REFS: [string, string, string][] = [
  ['config', 'defaultCommunityId', 'communities'],
  ['grids', 'communityId', 'communities'],
  ['members', 'communityId', 'communities'],
  ['members', 'gridId', 'grids'],
  ['members', 'departmentId', 'departments'],
  ['notices', 'communityId', 'communities'],
  ['notices', 'gridId', 'grids'],
  ['notices', 'author', 'members'],
  ['notice_reads', 'noticeId', 'notices'],
  ['notice_reads', 'openid', 'members'],
  ['service_ratings', 'serviceId', 'services'],
  ['service_ratings', 'openid', 'members'],
]
