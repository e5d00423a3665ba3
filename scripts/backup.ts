/**
 * npm run backup                 → .data/backups/redpost-<time>.db (online: safe while the server runs)
 * npm run restore -- <file>      → replaces the local database (the server must be stopped)
 */
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
export const dataFile = () => resolve(process.env.REDPOST_DATA ?? join(root, '.data', 'redpost.db'))

export async function backup(source = dataFile(), dir = join(dirname(source), 'backups')): Promise<string> {
  if (!existsSync(source)) throw new Error(`没有找到数据库 ${source}`)
  mkdirSync(dir, { recursive: true })
  const dest = join(dir, `redpost-${new Date().toISOString().replace(/[:.]/g, '-')}.db`)
  const db = new Database(source, { readonly: true })
  try {
    await db.backup(dest)
  } finally {
    db.close()
  }
  return dest
}

/** Checks the file is a RedPost database before it replaces the live one. */
export function verifyBackup(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare(`SELECT count(*) AS n FROM "c_members"`).get() as { n: number }
    return row.n
  } finally {
    db.close()
  }
}

export async function restore(file: string, target = dataFile()): Promise<void> {
  const port = process.env.PORT ?? '8080'
  const running = await fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.ok,
    () => false,
  )
  if (running) throw new Error(`服务正在 127.0.0.1:${port} 运行：请先停止（Ctrl-C）再恢复`)
  verifyBackup(file)
  mkdirSync(dirname(target), { recursive: true })
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
  copyFileSync(file, target)
}

if (require.main === module) {
  const [cmd, file] = process.argv.slice(2)
  const run = cmd === 'restore' ? (file ? restore(resolve(file)).then(() => `已恢复 ${file}`) : Promise.reject(new Error('用法：npm run restore -- <备份文件>'))) : backup().then((f) => `已备份到 ${f}`)
  run.then(
    (msg) => console.log(msg),
    (e) => {
      console.error(e instanceof Error ? e.message : e)
      process.exit(1)
    },
  )
}
