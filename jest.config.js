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
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  testTimeout: 180_000,
  maxWorkers: 2,
  verbose: true,
}
