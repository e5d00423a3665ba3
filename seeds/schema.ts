/**
 * The shape of every seed file (seeds/<collection>.json is an array of documents).
 * A seed file without a schema here fails the seed test. Times may be written relative to the
 * day of seeding as "@+2d 19:30" / "@-3d 09:00" (Asia/Shanghai); the loader resolves them.
 */
import { z } from 'zod'
import { CATEGORIES } from '../src/domain/bulletin/rules'
import { ROLES } from '../src/domain/roles'

const id = z.string().min(1).max(128)
const time = z.string().regex(/^(@[+-]\d+d( \d{2}:\d{2})?|\d{4}-\d{2}-\d{2}T.+)$/, 'a time: ISO or "@+Nd HH:mm"')
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
  bases: z.object({
    _id: id,
    name: z.string(),
    kind: z.string(),
    address: z.string(),
    hours: z.string(),
    intro: z.string(),
    photos: z.array(z.string()),
  }).and(point),
  events: z.object({
    _id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    communityId: id,
    baseId: id,
    title: z.string().min(2),
    theme: z.string(),
    description: z.string(),
    startAt: time,
    endAt: time,
    capacity: z.number().int().min(1),
    signedUp: z.number().int().min(0),
    joinSeq: z.number().int().min(0),
    openTo: z.enum(['members', 'all']),
    points: z.number().int().min(0),
    status: z.enum(['published', 'cancelled']),
    createdBy: id,
    createdAt: time,
    updatedAt: time,
    timeline: z.array(z.object({ at: time, by: id, action: z.string(), note: z.string().optional() })),
  }),
  signups: z.object({
    _id: id,
    eventId: id,
    openid: id,
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    seq: z.number().int(),
    createdAt: time,
    updatedAt: time,
    timeline: z.array(z.object({ at: time, by: id, action: z.string() })),
  }).refine((s) => s._id === `${s.eventId}:${s.openid}`, 'a sign-up id is eventId:openid'),
  themes: z.object({
    _id: id,
    communityId: id,
    monthAt: time,
    title: z.string(),
    description: z.string(),
    by: id,
    byName: z.string(),
    votes: z.literal(0),
    createdAt: time,
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
  ['events', 'communityId', 'communities'],
  ['events', 'baseId', 'bases'],
  ['signups', 'eventId', 'events'],
  ['signups', 'openid', 'members'],
  ['themes', 'communityId', 'communities'],
  ['themes', 'by', 'members'],
]
