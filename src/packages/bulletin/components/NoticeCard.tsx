/** One notice in a list: tags, title, a short excerpt, time and read count. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeItem } from '@/domain/contracts/bulletin'
import { formatTime } from '@/components/format'
import './NoticeCard.scss'

export const DETAIL = '/packages/bulletin/pages/detail/index'

export function NoticeCard({ n }: { n: NoticeItem }) {
  return (
    <View
      id={`notice-${n.id}`}
      className='card notice-card'
      data-testid='notice-card'
      onClick={() => Taro.navigateTo({ url: `${DETAIL}?id=${encodeURIComponent(n.id)}` })}
    >
      <View className='notice-tags'>
        {n.pinned && <Text className='tag tag-red'>置顶</Text>}
        {n.urgent && <Text className='tag tag-red'>紧急</Text>}
        <Text className='tag'>{n.category}</Text>
        {n.gridId && <Text className='tag tag-gray'>本网格</Text>}
      </View>
      <Text className='notice-title'>{n.title}</Text>
      <Text className='muted notice-excerpt'>{n.excerpt}</Text>
      <View className='row'>
        <Text className='muted'>{formatTime(n.publishedAt)}</Text>
        <Text className='muted'>阅读 {n.readCount}</Text>
      </View>
    </View>
  )
}
