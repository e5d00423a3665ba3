/** One document per thing and person (a sign-up, a check-in, a rating, a vote): its deterministic id. */
export const pairId = (a: string, openid: string) => `${a}:${openid}`
