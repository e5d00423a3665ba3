/**
 * npm run build:functions — one esbuild bundle per cloud function into dist/cloudfunctions/<name>/
 * with its package.json (wx-server-sdk is installed by the cloud, never bundled) and config.json
 * (openapi permissions, timer triggers). Fails if a bundle would drag in the sqlite adapter.
 */
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
const src = join(root, 'cloudfunctions')
const out = join(root, 'dist', 'cloudfunctions')

/** Every function uses the content check and subscribe messages through the shared services. */
const OPENAPI = ['security.msgSecCheck', 'subscribeMessage.send']

export function functionNames(): string[] {
  return readdirSync(src)
    .filter((d) => !d.startsWith('_') && statSync(join(src, d)).isDirectory() && existsSync(join(src, d, 'index.ts')))
    .sort()
}

export async function buildFunction(name: string): Promise<{ name: string; bytes: number }> {
  const dir = join(out, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  await build({
    entryPoints: [join(src, name, 'index.ts')],
    outfile: join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    external: ['wx-server-sdk'],
    logLevel: 'warning',
  })
  const code = readFileSync(join(dir, 'index.js'), 'utf8')
  if (code.includes('better-sqlite3')) throw new Error(`${name}: the bundle includes better-sqlite3 (the local store leaked in)`)
  const extra = existsSync(join(src, name, 'config.json')) ? JSON.parse(readFileSync(join(src, name, 'config.json'), 'utf8')) : {}
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } }, null, 2),
  )
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ permissions: { openapi: OPENAPI }, ...extra }, null, 2),
  )
  return { name, bytes: Buffer.byteLength(code) }
}

export async function buildAll() {
  mkdirSync(out, { recursive: true })
  const results = []
  for (const name of functionNames()) results.push(await buildFunction(name))
  return results
}

if (require.main === module) {
  buildAll().then(
    (rs) => {
      for (const r of rs) console.log(`${r.name.padEnd(12)} ${(r.bytes / 1024).toFixed(1)} KB`)
      console.log(`built ${rs.length} cloud functions into dist/cloudfunctions/`)
    },
    (e) => {
      console.error(e instanceof Error ? e.message : e)
      process.exit(1)
    },
  )
}
