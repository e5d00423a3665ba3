/** 我要反映: raise a problem; nearby open tickets of the same kind are offered to follow instead. */
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import type { Out } from '@/api'
import { useAction } from '@/api/hooks'
import { showError } from '@/components/toast'
import { Chips } from '@/components/Chips'
import { Photos } from '@/components/Photos'
import { PageRoot } from '@/components/PageRoot'
import { CATEGORY_OPTIONS, type CategoryKey } from '../../labels'
import './index.scss'

type Nearby = Out<'tickets', 'nearby'>['items']

export default function Submit() {
  const [form, setForm] = useState({ title: '', description: '', address: '' })
  const [category, setCategory] = useState<CategoryKey | undefined>()
  const [images, setImages] = useState<string[]>([])
  const [point, setPoint] = useState<{ lat: number; lng: number } | undefined>()
  const [nearby, setNearby] = useState<Nearby>([])
  const { busy, run } = useAction()

  useEffect(() => {
    if (!category || !point) return setNearby([])
    call('tickets', 'nearby', { category, ...point }).then((r) => setNearby(r.items), () => setNearby([]))
  }, [category, point])

  async function locate() {
    if (process.env.TARO_ENV === 'h5') {
      // the H5 build (local emulator) has no map key: the browser's own position stands in
      navigator.geolocation.getCurrentPosition(
        (p) => setPoint({ lat: p.coords.latitude, lng: p.coords.longitude }),
        () => showError({ message: '没能取得位置，请手动填写地址' }),
        { timeout: 8000 },
      )
      return
    }
    try {
      const r = await Taro.chooseLocation({})
      setPoint({ lat: r.latitude, lng: r.longitude })
      if (r.address && !form.address) setForm((f) => ({ ...f, address: r.name || r.address }))
    } catch {
      try {
        const r = await Taro.getLocation({ type: 'gcj02' })
        setPoint({ lat: r.latitude, lng: r.longitude })
      } catch {
        showError({ message: '没能取得位置，请手动填写地址' })
      }
    }
  }

  const follow = (id: string) =>
    run(() => call('tickets', 'follow', { id }), {
      ok: '已关注，有进展会通知您',
      then: () => setNearby((xs) => xs.map((x) => (x.id === id ? { ...x, following: true } : x))),
    })

  function submit() {
    if (!category) return showError({ message: '请选择问题类别' })
    return run(
      () =>
        call('tickets', 'submit', {
          title: form.title.trim(),
          description: form.description.trim(),
          category,
          ...(form.address.trim() ? { location: { address: form.address.trim(), ...(point ?? {}) } } : {}),
          ...(images.length ? { images } : {}),
        }),
      { ok: '已提交，社区会尽快受理', then: ({ id }) => void Taro.redirectTo({ url: `/packages/tickets/pages/detail/index?id=${id}` }) },
    )
  }

  const set = (key: keyof typeof form) => (e: { detail: { value: string } }) => setForm((f) => ({ ...f, [key]: e.detail.value }))
  return (
    <PageRoot>
      <View className='card'>
        <View className='field'>
          <Text className='field-label'>问题类别</Text>
          <Chips name='category' options={CATEGORY_OPTIONS} selected={category ? [category] : []} onToggle={(k) => setCategory(k)} />
        </View>
        <View className='field'>
          <Text className='field-label'>一句话说明</Text>
          <Input id='ticket-title' className='input' maxlength={40} value={form.title} placeholder='如：5幢旁路灯不亮' onInput={set('title')} />
        </View>
        <View className='field'>
          <Text className='field-label'>详细情况</Text>
          <Textarea id='ticket-description' className='input textarea' maxlength={1000} value={form.description} placeholder='什么时候开始的、影响了谁、现场什么样' onInput={set('description')} />
        </View>
        <View className='field'>
          <Text className='field-label'>地点</Text>
          <Input id='ticket-address' className='input' maxlength={100} value={form.address} placeholder='如：望湖小区5幢与6幢之间' onInput={set('address')} />
          <Button className='btn btn-plain' size='mini' onClick={locate}>
            {point ? '已在地图上选点 ✓' : '在地图上选点（可选）'}
          </Button>
        </View>
        <View className='field'>
          <Text className='field-label'>现场照片（可选，最多 9 张）</Text>
          <Photos id='ticket-add-photo' images={images} onChange={setImages} />
        </View>
      </View>
      {nearby.length > 0 && (
        <View className='card dup-card' data-testid='duplicates'>
          <Text className='card-title'>是不是这个问题？</Text>
          <Text className='muted'>附近 200 米内 30 天里已有人反映，关注它就能查看并收到进展，不必重复提交。</Text>
          {nearby.map((n) => (
            <View key={n.id} className='dup-item row'>
              {/* someone else's ticket opens only to its followers: follow first, then it opens */}
              <View
                className='grow'
                id={`dup-${n.id}`}
                onClick={() => n.following && Taro.navigateTo({ url: `/packages/tickets/pages/detail/index?id=${n.id}` })}
              >
                <Text className='dup-title'>{n.title}</Text>
                <Text className='muted'>
                  {[n.stateName, `距离约 ${n.distance} 米`, n.address].filter(Boolean).join(' · ')}
                  {n.following ? ' · 查看进展 ›' : ''}
                </Text>
              </View>
              <Button id={`follow-${n.id}`} className='btn btn-plain' size='mini' disabled={n.following} onClick={() => follow(n.id)}>
                {n.following ? '已关注' : '关注它'}
              </Button>
            </View>
          ))}
        </View>
      )}
      <Button id='ticket-submit' className='btn btn-primary' loading={busy} disabled={busy} onClick={submit}>
        提交
      </Button>
      <Text className='muted'>提交后社区书记会受理，需要职能部门处理的会“吹哨”派单，各环节都有时限。</Text>
    </PageRoot>
  )
}
