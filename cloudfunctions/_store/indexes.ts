/**
 * Indexes each collection needs for the queries handlers make: the sqlite adapter creates them
 * as expression indexes; the same list is what the cloud database must declare.
 * Each entry is a list of top-level fields, in index order.
 */
export const INDEXES: Record<string, string[][]> = {
  members: [['communityId', 'roles', 'points'], ['communityId', 'roles', 'name', 'createdAt'], ['demo', 'createdAt'], ['departmentId', 'roles'], ['communityId', 'reportedAt']],
  points_ledger: [['openid', 'at']],
  audit: [['target', 'at'], ['at']],
  outbox: [['to', 'createdAt'], ['pendingSince']],
  rate_limits: [['expiresAt']],
  tickets: [
    ['communityId', 'state', 'dueAt'],
    ['submitter', 'state', 'dueAt'],
    ['departmentIds', 'state', 'dueAt'],
    ['communityId', 'category', 'createdAt'],
    ['communityId', 'dispatchedAt'],
    ['dispatchedAt'],
    ['sweepAt'],
  ],
  ticket_follows: [['openid', 'createdAt'], ['ticketId']],
  grids: [['communityId']],
  notices: [['communityId', 'status', 'expiresAt', 'audience', 'category', 'search', 'pinned', 'publishedAt']],
  notice_reads: [['noticeId', 'at'], ['openid', 'at']],
  events: [['communityId', 'status', 'startAt'], ['communityId', 'startAt', 'theme', 'baseId']],
  wishes: [
    ['communityId', 'state', 'postedAt'],
    ['communityId', 'state', 'stale', 'listedAt'],
    ['poster', 'state', 'postedAt'],
    ['claimer', 'state', 'claimedAt'],
    ['claimer', 'state', 'confirmedAt'],
  ],
  resources: [['communityId', 'active', 'createdAt'], ['offeredBy']],
  service_posts: [['communityId', 'order']],
  post_joins: [['openid']],
  service_hours: [['openid', 'state', 'date'], ['communityId', 'state', 'at']],
  signups: [['eventId', 'status', 'seq'], ['eventId', 'status', 'remindedAt'], ['openid']],
  checkins: [['eventId', 'at'], ['openid']],
  checkin_scans: [['code', 'at'], ['openid']],
  event_ratings: [['openid']],
  themes: [['communityId', 'monthAt', 'votes', 'createdAt'], ['by']],
  theme_votes: [['openid']],
  services: [['active', 'kind', 'sort']],
  slots: [['serviceId', 'startAt'], ['waiting', 'startAt']],
  bookings: [['openid', 'status', 'startAt'], ['serviceId', 'startAt', 'status'], ['status', 'startAt', 'remindedAt']],
  slot_waitlist: [['slotId', 'joinedAt'], ['openid', 'joinedAt']],
  service_ratings: [['serviceId', 'at'], ['openid']],
  no_shows: [['openid', 'at']],
}
