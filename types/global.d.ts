/// <reference types="@tarojs/taro" />

declare module '*.scss'
declare module '*.png'

/** WeChat cloud environment id baked in at build time (REDPOST_CLOUD_ENV); '' = the default env. */
declare const REDPOST_CLOUD_ENV: string
/** Subscribe-message template id for booking reminders, baked in at build time; '' = do not ask. */
declare const REDPOST_TPL_BOOKING_REMINDER: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
  }
}
