import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { maskAddress, maskName, maskPhone, publicName } from '../../src/domain/privacy'

describe('privacy masking', () => {
  it('phones keep the first 3 and last 4 digits', () => {
    assert.equal(maskPhone('13912345678'), '139****5678')
    assert.equal(maskPhone('123'), '****')
    assert.equal(maskPhone(undefined), undefined)
  })
  it('names keep the surname only', () => {
    assert.equal(maskName('王秀兰'), '王**')
    assert.equal(maskName('李明'), '李*')
    assert.equal(maskName('欧阳建国家'), '欧**')
    assert.equal(maskName('赵'), '赵*')
  })
  it('addresses keep the building, never unit or room', () => {
    assert.equal(maskAddress('3幢2单元501'), '3幢**')
    assert.equal(maskAddress('望湖苑 12 栋 3-402'), '12栋**')
    assert.equal(maskAddress('5号楼1单元'), '5号楼**')
    assert.equal(maskAddress('南门岗亭'), '南门**')
    assert.ok(!maskAddress('3幢2单元501')!.includes('501'))
  })
  it('the public label is surname and building', () => {
    assert.equal(publicName('王秀兰', '3幢2单元501'), '王** · 3幢')
    assert.equal(publicName(undefined), '居民')
  })
})
