/**
 * jest runs each test file in its own realm (a vm context), but code that lives outside it — the
 * native better-sqlite3 addon, Node's own fetch — builds arrays and objects of the main realm.
 * node:assert's deepStrictEqual compares prototypes, so `[1]` from there is not `[1]` written in a
 * test. `inTestRealm` copies plain data (arrays and plain objects, recursively) into the test's realm.
 */
export function inTestRealm<T>(value: T): T {
  if (Array.isArray(value)) return Array.from(value, inTestRealm) as T
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto === null || Object.getPrototypeOf(proto) === null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inTestRealm(v)])) as T
    }
  }
  return value
}
