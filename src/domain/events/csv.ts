/** Attendance as CSV for the branch secretary (opens in Excel: BOM, CRLF, quoted cells). */
import { local } from '../time'

export interface AttendanceRow {
  name: string
  branch?: string
  openid: string
  checkedInAt: string
  method: string
}

/** One CSV cell: quoted when needed, a leading formula character defused. */
export function cell(v: string): string {
  // a leading = + - @ would be read as a formula
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v
  return /[",\r\n]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function attendanceCsv(title: string, rows: AttendanceRow[]): string {
  const lines = [
    ['活动', title].map(cell).join(','),
    ['序号', '姓名', '所在支部', '签到时间', '签到方式', 'openid'].join(','),
    ...rows.map((r, i) =>
      [String(i + 1), r.name, r.branch ?? '', local(r.checkedInAt).format('YYYY-MM-DD HH:mm:ss'), r.method, r.openid].map(cell).join(','),
    ),
  ]
  return `\ufeff${lines.join('\r\n')}\r\n`
}
