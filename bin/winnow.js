#!/usr/bin/env node
// Entry point for `npx winnow` / the package `bin`: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./winnow.ts');
