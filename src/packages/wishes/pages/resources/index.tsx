/**
 * 资源池: what units and 党员先锋店 offer the community. Members and staff add offers; opened from
 * a wish (?wishId=), staff match a resource to it.
 */
import { useState } from 'react'
import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

const KINDS = [
  { value: 'shop', name: '党员先锋店' },
  { value: 'unit', name: '共建单位' },
] as const

export default function Resources() {
  const wishId = useRouter().params.wishId
  const { me } = useMe()
  const list = usePaged('wishes', 'resources', {})
  useReachBottom(() => list.loadMore())
  const [open, setOpen] = useState(false)
  const [f, setF] = useState({ provider: '', kind: 0, title: '', description: '', contact: '' })
  const { busy, run } = useAction()
  const canOffer = hasRole(me, 'member', 'staff', 'secretary')
  const canMatch = !!wishId && hasRole(me, 'staff', 'secretary')

  const offer = () =>
    run(
      () =>
        call('wishes', 'offerResource', {
          provider: f.provider,
          kind: KINDS[f.kind].value,
          title: f.title,
          description: f.description,
          ...(f.contact.trim() ? { contact: f.contact } : {}),
        }),
      {
        ok: '已加入资源池',
        then: () => {
          setOpen(false)
          setF({ provider: '', kind: 0, title: '', description: '', contact: '' })
          return list.reload()
        },
      },
    )

  const match = (resourceId: string) => run(() => call('wishes', 'match', { id: wishId!, resourceId }), { ok: '已对接', then: () => Taro.navigateBack() })

  const input = (k: 'provider' | 'title' | 'contact', label: string, placeholder: string) => (
    <View className='field'>
      <Text className='field-label'>{label}</Text>
      <Input id={`res-${k}`} className='input' value={f[k]} maxlength={40} placeholder={placeholder} onInput={(e) => setF({ ...f, [k]: e.detail.value })} />
    </View>
  )

  return (
    <PageRoot>
      {canMatch && <Text className='muted res-hint'>选择一项资源对接到这个心愿</Text>}
      {canOffer && !open && (
        <Button id='res-new' className='btn btn-plain' onClick={() => setOpen(true)}>
          我有资源可以提供
        </Button>
      )}
      {open && (
        <View className='card'>
          {input('provider', '提供方', '例如：红枫理发店（党员先锋店）')}
          <Picker mode='selector' range={KINDS.map((k) => k.name)} onChange={(e) => setF({ ...f, kind: Number(e.detail.value) })}>
            <View className='input field'>类型：{KINDS[f.kind].name}</View>
          </Picker>
          {input('title', '提供什么', '例如：每月一次上门义剪')}
          <Textarea className='input textarea' value={f.description} maxlength={300} placeholder='时间、对象、方式' onInput={(e) => setF({ ...f, description: e.detail.value })} />
          {input('contact', '联系方式或地点', '选填')}
          <Button id='res-submit' className='btn btn-primary' disabled={busy || !f.provider.trim() || !f.title.trim() || !f.description.trim()} onClick={offer}>
            加入资源池
          </Button>
        </View>
      )}
      <PagedState list={list} emptyText='资源池还是空的' />
      {list.items.map((r) => (
        <View key={r.id} className='card' id={`res-${r.id}`}>
          <View className='row'>
            <Text className='card-title grow'>{r.title}</Text>
            <Text className='tag'>{r.kind === 'shop' ? '党员先锋店' : '共建单位'}</Text>
          </View>
          <Text className='res-line'>{r.provider}</Text>
          <Text className='res-line muted'>{r.description}</Text>
          {r.contact && <Text className='res-line muted'>{r.contact}</Text>}
          {canMatch && (
            <Button className='btn btn-primary' disabled={busy} onClick={() => match(r.id)}>
              对接到心愿
            </Button>
          )}
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
