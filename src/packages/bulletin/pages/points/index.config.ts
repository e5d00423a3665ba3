export default definePageConfig({ navigationBarTitleText: '党群服务阵地' })
