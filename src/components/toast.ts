/** Short feedback after an action: errors carry the server's Chinese message. */
import Taro from '@tarojs/taro'

export function showError(e: unknown): void {
  const message = (e as { message?: string })?.message || '操作失败，请稍后重试'
  void Taro.showModal({ title: '没有成功', content: message, showCancel: false, confirmText: '知道了' })
}

export function showOk(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 })
}

/** Asks before a destructive step; resolves true when the person confirms. */
export async function confirm(title: string, content: string): Promise<boolean> {
  const r = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '再想想' })
  return r.confirm
}
