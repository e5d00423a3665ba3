/** 我的兑换: my redemptions and their states; one not yet handed over can be cancelled (points back). */
import { useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, usePaged } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function MyRedemptions() {
  const list = usePaged('members', 'myRedemptions', {})
  useReachBottom(() => list.loadMore())
  const { busy, run } = useAction()
  const reload = () => list.reload()

  const cancel = (id: string, cost: number) =>
    run(() => call('members', 'cancelRedemption', { id }), {
      confirm: { title: '取消兑换', content: `取消后 ${cost} 积分退回到您的账户。` },
      ok: '已取消，积分已退回',
      then: reload,
      failed: () => void reload(),
    })

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
