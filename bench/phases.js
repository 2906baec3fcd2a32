#!/usr/bin/env node
'use strict';
// Where the time goes inside one `dxplan validate FILE --format json`, in process: runs the
// real validate command (built dist/) with its stages wrapped in timers (CPU time). Self time per stage:
// a stage's time excludes the wrapped stages it calls (a rule that first builds the routing
// index is charged for its own work only; the index build is a stage of its own).
// Usage: node bench/phases.js FILE      Prints one JSON line: { stage: ms }.
const { readFileSync } = require('node:fs');
// CPU time of this process (user + system, ms), which the machine's other load disturbs least.
const cpu0 = process.cpuUsage();
const now = () => {
  const u = process.cpuUsage(cpu0);
  return (u.user + u.system) / 1000;
};

const self = new Map();
const calls = new Map();
const stack = [];
const add = (label, ms) => self.set(label, (self.get(label) ?? 0) + ms);
function wrap(obj, key, label) {
  const f = obj[key];
  if (typeof f !== 'function') return;
  obj[key] = function wrapped(...args) {
    const start = now();
    stack.push(0);
    try {
      return f.apply(this, args);
    } finally {
      const dt = now() - start;
      add(label, dt - stack.pop());
      calls.set(label, (calls.get(label) ?? 0) + 1);
      if (stack.length > 0) stack[stack.length - 1] += dt;
    }
  };
}

const yaml = require('yaml');
const modules = {
  document: require('../dist/source/document'),
  load: require('../dist/model/load'),
  engineLoad: require('../dist/engine/load'),
  engine: require('../dist/engine/validate'),
  routing: require('../dist/routing/index'),
  rules: require('../dist/rules/index'),
  formatters: require('../dist/formatters/index'),
  validate: require('../dist/cli/commands/validate'),
};
const requireMs = now();
wrap(yaml, 'parseDocument', 'yaml parseDocument');
wrap(yaml.Document.prototype, 'toJS', 'yaml toJS');
wrap(modules.document, 'parseSource', 'source: parseSource (rest)');
wrap(modules.document, 'locate', 'source: locate');
wrap(modules.load, 'buildTopology', 'model: buildTopology');
wrap(modules.engine, 'runRules', 'engine: runRules (rest)');
wrap(modules.routing, 'buildRoutingIndex', 'routing: buildRoutingIndex');
wrap(modules.formatters, 'formatValidate', 'format json');
for (const rule of modules.rules.RULES) if (rule.check) wrap(rule, 'check', `rule ${rule.meta.id}`);

const file = process.argv[2];
let out = '';
const io = { stdout: (s) => { out += s; }, stderr: () => {}, isTTY: false, env: {}, cwd: process.cwd() };
const start = now();
wrap({ f: () => readFileSync(file) }, 'f', 'read file');
const code = modules.validate.validateCommand(io, [file], { format: 'json', failOn: 'error' });
const commandMs = now() - start;
const result = { exit: code, outputBytes: out.length, 'require dist/ (and yaml, for the wrappers)': requireMs, command: commandMs };
for (const [label, ms] of self) result[label] = ms;
result['engine: other (read, sort, suppress)'] = commandMs - [...self.values()].reduce((a, b) => a + b, 0);
result['total (script CPU time)'] = now();
for (const k of Object.keys(result)) if (typeof result[k] === 'number') result[k] = Math.round(result[k] * 10) / 10;
console.log(JSON.stringify(result));
