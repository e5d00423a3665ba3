/**
 * The deterministic local content check: a small word list, normalised (full-width → half-width,
 * spaces and punctuation dropped) so that "赌 博" or "ＶＸ加" do not slip through.
 * On WeChat cloud the same port calls security.msgSecCheck instead.
 */
export const BLOCKED_WORDS = ['赌博', '博彩', '六合彩', '代开发票', '办证刻章', '枪支', '毒品', '色情', '裸聊', '高利贷', '套现', '传销']

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
}

/** The first blocked word found in text, or null. */
export function findBlockedWord(text: string, words: readonly string[] = BLOCKED_WORDS): string | null {
  const t = normalizeText(text)
  for (const w of words) if (t.includes(normalizeText(w))) return w
  return null
}
