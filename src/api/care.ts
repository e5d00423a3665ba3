/**
 * 关怀模式 (larger text, bigger buttons, stronger contrast) for the whole app. The person's choice
 * lives on their member document (members.setCare, read back by members.me) and in this phone's
 * storage, so the next launch paints its first page in the right mode before the profile loads.
 */
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { call } from './index'
import { currentOpenid } from './identity'

/** On H5 the local demo switches between people in one browser: each keeps their own copy. */
function storageKey(): string {
  return process.env.TARO_ENV === 'h5' ? `redpost.care.${currentOpenid()}` : 'redpost.care'
}

function stored(): boolean {
  try {
    return Taro.getStorageSync(storageKey()) === true
  } catch {
    return false
  }
}

let care = stored()
/** Counts the person's own changes, so a profile read that began before one cannot undo it. */
let changes = 0
let saving: Promise<unknown> = Promise.resolve()
const listeners = new Set<(on: boolean) => void>()

function apply(on: boolean): void {
  if (on === care) return
  care = on
  try {
    Taro.setStorageSync(storageKey(), on)
  } catch {
    // storage full or refused: the mode still holds for this launch and on the profile
  }
  listeners.forEach((l) => l(on))
}

/** Call before reading the profile; pass the answer to syncCare with it. */
export function careChanges(): number {
  return changes
}

/** The profile's choice (once one was made) wins over this phone's copy, unless the person changed it since. */
export function syncCare(chosen: boolean | undefined, changesBefore: number): void {
  if (chosen !== undefined && changesBefore === changes) apply(chosen)
}

/** Switches at once and keeps the choice with the person (in the order made); back as it was if saving fails. */
export function setCare(on: boolean): Promise<void> {
  const was = care
  const mine = ++changes
  apply(on)
  const save = saving.catch(() => undefined).then(() => call('members', 'setCare', { care: on }))
  saving = save
  return save.then(
    () => undefined,
    (e: unknown) => {
      if (mine === changes) apply(was)
      throw e
    },
  )
}

/** Whether 关怀模式 is on; re-renders when it changes. */
export function useCare(): boolean {
  const [on, setOn] = useState(care)
  useEffect(() => {
    listeners.add(setOn)
    setOn(care)
    return () => {
      listeners.delete(setOn)
    }
  }, [])
  return on
}
