/** 签到名单 (staff): who checked in, who is still expected (代签), member-pass scan, CSV export. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { offerCsv } from '@/components/csv'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

const WEAPP = process.env.TARO_ENV === 'weapp'

const exportCsv = (name: string, csv: string) => offerCsv(`${name}-签到名单.csv`, csv)

export default function Attendance() {
  const eventId = useRouter().params.id ?? ''
  const ev = useApi('events', 'get', { id: eventId })
  const a = useApi('events', 'attendance', { eventId })
  const [pass, setPass] = useState('')
  const { busy, run } = useAction()

  const checkIn = (data: { passToken: string } | { openid: string }, ask?: { title: string; content: string }) =>
    run(() => call('events', 'checkInMember', { eventId, ...data }), {
      confirm: ask,
      ok: (r) => `${r.name} 已签到`,
      then: () => {
        setPass('')
        return a.reload()
      },
    })
  async function scanPass() {
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await checkIn({ passToken: r.result })
    } catch {
      // closing the camera is not an error
    }
  }
  const byHand = (openid: string, name: string) => checkIn({ openid }, { title: '代为签到', content: `确认 ${name} 已到场，由您代为签到？` })

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>{ev.data?.title ?? '签到名单'}</Text>
        {WEAPP ? (
          <Button className='btn btn-primary' disabled={busy} onClick={scanPass}>扫党员码签到</Button>
        ) : (
          <View className='row'>
            <Input className='input grow' id='pass-code' placeholder='输入党员码下方的号码' value={pass} onInput={(v) => setPass(v.detail.value)} />
            <Button className='btn btn-primary' size='mini' id='pass-submit' disabled={busy || !pass.trim()} onClick={() => checkIn({ passToken: pass.trim() })}>签到</Button>
          </View>
        )}
      </View>
      <StateView loading={a.loading && !a.data} error={a.error} onRetry={a.reload} />
      {a.data && (
        <View>
          <View className='row'>
            <Text className='section-title' id='attended-count'>已签到 {a.data.items.length} 人</Text>
            <Text className='ev-export' id='export-csv' onClick={() => exportCsv(ev.data?.title ?? '活动', a.data!.csv)}>导出 CSV</Text>
          </View>
          {a.data.items.length === 0 && <StateView empty emptyText='还没有人签到' />}
          {a.data.items.map((i) => (
            <View key={i.openid} className='card row'>
              <View className='grow'>
                <Text>{i.name}</Text>
                {i.branch && <Text className='muted'> · {i.branch}</Text>}
              </View>
              <Text className='muted'>{formatTime(i.checkedInAt)} {i.method}</Text>
            </View>
          ))}
          <Text className='section-title'>已报名未签到 {a.data.pending.length} 人</Text>
          {a.data.pending.map((p) => (
            <View key={p.openid} className='card row'>
              <Text className='grow'>{p.name}{p.branch ? ` · ${p.branch}` : ''}</Text>
              <Text className='ev-export' onClick={() => byHand(p.openid, p.name)}>代签</Text>
            </View>
          ))}
          <Text className='list-end'>— 共 {a.data.items.length + a.data.pending.length} 人 —</Text>
        </View>
      )}
    </PageRoot>
  )
}
