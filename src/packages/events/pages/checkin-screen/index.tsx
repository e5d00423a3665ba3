/** 签到大屏 (staff): a full-screen QR that rotates every 30 s, its code in text, and a live count. */
import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { StateView } from '@/components/StateView'
import { Qr } from '../../components/Qr'
import './index.scss'

const POLL_MS = 3000
const OPENS_BEFORE_MS = 30 * 60_000

export default function CheckinScreen() {
  const id = useRouter().params.id ?? ''
  const ev = useApi('events', 'get', { id })
  const t = useApi('events', 'checkinToken', { eventId: id })
  useEffect(() => {
    const timer = setInterval(() => void t.reload(), POLL_MS)
    return () => clearInterval(timer)
  }, [t.reload])

  return (
    <View className='screen'>
      <Text className='screen-title'>{ev.data?.title ?? ''}</Text>
      {t.data ? (
        <View className='screen-body'>
          <Qr text={t.data.token} size={600} />
          <Text className='screen-hint'>请用红驿“扫码签到”扫描，二维码每 30 秒更新</Text>
          {ev.data && Date.now() < Date.parse(ev.data.startAt) - OPENS_BEFORE_MS && (
            <Text className='screen-hint' id='checkin-opens'>签到将于 {formatTime(new Date(Date.parse(ev.data.startAt) - OPENS_BEFORE_MS).toISOString())} 开放</Text>
          )}
          <Text className='screen-token' id='checkin-token'>{t.data.token}</Text>
          <View className='screen-count'>
            <Text>已签到 </Text>
            <Text className='screen-number' id='checkin-count'>{t.data.checkedIn}</Text>
            <Text> / {t.data.signedUp} 人</Text>
          </View>
        </View>
      ) : (
        <StateView loading={t.loading} error={t.error} onRetry={t.reload} />
      )}
    </View>
  )
}
