/** 记录进展: a note and photos; 办结 needs a note, and a commitment a photo as evidence. */
import { useState } from 'react'
import { Button, Switch, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction } from '@/api/hooks'
import { Photos } from '@/components/Photos'

export function ProgressForm({ id, canFinish, needsPhoto, onSaved }: { id: string; canFinish: boolean; needsPhoto: boolean; onSaved(): void }) {
  const [note, setNote] = useState('')
  const [images, setImages] = useState<string[]>([])
  const [done, setDone] = useState(false)
  const { busy, run } = useAction()
  const ready = note.trim() && (!done || !needsPhoto || images.length > 0)
  const submit = () =>
    run(() => call('council', 'progress', { id, note, ...(images.length ? { images } : {}), ...(done ? { done: true } : {}) }), {
      ...(done ? { confirm: { title: '办结', content: '办结后不能再记录进展，确定已经完成了吗？' } } : {}),
      ok: done ? '已办结' : '进展已记录',
      then: () => {
        setNote('')
        setImages([])
        setDone(false)
        onSaved()
      },
    })
  return (
    <View className='card' id='progress-form'>
      <Text className='card-title'>记录进展</Text>
      <View className='field'>
        <Text className='field-label'>进展情况（必填）</Text>
        <Textarea id='progress-note' className='input textarea' value={note} maxlength={500} placeholder='做了什么、完成了多少、下一步安排' onInput={(e) => setNote(e.detail.value)} />
      </View>
      <View className='field'>
        <Text className='field-label'>佐证照片{needsPhoto ? '（办结时至少一张）' : '（选填）'}</Text>
        <Photos id='progress-add-photo' images={images} onChange={setImages} />
      </View>
      {canFinish && (
        <View className='row field'>
          <Text className='grow'>已全部完成，办结</Text>
          <Switch id='progress-done' checked={done} color='#c8161d' onChange={(e) => setDone(e.detail.value)} />
        </View>
      )}
      <Button id='progress-submit' className='btn btn-primary' disabled={busy || !ready} loading={busy} onClick={submit}>
        {done ? '办结' : '保存进展'}
      </Button>
    </View>
  )
}
