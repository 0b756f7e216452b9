#!/usr/bin/env node
// The `tandem` command. Tandem runs its TypeScript sources directly through tsx (no build step),
// so `npm ci` is the whole install. The polyfill must load before libp2p.
import { register } from 'tsx/esm/api'

register()
await import('../../proto/src/node-polyfills.ts')
const { main } = await import('../src/main.ts')
process.exitCode = await main(process.argv)
