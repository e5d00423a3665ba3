/**
 * What `npm run deploy -- --dry-run` verifies offline before anything is uploaded:
 * the project file, every function bundle and its config.json, the database rules, the packages,
 * and that the deployer has declared the signing secret the functions need.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { INDEXES } from '../../cloudfunctions/_store/indexes'
import { secretProblem } from '../../cloudfunctions/_runtime/services/cloud'

export interface Check {
  name: string
  ok: boolean
  detail: string
}

const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail })

/** WeChat cloud timer triggers take 7 fields: second minute hour day month weekday year. */
export function isSevenFieldCron(expr: string): boolean {
  const fields = expr.trim().split(/\s+/)
  return fields.length === 7 && fields.every((f) => /^[\d*/,\-?LW#A-Za-z]+$/.test(f))
}

/** The openapi permissions a bundle's code actually calls. */
export function openapiUsed(code: string): string[] {
  const used: string[] = []
  if (code.includes('msgSecCheck')) used.push('security.msgSecCheck')
  if (code.includes('subscribeMessage')) used.push('subscribeMessage.send')
  return used
}

export function checkProject(root: string): Check[] {
  const file = join(root, 'project.config.json')
  if (!existsSync(file)) return [check('project.config.json', false, 'missing')]
  const p = JSON.parse(readFileSync(file, 'utf8'))
  return [
    check('project.config.json miniprogramRoot', p.miniprogramRoot === 'dist/weapp/', String(p.miniprogramRoot)),
    check('project.config.json cloudfunctionRoot', p.cloudfunctionRoot === 'dist/cloudfunctions/', String(p.cloudfunctionRoot)),
    check('project.config.json appid', typeof p.appid === 'string' && p.appid.length > 0, String(p.appid)),
  ]
}

export function checkFunctions(dist: string): Check[] {
  if (!existsSync(dist)) return [check('cloud functions', false, `${dist} missing: run npm run build:functions`)]
  const out: Check[] = []
  for (const name of readdirSync(dist).sort()) {
    const dir = join(dist, name)
    const code = readFileSync(join(dir, 'index.js'), 'utf8')
    const size = statSync(join(dir, 'index.js')).size
    out.push(check(`${name}: bundle ≤ 1 MB`, size <= 1024 * 1024, `${(size / 1024).toFixed(1)} KB`))
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    out.push(check(`${name}: package.json depends on wx-server-sdk`, Boolean(pkg.dependencies?.['wx-server-sdk']), JSON.stringify(pkg.dependencies)))
    const cfg = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
    const declared: string[] = cfg.permissions?.openapi ?? []
    const used = openapiUsed(code)
    const missing = used.filter((u) => !declared.includes(u))
    const unused = declared.filter((d) => !used.includes(d))
    out.push(check(`${name}: openapi permissions match use`, !missing.length && !unused.length, `declared ${declared.join(', ') || '—'}; used ${used.join(', ') || '—'}`))
    for (const t of cfg.triggers ?? []) {
      out.push(check(`${name}: trigger ${t.name} is a 7-field cron`, t.type === 'timer' && isSevenFieldCron(t.config), String(t.config)))
    }
    if (name === 'sweeper') out.push(check('sweeper: has a timer trigger', (cfg.triggers ?? []).length > 0, JSON.stringify(cfg.triggers)))
  }
  return out
}

/**
 * The functions refuse to issue or verify check-in and member-pass codes without REDPOST_SECRET
 * (cloudfunctions/_runtime/services/cloud.ts). The deployer declares it in the deploying shell and
 * sets the same value as an environment variable on every function; a deploy without it fails.
 */
export function checkSecret(env: Record<string, string | undefined>): Check[] {
  const problem = secretProblem(env.REDPOST_SECRET)
  return [check('REDPOST_SECRET declared for every function', !problem, problem ?? `${env.REDPOST_SECRET!.trim().length} characters`)]
}

export function checkDatabase(root: string): Check[] {
  const rules = JSON.parse(readFileSync(join(root, 'database', 'rules.json'), 'utf8')).collections as Record<string, { read: unknown; write: unknown }>
  const open = Object.entries(rules).filter(([, r]) => r.read !== false || r.write !== false).map(([c]) => c)
  const unruled = Object.keys(INDEXES).filter((c) => !rules[c])
  return [
    check('database rules deny all client access', open.length === 0, open.length ? `open: ${open.join(', ')}` : `${Object.keys(rules).length} collections`),
    check('every indexed collection has a rule', unruled.length === 0, unruled.join(', ') || 'all'),
  ]
}

export function checkPackages(root: string): Check[] {
  const out = join(root, 'dist', 'weapp')
  if (!existsSync(join(out, 'app.json'))) return [check('weapp build', false, 'dist/weapp missing: run npm run build:weapp')]
  const size = (dir: string, skip: string[] = []): number =>
    readdirSync(dir).reduce((n, f) => {
      const p = join(dir, f)
      if (skip.includes(p)) return n
      const s = statSync(p)
      return n + (s.isDirectory() ? size(p, skip) : s.size)
    }, 0)
  const app = JSON.parse(readFileSync(join(out, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((s: { root: string }) => join(out, s.root.replace(/\/$/, '')))
  const main = size(out, roots)
  return [
    check('weapp main package ≤ 600 KB', main <= 600 * 1024, `${(main / 1024).toFixed(1)} KB`),
    ...roots.map((r) => {
      const s = size(r)
      return check(`subpackage ${r.slice(out.length + 1)} ≤ 400 KB`, s <= 400 * 1024, `${(s / 1024).toFixed(1)} KB`)
    }),
  ]
}
