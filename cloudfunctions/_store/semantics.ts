/**
 * The meaning of `where`, patches, ordering and cursors, written once in plain JS.
 * The sqlite adapter evaluates conditional updates with it inside a write transaction,
 * and the in-memory fake of the cloud SDK uses it too, so both adapters agree by construction.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { AppError } from '../../src/domain/errors'
import type { AllOpts, Bound, Cond, Doc, Order, Page, Patch, QueryOpts, Scalar, Where } from './port'
import { DEFAULT_PAGE, MAX_PAGE } from './port'

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/

export function checkField(field: string): string {
  if (!FIELD.test(field)) throw new AppError('INTERNAL', `bad field name: ${field}`)
  return field
}

export function checkColl(coll: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(coll)) throw new AppError('INTERNAL', `bad collection name: ${coll}`)
  return coll
}

function isOpObject(c: Cond): c is Exclude<Cond, Scalar> {
  return typeof c === 'object' && c !== null
}

function cmp(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1
  if (b === undefined || b === null) return 1
  return (a as number) < (b as number) ? -1 : 1
}

export function matchesCond(value: unknown, c: Cond): boolean {
  if (!isOpObject(c)) return value === c || (c === null && value === undefined)
  for (const [k, v] of Object.entries(c)) {
    if (v === undefined) continue
    switch (k) {
      case '$eq':
        if (!(value === v || (v === null && value === undefined))) return false
        break
      case '$ne':
        if (value === v || (v === null && value === undefined)) return false
        break
      case '$lt':
        if (value == null || !(cmp(value, v) < 0)) return false
        break
      case '$lte':
        if (value == null || !(cmp(value, v) <= 0)) return false
        break
      case '$gt':
        if (value == null || !(cmp(value, v) > 0)) return false
        break
      case '$gte':
        if (value == null || !(cmp(value, v) >= 0)) return false
        break
      case '$in': // a null in the list matches a missing field, as equality with null does
        if (!(v as Scalar[]).includes((value ?? null) as Scalar)) return false
        break
      case '$nin':
        if ((v as Scalar[]).includes((value ?? null) as Scalar)) return false
        break
      case '$exists':
        if ((value !== undefined) !== v) return false
        break
      case '$contains':
        if (typeof value !== 'string' || !value.toLowerCase().includes(String(v).toLowerCase())) return false
        break
      case '$has':
        if (!Array.isArray(value) || !value.includes(v)) return false
        break
      default:
        throw new AppError('INTERNAL', `unknown where operator ${k}`)
    }
  }
  return true
}

export function matches(doc: Doc, where: Where | undefined): boolean {
  if (!where) return true
  return Object.entries(where).every(([f, c]) => matchesCond(doc[checkField(f)], c))
}

/** Applies a patch to a copy of doc. `_id` can never change. */
export function applyPatch(doc: Doc, patch: Patch): Doc {
  const out: Doc = { ...doc }
  for (const [f, v] of Object.entries(patch)) {
    checkField(f)
    if (f === '_id') throw new AppError('INTERNAL', '_id cannot be patched')
    if (v && typeof v === 'object' && '$inc' in (v as object)) {
      out[f] = (typeof out[f] === 'number' ? (out[f] as number) : 0) + (v as { $inc: number }).$inc
    } else if (v && typeof v === 'object' && '$push' in (v as object)) {
      out[f] = [...(Array.isArray(out[f]) ? (out[f] as unknown[]) : []), (v as { $push: unknown }).$push]
    } else if (v === undefined) {
      delete out[f]
    } else {
      out[f] = v
    }
  }
  return out
}

/** orderBy with `_id` appended as the tiebreaker that makes cursors exact. */
export function fullOrder(orderBy: Order[] | undefined): Order[] {
  const o = (orderBy ?? []).map(([f, d]) => [checkField(f), d] as Order)
  if (!o.some(([f]) => f === '_id')) o.push(['_id', o.length ? o[o.length - 1][1] : 'asc'])
  return o
}

export function encodeCursor(doc: Doc, order: Order[]): string {
  return Buffer.from(JSON.stringify(order.map(([f]) => doc[f] ?? null))).toString('base64url')
}

export function decodeCursor(after: string, order: Order[]): Scalar[] {
  try {
    const v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'))
    if (Array.isArray(v) && v.length === order.length) return v as Scalar[]
  } catch {
    /* fall through */
  }
  throw new AppError('INVALID_INPUT', '分页参数无效，请刷新列表')
}

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)))
}

export function duplicateId(coll: string, id: string): AppError {
  return new AppError('CONFLICT', '记录已存在', { collection: coll, id })
}

/** Deep equality of stored values (key order aside): a patch that changes nothing is not an update. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameValue(x, (b as unknown[])[i]))
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** A whole set grew past the bound its reader declared (Store.queryAll). */
export class ReadBoundError extends Error {
  constructor(
    readonly collection: string,
    readonly max: number,
  ) {
    super(`queryAll("${collection}"): more than ${max} documents match; raise the bound deliberately or read it as pages`)
    this.name = 'ReadBoundError'
  }
}

export function checkBound(bound: Bound): number {
  if (!Number.isInteger(bound?.max) || bound.max < 1) throw new AppError('INTERNAL', `queryAll needs a positive whole bound, got ${bound?.max}`)
  return bound.max
}

/**
 * Store.queryAll on top of an adapter's `query`: pages of `page` documents (the cloud adapter
 * picks one that fits a single get) until the set ends; reads at most `max + 1` documents and
 * throws ReadBoundError when the set holds more than `max`.
 */
export async function queryAllPages<T extends Doc>(
  query: (coll: string, opts: QueryOpts) => Promise<Page<T>>,
  coll: string,
  opts: AllOpts,
  bound: Bound,
  page = MAX_PAGE,
): Promise<T[]> {
  const max = checkBound(bound)
  const out: T[] = []
  let after: string | undefined
  do {
    const p = await query(coll, { where: opts.where, orderBy: opts.orderBy, limit: Math.min(page, max + 1 - out.length), after })
    out.push(...p.items)
    if (out.length > max) throw new ReadBoundError(coll, max)
    after = p.next
  } while (after)
  return out
}

/** Distinct ids in first-seen order; an empty or missing id names no document and is left out. */
export function distinctIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].filter((id) => typeof id === 'string' && id !== '')
}

const inTransaction = new AsyncLocalStorage<boolean>()

/** Runs a transaction's body so that the store outside it can tell it is being used from inside. */
export function asTransaction<R>(fn: () => Promise<R>): Promise<R> {
  return inTransaction.run(true, fn)
}

/**
 * The store itself (not the transaction's view) used inside a transaction's body: on the cloud that
 * read or write would not be part of the transaction, on sqlite it would wait for the transaction
 * for ever. Both refuse it at once.
 */
export function refuseInsideTransaction(what: string): void {
  if (inTransaction.getStore()) throw new AppError('INTERNAL', `store.${what} inside a transaction: use the transaction's own get/insert/update/inc/remove, and query before it`)
}
