// Entry of the codec worker thread: registers tsx (the daemon runs its TypeScript sources
// directly) and loads the worker. Plain JavaScript, so it needs no loader itself.
import { register } from 'tsx/esm/api'

register()
await import('./codec-thread-worker.ts')
