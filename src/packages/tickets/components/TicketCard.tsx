/** One ticket in a list: its community, state, deadline (red when overdue), departments. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { TicketItem } from '@/domain/contracts/tickets'
import { formatTime } from '@/components/format'
import { PRIORITY_NAMES } from '@/domain/tickets/model'

export function TicketCard({ t }: { t: TicketItem }) {
  return (
    <View className='card ticket-card' id={`ticket-${t.id}`} onClick={() => Taro.navigateTo({ url: `/packages/tickets/pages/detail/index?id=${t.id}` })}>
      <View className='row'>
        <Text className='ticket-title grow'>{t.title}</Text>
        <Text className={`tag ${t.state === 'closed' || t.state === 'rejected' ? 'tag-gray' : ''}`}>{t.stateName}</Text>
      </View>
      <Text className='muted' data-testid='ticket-meta'>
        {[t.communityName, t.categoryName, t.priority ? PRIORITY_NAMES[t.priority] : '', t.address, t.departmentNames.join('、')].filter(Boolean).join(' · ')}
      </Text>
      {t.deadline && (
        <Text className={`ticket-deadline ${t.overdue ? 'overdue' : 'muted'}`} data-testid={t.overdue ? 'overdue' : 'deadline'}>
          {t.overdue ? '已超时 · ' : '时限 '}
          {formatTime(t.deadline)}
        </Text>
      )}
    </View>
  )
}
