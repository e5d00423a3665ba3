/**
 * A party member's year (党员年度积分汇总) for 民主评议 / 评先评优 and as 双报到 feedback to the
 * member's workplace unit: what they attended, fulfilled and served, and the points the year earned.
 * Pure: the caller passes the records already read.
 */
import type { Hmac } from './checkin/token'
import { cell as csvCell } from './events/csv'
import { pointsYear } from './points'

export interface YearSummary {
  openid: string
  name: string
  branch?: string
  workplace?: string
  year: number
  /** 参加组织生活 (attendance awards of the year) */
  events: number
  /** 认领并完成的微心愿 */
  wishes: number
  /** 双报到 confirmed service hours, and how many services they were */
  serviceHours: number
  services: number
  /** 联系户走访 (0 until the visits feature keeps its records) */
  visits: number
  points: number
}

export interface SummaryInputs {
  ledger: { openid: string; reason: string; at: string; year?: number }[]
  hours: { openid: string; hours: number; date: string; state: string }[]
  visits: Map<string, number>
  yearPoints: Map<string, number>
}

/** One row per person, in the order given, counting only the records of `year`. */
export function summarize(year: number, people: { openid: string; name?: string; branch?: string; workplace?: string }[], inputs: SummaryInputs): YearSummary[] {
  const rows = new Map<string, YearSummary>()
  for (const p of people) {
    rows.set(p.openid, {
      openid: p.openid,
      name: p.name ?? '党员',
      branch: p.branch,
      workplace: p.workplace,
      year,
      events: 0,
      wishes: 0,
      serviceHours: 0,
      services: 0,
      visits: inputs.visits.get(p.openid) ?? 0,
      points: inputs.yearPoints.get(p.openid) ?? 0,
    })
  }
  for (const e of inputs.ledger) {
    const row = rows.get(e.openid)
    if (!row || (e.year ?? pointsYear(e.at)) !== year) continue
    if (e.reason === 'attend') row.events++
    if (e.reason === 'wish') row.wishes++
  }
  for (const h of inputs.hours) {
    const row = rows.get(h.openid)
    if (!row || h.state !== 'confirmed' || Number(h.date.slice(0, 4)) !== year) continue
    row.services++
    row.serviceHours += h.hours
  }
  return [...rows.values()]
}

/** The secretary's export: UTF-8 with BOM and CRLF so Excel opens the Chinese as it is. */
export function summaryCsv(year: number, rows: YearSummary[]): string {
  const lines = [
    [`${year} 年度党员积分汇总`].map(csvCell).join(','),
    ['序号', '姓名', '所在支部', '工作单位', '参加组织生活(次)', '完成微心愿(个)', '双报到服务(次)', '服务时长(小时)', '联系户走访(次)', '年度积分', 'openid'].join(','),
    ...rows.map((r, i) =>
      [String(i + 1), r.name, r.branch ?? '', r.workplace ?? '', String(r.events), String(r.wishes), String(r.services), String(r.serviceHours), String(r.visits), String(r.points), r.openid]
        .map(csvCell)
        .join(','),
    ),
  ]
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/** A feedback link (反馈单位链接) opens one member's summary of one year for this long. */
export const FEEDBACK_DAYS = 90
const SIG_LEN = 24

function feedbackSignature(openid: string, year: number, expiresMs: number, hmac: Hmac): string {
  return hmac(`feedback|${openid}|${year}|${expiresMs}`).slice(0, SIG_LEN)
}

/** `openid.year.expiresMs.signature`: read-only, for whoever holds it, until it expires. */
export function signFeedback(openid: string, year: number, nowMs: number, hmac: Hmac): { token: string; expiresAt: string } {
  const expiresMs = nowMs + FEEDBACK_DAYS * 24 * 3600_000
  return { token: `${openid}.${year}.${expiresMs}.${feedbackSignature(openid, year, expiresMs, hmac)}`, expiresAt: new Date(expiresMs).toISOString() }
}

export type FeedbackVerified = { ok: true; openid: string; year: number } | { ok: false; code: 'TOKEN_INVALID' | 'TOKEN_EXPIRED' }

export function verifyFeedback(token: string, nowMs: number, hmac: Hmac): FeedbackVerified {
  const parts = token.trim().split('.')
  if (parts.length !== 4) return { ok: false, code: 'TOKEN_INVALID' }
  const [openid, y, e, sig] = parts
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(openid) || !/^\d{4}$/.test(y) || !/^\d{1,15}$/.test(e)) return { ok: false, code: 'TOKEN_INVALID' }
  const expected = feedbackSignature(openid, Number(y), Number(e), hmac)
  let diff = sig.length ^ expected.length
  for (let i = 0; i < Math.min(sig.length, expected.length); i++) diff |= sig.charCodeAt(i) ^ expected.charCodeAt(i)
  if (diff !== 0) return { ok: false, code: 'TOKEN_INVALID' }
  if (Number(e) <= nowMs) return { ok: false, code: 'TOKEN_EXPIRED' }
  return { ok: true, openid, year: Number(y) }
}
