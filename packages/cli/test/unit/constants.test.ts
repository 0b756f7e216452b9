// The CLI's copies of package values (kept local so --help loads no package) equal the originals.
import { DEFAULT_SEQ_LEN } from '@tandem/data'
import { DEVICES, PRESETS, SHARD_BYTES_MAX_DEFAULT as MODEL_SHARD_BYTES_MAX_DEFAULT } from '@tandem/model'
import { describe, expect, it } from 'vitest'
import { DATA_SEQ_LEN_DEFAULT, DEVICE_CHOICES, PRESET_CHOICES, SHARD_BYTES_MAX_DEFAULT } from '../../src/constants.js'

describe('CLI constants', () => {
  it('match the packages they stand for', () => {
    expect([...DEVICE_CHOICES]).toEqual([...DEVICES])
    expect([...PRESET_CHOICES].sort()).toEqual(Object.keys(PRESETS).sort())
    expect(SHARD_BYTES_MAX_DEFAULT).toBe(MODEL_SHARD_BYTES_MAX_DEFAULT)
    expect(DATA_SEQ_LEN_DEFAULT).toBe(DEFAULT_SEQ_LEN)
  })
})
