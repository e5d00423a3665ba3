/** The dashboard as CSV for reporting up the chain (opens in Excel with Chinese intact: BOM, CRLF, quoted cells). Pure. */
import { cell } from '../events/csv'
import { METRICS, pct, type DeptRow, type Summary } from './metrics'

export interface CsvRow {
  name: string
  summary: Summary
}

const value = (s: Summary, m: (typeof METRICS)[number]) => (m.rate ? pct(s[m.key] as number | null) : String(s[m.key]))

export const CSV_COLUMNS = ['社区', ...METRICS.map((m) => (m.rate ? m.label : `${m.label}(${m.unit})`))]

export function streetCsv(title: string, rows: readonly CsvRow[], total: CsvRow, departments: readonly DeptRow[]): string {
  const lines = [
    [title].map(cell).join(','),
    CSV_COLUMNS.map(cell).join(','),
    ...[...rows, total].map((r) => [r.name, ...METRICS.map((m) => value(r.summary, m))].map(cell).join(',')),
    '',
    ['部门', '派单(件)', '办结(件)', '响应率', '解决率', '满意率'].map(cell).join(','),
    ...departments.map((d) => [d.name, String(d.dispatched), String(d.resolved), pct(d.responseRate), pct(d.resolutionRate), pct(d.satisfactionRate)].map(cell).join(',')),
  ]
  return `\ufeff${lines.join('\r\n')}\r\n`
}
