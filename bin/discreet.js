#!/usr/bin/env node
// The compiled CLI (built by the `prepare` script, which npm runs on install).
import '../dist/src/cli/bin.js';
