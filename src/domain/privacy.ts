/**
 * 个人信息保护: what other people may see of a person. Pure; used by every function that answers
 * with someone else's name, phone or address.
 */

/** 13912345678 → 139****5678 */
export function maskPhone(phone: string | undefined): string | undefined {
  if (!phone) return phone
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

/** 王秀兰 → 王** ; a one-character name stays a surname only */
export function maskName(name: string | undefined): string | undefined {
  if (!name) return name
  const chars = [...name.trim()]
  return chars.length <= 1 ? `${chars[0] ?? ''}*` : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`
}

/** Keeps the building ("3幢", "5号楼") and drops unit and room numbers. */
export function maskAddress(address: string | undefined): string | undefined {
  if (!address) return address
  const m = address.match(/^.*?(\d+\s*(幢|栋|号楼|楼))/)
  return m ? `${m[1].replace(/\s+/g, '')}**` : `${[...address].slice(0, 2).join('')}**`
}

/** How a person is shown to the public: surname and building, e.g. "王** · 3幢". */
export function publicName(name: string | undefined, building?: string): string {
  const n = maskName(name) ?? '居民'
  const b = building ? maskAddress(building)?.replace(/\*+$/, '') : undefined
  return b ? `${n} · ${b}` : n
}
