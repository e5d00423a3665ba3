/**
 * Signed rotating tokens (DESIGN.md "Check-in tokens"): `subject.window.signature`.
 * A check-in token's subject is an event id and its window is 30 s; a member pass's subject is an
 * openid and its window is 60 s. The signature is a truncated HMAC-SHA256 over kind, subject and
 * window; the caller supplies the HMAC so this file stays pure. The current and the previous window
 * are accepted; older windows are expired; anything unsigned, malformed or from the future is invalid.
 */
export type TokenKind = 'checkin' | 'pass'

/** hex HMAC-SHA256 of a message with the server secret */
export type Hmac = (message: string) => string

export const WINDOW_MS: Record<TokenKind, number> = { checkin: 30_000, pass: 60_000 }
const SIG_LEN = 16
const SUBJECT = /^[A-Za-z0-9_-]{1,64}$/

export function windowOf(kind: TokenKind, nowMs: number): number {
  return Math.floor(nowMs / WINDOW_MS[kind])
}

function signature(kind: TokenKind, subject: string, window: number, hmac: Hmac): string {
  return hmac(`${kind}|${subject}|${window}`).slice(0, SIG_LEN)
}

export function signToken(kind: TokenKind, subject: string, nowMs: number, hmac: Hmac): { token: string; expiresAt: string } {
  const window = windowOf(kind, nowMs)
  return {
    token: `${subject}.${window}.${signature(kind, subject, window, hmac)}`,
    expiresAt: new Date((window + 1) * WINDOW_MS[kind]).toISOString(),
  }
}

/** Compares in time independent of where the strings differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

export type Verified = { ok: true; subject: string; window: number } | { ok: false; code: 'TOKEN_INVALID' | 'TOKEN_EXPIRED' }

export function verifyToken(kind: TokenKind, token: string, nowMs: number, hmac: Hmac): Verified {
  const parts = token.trim().split('.')
  if (parts.length !== 3) return { ok: false, code: 'TOKEN_INVALID' }
  const [subject, w, sig] = parts
  if (!SUBJECT.test(subject) || !/^\d{1,15}$/.test(w)) return { ok: false, code: 'TOKEN_INVALID' }
  const window = Number(w)
  if (!sameText(sig, signature(kind, subject, window, hmac))) return { ok: false, code: 'TOKEN_INVALID' }
  const current = windowOf(kind, nowMs)
  if (window > current) return { ok: false, code: 'TOKEN_INVALID' }
  if (window < current - 1) return { ok: false, code: 'TOKEN_EXPIRED' }
  return { ok: true, subject, window }
}

/** Check-in opens this long before the start and closes at the end. */
export const CHECKIN_OPENS_BEFORE_MS = 30 * 60_000

export function checkinTiming(startAt: string, endAt: string, nowMs: number): 'open' | 'TOO_EARLY' | 'TOO_LATE' {
  if (nowMs < Date.parse(startAt) - CHECKIN_OPENS_BEFORE_MS) return 'TOO_EARLY'
  if (nowMs > Date.parse(endAt)) return 'TOO_LATE'
  return 'open'
}
