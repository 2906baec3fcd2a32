#!/usr/bin/env node
'use strict';
// The floor (issue 6): one `node` run that reads the file, parses it with the `yaml` package's
// parseDocument and a LineCounter, then toJS. Any position-aware linter built on `yaml` pays this.
// Usage: node bench/floor.js FILE
const { readFileSync } = require('node:fs');
const { LineCounter, parseDocument } = require('yaml');

const text = readFileSync(process.argv[2], 'utf8');
const lineCounter = new LineCounter();
const doc = parseDocument(text, { lineCounter });
const data = doc.toJS();
if (doc.errors.length > 0 || data === undefined) process.exitCode = 1;
