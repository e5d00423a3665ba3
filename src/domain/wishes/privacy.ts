/**
 * Who sees what of a wish's beneficiary. The public sees surname + building ("王** · 3幢");
 * staff, the secretary and the poster see everything; the claimer, once claimed, also gets the
 * address and phone needed to serve (the name stays masked). Lists never carry contact details:
 * only one wish's detail does, and that read is audited.
 */
import { publicName } from '../privacy'
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

export function visibility(wish: { state: WishState; poster: string; claimer?: string }, viewer: Actor): Visibility {
  if (isStaff(viewer) || viewer.openid === wish.poster) return 'full'
  if (wish.claimer === viewer.openid && wish.state !== 'listed') return 'claimer'
  return 'public'
}

export function beneficiaryView(b: Beneficiary, v: Visibility, withContact: boolean): BeneficiaryView {
  const display = publicName(b.name, b.building)
  const contact = withContact && v !== 'public' ? { phone: b.phone, address: b.address } : {}
  return { display, ...(v === 'full' ? { name: b.name } : {}), building: b.building, ...contact }
}

/** Whether showing this wish's detail to the viewer hands them someone else's contact details. */
export function readsContact(wish: { poster: string; beneficiary: Beneficiary }, v: Visibility, viewer: Actor): boolean {
  return v !== 'public' && viewer.openid !== wish.poster && !!(wish.beneficiary.phone || wish.beneficiary.address)
}

/** Names on a wish's timeline: the poster (often the beneficiary or a neighbour) is masked for the public. */
export function timelineName(entryBy: string, byName: string, wish: { poster: string }, v: Visibility): string {
  return entryBy === wish.poster && v !== 'full' ? publicName(byName) : byName
}
