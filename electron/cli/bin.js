#!/usr/bin/env node
// The `aftershock` command: runs the TypeScript CLI through tsx, as `npm run cli` does.
import { register } from 'tsx/esm/api';

register();
await import('./index.ts');
