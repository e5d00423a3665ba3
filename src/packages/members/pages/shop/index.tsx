/** 积分商城: 党员先锋店 rewards; a member redeems one with points after confirming. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { confirm, showError, showOk } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import { requestId } from '../../request-id'
import './index.scss'

export default function Shop() {
  const rewards = useApi('members', 'rewards', {})
  const mine = useApi('members', 'points', { limit: 1 })
  const [busy, setBusy] = useState<string>()
  const balance = mine.data?.total

  async function redeem(r: { id: string; name: string; shop: string; cost: number }) {
    // one id per confirmation: however often it is sent, it is one redemption
    const id = requestId()
    if (!(await confirm('确认兑换', `用 ${r.cost} 积分兑换「${r.name}」，到「${r.shop}」出示“我的兑换”领取。`))) return
    setBusy(r.id)
    try {
      await call('members', 'redeem', { rewardId: r.id, requestId: id })
      showOk('兑换成功')
      await Promise.all([rewards.reload(), mine.reload()])
      void Taro.navigateTo({ url: '/packages/members/pages/my-redemptions/index' })
    } catch (e) {
      showError(e)
      await Promise.all([rewards.reload(), mine.reload()])
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <PageRoot>
      <View className='card shop-balance'>
        <Text className='muted'>可用积分</Text>
        <Text className='shop-balance-number' id='shop-balance'>
          {balance ?? '—'}
        </Text>
        <Text className='muted' onClick={() => void Taro.navigateTo({ url: '/packages/members/pages/my-redemptions/index' })}>
          我的兑换 ›
        </Text>
      </View>
      <StateView loading={rewards.loading && !rewards.data} error={rewards.error} empty={rewards.data?.items.length === 0} emptyText='党员先锋店还没有上架奖品' onRetry={rewards.reload} />
      {rewards.data?.items.map((r) => {
        const short = balance !== undefined && balance < r.cost
        return (
          <View key={r.id} className='card' id={`reward-${r.id}`}>
            <Text className='card-title'>{r.name}</Text>
            <Text className='shop-line muted'>
              {r.shop} · 剩余 {r.stock} 件
            </Text>
            <View className='row'>
              <Text className='shop-cost grow'>{r.cost} 积分</Text>
              <Button className='btn btn-primary' data-testid='redeem' disabled={!!busy || r.stock <= 0 || short} loading={busy === r.id} onClick={() => redeem(r)}>
                {r.stock <= 0 ? '已兑完' : short ? '积分不够' : '兑换'}
              </Button>
            </View>
          </View>
        )
      })}
    </PageRoot>
  )
}
