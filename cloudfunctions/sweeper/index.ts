/** Timer-triggered every 5 minutes on WeChat cloud (config.json), every minute in the emulator. */
import { cloudTimer } from '../_runtime/cloud'
import { sweep } from './sweep'

export const main = cloudTimer(sweep)
