/** The dashboard's two charts, drawn with plain Views: columns by month (trend) and bars by community (comparison). */
import { Text, View } from '@tarojs/components'
import { scaled } from '@/domain/street/chart'
import './Charts.scss'

export interface Point {
  key: string
  label: string
  value: number
  text: string
}

/** Columns, one per month: the value above, the month below; the tallest column fills the chart. */
export function Columns({ points, testId }: { points: Point[]; testId: string }) {
  const shares = scaled(points.map((p) => p.value))
  return (
    <View className='columns' data-testid={testId}>
      {points.map((p, i) => (
        <View key={p.key} className='column' data-testid='column' data-key={p.key}>
          <Text className='column-value'>{p.value > 0 ? p.text : ''}</Text>
          <View className='column-track'>
            <View className='column-fill' style={{ height: `${Math.round(shares[i] * 100)}%` }} />
          </View>
          <Text className='column-label'>{p.label}</Text>
        </View>
      ))}
    </View>
  )
}

/** Horizontal bars, one per community, longest first kept in the given order. */
export function BarList({ points, testId, rate }: { points: Point[]; testId: string; rate?: boolean }) {
  // a rate is drawn against 100%, a count against the largest
  const shares = rate ? points.map((p) => Math.min(1, Math.max(0, p.value))) : scaled(points.map((p) => p.value))
  return (
    <View className='hbars' data-testid={testId}>
      {points.map((p, i) => (
        <View key={p.key} className='hbar' data-testid='hbar' data-key={p.key}>
          <Text className='hbar-label'>{p.label}</Text>
          <View className='hbar-track'>
            <View className={`hbar-fill ${rate && p.value < 0.6 ? 'hbar-low' : ''}`} style={{ width: `${Math.round(shares[i] * 100)}%` }} />
          </View>
          <Text className='hbar-value'>{p.text}</Text>
        </View>
      ))}
    </View>
  )
}
