import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init(REDPOST_CLOUD_ENV ? { env: REDPOST_CLOUD_ENV, traceUser: true } : { traceUser: true })
    }
  })
  return children
}

export default App
