/** A member unit of the 大党委: its party organisation, contact, 兼职委员, 结对共建 (and a form to pair it), and its offers and commitments. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, useReloadOnReturn } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { localDate } from '@/domain/time'
import { ItemCard } from '../../components/ItemCard'
import '../../components/council.scss'
import './index.scss'

export default function CouncilUnit() {
  const id = useRouter().params.id ?? ''
  const res = useApi('council', 'unit', { id })
  useReloadOnReturn(res.reload)
  const { busy, run } = useAction()
  const [community, setCommunity] = useState(0)
  const [what, setWhat] = useState('')
  const year = localDate(new Date()).slice(0, 4)
  const [from, setFrom] = useState(`${year}-01-01`)
  const [to, setTo] = useState(`${year}-12-31`)
  const u = res.data
  if (!u) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />

  const pair = () =>
    run(() => call('council', 'pair', { memberUnitId: id, communityId: u.pairIn[community].id, what, from, to }), {
      ok: '结对共建协议已登记',
      then: () => {
        setWhat('')
        void res.reload()
      },
    })

  return (
    <PageRoot>
      <View className='card' id='unit-head'>
        <View className='row'>
          <Text className='tag'>{u.kindName}</Text>
          <Text className='muted grow council-level'>挂靠 {u.unitName}</Text>
        </View>
        <Text className='card-title'>{u.name}</Text>
        <Text className='council-line'>党组织：{u.partyOrg}</Text>
        <Text className='council-line' onClick={() => u.canEdit && void Taro.makePhoneCall({ phoneNumber: u.contactPhone }).catch(() => undefined)}>
          联系人：{u.contactName} {u.contactPhone}
        </Text>
        {u.canEdit && (
          <Button id='unit-edit' className='btn btn-plain council-line' size='mini' onClick={() => Taro.navigateTo({ url: `/packages/council/pages/edit/index?id=${encodeURIComponent(id)}` })}>
            修改单位信息和兼职委员
          </Button>
        )}
      </View>
      <Text className='section-title'>兼职委员</Text>
      <StateView empty={u.committee.length === 0} emptyText='还没有兼职委员' />
      {u.committee.map((c) => (
        <View key={c.openid} className='card' id={`seat-${c.openid}`}>
          <Text className='card-title'>{c.name}</Text>
          <Text className='muted'>{c.title}</Text>
        </View>
      ))}
      <Text className='section-title'>结对共建</Text>
      <StateView empty={u.pairings.length === 0} emptyText='还没有结对社区' />
      {u.pairings.map((p) => (
        <View key={p.id} className='card' id={`pairing-${p.id}`}>
          <View className='row'>
            <Text className='card-title grow'>{p.communityName}</Text>
            <Text className={`tag ${p.active ? 'tag-green' : 'tag-gray'}`}>{p.active ? '协议期内' : '不在协议期'}</Text>
          </View>
          <Text className='muted'>共建协议：{p.what}</Text>
          <Text className='muted council-line'>
            {p.from} 至 {p.to}
          </Text>
        </View>
      ))}
      {u.pairIn.length > 0 && (
        <View className='card' id='pair-form'>
          <Text className='card-title'>签订结对共建协议</Text>
          <View className='field'>
            <Text className='field-label'>结对社区</Text>
            <Picker mode='selector' range={u.pairIn.map((c) => c.name)} value={community} onChange={(e) => setCommunity(Number(e.detail.value))}>
              <View className='input' id='pair-community'>
                {u.pairIn[community]?.name}
              </View>
            </Picker>
          </View>
          <View className='field'>
            <Text className='field-label'>共建内容</Text>
            <Textarea id='pair-what' className='input textarea' value={what} maxlength={200} placeholder='例如：每月一次党员志愿服务，开放单位活动场地' onInput={(e) => setWhat(e.detail.value)} />
          </View>
          <View className='row'>
            <Picker mode='date' value={from} onChange={(e) => setFrom(String(e.detail.value))}>
              <View className='input' id='pair-from'>
                自 {from}
              </View>
            </Picker>
            <Picker mode='date' value={to} onChange={(e) => setTo(String(e.detail.value))}>
              <View className='input' id='pair-to'>
                至 {to}
              </View>
            </Picker>
          </View>
          <Button id='pair-submit' className='btn btn-primary' disabled={busy || !what.trim()} loading={busy} onClick={pair}>
            登记协议
          </Button>
        </View>
      )}
      <Text className='section-title'>本单位的资源与承诺</Text>
      <StateView empty={u.items.length === 0} emptyText='还没有登记资源或承诺' />
      {u.items.map((i) => (
        <ItemCard key={i.id} i={i} />
      ))}
    </PageRoot>
  )
}
