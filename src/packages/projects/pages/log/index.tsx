/** 登记服务时长: hours served on a project, for myself or (the leader) for a member of a claiming team; confirmed hours count in 双报到. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { PageRoot } from '@/components/PageRoot'
import { StateView } from '@/components/StateView'
import { showError } from '@/components/toast'
import { today } from '../../labels'
import './index.scss'

export default function LogHours() {
  const id = useRouter().params.id ?? ''
  const res = useApi('projects', 'get', { id })
  const [date, setDate] = useState(today())
  const [hours, setHours] = useState('2')
  const [note, setNote] = useState('')
  const [people, setPeople] = useState<{ openid: string; name: string; teamName: string }[] | undefined>()
  const [worker, setWorker] = useState<string | undefined>()
  const { busy, run } = useAction()
  const p = res.data
  if (!p) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  if (!p.movesOpen.includes('logHours')) return <StateView empty emptyText='加入认领这个项目的服务队后，才能登记服务时长' />
  const n = Number(hours)
  const ready = note.trim() && n >= 0.5 && n <= 12

  const loadPeople = async () => {
    try {
      setPeople((await call('projects', 'workers', { projectId: id })).items)
    } catch (e) {
      showError(e)
    }
  }

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>{p.title}</Text>
        <Text className='muted log-line'>领办书记确认后，时长计入双报到，每小时 2 积分。</Text>
      </View>
      {p.canLead && (
        <View className='card'>
          <Text className='field-label'>为谁登记</Text>
          <View className='row log-people'>
            <Text id='log-worker-me' className={`tag ${!worker ? 'tag-red' : 'tag-gray'}`} onClick={() => setWorker(undefined)}>
              我自己
            </Text>
            {people?.map((m) => (
              <Text key={m.openid} id={`log-worker-${m.openid}`} className={`tag ${worker === m.openid ? 'tag-red' : 'tag-gray'}`} onClick={() => setWorker(m.openid)}>
                {m.name}
              </Text>
            ))}
            {!people && (
              <Button id='log-load-workers' className='btn btn-plain' size='mini' onClick={() => void loadPeople()}>
                为服务队队员登记
              </Button>
            )}
          </View>
        </View>
      )}
      <View className='card'>
        <View className='field'>
          <Text className='field-label'>服务日期</Text>
          <Picker mode='date' value={date} start={p.startDate} end={today()} onChange={(e) => setDate(String(e.detail.value))}>
            <View className='input' id='log-date'>
              {date}
            </View>
          </Picker>
        </View>
        <View className='field'>
          <Text className='field-label'>时长（小时，0.5–12）</Text>
          <Input id='log-hours' className='input' type='digit' value={hours} onInput={(e) => setHours(e.detail.value)} />
        </View>
        <View className='field'>
          <Text className='field-label'>做了什么（必填）</Text>
          <Textarea id='log-note' className='input textarea' value={note} maxlength={200} placeholder='例如：周六上午作业辅导 2 个班' onInput={(e) => setNote(e.detail.value)} />
        </View>
        <Button
          id='log-submit'
          className='btn btn-primary'
          disabled={busy || !ready}
          loading={busy}
          onClick={() =>
            void run(() => call('projects', 'logHours', { projectId: id, ...(worker ? { openid: worker } : {}), date, hours: n, note }), {
              ok: '已登记，等待领办书记确认',
              then: () => void Taro.navigateBack(),
            })
          }
        >
          提交
        </Button>
      </View>
    </PageRoot>
  )
}
