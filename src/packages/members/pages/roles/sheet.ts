/**
 * An action sheet shows at most 6 entries (WeChat's limit), and there are more departments than
 * that: show them 5 at a time with a last entry "更多部门…" that turns to the next ones.
 */
export const MORE = '更多部门…'
const FULL = 6

export function sheetPage(names: string[], start: number): { labels: string[]; more: boolean } {
  const rest = names.slice(start)
  if (rest.length <= FULL) return { labels: rest, more: false }
  return { labels: [...rest.slice(0, FULL - 1), MORE], more: true }
}
