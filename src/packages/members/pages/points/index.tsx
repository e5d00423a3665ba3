/** 我的积分: the balance, this year's and last year's points, the ledger (newest first, paged) and the year's leaderboard. */
import { useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi, usePaged } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { carriedOverPoints } from '@/domain/points'
import { ListEnd, StateView } from '@/components/StateView'
import { localYear } from '../../year'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Points() {
  const [tab, setTab] = useState<'ledger' | 'board'>('ledger')
  const ledger = usePaged('members', 'points', {})
  const [year, setYear] = useState(localYear())
  const board = useApi('members', 'leaderboard', { limit: 50, year })
  const total = useApi('members', 'points', { limit: 1 })
  useReachBottom(() => tab === 'ledger' && ledger.loadMore())
  // a total from before the app (the paper ledger) has no entries: say so rather than "no records"
  const carried = ledger.done && total.data ? carriedOverPoints(total.data.total, ledger.items.map((e) => e.amount)) : 0

  return (
    <PageRoot>
      <View className='card points-total'>
        <Text className='muted'>当前可用积分</Text>
        <Text className='points-number' id='points-total'>
          {total.data?.total ?? '—'}
        </Text>
        {total.data && (
          <View className='row points-years'>
            <Text id='points-this-year'>
              {total.data.year} 年获得 <Text className='points-amount'>{total.data.thisYear}</Text>
            </Text>
            <Text id='points-last-year'>
              {total.data.year - 1} 年获得 <Text className='points-amount'>{total.data.lastYear}</Text>
            </Text>
          </View>
        )}
        {carried > 0 && <Text className='muted'>含上线前累计积分 {carried}</Text>}
      </View>
      <View className='row points-tabs'>
        <Text className={`points-tab ${tab === 'ledger' ? 'is-on' : ''}`} onClick={() => setTab('ledger')}>
          积分明细
        </Text>
        <Text className={`points-tab ${tab === 'board' ? 'is-on' : ''}`} onClick={() => setTab('board')}>
          社区排行
        </Text>
      </View>
      {tab === 'ledger' ? (
        <View>
          <StateView
            loading={ledger.loading && ledger.items.length === 0}
            error={ledger.error}
            empty={ledger.done && ledger.items.length === 0 && carried === 0}
            emptyText='还没有积分记录，参加组织生活、认领微心愿都能获得积分'
            onRetry={ledger.reload}
          />
          {ledger.items.map((e) => (
            <View key={e.id} className='card row'>
              <View className='grow'>
                <Text className='points-reason'>{e.reasonText}</Text>
                <Text className='muted'>{[e.note, formatTime(e.at)].filter(Boolean).join(' · ')}</Text>
              </View>
              <Text className='points-amount'>{e.amount > 0 ? `+${e.amount}` : e.amount}</Text>
            </View>
          ))}
          {carried > 0 && (
            <View className='card row' id='points-carried'>
              <View className='grow'>
                <Text className='points-reason'>上线前累计积分</Text>
                <Text className='muted'>由社区原积分台账转入，没有逐条明细</Text>
              </View>
              <Text className='points-amount'>+{carried}</Text>
            </View>
          )}
          <ListEnd loading={ledger.loading} done={ledger.done} count={ledger.items.length + (carried > 0 ? 1 : 0)} />
        </View>
      ) : (
        <View>
          <StateView loading={board.loading} error={board.error} empty={board.data?.items.length === 0} emptyText={`${year} 年社区里还没有党员获得积分`} onRetry={board.reload} />
          <View className='row points-tabs'>
            {[localYear(), localYear() - 1].map((y) => (
              <Text key={y} className={`points-tab ${y === year ? 'is-on' : ''}`} onClick={() => setYear(y)}>
                {y} 年
              </Text>
            ))}
          </View>
          {board.data?.mine && <Text className='muted'>我的 {board.data.year} 年排名：第 {board.data.mine.rank} 名</Text>}
          {board.data?.items.map((r) => (
            <View key={r.openid} className='card row'>
              <Text className='points-rank'>{r.rank}</Text>
              <View className='grow'>
                <Text>{r.name}</Text>
                {r.branch && <Text className='muted'> · {r.branch}</Text>}
              </View>
              <Text className='points-amount'>{r.points}</Text>
            </View>
          ))}
        </View>
      )}
    </PageRoot>
  )
}
