/** members: who am I, my profile, role grants (API.md). */
import { z } from 'zod'
import { ROLES } from '../roles'
import { UNIT_LEVELS } from '../units'
import { empty, openid, pageInput, pageOf, phone, requiredText, text } from './common'
import { rewardActions, year } from './rewards'

export const role = z.enum(ROLES)
const unitId = z.string().trim().min(1).max(64)

/** A role as held in a unit, named for people: 「红枫街道 · 望湖社区」 书记. */
export const heldRole = z.object({ role, unitId: z.string(), unitName: z.string(), level: z.enum(UNIT_LEVELS).optional() })

export const unitItem = z.object({ id: z.string(), name: z.string(), label: z.string(), level: z.enum(UNIT_LEVELS), parentId: z.string().optional() })

export const profile = z.object({
  openid: z.string(),
  name: z.string().optional(),
  phone: z.string().optional(),
  building: z.string().optional(),
  roles: z.array(role),
  /** each role with the unit it is held in */
  unitRoles: z.array(heldRole),
  communityId: z.string(),
  communityName: z.string().optional(),
  streetId: z.string().optional(),
  streetName: z.string().optional(),
  departmentId: z.string().optional(),
  departmentName: z.string().optional(),
  points: z.number(),
  workplace: z.string().optional(),
  skills: z.array(z.string()).optional(),
  /** 关怀模式 (larger text and buttons): true / false once chosen, absent until then */
  care: z.boolean().optional(),
})

export const ledgerEntry = z.object({
  id: z.string(),
  amount: z.number(),
  reason: z.string(),
  reasonText: z.string(),
  note: z.string().optional(),
  at: z.string(),
  year: z.number(),
})

export const leaderboardRow = z.object({
  rank: z.number(),
  openid: z.string(),
  name: z.string(),
  branch: z.string().optional(),
  points: z.number(),
})

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  byName: z.string().optional(),
  action: z.string(),
  actionText: z.string(),
  target: z.string(),
  targetName: z.string().optional(),
  details: z.record(z.string(), z.unknown()),
})

export const members = {
  me: { input: empty, output: profile },
  updateProfile: {
    input: z
      .object({
        name: text(20).min(1, '姓名不能为空').optional(),
        /** '' removes the phone (and '' building removes the building) */
        phone: phone.or(z.literal('')).optional(),
        building: text(40).optional(),
      })
      .strict(),
    output: profile,
  },
  /** 关怀模式: the person's choice of larger text, bigger buttons and stronger contrast, kept with them. */
  setCare: {
    input: z.object({ care: z.boolean('请选择开启或关闭') }).strict(),
    output: z.object({ care: z.boolean() }),
  },
  /** 双报到: an in-service member registers their workplace branch and skills with their home community. */
  report: {
    input: z
      .object({
        workplace: requiredText(60),
        skills: z.array(requiredText(20)).max(10, '特长最多填 10 项'),
      })
      .strict(),
    output: profile,
  },
  grantRole: {
    input: z
      .object({ openid, role, unitId: unitId.optional(), departmentId: z.string().max(64).optional(), gridId: z.string().max(64).optional() })
      .strict(),
    output: profile,
  },
  revokeRole: {
    input: z.object({ openid, role, unitId: unitId.optional() }).strict(),
    output: profile,
  },
  /** My balance, what this year and last year earned (Asia/Shanghai calendar years), and the ledger. */
  points: {
    input: pageInput.strict(),
    output: z.object({
      total: z.number(),
      year: z.number(),
      thisYear: z.number(),
      lastYear: z.number(),
      items: z.array(ledgerEntry),
      next: z.string().optional(),
    }),
  },
  pass: { input: empty, output: z.object({ token: z.string(), expiresAt: z.string() }) },
  /** The ranking of one year's points (this year when absent). */
  leaderboard: {
    input: z.object({ limit: z.number().int().min(1).max(100).optional(), year: year.optional() }).strict(),
    output: z.object({ year: z.number(), items: z.array(leaderboardRow), mine: leaderboardRow.optional() }),
  },
  exportMine: {
    input: empty,
    output: z.object({
      exportedAt: z.string(),
      profile,
      records: z.array(z.object({ collection: z.string(), label: z.string(), items: z.array(z.record(z.string(), z.unknown())) })),
    }),
  },
  deleteMine: {
    input: z.object({ confirm: z.literal(true, '请确认删除') }).strict(),
    output: z.object({ deleted: z.boolean(), scrubbed: z.number() }),
  },
  contact: {
    input: z.object({ openid, reason: z.string().trim().min(2, '请说明查看原因').max(60) }).strict(),
    output: z.object({ openid: z.string(), name: z.string().optional(), phone: z.string().optional(), building: z.string().optional() }),
  },
  people: {
    input: pageInput.extend({ q: text(20).optional(), role: role.optional(), communityId: unitId.optional() }).strict(),
    output: pageOf(
      z.object({
        openid: z.string(),
        name: z.string().optional(),
        title: z.string().optional(),
        roles: z.array(role),
        unitRoles: z.array(heldRole),
        communityId: z.string(),
        departmentId: z.string().optional(),
      }),
    ),
  },
  /** The units the caller may manage (role grants, pickers): where they hold admin, secretary or staff, and below. */
  units: {
    input: empty,
    output: z.object({ items: z.array(unitItem) }),
  },
  auditLog: {
    input: pageInput.extend({ target: openid.optional() }).strict(),
    output: pageOf(auditEntry),
  },
  ...rewardActions,
} as const

export type Profile = z.infer<typeof profile>
