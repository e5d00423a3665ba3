/** Taro build config: weapp into dist/weapp, H5 into dist/h5 (served by the local emulator). */
import path from 'node:path'
import { defineConfig } from '@tarojs/cli'

export default defineConfig(() => ({
  projectName: 'redpost',
  date: '2026-11-24',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: `dist/${process.env.TARO_ENV}`,
  framework: 'react',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  alias: { '@': path.resolve(__dirname, '..', 'src') },
  defineConstants: {
    REDPOST_CLOUD_ENV: JSON.stringify(process.env.REDPOST_CLOUD_ENV ?? ''),
    // subscribe-message template id the booking page asks consent for (same id as the functions' REDPOST_TPL_BOOKING_REMINDER)
    REDPOST_TPL_BOOKING_REMINDER: JSON.stringify(process.env.REDPOST_TPL_BOOKING_REMINDER ?? ''),
  },
  mini: {
    postcss: {
      pxtransform: { enable: true, config: {} },
      cssModules: { enable: false },
      // 关怀模式: a larger, higher-contrast twin of each of our font-size and colour rules under .care
      './config/postcss-care.js': { enable: true, config: {} },
    },
  },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    postcss: {
      autoprefixer: { enable: true, config: {} },
      cssModules: { enable: false },
      './config/postcss-care.js': { enable: true, config: {} },
    },
  },
}))
