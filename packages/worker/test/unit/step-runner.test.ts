import { describe, expect, it } from 'vitest'
import { AllReduce } from '../../src/codecs/all-reduce.js'
import { CocktailSgd } from '../../src/codecs/cocktail-sgd.js'
import { InProcessExchangeHub } from '../../src/codecs/exchange.js'
import { localAdamReplicas } from '../../src/step-runner.js'

describe('localAdamReplicas', () => {
  it("is the CocktailSGD group's size; all-reduce and a lone replica keep plain AdamW", () => {
    const hub3 = new InProcessExchangeHub(3)
    expect(localAdamReplicas(new CocktailSgd({ exchange: hub3.endpoint(1) }, 100))).toBe(3)
    const hub2 = new InProcessExchangeHub(2)
    expect(localAdamReplicas(new CocktailSgd({ exchange: hub2.endpoint(0) }, 100))).toBe(2)
    expect(localAdamReplicas(new AllReduce({ exchange: new InProcessExchangeHub(4).endpoint(0) }, 100))).toBe(1)
    expect(localAdamReplicas(undefined)).toBe(1)
  })
})
