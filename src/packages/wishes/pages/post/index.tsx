/** 发布微心愿: for yourself or a neighbour; the public will see only the surname and building. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction } from '@/api/hooks'
import { Photos } from '@/components/Photos'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

const CATEGORIES = ['助老', '助学', '关爱', '助残', '法律', '其他']

export default function PostWish() {
  const [f, setF] = useState({ title: '', story: '', category: '助老', name: '', building: '', phone: '', address: '' })
  const [images, setImages] = useState<string[]>([])
  const { busy, run } = useAction()
  const set = (k: keyof typeof f) => (e: { detail: { value: string } }) => setF({ ...f, [k]: e.detail.value })
  const ready = f.title.trim() && f.story.trim() && f.name.trim() && f.building.trim()

  const submit = () =>
    run(
      () =>
        call('wishes', 'post', {
          title: f.title,
          story: f.story,
          category: f.category,
          ...(images.length ? { images } : {}),
          beneficiary: {
            name: f.name,
            building: f.building,
            ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
            ...(f.address.trim() ? { address: f.address } : {}),
          },
        }),
      { ok: '已提交审核', then: ({ id }) => Taro.redirectTo({ url: `/packages/wishes/pages/detail/index?id=${id}` }) },
    )

  const input = (k: keyof typeof f, label: string, placeholder: string, max: number) => (
    <View className='field'>
      <Text className='field-label'>{label}</Text>
      <Input id={`post-${k}`} className='input' value={f[k]} maxlength={max} placeholder={placeholder} onInput={set(k)} />
    </View>
  )

  return (
    <PageRoot>
      <View className='card'>
        {input('title', '心愿（必填）', '例如：想要一个新书包', 40)}
        <View className='field'>
          <Text className='field-label'>心愿故事（必填）</Text>
          <Textarea id='post-story' className='input textarea' value={f.story} maxlength={500} placeholder='说说为什么需要、有什么困难' onInput={set('story')} />
        </View>
        <View className='field'>
          <Text className='field-label'>类别</Text>
          <Picker mode='selector' range={CATEGORIES} onChange={(e) => setF({ ...f, category: CATEGORIES[Number(e.detail.value)] })}>
            <View className='input'>{f.category}</View>
          </Picker>
        </View>
        <View className='field'>
          <Text className='field-label'>照片（选填，点照片可移除）</Text>
          <Photos id='post-add-photo' images={images} onChange={setImages} />
        </View>
      </View>
      <View className='card'>
        <Text className='card-title'>受助人</Text>
        <Text className='muted post-privacy'>公开展示时只显示姓氏和楼栋（如“王** · 3幢”）；电话和地址只给社工和认领的党员。</Text>
        {input('name', '姓名（必填）', '受助人姓名', 20)}
        {input('building', '楼栋（必填）', '例如：3幢', 20)}
        {input('phone', '联系电话', '11 位手机号', 11)}
        {input('address', '详细地址', '例如：3幢2单元502', 80)}
      </View>
      <Button id='post-submit' className='btn btn-primary' disabled={busy || !ready} onClick={submit}>
        提交审核
      </Button>
    </PageRoot>
  )
}
