/**
 * Image upload: weapp → cloud storage (the fileID is the image's address); H5 → the local emulator,
 * which keeps the file under its data directory and answers a /uploads/… URL.
 */
import Taro from '@tarojs/taro'
import { ApiError } from './index'
import { currentOpenid } from './identity'

export async function uploadImage(tempPath: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    const ext = /\.[a-z0-9]+$/i.exec(tempPath)?.[0] ?? '.jpg'
    const r = await Taro.cloud.uploadFile({ cloudPath: `images/${Date.now()}-${Math.random().toString(36).slice(2, 10)}${ext}`, filePath: tempPath })
    return r.fileID
  }
  let env: { ok: boolean; data?: { url: string }; error?: { code: string; message: string } }
  try {
    const blob = await (await fetch(tempPath)).blob()
    const res = await fetch('/local/upload', {
      method: 'POST',
      headers: { 'content-type': blob.type || 'image/jpeg', 'x-redpost-openid': currentOpenid() },
      body: blob,
    })
    env = await res.json()
  } catch {
    throw new ApiError('NETWORK', '图片上传失败，请检查网络后重试')
  }
  if (!env.ok || !env.data) throw new ApiError(env.error?.code ?? 'INTERNAL', env.error?.message ?? '图片上传失败')
  return env.data.url
}
