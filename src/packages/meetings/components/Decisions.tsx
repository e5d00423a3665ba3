/** A meeting's decisions, each with what it became: a link to its ticket (诉求) or notice (公告). */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MeetingView } from '@/domain/contracts/meetings'
import './Decisions.scss'

export function Decisions({ decisions }: { decisions: MeetingView['decisions'] }) {
  return (
    <View className='card'>
      <Text className='card-title'>决议（{decisions.length}）</Text>
      {decisions.length === 0 && <Text className='muted'>没有形成决议</Text>}
      {decisions.map((d, i) => (
        <View key={d.id} className='decision' id={`decision-${d.id}`}>
          <Text className='meeting-line'>
            {i + 1}. {d.text}
          </Text>
          {d.ticketId && (
            <Text id={`decision-${d.id}-ticket`} className='decision-link' onClick={() => Taro.navigateTo({ url: `/packages/tickets/pages/detail/index?id=${encodeURIComponent(d.ticketId!)}` })}>
              已转为诉求，查看办理进展 ›
            </Text>
          )}
          {d.noticeId && (
            <Text id={`decision-${d.id}-notice`} className='decision-link' onClick={() => Taro.navigateTo({ url: `/packages/bulletin/pages/detail/index?id=${encodeURIComponent(d.noticeId!)}` })}>
              已发布为公告，查看公告 ›
            </Text>
          )}
          {!d.ticketId && !d.noticeId && <Text className='muted'>尚未转办</Text>}
        </View>
      ))}
    </View>
  )
}
