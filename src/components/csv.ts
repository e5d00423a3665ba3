/** A CSV offered to the person: H5 downloads the file; the mini-program copies it (paste into a spreadsheet or a chat to the computer). */
import Taro from '@tarojs/taro'
import { showOk } from './toast'

const WEAPP = process.env.TARO_ENV === 'weapp'

export function offerCsv(filename: string, csv: string): void {
  if (WEAPP) {
    void Taro.setClipboardData({ data: csv }).then(() => showOk('已复制，可粘贴到表格'))
    return
  }
  const a = document.createElement('a')
  a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  a.download = filename
  a.click()
}
