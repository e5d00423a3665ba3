import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { storeContract } from './contract'

storeContract('sqlite (better-sqlite3, in memory)', () => new SqliteStore(':memory:'))
