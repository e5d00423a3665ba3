/**
 * Run by jest before each test file (jest.config.js setupFiles): Node's fetch parses JSON in the
 * main realm, so `await res.json()` would not deep-equal a literal in the test (see copy.ts).
 * Responses here parse their body with the test realm's JSON.
 */
const mainRealmFetch = globalThis.fetch

globalThis.fetch = async (input, init) => {
  const res = await mainRealmFetch(input, init)
  const text = res.text.bind(res)
  Object.defineProperty(res, 'json', { value: async () => JSON.parse(await text()) })
  return res
}
