/** A horizontal bar chart drawn with plain Views: one row per label, its count and share. */
import { Text, View } from '@tarojs/components'
import './Bars.scss'

export interface Bar {
  label: string
  count: number
  /** 0..1, the bar's length */
  share: number
}

export function Bars({ bars, testId }: { bars: Bar[]; testId?: string }) {
  return (
    <View className='bars' data-testid={testId}>
      {bars.map((b) => (
        <View key={b.label} className='bar-row' data-testid='bar-row'>
          <Text className='bar-label'>{b.label}</Text>
          <View className='bar-track'>
            <View className='bar-fill' style={{ width: `${Math.round(Math.min(1, b.share) * 100)}%` }} />
          </View>
          <Text className='bar-count'>
            {b.count} 人 · {Math.round(b.share * 1000) / 10}%
          </Text>
        </View>
      ))}
    </View>
  )
}
