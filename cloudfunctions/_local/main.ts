/** `npm start` / `npm run serve`: the emulator on 127.0.0.1:${PORT:-8080} with ${REDPOST_DATA:-.data/redpost.db}. */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { consoleLogger } from '../_runtime/clock'
import { startEmulator } from './emulator'

async function main() {
  const root = resolve(__dirname, '..', '..')
  const staticDir = process.env.REDPOST_STATIC ?? join(root, 'dist', 'h5')
  const log = consoleLogger(process.env.REDPOST_LOG === 'silent')
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.warn(`[redpost] ${staticDir}/index.html 不存在：请先运行 npm run build:h5（接口照常可用）`)
  }
  const emu = await startEmulator({
    port: Number(process.env.PORT ?? 8080),
    dataFile: resolve(process.env.REDPOST_DATA ?? join(root, '.data', 'redpost.db')),
    staticDir,
    production: process.env.NODE_ENV === 'production',
    log,
  })
  console.log(`RedPost running at ${emu.url}`)
  let exiting = false
  const shutdown = (signal: string) => {
    if (exiting) return
    exiting = true
    console.log(`[redpost] ${signal}: finishing requests and closing the database…`)
    emu.stop().then(
      () => process.exit(0),
      (e) => {
        console.error(e)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((e) => {
  console.error('[redpost] failed to start:', e instanceof Error ? e.message : e)
  process.exit(1)
})
