#!/usr/bin/env node
// Thin entry: everything happens in run(), which returns the exit code.
import { run } from '../dist/cli/run.js';

const code = await run(process.argv.slice(2));
process.exitCode = code;
