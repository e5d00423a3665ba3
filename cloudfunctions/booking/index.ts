import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { book } from './handlers/book'
import { cancel } from './handlers/cancel'
import { contact } from './handlers/contact'
import { day } from './handlers/day'
import { markDone } from './handlers/markDone'
import { markNoShow } from './handlers/markNoShow'
import { leaveWaitlist } from './handlers/leaveWaitlist'
import { mine } from './handlers/mine'
import { rate } from './handlers/rate'
import { ratings } from './handlers/ratings'
import { service } from './handlers/service'
import { services } from './handlers/services'
import { slots } from './handlers/slots'
import { waitlist } from './handlers/waitlist'
import { waits } from './handlers/waits'

export const booking = { services, service, slots, book, cancel, waitlist, leaveWaitlist, waits, mine, day, contact, markDone, markNoShow, rate, ratings } satisfies FunctionModule

export const main = cloudMain('booking', booking)
