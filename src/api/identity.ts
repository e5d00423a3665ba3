/** Local (H5) mode only: which demo person the app acts as. On weapp identity is the WeChat user. */
const KEY = 'redpost.openid'
export const DEFAULT_OPENID = 'demo-resident'

export function currentOpenid(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) || DEFAULT_OPENID
  } catch {
    return DEFAULT_OPENID
  }
}

/** Switches person and reloads so every page and cache starts over as them. */
export function switchOpenid(openid: string): void {
  globalThis.localStorage?.setItem(KEY, openid)
  globalThis.location?.reload()
}
