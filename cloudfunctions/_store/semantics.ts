/**
 * The meaning of `where`, patches, ordering and cursors, written once in plain JS.
 * The sqlite adapter evaluates conditional updates with it inside a write transaction,
 * and the in-memory fake of the cloud SDK uses it too, so both adapters agree by construction.
 */
import { AppError } from '../../src/domain/errors'
import type { Cond, Doc, Order, Patch, Scalar, Where } from './port'
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
  if (a === undefined || a === null) return -1
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
      case '$in':
        if (!(v as Scalar[]).includes(value as Scalar)) return false
        break
      case '$nin':
        if ((v as Scalar[]).includes(value as Scalar)) return false
        break
      case '$exists':
        if ((value !== undefined && value !== null) !== v) return false
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

export function compareDocs(a: Doc, b: Doc, order: Order[]): number {
  for (const [f, d] of order) {
    const c = cmp(a[f], b[f])
    if (c !== 0) return d === 'asc' ? c : -c
  }
  return 0
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

/** True when doc sorts strictly after the cursor position. */
export function afterCursor(doc: Doc, cursor: Scalar[], order: Order[]): boolean {
  for (let i = 0; i < order.length; i++) {
    const [f, d] = order[i]
    const c = cmp(doc[f], cursor[i])
    if (c !== 0) return d === 'asc' ? c > 0 : c < 0
  }
  return false
}

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)))
}

export function duplicateId(coll: string, id: string): AppError {
  return new AppError('CONFLICT', '记录已存在', { collection: coll, id })
}
