/** One household on a list: address, head of household, tags, last visit and pace. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { HouseholdCard } from '@/domain/contracts/visits'
import { householdUrl, lastVisitLabel, PACE_NAMES, PACE_TAGS, TAG_NAMES } from '../labels'
import './HouseholdRow.scss'

export function HouseholdRow({ h, showMember, children }: { h: HouseholdCard; showMember?: boolean; children?: React.ReactNode }) {
  return (
    <View className='card household-row' id={`household-${h.id}`} onClick={() => void Taro.navigateTo({ url: householdUrl(h.id) })}>
      <View className='row'>
        <Text className='card-title grow'>{h.address}</Text>
        <Text className={`tag ${PACE_TAGS[h.pace]}`}>{PACE_NAMES[h.pace]}</Text>
      </View>
      <View className='row household-row-line'>
        <Text>户主 {h.headName}</Text>
        {h.tags.map((t) => (
          <Text key={t} className='tag tag-gray'>
            {TAG_NAMES[t]}
          </Text>
        ))}
      </View>
      <Text className='muted household-row-line'>
        {lastVisitLabel(h.lastVisitAt)} · 今年 {h.visitsThisYear} 次{showMember ? ` · ${h.memberName ? `联系党员 ${h.memberName}` : '未分配党员'}` : ''}
      </Text>
      {children}
    </View>
  )
}
