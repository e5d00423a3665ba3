/** A QR code drawn as a grid of Views (works the same on weapp and H5; no canvas needed). */
import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import './Qr.scss'

export function Qr({ text, size = 560 }: { text: string; size?: number }) {
  const rows = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(text)
    qr.make()
    const n = qr.getModuleCount()
    return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
  }, [text])
  const cell = Taro.pxTransform(Math.floor(size / (rows.length + 4)))
  const pad = Taro.pxTransform(2 * Math.floor(size / (rows.length + 4)))
  return (
    <View className='qr' style={{ padding: pad }} data-testid='qr'>
      {rows.map((row, r) => (
        <View key={r} className='qr-row'>
          {row.map((dark, c) => (
            <View key={c} className={dark ? 'qr-cell qr-dark' : 'qr-cell'} style={{ width: cell, height: cell }} />
          ))}
        </View>
      ))}
    </View>
  )
}
