/**
 * Who sees what of a wish's beneficiary. The public sees surname + building ("王** · 3幢");
 * staff, the secretary and the poster see everything; the claimer, once claimed, also gets the
 * address and phone needed to serve (the name stays masked).
 */
import { isStaff, type Actor, type WishState } from './machine'

export interface Beneficiary {
  name: string
  phone?: string
  building: string
  address?: string
}

export interface BeneficiaryView {
  display: string
  name?: string
  phone?: string
  building: string
  address?: string
}

export type Visibility = 'public' | 'claimer' | 'full'

/** "王秀兰" → "王**"; compound surnames keep two characters ("欧阳娜娜" → "欧阳**"). */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length === 0) return '**'
  const keep = chars.length >= 4 && COMPOUND.has(chars.slice(0, 2).join('')) ? 2 : 1
  return `${chars.slice(0, keep).join('')}**`
}

const COMPOUND = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯'])

export function visibility(wish: { state: WishState; poster: string; claimer?: string }, viewer: Actor): Visibility {
  if (isStaff(viewer) || viewer.openid === wish.poster) return 'full'
  if (wish.claimer === viewer.openid && wish.state !== 'listed') return 'claimer'
  return 'public'
}

export function beneficiaryView(b: Beneficiary, v: Visibility): BeneficiaryView {
  const display = `${maskName(b.name)} · ${b.building}`
  if (v === 'full') return { display, name: b.name, phone: b.phone, building: b.building, address: b.address }
  if (v === 'claimer') return { display, phone: b.phone, building: b.building, address: b.address }
  return { display, building: b.building }
}
