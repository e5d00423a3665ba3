/**
 * The tab journey on the real mini-program, driven by miniprogram-automator through WeChat
 * DevTools. DevTools does not run on Linux, so this runs where it is installed:
 *   WECHAT_DEVTOOLS_CLI=/Applications/wechatwebdevtools.app/Contents/MacOS/cli npm run test:weapp
 * (after `npm run build:weapp`). Elsewhere it is reported as skipped, with the reason.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from '@jest/globals'
import { skipIf } from '../helpers/skip'

const cli = process.env.WECHAT_DEVTOOLS_CLI
const projectPath = join(__dirname, '..', '..')
const skip = !cli
  ? 'WECHAT_DEVTOOLS_CLI is not set: WeChat DevTools is needed for mini-program tests (the H5 journeys cover the same flows in Chromium)'
  : !existsSync(cli)
    ? `WECHAT_DEVTOOLS_CLI points at ${cli}, which does not exist`
    : !existsSync(join(projectPath, 'dist', 'weapp', 'app.json'))
      ? 'dist/weapp is not built: run npm run build:weapp first'
      : false

const TABS = [
  ['/pages/home/index', '首页'],
  ['/pages/events/index', '活动'],
  ['/pages/services/index', '服务'],
  ['/pages/me/index', '我的'],
] as const

describe('mini-program tabs (WeChat DevTools)', () => {
  skipIf(skip, it)('opens each tab page and shows its content', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const automator = require('miniprogram-automator')
    const mp = await automator.launch({ cliPath: cli, projectPath })
    try {
      for (const [path] of TABS) {
        const page = await mp.switchTab(path)
        await page.waitFor(500)
        assert.equal(`/${page.path}`, path)
        const body = await page.$('page')
        assert.ok(body, `${path} rendered`)
      }
      const home = await mp.switchTab('/pages/home/index')
      const text = await (await home.$('.community-name'))?.text()
      assert.ok(text && text.includes('社区'), 'the home tab names the community')
    } finally {
      await mp.close()
    }
  })
})
