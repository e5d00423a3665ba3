/** Photos on a report, a wish or a step: pick and upload up to 9 (tap one to remove it), or show a row to preview. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Image, View } from '@tarojs/components'
import { uploadImage } from '@/api/upload'
import { showError } from '@/components/toast'
import './Photos.scss'

export function Photos({ id, images, onChange, max = 9 }: { id: string; images: string[]; onChange(images: string[]): void; max?: number }) {
  const [uploading, setUploading] = useState(false)
  async function add() {
    try {
      const picked = await Taro.chooseImage({ count: max - images.length, sizeType: ['compressed'] })
      setUploading(true)
      const urls: string[] = []
      for (const path of picked.tempFilePaths) urls.push(await uploadImage(path))
      onChange([...images, ...urls].slice(0, max))
    } catch (e) {
      if (!/cancel/i.test((e as { errMsg?: string })?.errMsg ?? '')) showError(e)
    } finally {
      setUploading(false)
    }
  }
  return (
    <View className='photos'>
      {images.map((src) => (
        <Image key={src} className='photo' src={src} mode='aspectFill' onClick={() => onChange(images.filter((x) => x !== src))} />
      ))}
      {images.length < max && (
        <Button id={id} className='btn btn-plain photo-add' size='mini' loading={uploading} disabled={uploading} onClick={add}>
          添加照片
        </Button>
      )}
    </View>
  )
}

/** Photos shown on a ticket or a timeline entry; tap to view them full size. */
export function Gallery({ images }: { images?: string[] }) {
  if (!images?.length) return null
  return (
    <View className='photos'>
      {images.map((src) => (
        <Image key={src} className='photo' src={src} mode='aspectFill' onClick={() => Taro.previewImage({ current: src, urls: images })} />
      ))}
    </View>
  )
}
