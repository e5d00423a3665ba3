/**
 * docs/benchmarks.md holds sections written by different scripts (`npm run bench`, `npm run load`);
 * each rewrites only its own section, between `<!-- name:start -->` and `<!-- name:end -->`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, release, totalmem, type as osType } from 'node:os'
import { dirname, join } from 'node:path'

export const BENCH_FILE = join(__dirname, '..', '..', 'docs', 'benchmarks.md')

const HEADER = ['# Benchmarks', '', 'Numbers are recorded by scripts, never asserted by tests (except the round-trip depth, a count: tests/runtime/roundtrips.test.ts). Budgets are from DESIGN.md.', ''].join('\n')

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  return `${new Date().toISOString().slice(0, 10)} — ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`
}

export function writeSection(name: string, markdown: string, file = BENCH_FILE): void {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const block = `${start}\n${markdown.trim()}\n${end}`
  let text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  text = i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}
