/**
 * 满意度: the poster scores a wish 1–5 when confirming it; the community's 满意率 is the share of
 * scores of 4 or 5. Counted on a running summary per community, so no read scans the wishes.
 */

export const SCORES = [1, 2, 3, 4, 5] as const
export type Score = (typeof SCORES)[number]

/** The label of each score, 1 to 5. */
export const SCORE_NAMES: Record<Score, string> = { 1: '很不满意', 2: '不满意', 3: '一般', 4: '满意', 5: '非常满意' }

/** A score of 4 or 5 counts as satisfied. */
export const isSatisfied = (score: number): boolean => score >= 4

export interface Satisfaction {
  /** wishes scored */
  rated: number
  /** of them, scored 4 or 5 */
  satisfied: number
  /** satisfied / rated, or null before any score */
  rate: number | null
}

/** The summary's counters as a rate. */
export function satisfactionOf(rated: number, satisfied: number): Satisfaction {
  return { rated, satisfied, rate: rated > 0 ? satisfied / rated : null }
}

/** The same from the scores themselves (what the summary must always agree with). */
export function satisfactionOfScores(scores: readonly number[]): Satisfaction {
  return satisfactionOf(scores.length, scores.filter(isSatisfied).length)
}

/** What one new score adds to the summary's counters. */
export const scoreCounts = (score: number) => ({ rated: 1, satisfied: isSatisfied(score) ? 1 : 0 })

/** 满意率 as people read it: 「92%」, or 「暂无评价」. */
export const rateText = (s: Satisfaction): string => (s.rate === null ? '暂无评价' : `${Math.round(s.rate * 100)}%`)
