/** 扫码签到: Taro.scanCode on weapp; a code box on H5 (type the code shown under the QR). */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call, ApiError, type Out } from '@/api'
import { useAction } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

const WEAPP = process.env.TARO_ENV === 'weapp'

export default function Scan() {
  const eventId = useRouter().params.id
  const [code, setCode] = useState('')
  const { busy, run } = useAction()
  const [done, setDone] = useState<Out<'events', 'checkIn'> | undefined>()
  const [already, setAlready] = useState<string | undefined>()

  async function submit(token: string) {
    if (!token.trim()) return
    await run(() => call('events', 'checkIn', { token: token.trim(), ...(eventId ? { eventId } : {}) }), {
      then: setDone,
      // a second scan is not a failure: show when the first one was
      failed: (e) => {
        if (!(e instanceof ApiError && e.code === 'ALREADY_DONE')) return false
        setAlready(String(e.details?.checkedInAt ?? ''))
        return true
      },
    })
  }

  async function scan() {
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await submit(r.result)
    } catch {
      // closing the camera is not an error
    }
  }

  if (done || already) {
    return (
      <PageRoot>
        <View className='card scan-result' id='scan-result'>
          <Text className='scan-big'>{done ? '签到成功' : '您已签到过'}</Text>
          {done && <Text className='muted'>{done.name} · {formatTime(done.checkedInAt)}</Text>}
          {done && done.points > 0 && <Text className='scan-points' id='scan-points'>积分 +{done.points}</Text>}
          {already && <Text className='muted'>签到时间：{formatTime(already)}</Text>}
        </View>
        <Button className='btn' onClick={() => Taro.navigateBack()}>返回</Button>
      </PageRoot>
    )
  }

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>扫码签到</Text>
        <Text className='muted'>请扫描活动现场签到大屏上的二维码（每 30 秒更新）。签到从活动开始前 30 分钟开放。</Text>
        {WEAPP ? (
          <Button className='btn btn-primary' id='scan-camera' disabled={busy} onClick={scan}>打开相机扫码</Button>
        ) : (
          <View className='field scan-box'>
            <Text className='field-label'>输入大屏二维码下方的签到码</Text>
            <Input className='input' id='scan-code' placeholder='例如 ev-xxxx.12345.abcdef…' value={code} onInput={(v) => setCode(v.detail.value)} />
            <Button className='btn btn-primary' id='scan-submit' disabled={busy || !code.trim()} onClick={() => submit(code)}>签到</Button>
          </View>
        )}
      </View>
    </PageRoot>
  )
}
