/**
 * Seeds a store from seeds/*.json. Idempotent: documents keep their seed ids and an existing
 * document is never overwritten, so running it again (every start of the emulator) changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { resolveSeedTime } from '../../src/domain/time'
import type { Doc, Store } from '../_store/port'
import { AppError } from '../../src/domain/errors'
import { migrateToStreets } from '../members/units'

export const SEED_DIR = join(__dirname, '..', '..', 'seeds')

export interface SeedFile {
  collection: string
  docs: Doc[]
}

export function readSeeds(dir = SEED_DIR): SeedFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ collection: basename(f, '.json'), docs: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Doc[] }))
}

/** Relative seed times ("@+2d 19:30") become ISO instants, anywhere in the document. */
export function resolveTimes<T>(value: T, now: Date): T {
  if (typeof value === 'string' && /^@[+-]\d+d/.test(value)) return resolveSeedTime(value, now) as T
  if (Array.isArray(value)) return value.map((v) => resolveTimes(v, now)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveTimes(v, now)])) as T
  }
  return value
}

/** Inserts every seed document that is not there yet; answers how many were inserted. */
export async function seed(store: Store, now: Date, files: SeedFile[] = readSeeds()): Promise<number> {
  let inserted = 0
  for (const { collection, docs } of files) {
    for (const doc of docs) {
      try {
        await store.insert(collection, resolveTimes(doc, now))
        inserted++
      } catch (e) {
        if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
      }
    }
  }
  // seeds written before units (and any data already there) land under a street
  await migrateToStreets(store, now)
  return inserted
}
