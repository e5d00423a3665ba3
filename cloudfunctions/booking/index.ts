import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { booking as contract } from '../../src/domain/contracts/booking'
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

export const booking = wire(contract, { services, service, slots, book, cancel, waitlist, leaveWaitlist, waits, mine, day, contact, markDone, markNoShow, rate, ratings })

export const main = cloudMain('booking', booking)
