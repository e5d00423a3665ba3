/** A survey's answers as CSV for staff (opens in Excel with Chinese intact: BOM, CRLF, quoted cells). */
import { cell } from '../events/csv'
import { local } from '../time'
import type { AnswerMap, Question } from './rules'

export interface AnswerRow {
  /** already masked for display */
  name: string
  gridName?: string
  updatedAt: string
  answers: AnswerMap
}

/** How one answer reads in a cell: option labels (multi joined by "；"), a score, or the text. */
export function answerText(q: Question, v: AnswerMap[string] | undefined): string {
  if (v === undefined) return ''
  const label = (id: string) => q.options?.find((o) => o.id === id)?.label ?? id
  if (q.kind === 'single') return label(v as string)
  if (q.kind === 'multi') return (v as string[]).map(label).join('；')
  return String(v)
}

export function surveyCsv(title: string, questions: readonly Question[], rows: readonly AnswerRow[]): string {
  const lines = [
    ['问卷', title].map(cell).join(','),
    ['序号', '填写人', '网格', '提交时间', ...questions.map((q, i) => `${i + 1}. ${q.title}`)].map(cell).join(','),
    ...rows.map((r, i) =>
      [String(i + 1), r.name, r.gridName ?? '', local(r.updatedAt).format('YYYY-MM-DD HH:mm:ss'), ...questions.map((q) => answerText(q, r.answers[q.id]))].map(cell).join(','),
    ),
  ]
  return `\ufeff${lines.join('\r\n')}\r\n`
}
