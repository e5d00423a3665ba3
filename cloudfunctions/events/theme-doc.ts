/** A theme proposed for a month's menu, as stored. */
export interface ThemeDoc {
  _id: string
  communityId: string
  /** start of the local month the theme is proposed for */
  monthAt: string
  title: string
  description: string
  by: string
  byName: string
  votes: number
  createdAt: string
  [k: string]: unknown
}
