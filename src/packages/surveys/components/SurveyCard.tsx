/** One survey in a list: title, type, audience, closing date, and for staff its state and count. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { SurveyItem } from '@/domain/contracts/surveys'
import { KIND_NAMES } from '@/domain/surveys/rules'

const TAG: Record<SurveyItem['status'], string> = { draft: 'tag-gray', published: 'tag-green', closed: 'tag-gray' }

/** Where a card leads: residents answer; staff edit a draft and read the results of the others. */
export function surveyUrl(s: SurveyItem, staff: boolean): string {
  const id = encodeURIComponent(s.id)
  if (!staff) return `/packages/surveys/pages/answer/index?id=${id}`
  return s.status === 'draft' ? `/packages/surveys/pages/edit/index?id=${id}` : `/packages/surveys/pages/results/index?id=${id}`
}

export function SurveyCard({ s, staff }: { s: SurveyItem; staff: boolean }) {
  return (
    <View className='card' id={`survey-${s.id}`} data-testid='survey-card' onClick={() => Taro.navigateTo({ url: surveyUrl(s, staff) })}>
      <View className='row'>
        <Text className='card-title grow'>{s.title}</Text>
        {staff ? <Text className={`tag ${TAG[s.status]}`}>{s.statusName}</Text> : s.answered && <Text className='tag tag-green' data-testid='survey-answered'>已填写</Text>}
      </View>
      <Text className='muted'>
        {KIND_NAMES[s.kind]} · {s.gridName ?? '全社区'} · {s.closesOn} 截止
      </Text>
      {staff && <Text className='muted' data-testid='survey-count'> · 已收 {s.answerCount} 份</Text>}
    </View>
  )
}
