/** 心愿审核 (staff): the community's 满意率, wishes waiting for review, wishes left unclaimed over 30 days, declined ones. */
import { useState } from 'react'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi, usePaged } from '@/api/hooks'
import { rateText } from '@/domain/wishes/satisfaction'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { WishCard } from '../../components/WishCard'
import './index.scss'

const TABS = [
  { key: 'pending', title: '待审核', data: { scope: 'review', state: 'pending' }, empty: '没有待审核的心愿' },
  { key: 'flagged', title: '久未认领', data: { scope: 'flagged' }, empty: '没有超过 30 天无人认领的心愿' },
  { key: 'declined', title: '未通过', data: { scope: 'review', state: 'declined' }, empty: '没有未通过的心愿' },
] as const

export default function Review() {
  const [tab, setTab] = useState(0)
  const list = usePaged('wishes', 'list', TABS[tab].data)
  const rate = useApi('wishes', 'satisfaction', {})
  useReachBottom(() => list.loadMore())
  useDidShow(() => void list.reload())
  return (
    <PageRoot>
      {rate.data && (
        <View className='card' id='wish-satisfaction'>
          <Text className='card-title'>心愿满意率 {rateText(rate.data)}</Text>
          <Text className='muted'>
            已评价 {rate.data.rated} 个心愿，其中满意或非常满意 {rate.data.satisfied} 个
          </Text>
        </View>
      )}
      <View className='row wish-tabs'>
        {TABS.map((t, i) => (
          <Text key={t.key} id={`review-${t.key}`} className={`wish-tab ${tab === i ? 'is-on' : ''}`} onClick={() => setTab(i)}>
            {t.title}
          </Text>
        ))}
      </View>
      <PagedState list={list} emptyText={TABS[tab].empty} />
      {list.items.map((w) => (
        <WishCard key={w.id} wish={w} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
