/** An organization-life base (阵地) as stored. */
export interface BaseDoc {
  _id: string
  name: string
  kind: string
  address: string
  hours: string
  intro: string
  photos: string[]
  lat: number
  lng: number
  [k: string]: unknown
}
