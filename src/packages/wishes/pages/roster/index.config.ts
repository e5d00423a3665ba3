export default definePageConfig({ navigationBarTitleText: '双报到名册' })
