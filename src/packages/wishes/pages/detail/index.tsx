/**
 * A wish: story, beneficiary (as much as the viewer may see), claim and fulfilment, the timeline,
 * and the actions the viewer may take now (the server answers them in `can`).
 */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, useReloadOnReturn } from '@/api/hooks'
import type { WishDetail } from '@/domain/contracts/wishes'
import { WISH_TIMELINE_NAMES, type WishTimelineAction } from '@/domain/wishes/timeline'
import { SCORE_NAMES, SCORES, type Score } from '@/domain/wishes/satisfaction'
import { formatTime } from '@/components/format'
import { StateView } from '@/components/StateView'
import { Gallery, Photos } from '@/components/Photos'
import { PageRoot } from '@/components/PageRoot'
import { TakeNeed } from '@/components/TakeNeed'
import '../../components/WishCard.scss'
import './index.scss'

export default function WishDetailPage() {
  const id = useRouter().params.id ?? ''
  const res = useApi('wishes', 'get', { id })
  const [wish, setWish] = useState<WishDetail | undefined>()
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [score, setScore] = useState<Score | undefined>()
  const { busy, run } = useAction()
  useEffect(() => setWish(res.data), [res.data])
  useReloadOnReturn(res.reload)

  /** Each step answers the wish as it is now; after a refusal the page shows it afresh. */
  const act = (step: () => Promise<WishDetail>, ok: string, ask?: { title: string; content: string }) =>
    run(step, {
      confirm: ask,
      ok,
      then: (w) => {
        setWish(w)
        setText('')
        setPhotos([])
        setScore(undefined)
      },
      failed: () => void res.reload(),
    })

  if (!wish) return <PageRoot><StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} /></PageRoot>
  const can = (a: WishDetail['can'][number]) => wish.can.includes(a)
  const b = wish.beneficiary
  const needsText = can('fulfill') || can('confirm') || can('decline')

  return (
    <PageRoot>
      <View className='card'>
        <View className='row'>
          <Text className='card-title grow'>{wish.title}</Text>
          <Text className='tag tag-red' id='wish-state'>
            {wish.stateName}
          </Text>
        </View>
        {wish.flagged && <Text className='tag'>发布超过 30 天无人认领</Text>}
        <Text className='wish-story'>{wish.story}</Text>
        <Gallery images={wish.images} />
        <Text className='wish-line' id='wish-beneficiary'>
          受助人：{b.name ? `${b.name}（${b.building}）` : b.display}
        </Text>
        {b.address && <Text className='wish-line'>地址：{b.address}</Text>}
        {b.phone && <Text className='wish-line'>电话：{b.phone}</Text>}
        {wish.posterName && <Text className='wish-line muted'>发布人：{wish.posterName}</Text>}
        {wish.claimerName && (
          <Text className='wish-line' id='wish-claimer'>
            认领人：{wish.claimerName} · {formatTime(wish.claimedAt)}
          </Text>
        )}
        {wish.declineReason && <Text className='wish-line'>未通过原因：{wish.declineReason}</Text>}
      </View>

      {wish.fulfilment && (
        <View className='card'>
          <Text className='card-title'>完成情况</Text>
          <Text className='wish-story' id='wish-fulfilment'>
            {wish.fulfilment.note}
          </Text>
          <Gallery images={wish.fulfilment.images} />
          {wish.score && (
            <Text className='wish-line' id='wish-score'>
              满意度：{'★'.repeat(wish.score)}{'☆'.repeat(5 - wish.score)} {wish.scoreName}
            </Text>
          )}
          {wish.thanks && <Text className='wish-line'>感谢留言：{wish.thanks}</Text>}
        </View>
      )}

      {wish.resources.length > 0 && (
        <View className='card'>
          <Text className='card-title'>对接资源</Text>
          {wish.resources.map((r) => (
            <Text key={r.resourceId} className='wish-line'>
              {r.provider} · {r.title}
              {r.note ? `（${r.note}）` : ''}
            </Text>
          ))}
        </View>
      )}

      {wish.can.length > 0 && (
        <View className='card'>
          {needsText && (
            <View className='field'>
              <Text className='field-label'>{can('fulfill') ? '完成说明（必填）' : can('confirm') ? '感谢留言（选填）' : '不通过的原因'}</Text>
              <Textarea
                id='wish-text'
                className='input textarea'
                value={text}
                maxlength={500}
                placeholder={can('fulfill') ? '说说您是怎么帮忙的' : can('confirm') ? '对认领人说句话' : '告诉发布人为什么'}
                onInput={(e) => setText(e.detail.value)}
              />
              {can('fulfill') && <Photos id='wish-add-photo' images={photos} onChange={setPhotos} />}
            </View>
          )}
          {can('approve') && (
            <Button id='wish-approve' className='btn btn-primary' disabled={busy} onClick={() => act(() => call('wishes', 'approve', { id }), '已发布')}>
              审核通过，发布
            </Button>
          )}
          {can('decline') && (
            <Button
              id='wish-decline'
              className='btn btn-plain'
              disabled={busy || !text.trim()}
              onClick={() => act(() => call('wishes', 'decline', { id, reason: text }), '已退回', { title: '不通过', content: '确定不通过这个心愿吗？' })}
            >
              不通过
            </Button>
          )}
          {can('claim') && (
            <Button id='wish-claim' className='btn btn-primary' disabled={busy} onClick={() => act(() => call('wishes', 'claim', { id }), '认领成功')}>
              我来认领
            </Button>
          )}
          {can('fulfill') && (
            <Button
              id='wish-fulfill'
              className='btn btn-primary'
              disabled={busy || !text.trim()}
              onClick={() => act(() => call('wishes', 'fulfill', { id, note: text, ...(photos.length ? { images: photos } : {}) }), '已提交')}
            >
              已完成，请发布人确认
            </Button>
          )}
          {can('release') && (
            <Button
              id='wish-release'
              className='btn btn-plain'
              disabled={busy}
              onClick={() => act(() => call('wishes', 'release', { id }), '已退回', { title: '退回认领', content: '认领 24 小时内可以退回，退回后其他党员可以认领。确定退回吗？' })}
            >
              退回认领
            </Button>
          )}
          {can('confirm') && (
            <View className='field'>
              <Text className='field-label'>满意度（必选）</Text>
              <View className='row wish-scores'>
                {SCORES.map((n) => (
                  <View key={n} id={`wish-score-${n}`} className={`wish-score ${score !== undefined && n <= score ? 'is-on' : ''}`} onClick={() => setScore(n)}>
                    <Text className='wish-star'>{score !== undefined && n <= score ? '★' : '☆'}</Text>
                    <Text className='wish-score-name'>{SCORE_NAMES[n]}</Text>
                  </View>
                ))}
              </View>
            </View>
          )}
          {can('confirm') && (
            <Button
              id='wish-confirm'
              className='btn btn-primary'
              disabled={busy || score === undefined}
              onClick={() => score !== undefined && act(() => call('wishes', 'confirm', { id, score, ...(text.trim() ? { thanks: text } : {}) }), '感谢您的确认')}
            >
              确认心愿已实现
            </Button>
          )}
          {can('match') && (
            <Button id='wish-match' className='btn btn-plain' onClick={() => Taro.navigateTo({ url: `/packages/wishes/pages/resources/index?wishId=${id}` })}>
              从资源池对接资源
            </Button>
          )}
          {can('match') && <TakeNeed kind='wish' id={id} />}
        </View>
      )}

      <View className='card'>
        <Text className='card-title'>进展</Text>
        {wish.timeline.map((t, i) => (
          <View key={i} className='wish-timeline-item'>
            <Text>
              {WISH_TIMELINE_NAMES[t.action as WishTimelineAction] ?? t.action} · {t.byName}
            </Text>
            <Text className='muted'> {formatTime(t.at)}</Text>
            {t.note && <Text className='wish-line muted'>{t.note}</Text>}
          </View>
        ))}
      </View>
    </PageRoot>
  )
}
