#!/usr/bin/env node
// The `passerelle` command. Passerelle runs its TypeScript sources directly through tsx,
// so there is no build step and no compiled copy that can drift from the sources.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
