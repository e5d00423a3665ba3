/**
 * npm run deploy              → uploads the mini-program and every cloud function with miniprogram-ci
 * npm run deploy -- --dry-run → validates everything it can offline and uploads nothing
 *
 * Needs for a real upload: WX_APPID, WX_CLOUD_ENV, WX_PRIVATE_KEY_PATH (the upload key from the
 * mini-program admin console) and the miniprogram-ci package (`npm i -D miniprogram-ci@2`).
 * Both need REDPOST_SECRET (at least 32 characters): the value set on every function.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { checkDatabase, checkFunctions, checkPackages, checkProject, checkSecret, type Check } from './deploy/checks'

const root = resolve(__dirname, '..')

function build() {
  // the mini-program calls the cloud environment it is built for
  const env = { ...process.env, REDPOST_CLOUD_ENV: process.env.WX_CLOUD_ENV ?? process.env.REDPOST_CLOUD_ENV ?? '' }
  for (const script of ['build:functions', 'build:weapp']) execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env })
}

export function validate(env: Record<string, string | undefined> = process.env): Check[] {
  return [
    ...checkProject(root),
    ...checkFunctions(join(root, 'dist', 'cloudfunctions')),
    ...checkDatabase(root),
    ...checkPackages(root),
    ...checkSecret(env),
  ]
}

async function upload() {
  const env = { appid: process.env.WX_APPID, cloudEnv: process.env.WX_CLOUD_ENV, key: process.env.WX_PRIVATE_KEY_PATH }
  const missing = Object.entries({ WX_APPID: env.appid, WX_CLOUD_ENV: env.cloudEnv, WX_PRIVATE_KEY_PATH: env.key }).filter(([, v]) => !v)
  if (missing.length) throw new Error(`缺少环境变量：${missing.map(([k]) => k).join(', ')}`)
  if (!existsSync(env.key!)) throw new Error(`找不到上传密钥 ${env.key}`)
  let ci
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ci = require('miniprogram-ci')
  } catch {
    throw new Error('需要 miniprogram-ci：npm i -D miniprogram-ci@2')
  }
  const project = new ci.Project({ appid: env.appid, type: 'miniProgram', projectPath: root, privateKeyPath: env.key, ignores: ['node_modules/**/*'] })
  const fnRoot = join(root, 'dist', 'cloudfunctions')
  for (const name of readdirSync(fnRoot)) {
    console.log(`› 上传云函数 ${name}`)
    await ci.cloud.uploadFunction({ project, env: env.cloudEnv, name, path: join(fnRoot, name), remoteNpmInstall: true })
  }
  console.log('› 上传小程序代码')
  await ci.upload({ project, version: process.env.npm_package_version ?? '0.0.0', desc: `RedPost ${new Date().toISOString()}`, setting: { es6: true, minify: true } })
}

async function main() {
  const dryRun = process.argv.includes('--dry-run')
  if (!process.argv.includes('--no-build')) build()
  const checks = validate()
  for (const c of checks) console.log(`${c.ok ? '✔' : '✘'} ${c.name} — ${c.detail}`)
  const failed = checks.filter((c) => !c.ok)
  if (failed.length) throw new Error(`${failed.length} 项检查未通过，未上传`)
  if (dryRun) return console.log(`dry run: ${checks.length} 项检查全部通过，未上传任何内容`)
  await upload()
  console.log('部署完成')
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
