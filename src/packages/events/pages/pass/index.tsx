/** 我的党员码: a personal QR (refreshed every 60 s) that staff scan to check me in. */
import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { Qr } from '../../components/Qr'
import './index.scss'

export default function Pass() {
  const { me } = useMe()
  const p = useApi('members', 'pass', {})
  useEffect(() => {
    const timer = setInterval(() => void p.reload(), 20_000)
    return () => clearInterval(timer)
  }, [p.reload])
  return (
    <PageRoot className='pass'>
      <View className='card pass-card'>
        <Text className='card-title'>{me?.name ?? ''} 的党员码</Text>
        {me && !hasRole(me, 'member') ? (
          <StateView empty emptyText='党员码仅供党员使用；居民参加活动请在活动现场扫码签到' />
        ) : p.data ? (
          <View className='pass-body'>
            <Qr text={p.data.token} size={480} />
            <Text className='muted pass-token' id='pass-token'>{p.data.token}</Text>
            <Text className='muted'>请向工作人员出示，每分钟自动更新，截图无效</Text>
          </View>
        ) : (
          <StateView loading={p.loading} error={p.error} onRetry={p.reload} />
        )}
      </View>
    </PageRoot>
  )
}
