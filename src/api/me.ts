/** Who am I: one members.me call shared by every page until reload(). */
import { useEffect, useState } from 'react'
import type { Profile } from '@/domain/contracts/members'
import type { Role } from '@/domain/roles'
import { careChanges, syncCare } from './care'
import { call } from './index'

let cached: Promise<Profile> | undefined
const listeners = new Set<(p: Profile) => void>()

function load(force = false): Promise<Profile> {
  if (!cached || force) {
    const changes = careChanges()
    cached = call('members', 'me', {})
    cached
      .then((p) => {
        syncCare(p.care, changes)
        listeners.forEach((l) => l(p))
      })
      .catch(() => (cached = undefined))
  }
  return cached
}

export function hasRole(me: Pick<Profile, 'roles'> | undefined, ...roles: Role[]): boolean {
  return !!me && roles.some((r) => me.roles.includes(r))
}

export function useMe() {
  const [me, setMe] = useState<Profile | undefined>()
  const [error, setError] = useState<unknown>()
  useEffect(() => {
    listeners.add(setMe)
    load().then(setMe, setError)
    return () => {
      listeners.delete(setMe)
    }
  }, [])
  return { me, loading: !me && !error, error, reload: () => load(true) }
}
