/**
 * The store port (DESIGN.md). Deliberately narrow so the sqlite adapter (local, tests) and the
 * cloud adapter (wx-server-sdk) behave identically; one contract suite runs against both.
 *
 * Fields in `where`, `orderBy` and patches are top-level document fields.
 * Null and absence (the cloud database's meaning, docs/store.md): `{f: null}` matches a field that
 * is null or absent; `$exists` is about presence, so a field set to null exists. Code never stores
 * null to mean "absent": a patch value of undefined removes the field.
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
      /** the field is present (a field holding null is present) */
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

/** A read of a whole set: `queryAll` pages through it and refuses sets larger than `max`. */
export interface AllOpts {
  where?: Where
  orderBy?: Order[]
}
export interface Bound {
  /** the most documents the caller expects; more is a bug or a design limit reached, never truncated */
  max: number
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
  /**
   * Atomic conditional update of one document; returns how many changed (0 or 1). A patch that
   * leaves the document exactly as it was changes nothing and answers 0 (the cloud database's
   * `stats.updated`), so a caller that needs the answer must change a field (version, updatedAt …).
   */
  update(coll: string, id: string, patch: Patch, opts?: { where?: Where }): Promise<number>
  /** Shorthand for update(coll, id, {[field]: op.inc(by)}, opts). */
  inc(coll: string, id: string, field: string, by: number, opts?: { where?: Where }): Promise<number>
  /** Removes one document; returns how many were removed. */
  remove(coll: string, id: string): Promise<number>
  query<T extends Doc = Doc>(coll: string, opts?: QueryOpts): Promise<Page<T>>
  /**
   * Every document matching `where`, in `orderBy` order, read page by page. Throws ReadBoundError
   * (naming the collection and the bound) when more than `max` match: a whole set is never cut short.
   */
  queryAll<T extends Doc = Doc>(coll: string, opts: AllOpts, bound: Bound): Promise<T[]>
  /** The documents with these ids (duplicates read once), by id; missing ids are absent from the map. */
  getMany<T extends Doc = Doc>(coll: string, ids: readonly string[]): Promise<Map<string, T>>
  count(coll: string, where?: Where): Promise<number>
  /** Runs fn with a store whose writes commit together or not at all. No query inside. */
  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R>
  close(): Promise<void>
}

export type TxStore = Pick<Store, 'get' | 'insert' | 'update' | 'inc' | 'remove'>

/** Largest page of `query` (the cloud database returns at most 100 documents per get from a function). */
export const MAX_PAGE = 100
export const DEFAULT_PAGE = 20
