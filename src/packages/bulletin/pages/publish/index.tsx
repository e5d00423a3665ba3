/** 发布公告 (secretaries and staff): title, body, category, audience, expiry, pinned/urgent, image links. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Image, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { uploadImage } from '@/api/upload'
import { hasRole, useMe } from '@/api/me'
import { CATEGORIES, type Category } from '@/domain/bulletin/rules'
import { localDate } from '@/domain/time'
import { StateView } from '@/components/StateView'
import { showError } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Publish() {
  const { me, error } = useMe()
  const grids = useApi('bulletin', 'grids', {})
  const [form, setForm] = useState({ title: '', body: '' })
  const [images, setImages] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [category, setCategory] = useState<Category>('通知公告')
  const [gridIndex, setGridIndex] = useState(0)
  const [expiry, setExpiry] = useState('')
  const [flags, setFlags] = useState({ pinned: false, urgent: false })
  const { busy: saving, run } = useAction()

  if (!me) return <PageRoot><StateView loading={!error} error={error} /></PageRoot>
  if (!hasRole(me, 'secretary', 'staff')) return <PageRoot><StateView empty emptyText='只有社区书记和社工可以发布公告' /></PageRoot>

  const audiences = [{ id: '', name: '全社区' }, ...(grids.data?.items ?? [])]

  const submit = () =>
    run(
      () =>
        call('bulletin', 'publish', {
          title: form.title,
          body: form.body,
          category,
          pinned: flags.pinned,
          urgent: flags.urgent,
          ...(audiences[gridIndex]?.id ? { gridId: audiences[gridIndex].id } : {}),
          ...(expiry ? { expiresAt: `${expiry}T23:59:59+08:00` } : {}),
          ...(images.length ? { images } : {}),
        }),
      { ok: '已发布', then: ({ id }) => Taro.redirectTo({ url: `/packages/bulletin/pages/detail/index?id=${encodeURIComponent(id)}` }) },
    )

  async function addImages() {
    try {
      const picked = await Taro.chooseImage({ count: 9 - images.length, sizeType: ['compressed'] })
      setUploading(true)
      const urls: string[] = []
      for (const path of picked.tempFilePaths) urls.push(await uploadImage(path))
      setImages((old) => [...old, ...urls].slice(0, 9))
    } catch (e) {
      if (!/cancel/i.test((e as { errMsg?: string })?.errMsg ?? '')) showError(e)
    } finally {
      setUploading(false)
    }
  }

  const toggle = (key: keyof typeof flags, label: string) => (
    <View id={`publish-${key}`} className={`publish-toggle ${flags[key] ? 'is-on' : ''}`} onClick={() => setFlags({ ...flags, [key]: !flags[key] })}>
      <Text>{flags[key] ? '☑' : '☐'} {label}</Text>
    </View>
  )

  return (
    <PageRoot>
      <View className='card'>
        <View className='field'>
          <Text className='field-label'>标题</Text>
          <Input id='publish-title' className='input' maxlength={60} value={form.title} placeholder='不超过 60 个字'
            onInput={(e) => setForm({ ...form, title: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>正文（每行一段）</Text>
          <Textarea id='publish-body' className='input textarea' maxlength={5000} value={form.body} placeholder='写清时间、地点、要做的事和联系方式'
            onInput={(e) => setForm({ ...form, body: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>分类</Text>
          <Picker mode='selector' range={[...CATEGORIES]} value={CATEGORIES.indexOf(category)} onChange={(e) => setCategory(CATEGORIES[Number(e.detail.value)])}>
            <View id='publish-category' className='input'>{category}</View>
          </Picker>
        </View>
        <View className='field'>
          <Text className='field-label'>发给谁</Text>
          <Picker mode='selector' range={audiences.map((a) => a.name)} value={gridIndex} onChange={(e) => setGridIndex(Number(e.detail.value))}>
            <View id='publish-audience' className='input'>{audiences[gridIndex]?.name ?? '全社区'}</View>
          </Picker>
        </View>
        <View className='field'>
          <Text className='field-label'>有效期（不选则长期有效）</Text>
          <Picker mode='date' value={expiry || localDate(Date.now())} start={localDate(Date.now())} onChange={(e) => setExpiry(String(e.detail.value))}>
            <View id='publish-expiry' className='input'>{expiry ? `${expiry} 当天有效` : '长期有效'}</View>
          </Picker>
          {expiry && <Text className='muted' onClick={() => setExpiry('')}>清除有效期</Text>}
        </View>
        <View className='field row'>
          {toggle('pinned', '置顶')}
          {toggle('urgent', '紧急')}
        </View>
        <View className='field'>
          <Text className='field-label'>图片（可不选，最多 9 张，点图片可移除）</Text>
          <View className='publish-images'>
            {images.map((src) => (
              <Image key={src} className='publish-image' src={src} mode='aspectFill' onClick={() => setImages(images.filter((i) => i !== src))} />
            ))}
            {images.length < 9 && (
              <Button id='publish-add-image' className='btn btn-plain publish-add' size='mini' loading={uploading} disabled={uploading} onClick={addImages}>
                + 添加图片
              </Button>
            )}
          </View>
        </View>
        {flags.urgent && <View className='muted' id='urgent-hint'>紧急公告发布后会逐一通知“发给谁”中的每位居民。</View>}
        <Text className='muted'>发布前会自动检查文字内容；不合适的内容不会被保存。</Text>
        <Button id='publish-submit' className='btn btn-primary' loading={saving} disabled={saving} onClick={submit}>
          发布
        </Button>
      </View>
    </PageRoot>
  )
}
