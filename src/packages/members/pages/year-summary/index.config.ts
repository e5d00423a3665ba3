export default definePageConfig({ navigationBarTitleText: '年度积分汇总' })
