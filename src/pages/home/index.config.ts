export default definePageConfig({ navigationBarTitleText: '红驿 · 首页', enablePullDownRefresh: true })
