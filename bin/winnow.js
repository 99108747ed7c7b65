#!/usr/bin/env node
// Entry point for `npx winnow` / the package `bin`: runs the TypeScript CLI through tsx.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Collect garbage eagerly: streaming a large export makes much short-lived garbage, and V8's
// default heap growth would otherwise hold it (peak RSS) long after it is dead.
setFlagsFromString('--optimize-for-size');

register();
await import('./winnow.ts');
