/**
 * node:test's `{ skip }` option under jest: `skipIf(reason, it)('title', fn)` runs the test when `reason`
 * is falsy; otherwise jest reports it skipped, with the reason in its title (jest lists skipped titles).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Run = (title: string, fn?: any, timeout?: number) => void

export function skipIf(reason: unknown, run: Run & { skip: Run }): Run {
  if (!reason) return run
  const skipped = run.skip
  return (title, fn, timeout) => skipped(typeof reason === 'string' ? `${title} — skipped: ${reason}` : title, fn, timeout)
}
