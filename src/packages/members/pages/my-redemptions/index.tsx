/** 我的兑换: my redemptions and their states; one not yet handed over can be cancelled (points back). */
import { useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { usePaged } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { ListEnd, PagedState } from '@/components/StateView'
import { confirm, showError, showOk } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function MyRedemptions() {
  const list = usePaged('members', 'myRedemptions', {})
  useReachBottom(() => list.loadMore())
  const [busy, setBusy] = useState(false)

  async function cancel(id: string, cost: number) {
    if (!(await confirm('取消兑换', `取消后 ${cost} 积分退回到您的账户。`))) return
    setBusy(true)
    try {
      await call('members', 'cancelRedemption', { id })
      showOk('已取消，积分已退回')
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
      await list.reload()
    }
  }

  return (
    <PageRoot>
      <PagedState list={list} emptyText='还没有兑换记录，去积分商城看看吧' />
      {list.items.map((r) => (
        <View key={r.id} className='card' id={`redemption-${r.id}`}>
          <View className='row'>
            <Text className='card-title grow'>{r.rewardName}</Text>
            <Text className={`rd-state is-${r.state}`}>{r.stateName}</Text>
          </View>
          <Text className='rd-line muted'>
            {r.shop} · {r.cost} 积分 · {formatTime(r.requestedAt)}
          </Text>
          {r.state === 'requested' && (
            <>
              <Text className='rd-line'>请到「{r.shop}」出示本页，由工作人员核销领取</Text>
              <Button className='btn btn-plain' data-testid='cancel-redemption' disabled={busy} onClick={() => cancel(r.id, r.cost)}>
                取消兑换
              </Button>
            </>
          )}
          {r.handedAt && <Text className='rd-line muted'>领取时间 {formatTime(r.handedAt)}</Text>}
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
