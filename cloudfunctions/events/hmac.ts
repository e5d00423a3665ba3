/** The server-side HMAC the pure token rules take (src/domain/checkin/token.ts). */
import { createHmac } from 'node:crypto'
import type { Hmac } from '../../src/domain/checkin/token'

export function hmacWith(secret: string): Hmac {
  return (message) => createHmac('sha256', secret).update(message).digest('hex')
}
