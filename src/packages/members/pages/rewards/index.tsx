/** 奖品管理 (staff): the 党员先锋店 rewards — add one, edit it, restock, take it off the shelf. */
import { useState } from 'react'
import { Button, Input, Switch, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { showError } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

interface Form {
  id?: string
  name: string
  shop: string
  cost: string
  /** the first stock of a new reward, or how many to add (negative: take away) to an existing one */
  stock: string
  active: boolean
}

const EMPTY: Form = { name: '', shop: '', cost: '', stock: '', active: true }

export default function Rewards() {
  const list = useApi('members', 'rewards', { scope: 'manage' })
  const [form, setForm] = useState<Form>(EMPTY)
  const { busy, run } = useAction()
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch })

  async function save() {
    const cost = Number(form.cost)
    const stock = form.stock.trim() === '' ? 0 : Number(form.stock)
    if (!form.name.trim() || !form.shop.trim()) return showError({ message: '请填写奖品名称和提供的店铺' })
    if (!Number.isInteger(cost) || cost < 1) return showError({ message: '所需积分请填写正整数' })
    if (!Number.isInteger(stock)) return showError({ message: form.id ? '补货数量请填写整数' : '库存请填写整数' })
    const base = { name: form.name, shop: form.shop, cost, active: form.active }
    return run(() => call('members', 'saveReward', form.id ? { ...base, id: form.id, ...(stock ? { addStock: stock } : {}) } : { ...base, stock }), {
      ok: '已保存',
      then: () => {
        setForm(EMPTY)
        return list.reload()
      },
    })
  }

  return (
    <PageRoot>
      <View className='card' id='reward-form'>
        <Text className='card-title'>{form.id ? '修改奖品' : '上架新奖品'}</Text>
        <Text className='rw-label'>奖品名称</Text>
        <Input className='input' id='reward-name' placeholder='如：爱心理发一次' value={form.name} onInput={(e) => set({ name: e.detail.value })} />
        <Text className='rw-label'>提供的党员先锋店</Text>
        <Input className='input' id='reward-shop' placeholder='如：老街红心理发店' value={form.shop} onInput={(e) => set({ shop: e.detail.value })} />
        <Text className='rw-label'>所需积分</Text>
        <Input className='input' id='reward-cost' type='number' value={form.cost} onInput={(e) => set({ cost: e.detail.value })} />
        <Text className='rw-label'>{form.id ? '补货数量（减少请填负数，不填不变）' : '库存（件）'}</Text>
        <Input className='input' id='reward-stock' type='digit' value={form.stock} onInput={(e) => set({ stock: e.detail.value })} />
        <View className='row'>
          <Text className='grow'>上架中</Text>
          <Switch checked={form.active} onChange={(e) => set({ active: e.detail.value })} />
        </View>
        <View className='row'>
          <Button className='btn btn-primary grow' id='reward-save' disabled={busy} onClick={save}>
            保存
          </Button>
          {form.id && (
            <Button className='btn btn-plain grow' onClick={() => setForm(EMPTY)}>
              取消修改
            </Button>
          )}
        </View>
      </View>
      <StateView loading={list.loading && !list.data} error={list.error} empty={list.data?.items.length === 0} emptyText='还没有奖品，先上架一件吧' onRetry={list.reload} />
      {list.data?.items.map((r) => (
        <View key={r.id} className='card row' onClick={() => setForm({ id: r.id, name: r.name, shop: r.shop, cost: String(r.cost), stock: '', active: r.active })}>
          <View className='grow'>
            <Text className={`card-title ${r.active ? '' : 'rw-off'}`}>{r.name}</Text>
            <Text className='rw-line muted'>
              {r.shop} · {r.cost} 积分 · 库存 {r.stock}
              {r.active ? '' : ' · 已下架'}
            </Text>
          </View>
          <Text className='muted'>修改 ›</Text>
        </View>
      ))}
    </PageRoot>
  )
}
