/** One meeting in a list: kind, title, when and where, its state. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MeetingItem } from '@/domain/contracts/meetings'
import { formatTime } from '@/components/format'

export function MeetingCard({ m }: { m: MeetingItem }) {
  return (
    <View id={`meeting-${m.id}`} className='card' onClick={() => Taro.navigateTo({ url: `/packages/meetings/pages/detail/index?id=${encodeURIComponent(m.id)}` })}>
      <View className='row'>
        <Text className='tag'>{m.kindName}</Text>
        <Text className={`tag ${m.state === 'scheduled' ? 'tag-green' : 'tag-gray'}`}>{m.stateName}</Text>
      </View>
      <Text className='card-title'>{m.title}</Text>
      <Text className='muted'>
        {formatTime(m.startAt, true)} · {m.place}
      </Text>
      <Text className='muted'>{m.inviteeCount ? ` · 邀请 ${m.inviteeCount} 方参加` : ''}</Text>
    </View>
  )
}
