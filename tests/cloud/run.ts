/**
 * npm run test:cloud — the store contract suite and a short smoke of every cloud function through
 * the real wx-server-sdk against a real cloud environment. Not part of `npm test`.
 *
 *   npm i -D wx-server-sdk
 *   WX_CLOUD_ENV=your-env-id TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npm run test:cloud
 *
 * The credentials are a Tencent Cloud API key of the account that owns the environment. Everything
 * it writes goes to collections named `${REDPOST_TEST_PREFIX:-rptest_}<name>`, emptied at the start
 * of each run; the app's own collections are never touched. Without the environment and credentials
 * it is reported as skipped, with the reason, and wx-server-sdk is never loaded.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { skipIf } from '../helpers/skip'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { storeRateLimiter } from '../../cloudfunctions/_runtime/ratelimit'
import { dispatch, type Deps } from '../../cloudfunctions/_runtime/router'
import { cloudServices, type CloudSdk } from '../../cloudfunctions/_runtime/services/cloud'
import { seed } from '../../cloudfunctions/_local/seed'
import { CloudStore } from '../../cloudfunctions/_store/cloud'
import type { Store } from '../../cloudfunctions/_store/port'
import { FUNCTIONS, TIMERS } from '../../cloudfunctions/registry'
import { storeContract } from '../store/contract'
import { FreshCollections, prefixedDb, type AdminDb } from './prefixed'

const env = process.env.WX_CLOUD_ENV
const secretId = process.env.TENCENTCLOUD_SECRETID
const secretKey = process.env.TENCENTCLOUD_SECRETKEY
const prefix = process.env.REDPOST_TEST_PREFIX ?? 'rptest_'
const missing = Object.entries({ WX_CLOUD_ENV: env, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey }).filter(([, v]) => !v)

type Sdk = CloudSdk & { init(o: object): void; database(): AdminDb }

/** Loaded only here, only with credentials: never in the tests or the emulator. */
function loadSdk(): Sdk {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk') as Sdk
    cloud.init({ env, secretId, secretKey })
    return cloud
  } catch (e) {
    throw new Error(`wx-server-sdk is needed for the cloud run: npm i -D wx-server-sdk (${e instanceof Error ? e.message : e})`)
  }
}

if (missing.length) {
  const reason = `${missing.map(([k]) => k).join(', ')} not set: the cloud run needs a cloud environment id and a Tencent Cloud API key (see README, deploy)`
  describe('cloud environment', () => {
    skipIf(reason, it)('store contract and function smoke through wx-server-sdk', () => {})
  })
} else {
  const cloud = loadSdk()
  const db = cloud.database()
  const fresh = (p: string): Store => new FreshCollections(new CloudStore(prefixedDb(db, p)), db, p)

  storeContract(`cloud (wx-server-sdk, environment ${env})`, () => fresh(`${prefix}contract_`))

  describe(`every function on environment ${env}`, () => {
    const store = fresh(`${prefix}app_`)
    const clock = new FixedClock(new Date())
    const log = memoryLogger()
    const deps: Deps = {
      functions: FUNCTIONS,
      store,
      clock,
      log,
      services: cloudServices(cloud, store, clock, log, { REDPOST_SECRET: process.env.REDPOST_SECRET ?? 'test-cloud-run-secret-of-at-least-32-chars' }),
      limiter: storeRateLimiter(store, clock),
    }
    const call = (openid: string, fn: string, action: string, data: unknown = {}) => dispatch({ fn, action, data, openid }, deps)

    beforeAll(async () => {
      await seed(store, clock.now())
    })
    afterAll(() => store.close())

    const SMOKE: [openid: string, fn: string, action: string, data?: unknown][] = [
      ['demo-member', 'members', 'me'],
      ['demo-resident', 'bulletin', 'home'],
      ['demo-member', 'events', 'list', {}],
      ['demo-resident', 'booking', 'services'],
      ['demo-member', 'wishes', 'list', { scope: 'public' }],
      ['demo-secretary', 'tickets', 'list', { scope: 'community' }],
      ['demo-member', 'members', 'pass'],
    ]
    it('covers every function', () => {
      assert.deepEqual([...new Set(SMOKE.map(([, fn]) => fn))].sort(), Object.keys(FUNCTIONS).sort())
    })
    for (const [openid, fn, action, data] of SMOKE) {
      it(`${fn}.${action} as ${openid} answers ok`, async () => {
        const r = await call(openid, fn, action, data)
        assert.equal(r.ok, true, JSON.stringify(r))
      })
    }
    it('a write: a resident reports a problem and finds it in their list', async () => {
      const r = await call('demo-resident', 'tickets', 'submit', { title: '云端测试：楼道灯不亮', description: '三楼楼道灯坏了，晚上看不清台阶', category: 'street_light' })
      assert.equal(r.ok, true, JSON.stringify(r))
      const mine = await call('demo-resident', 'tickets', 'list', { scope: 'mine' })
      assert.ok(mine.ok && (mine.data as { items: { id: string }[] }).items.some((t) => t.id === (r.data as { id: string }).id))
    })
    for (const timer of TIMERS) {
      it(`the ${timer.name} runs once without failing a job`, async () => {
        const result = (await timer.run(deps)) as Record<string, unknown>
        const failed = Object.entries(result).filter(([, v]) => v === 'failed')
        assert.deepEqual(failed, [], JSON.stringify(result))
      })
    }
  })
}
