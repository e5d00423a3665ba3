/** Pick and upload up to 9 photos (tap one to remove it), and show a row of photos to preview. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Image, View } from '@tarojs/components'
import { uploadImage } from '@/api/upload'
import { showError } from '@/components/toast'
import './Photos.scss'

export function PhotoPicker({ id, value, onChange }: { id: string; value: string[]; onChange: (urls: string[]) => void }) {
  const [uploading, setUploading] = useState(false)
  async function add() {
    try {
      const picked = await Taro.chooseImage({ count: 9 - value.length, sizeType: ['compressed'] })
      setUploading(true)
      const urls: string[] = []
      for (const path of picked.tempFilePaths) urls.push(await uploadImage(path))
      onChange([...value, ...urls].slice(0, 9))
    } catch (e) {
      if (!/cancel/i.test((e as { errMsg?: string })?.errMsg ?? '')) showError(e)
    } finally {
      setUploading(false)
    }
  }
  return (
    <View className='photos'>
      {value.map((src) => (
        <Image key={src} className='photo' src={src} mode='aspectFill' onClick={() => onChange(value.filter((s) => s !== src))} />
      ))}
      {value.length < 9 && (
        <Button id={id} className='btn btn-plain photo-add' loading={uploading} disabled={uploading} onClick={add}>
          + 照片
        </Button>
      )}
    </View>
  )
}

export function Photos({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null
  return (
    <View className='photos'>
      {urls.map((src) => (
        <Image key={src} className='photo' src={src} mode='aspectFill' onClick={() => Taro.previewImage({ urls, current: src })} />
      ))}
    </View>
  )
}
