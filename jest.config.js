// jest: TypeScript through @swc/jest (no type check here: `npm run typecheck` does that).
// One timeout for every test and hook, long enough for the slowest on a loaded 2-core machine:
// browser journeys, the emulator as a real process (SIGKILL crash, shutdown) and fuzzing.
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // each test file runs in its own realm: rows from the native addon and fetch's JSON are made in
  // that realm, so node:assert's deepStrictEqual compares them with literals (tests/helpers/realm/)
  moduleNameMapper: { '^better-sqlite3$': '<rootDir>/tests/helpers/realm/better-sqlite3.ts' },
  setupFiles: ['<rootDir>/tests/helpers/realm/fetch.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  testTimeout: 180_000,
  maxWorkers: 2,
  verbose: true,
}
