/**
 * Every page's root: the page's padding and, while 关怀模式 is on, the `care` class that the larger,
 * higher-contrast styles hang from (config/postcss-care.js writes them; app.scss adds the rest).
 * The tree stays the same when the mode changes, so a half-filled form keeps what it holds.
 */
import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { useCare } from '@/api/care'

export function PageRoot({ className, children }: PropsWithChildren<{ className?: string }>) {
  const care = useCare()
  return (
    <View className={care ? 'care' : ''}>
      <View className={className ? `page ${className}` : 'page'}>{children}</View>
    </View>
  )
}
