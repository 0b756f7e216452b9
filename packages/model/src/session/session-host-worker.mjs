// Entry of the session worker thread: registers tsx (Tandem runs its TypeScript sources directly)
// relative to this file, so it works whatever the working directory, then loads the worker.
import { register } from 'tsx/esm/api'

register()
await import('./session-host-worker.ts')
