#!/usr/bin/env node
// npm test: builds the H5 app (browser journeys drive it), then runs every test file with node's
// test runner (TypeScript through tsx). Pass file paths to run only those: npm test -- tests/x.test.ts
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? find(p) : name.endsWith('.test.ts') ? [p] : []
  })
}

const args = process.argv.slice(2)
const files = (args.length ? args : find(join(root, 'tests'))).sort()
const needsH5 = files.some((f) => f.includes('/e2e/'))

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

console.log(`› running ${files.length} test files`)
process.exit(
  run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], {
    REDPOST_LOG: 'silent',
  }),
)
