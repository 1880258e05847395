#!/usr/bin/env node
// The `rco` command runs the committed bundle, so it works after `npm ci` with nothing built.
import '../dist/cli/index.js';
