/** 公告详情: the notice with its paragraphs and images and how many have read it; editors archive, the author sees who has not read. */
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { formatTime } from '@/components/format'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function NoticeDetail() {
  const id = useRouter().params.id ?? ''
  const { me } = useMe()
  const notice = useApi('bulletin', 'get', { id })
  const { busy, run } = useAction()
  const n = notice.data

  const archive = () =>
    run(() => call('bulletin', 'archive', { id }), {
      confirm: { title: '归档公告', content: '归档后居民将看不到这条公告，确定归档吗？' },
      ok: '已归档',
      then: notice.reload,
    })

  if (!n) return <PageRoot><StateView loading={notice.loading} error={notice.error} onRetry={notice.reload} /></PageRoot>
  return (
    <PageRoot>
      <View className='card'>
        <View className='notice-tags'>
          {n.pinned && <Text className='tag tag-red'>置顶</Text>}
          {n.urgent && <Text className='tag tag-red'>紧急</Text>}
          <Text className='tag'>{n.category}</Text>
          {n.gridName && <Text className='tag tag-gray'>{n.gridName}</Text>}
          {n.status === 'archived' && <Text className='tag tag-gray'>已归档</Text>}
        </View>
        <Text className='notice-detail-title' id='notice-title'>
          {n.title}
        </Text>
        <View className='row notice-meta'>
          <Text className='muted'>
            {n.authorName} · {formatTime(n.publishedAt)}
          </Text>
          <Text className='muted' id='notice-read-count' data-testid='read-count'>
            阅读 {n.readCount}
          </Text>
        </View>
        {n.expiresAt && <Text className='muted notice-expiry'>有效期至 {formatTime(n.expiresAt)}</Text>}
        {n.paragraphs.map((p, i) => (
          <Text key={i} className='notice-paragraph'>
            {p}
          </Text>
        ))}
        {n.images.map((src) => (
          <Image key={src} className='notice-image' src={src} mode='widthFix' onClick={() => Taro.previewImage({ urls: n.images, current: src })} />
        ))}
      </View>
      {n.mine && (
        <Button
          id='notice-unread'
          className='btn'
          onClick={() => Taro.navigateTo({ url: `/packages/bulletin/pages/unread/index?id=${encodeURIComponent(n.id)}` })}
        >
          查看网格内未读名单
        </Button>
      )}
      {hasRole(me, 'secretary', 'staff') && n.status === 'published' && (
        <Button id='notice-archive' className='btn btn-plain' loading={busy} disabled={busy} onClick={archive}>
          归档
        </Button>
      )}
    </PageRoot>
  )
}
