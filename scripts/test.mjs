#!/usr/bin/env node
// npm test: builds the H5 app (browser journeys drive it), then runs the test files with jest
// (TypeScript through @swc/jest, jest.config.js). Pass paths to run only those: npm test -- tests/x.test.ts
// Ends with one plain line, `N passed, N failed` (`, N skipped` when any), and exits non-zero on a
// failure or when no test ran at all.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)
const paths = args.filter((a) => !a.startsWith('-'))
const needsH5 = !paths.length || paths.some((p) => /(^|\/)e2e(\/|$)/.test(p))

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}

if (needsH5 && process.env.REDPOST_SKIP_H5_BUILD !== '1') {
  console.log('› building the H5 app for the browser journeys (npm run build:h5)…')
  if (run('npm', ['run', '--silent', 'build:h5']) !== 0) {
    console.error('H5 build failed: browser journeys cannot run.')
    process.exit(1)
  }
}

const dir = mkdtempSync(join(tmpdir(), 'redpost-jest-'))
const out = join(dir, 'results.json')
const status = run(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--json', `--outputFile=${out}`, ...args], {
  REDPOST_LOG: 'silent',
})

let results
try {
  results = JSON.parse(readFileSync(out, 'utf8'))
} catch {
  console.error('jest ran no test (no file matched, or jest could not start)')
  console.log('0 passed, 0 failed')
  process.exit(1)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

// a file that failed to load counts as a failure even though none of its tests ran
const brokenFiles = results.testResults.filter((f) => f.testExecError || (f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')))
const failed = results.numFailedTests + brokenFiles.length
const skipped = results.numPendingTests + results.numTodoTests
for (const f of results.testResults) {
  for (const a of f.assertionResults) if (a.status === 'pending' || a.status === 'todo') console.log(`skipped: ${a.fullName}`)
}
console.log(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(status !== 0 || failed > 0 || results.numTotalTests === 0 ? 1 : 0)
