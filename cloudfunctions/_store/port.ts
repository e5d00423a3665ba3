/**
 * The store port (DESIGN.md). Deliberately narrow so the sqlite adapter (local, tests) and the
 * cloud adapter (wx-server-sdk) behave identically; one contract suite runs against both.
 *
 * Fields in `where`, `orderBy` and patches are top-level document fields.
 */
export interface Doc {
  _id: string
  [field: string]: unknown
}

export type Scalar = string | number | boolean | null

/** A condition on one field: a plain value means equality. */
export type Cond =
  | Scalar
  | {
      $eq?: Scalar
      $ne?: Scalar
      $lt?: string | number
      $lte?: string | number
      $gt?: string | number
      $gte?: string | number
      $in?: Scalar[]
      $nin?: Scalar[]
      $exists?: boolean
      /** case-insensitive substring match on a string field */
      $contains?: string
      /** the array field holds this value */
      $has?: Scalar
    }

export type Where = Record<string, Cond>

export type Order = [field: string, dir: 'asc' | 'desc']

export interface QueryOpts {
  where?: Where
  orderBy?: Order[]
  limit?: number
  /** opaque cursor from a previous page's `next` */
  after?: string
}

export interface Page<T> {
  items: T[]
  next?: string
}

/** Patch operators; any other value sets the field (undefined removes it). */
export interface IncOp {
  $inc: number
}
export interface PushOp {
  $push: unknown
}
export type PatchValue = unknown | IncOp | PushOp
export type Patch = Record<string, PatchValue>

export const op = {
  inc: (by: number): IncOp => ({ $inc: by }),
  push: (value: unknown): PushOp => ({ $push: value }),
}

export interface Store {
  get<T extends Doc = Doc>(coll: string, id: string): Promise<T | null>
  /** Fails with AppError CONFLICT when `_id` exists. */
  insert(coll: string, doc: Doc): Promise<void>
  /** Atomic conditional update of one document; returns how many changed (0 or 1). */
  update(coll: string, id: string, patch: Patch, opts?: { where?: Where }): Promise<number>
  /** Shorthand for update(coll, id, {[field]: op.inc(by)}, opts). */
  inc(coll: string, id: string, field: string, by: number, opts?: { where?: Where }): Promise<number>
  /** Removes one document; returns how many were removed. */
  remove(coll: string, id: string): Promise<number>
  query<T extends Doc = Doc>(coll: string, opts?: QueryOpts): Promise<Page<T>>
  count(coll: string, where?: Where): Promise<number>
  /** Runs fn with a store whose writes commit together or not at all. No query inside. */
  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R>
  close(): Promise<void>
}

export type TxStore = Pick<Store, 'get' | 'insert' | 'update' | 'inc' | 'remove'>

export const MAX_PAGE = 100
export const DEFAULT_PAGE = 20
