/** 双报到反馈: what the member's workplace unit sees from a signed link — that member's year, read-only. */
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Feedback() {
  const token = decodeURIComponent(useRouter().params.token ?? '')
  const f = useApi('members', 'feedback', { token })
  const s = f.data?.summary
  const rows: [string, string][] = s
    ? [
        ['参加组织生活', `${s.events} 次`],
        ['完成微心愿', `${s.wishes} 个`],
        ['双报到志愿服务', `${s.services} 次`],
        ['服务时长', `${s.serviceHours} 小时`],
        ['联系户走访', `${s.visits} 次`],
        ['年度积分', `${s.points} 分`],
      ]
    : []
  return (
    <PageRoot>
      <StateView loading={f.loading} error={f.error} />
      {s && (
        <View className='card' id='feedback-summary'>
          <Text className='card-title'>
            {s.name} · {s.year} 年度社区报到情况
          </Text>
          <Text className='muted'>{[f.data?.communityName, s.workplace].filter(Boolean).join(' · ')}</Text>
          {rows.map(([k, v]) => (
            <View key={k} className='fb-row'>
              <Text>{k}</Text>
              <Text className='fb-number'>{v}</Text>
            </View>
          ))}
          <Text className='muted'>本页只读，由社区党委出具，{formatTime(f.data!.expiresAt)} 前有效</Text>
        </View>
      )}
    </PageRoot>
  )
}
