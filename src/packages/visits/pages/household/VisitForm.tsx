/** 记录走访: the date (not after today), what was found, photos, and an optional follow-up (诉求 or 微心愿). */
import { useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction } from '@/api/hooks'
import { CATEGORIES, type Category } from '@/domain/tickets/model'
import { Photos } from '@/components/Photos'
import { newRequestId, today } from '../../labels'

type Kind = 'none' | 'ticket' | 'wish'
const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'none', label: '无需跟进' },
  { kind: 'ticket', label: '反映为诉求' },
  { kind: 'wish', label: '发布微心愿' },
]
const CATEGORY_KEYS = Object.keys(CATEGORIES) as Category[]

export function VisitForm({ householdId, onLogged }: { householdId: string; onLogged(): void }) {
  const [requestId, setRequestId] = useState(newRequestId)
  const [date, setDate] = useState(today)
  const [found, setFound] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [kind, setKind] = useState<Kind>('none')
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [category, setCategory] = useState<Category | undefined>()
  const { busy, run } = useAction()
  const followReady = kind === 'none' || (title.trim() && text.trim() && (kind === 'wish' || category))
  const ready = found.trim() && followReady

  const submit = () =>
    run(
      () =>
        call('visits', 'log', {
          householdId,
          requestId,
          date,
          found,
          ...(photos.length ? { photos } : {}),
          ...(kind === 'none' ? {} : { followUp: { kind, title, text, ...(kind === 'ticket' ? { category } : {}) } }),
        }),
      {
        ok: (r) => (r.followUp?.kind === 'ticket' ? '已记录，诉求已提交' : r.followUp?.kind === 'wish' ? '已记录，心愿待审核' : '走访已记录'),
        then: () => {
          setRequestId(newRequestId())
          setFound('')
          setPhotos([])
          setKind('none')
          setTitle('')
          setText('')
          setCategory(undefined)
          onLogged()
        },
      },
    )

  return (
    <View className='card' id='visit-form'>
      <Text className='card-title'>记录走访</Text>
      <View className='field'>
        <Text className='field-label'>走访日期</Text>
        <Picker mode='date' value={date} end={today()} onChange={(e) => setDate(String(e.detail.value))}>
          <View className='input' id='visit-date'>
            {date}
          </View>
        </Picker>
      </View>
      <View className='field'>
        <Text className='field-label'>走访情况（必填）</Text>
        <Textarea id='visit-found' className='input textarea' value={found} maxlength={500} placeholder='身体、生活、居住情况，有什么困难和诉求' onInput={(e) => setFound(e.detail.value)} />
      </View>
      <View className='field'>
        <Text className='field-label'>照片（选填，点照片可移除）</Text>
        <Photos id='visit-add-photo' images={photos} onChange={setPhotos} />
      </View>
      <View className='field'>
        <Text className='field-label'>后续跟进</Text>
        <View className='row visit-kinds'>
          {KINDS.map((k) => (
            <Text key={k.kind} id={`visit-follow-${k.kind}`} className={`tag ${kind === k.kind ? 'tag-red' : 'tag-gray'}`} onClick={() => setKind(k.kind)}>
              {k.label}
            </Text>
          ))}
        </View>
      </View>
      {kind !== 'none' && (
        <View>
          <View className='field'>
            <Text className='field-label'>{kind === 'ticket' ? '诉求标题' : '心愿'}</Text>
            <Input id='visit-follow-title' className='input' value={title} maxlength={40} placeholder={kind === 'ticket' ? '例如：6幢1单元楼道灯不亮' : '例如：想要一台收音机'} onInput={(e) => setTitle(e.detail.value)} />
          </View>
          <View className='field'>
            <Text className='field-label'>{kind === 'ticket' ? '具体情况' : '心愿故事'}</Text>
            <Textarea id='visit-follow-text' className='input textarea' value={text} maxlength={500} placeholder='说清楚在哪里、什么情况' onInput={(e) => setText(e.detail.value)} />
          </View>
          {kind === 'ticket' && (
            <View className='field'>
              <Text className='field-label'>问题类别</Text>
              <View className='row visit-kinds'>
                {CATEGORY_KEYS.map((k) => (
                  <Text key={k} id={`visit-cat-${k}`} className={`tag ${category === k ? 'tag-red' : 'tag-gray'}`} onClick={() => setCategory(k)}>
                    {CATEGORIES[k]}
                  </Text>
                ))}
              </View>
            </View>
          )}
          <Text className='muted'>{kind === 'ticket' ? '将以您的名义提交给社区，进入“书记吹哨、部门报到”流程。' : '心愿经社工审核后公开，受助人为这一户的户主。'}</Text>
        </View>
      )}
      <Button id='visit-submit' className='btn btn-primary' disabled={busy || !ready} loading={busy} onClick={submit}>
        保存走访记录
      </Button>
    </View>
  )
}
