/**
 * The WeChat cloud entry: `exports.main = cloudMain('members', actions)`.
 * wx-server-sdk and the cloud adapter are required on the first call only, never at import time,
 * so the emulator and the tests import every function module without the SDK anywhere near them.
 */
import type { CloudDb } from '../_store/cloud'
import { systemClock, consoleLogger } from './clock'
import { dispatch, type Deps } from './router'
import type { CloudSdk } from './services/cloud'
import type { FunctionModule } from './types'

export interface CloudEvent {
  action?: unknown
  data?: unknown
  /** present when a timer trigger calls the function */
  Type?: string
  TriggerName?: string
}

let shared: Omit<Deps, 'functions'> | undefined

function sdk(): CloudSdk & { database(): CloudDb } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  return cloud
}

function deps(): Omit<Deps, 'functions'> {
  if (!shared) {
    const cloud = sdk()
    const log = consoleLogger()
    // loaded here, not at import time: the emulator and tests import function modules without it
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CloudStore } = require('../_store/cloud') as typeof import('../_store/cloud')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { cloudServices } = require('./services/cloud') as typeof import('./services/cloud')
    const store = new CloudStore(cloud.database())
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { storeRateLimiter } = require('./ratelimit') as typeof import('./ratelimit')
    shared = {
      store,
      clock: systemClock,
      log,
      services: cloudServices(cloud, store, systemClock, log),
      limiter: storeRateLimiter(store, systemClock),
    }
  }
  return shared
}

export function cloudMain(name: string, actions: FunctionModule) {
  return async (event: CloudEvent) => {
    const d = deps()
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { OPENID } = require('wx-server-sdk').getWXContext()
    return dispatch({ fn: name, action: event?.action, data: event?.data, openid: OPENID }, {
      ...d,
      functions: { [name]: actions },
    })
  }
}

/** For timer-triggered functions (the sweeper): runs fn with the same deps, no caller. */
export function cloudTimer(run: (d: Omit<Deps, 'functions'>) => Promise<unknown>) {
  return async () => run(deps())
}
