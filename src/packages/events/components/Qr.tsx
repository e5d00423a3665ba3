/**
 * A QR code drawn on one 2d canvas (a grid of Views took about a thousand nodes per code).
 * weapp: the canvas node comes from a selector query. H5: Taro's Canvas is a web component that
 * renders its <canvas> a frame later, and its selector query answers no node (the `type` prop lands
 * as an attribute) and no size; so there the inner <canvas> is taken from the DOM once it exists.
 */
import { useEffect, useMemo, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import './Qr.scss'

type Surface = { width: number; height: number; getContext(type: '2d'): CanvasRenderingContext2D | null }

let seq = 0

/** The canvas and its size on screen (CSS pixels), once the page has laid it out. */
function findCanvas(id: string): Promise<{ canvas: Surface; size: number } | undefined> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      let tries = 0
      const look = () => {
        const host = document.getElementById(id)
        const canvas = host?.querySelector('canvas')
        const size = host?.getBoundingClientRect().width ?? 0
        if (canvas && size > 0) resolve({ canvas, size })
        else if (++tries < 120) requestAnimationFrame(look)
        else resolve(undefined)
      }
      look()
    })
  }
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: Surface; width?: number }[]) => {
        const r = res?.[0]
        resolve(r?.node && r.width ? { canvas: r.node, size: r.width } : undefined)
      })
  })
}

function pixelRatio(): number {
  if (process.env.TARO_ENV === 'h5') return window.devicePixelRatio || 1
  return Taro.getSystemInfoSync().pixelRatio || 1
}

/** Black modules on white with a two-module margin, each module a whole number of device pixels (sharp edges). */
function paint(canvas: Surface, cssSize: number, dark: boolean[][]): void {
  const px = Math.round(cssSize * pixelRatio())
  canvas.width = px
  canvas.height = px
  const ctx = canvas.getContext('2d')
  if (!ctx) return
  const n = dark.length
  const cell = Math.max(1, Math.floor(px / (n + 4)))
  const offset = Math.floor((px - cell * n) / 2)
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, px, px)
  ctx.fillStyle = '#000'
  dark.forEach((row, r) => row.forEach((on, c) => on && ctx.fillRect(offset + c * cell, offset + r * cell, cell, cell)))
}

export function Qr({ text, size = 560 }: { text: string; size?: number }) {
  const id = useRef(`qr-canvas-${++seq}`).current
  const dark = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(text)
    qr.make()
    const n = qr.getModuleCount()
    return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
  }, [text])

  useEffect(() => {
    let live = true
    Taro.nextTick(() => {
      void findCanvas(id).then((found) => {
        if (live && found) paint(found.canvas, found.size, dark)
      })
    })
    return () => {
      live = false
    }
  }, [id, dark])

  const side = Taro.pxTransform(size)
  return (
    <View className='qr' data-testid='qr' style={{ width: side, height: side }}>
      <Canvas type='2d' id={id} className='qr-canvas' />
    </View>
  )
}
