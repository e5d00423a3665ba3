/** 双报到名册: who has reported to the community, their posts, confirmed hours and wishes this year. */
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Roster() {
  const res = useApi('wishes', 'roster', {})
  const items = res.data?.items ?? []
  return (
    <PageRoot>
      <StateView loading={res.loading} error={res.error} empty={res.data && items.length === 0} emptyText='还没有在职党员报到' onRetry={() => void res.reload()} />
      {res.data && items.length > 0 && (
        <Text className='muted roster-head'>
          {res.data.year} 年 · 已报到 {items.length} 人 · 服务 {items.reduce((n, r) => n + r.hours, 0)} 小时
        </Text>
      )}
      {items.map((r) => (
        <View key={r.openid} className='card'>
          <View className='row'>
            <Text className='card-title grow'>{r.name}</Text>
            <Text className='roster-hours'>{r.hours} 小时</Text>
          </View>
          <Text className='muted roster-line'>{r.workplace}</Text>
          {r.skills.length > 0 && <Text className='roster-line'>特长：{r.skills.join('、')}</Text>}
          <Text className='roster-line'>岗位：{r.posts.length ? r.posts.join('、') : '暂未认领'}</Text>
          <Text className='roster-line'>圆梦微心愿：{r.wishes} 个</Text>
        </View>
      ))}
      {items.length > 0 && <Text className='list-end'>— 没有更多了 —</Text>}
    </PageRoot>
  )
}
