/**
 * Whether a query is served by a declared index (INDEXES): the fields it filters and sorts on
 * (besides _id) must all belong to one declared index. A simplification of the cloud database's
 * composite-index rules that errs on the side of declaring more.
 */
import { INDEXES } from './indexes'
import type { QueryOpts, Where } from './port'

export function queryFields(opts: { where?: Where; orderBy?: QueryOpts['orderBy'] }): string[] {
  const fields = new Set([...Object.keys(opts.where ?? {}), ...(opts.orderBy ?? []).map(([f]) => f)])
  fields.delete('_id')
  return [...fields].sort()
}

export function isIndexed(coll: string, opts: { where?: Where; orderBy?: QueryOpts['orderBy'] }): boolean {
  const fields = queryFields(opts)
  if (fields.length === 0) return true
  return (INDEXES[coll] ?? []).some((index) => fields.every((f) => index.includes(f)))
}
