/**
 * npm run bench — measures what the budgets in DESIGN.md speak of and writes docs/benchmarks.md:
 * weapp main-package and subpackage sizes, each cloud function bundle's size and cold require
 * time, the emulator's throughput and each screen's store round trips at a cloud-like latency per call.
 * A script, not a test: numbers are recorded here; the round-trip budget has its own test.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildAll } from '../config/build-cloudfunctions'
import { memoryLogger } from '../cloudfunctions/_runtime/clock'
import { startEmulator } from '../cloudfunctions/_local/emulator'
import { machine, writeSection } from './bench/report'
import { races } from './bench/races'
import { DEFAULT_LATENCY_MS, measureScreens, roundtripsMarkdown } from './bench/roundtrips'
import { throughput } from './bench/throughput'
import { district, districtMarkdown } from './bench/district'

const root = resolve(__dirname, '..')
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`

function dirSize(dir: string, skip: string[] = []): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (skip.includes(p)) continue
    const s = statSync(p)
    total += s.isDirectory() ? dirSize(p, skip) : s.size
  }
  return total
}

function timed(cmd: string, args: string[]): number {
  const t = Date.now()
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`)
  return (Date.now() - t) / 1000
}

async function weapp() {
  const seconds = timed('npm', ['run', '--silent', 'build:weapp'])
  const out = join(root, 'dist', 'weapp')
  const app = JSON.parse(readFileSync(join(out, 'app.json'), 'utf8'))
  const subs: { root: string }[] = app.subPackages ?? app.subpackages ?? []
  const roots = subs.map((s) => join(out, s.root.replace(/\/$/, '')))
  const rows = [['main package', dirSize(out, roots), 600 * 1024] as const]
  const subRows = subs.map((s, i) => [`subpackage ${s.root}`, dirSize(roots[i]), 400 * 1024] as const)
  return { seconds, rows: [...rows, ...subRows] }
}

function coldRequireMs(file: string): number {
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const code = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`
    samples.push(Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' })))
  }
  return samples.sort((a, b) => a - b)[2]
}

async function emulator() {
  const dir = mkdtempSync(join(tmpdir(), 'redpost-bench-'))
  // rate limits off: one openid calling 3000 times would be (rightly) limited
  const emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), log: memoryLogger(), timers: false, rateLimits: false })
  try {
    const t = await throughput(emu.url, { fn: 'members', action: 'me', data: {}, openid: 'demo-member' }, { requests: 3000, concurrency: 20 })
    return { ...t, races: await races(emu.url) }
  } finally {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function roundtrips() {
  const latencyMs = Number(process.env.REDPOST_BENCH_LATENCY_MS ?? DEFAULT_LATENCY_MS)
  console.log(`› store round trips per screen at ${latencyMs} ms a call…`)
  const md = roundtripsMarkdown(await measureScreens(latencyMs), latencyMs, machine())
  writeSection('roundtrips', md)
  console.log(md)
}

async function streetDistrict() {
  const latencyMs = Number(process.env.REDPOST_BENCH_LATENCY_MS ?? DEFAULT_LATENCY_MS)
  const md = districtMarkdown(await district(latencyMs, console.log), latencyMs, machine())
  writeSection('district', md)
  console.log(md)
}

async function main() {
  // `npm run bench -- --district` measures only the street dashboard at district scale
  if (process.argv.includes('--district')) return streetDistrict()
  await roundtrips()
  // `npm run bench -- --roundtrips` measures only the round trips (seconds, no builds)
  if (process.argv.includes('--roundtrips')) return
  console.log('› weapp build and package sizes…')
  const w = await weapp()
  console.log('› cloud function bundles…')
  const fns = await buildAll()
  const fnRows = fns.map((f) => ({ ...f, coldMs: coldRequireMs(join(root, 'dist', 'cloudfunctions', f.name, 'index.js')) }))
  console.log('› emulator throughput (members.me)…')
  const t = await emulator()

  const lines = [
    `Measured by \`npm run bench\` on ${machine()}.`,
    '',
    '## Mini-program packages (weapp build)',
    '',
    `Build time: ${w.seconds.toFixed(1)} s.`,
    '',
    '| package | size | budget | within |',
    '|---|---:|---:|:---:|',
    ...w.rows.map(([name, size, budget]) => `| ${name} | ${KB(size)} | ${KB(budget)} | ${size <= budget ? 'yes' : '**no**'} |`),
    '',
    '## Cloud function bundles',
    '',
    '| function | bundle | budget | cold require (median of 5) | budget |',
    '|---|---:|---:|---:|---:|',
    ...fnRows.map((f) => `| ${f.name} | ${KB(f.bytes)} | 1024 KB | ${f.coldMs.toFixed(1)} ms | 150 ms |`),
    '',
    '## Local emulator',
    '',
    `\`members.me\` over HTTP, ${t.requests} requests, ${t.concurrency} in flight, one process on SQLite (WAL):`,
    '',
    `- throughput: **${t.rps.toFixed(0)} req/s**`,
    `- latency: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms`,
    `- errors: ${t.errors}`,
    '',
    '## Concurrency budgets (over HTTP, all requests sent at once)',
    '',
    `- a capacity-${t.races.capacity} slot under ${t.races.bookings} simultaneous bookings by different people: **${t.races.booked} booked**, ${t.races.full} FULL (budget: exactly ${t.races.capacity})`,
    `- ${t.races.scans} simultaneous scans of one token by one member: **${t.races.checkIns} check-in**, ${t.races.alreadyDone} ALREADY_DONE (budget: exactly 1)`,
    '',
  ]
  writeSection('bench', lines.join('\n'))
  console.log(lines.join('\n'))
  await streetDistrict()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
