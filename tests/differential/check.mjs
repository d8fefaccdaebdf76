// SPDX-License-Identifier: MIT
// Differential check of leap-direct-url against Node's WHATWG URL and URLSearchParams, for
// both kinds of link.
//
// 1. Links built by the library (`differential generate`, `generate-connect`) must parse
//    under `new URL` to the right host and path, carry exactly the expected query keys in
//    order, and decode (the inner params twice) to the exact fields. A Direct URL serializes
//    back unchanged (href); a Leap Connect link gains the '/' WHATWG puts before '?', and
//    that normalized href must still parse back to the same fields.
// 2. Links written by URLSearchParams (which writes '+' for space) must be read back by
//    DirectUrl::parse and ConnectUrl::parse (`differential parse`, `parse-connect`).
//
// usage: node check.mjs DIFFERENTIAL_EXE COUNT SEED
import { execFileSync } from 'node:child_process';

const hosts = { production: 'www.addleap.com', staging: 'staging.addleap.com' };
const utilities = ['pge', 'sce', 'sdge', 'staging-test-utility-caiso', 'staging-test-utility-nyiso'];
const regions = ['CAISO', 'NYISO', 'PJM', 'ERCOT', 'WECC_PC', 'WECC_SW'];
const variants = ['RESIDENTIAL', 'COMMERCIAL', 'RESIDENTIAL_AGREEMENTS_ONLY', 'COMMERCIAL_AGREEMENTS_ONLY'];
const programs = ['PSE-RPO', 'SRP-RPO'];
const reserved = new Set(['refid', 'ref-id', 'additional_redirect_params']);
const orgChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._';

const fromHex = (hex) => {
  const bytes = Buffer.from(hex, 'hex');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
};
const toHex = (text) => Buffer.from(text, 'utf8').toString('hex');
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const checkTail = (url, refId, params, problems) => {
  if (refId !== null && url.searchParams.get('refId') !== refId) problems.push('refId differs');
  if (params.length) {
    const inner = [...new URLSearchParams(url.searchParams.get('additional_redirect_params'))];
    if (!same(inner, params)) problems.push(`params ${JSON.stringify(inner)}`);
  }
};

function checkLibraryUrls(exe, count, seed) {
  const out = execFileSync(exe, ['generate', String(count), String(seed)], { maxBuffer: 1 << 30 }).toString('ascii');
  const lines = out.split('\n').filter((line) => line.length > 0);
  let failures = 0;
  lines.forEach((line, index) => {
    const [org, utility, env, refHex, paramsField, text] = line.split('\t');
    const refId = refHex === '-' ? null : fromHex(refHex);
    const params = paramsField ? paramsField.split(',').map((pair) => pair.split(':').map(fromHex)) : [];
    const problems = [];
    const url = new URL(text);
    if (url.href !== text) problems.push(`href ${url.href}`);
    if (url.protocol !== 'https:' || url.host !== hosts[env] || url.port !== '') problems.push(`host ${url.host}`);
    if (url.username || url.password || url.hash) problems.push('user info or fragment');
    if (url.pathname !== `/${org}/${utility}/getting-started`) problems.push(`path ${url.pathname}`);
    const entries = [...url.searchParams];
    const keys = entries.map(([k]) => k);
    const expectedKeys = [...(refId !== null ? ['refId'] : []), ...(params.length ? ['additional_redirect_params'] : [])];
    if (!same(keys, expectedKeys)) {
      problems.push(`keys ${JSON.stringify(keys)}`);
    } else {
      checkTail(url, refId, params, problems);
    }
    if (problems.length) {
      failures += 1;
      console.error(`library case ${index + 1}: ${problems.join('; ')}\n  ${text}`);
    }
  });
  return [lines.length, failures];
}

// A small seeded generator (mulberry32), so runs repeat exactly.
function rngFrom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (list) => list[int(0, list.length - 1)] };
}

function randomText(rng, maxBytes) {
  let out = '';
  const target = rng.int(0, maxBytes);
  for (;;) {
    const kind = rng.int(0, 5);
    let cp;
    if (kind < 3) cp = rng.int(0x20, 0x7e);
    else if (kind === 3) cp = rng.int(0x80, 0x7ff);
    else if (kind === 4) cp = rng.next() < 0.5 ? rng.int(0x800, 0xd7ff) : rng.int(0xe000, 0xffff);
    else cp = rng.int(0x10000, 0x10ffff);
    const next = out + String.fromCodePoint(cp);
    if (Buffer.byteLength(next, 'utf8') > target) return out;
    out = next;
  }
}

const randomOrg = (rng) => {
  let org = '';
  const size = rng.int(1, 40);
  for (let j = 0; j < size; j += 1) org += rng.pick([...orgChars]);
  return org === '.' || org === '..' ? `${org}x` : org;
};

// A refId (or null) and up to six params, never with a reserved key.
function randomFields(rng) {
  const refId = rng.next() < 0.8 ? randomText(rng, 255) || 'r' : null;
  const params = [];
  const paramCount = rng.int(0, 6);
  for (let j = 0; j < paramCount; j += 1) {
    const key = (randomText(rng, 20) || 'k') + String(j);
    if (!reserved.has(key.toLowerCase())) params.push([key, randomText(rng, 100)]);
  }
  return [refId, params];
}

// The refId and params columns of a case.
const caseFields = (refId, params) => [refId === null ? '-' : toHex(refId),
  params.map(([k, v]) => `${toHex(k)}:${toHex(v)}`).join(',')];

function nodeCases(count, seed) {
  const rng = rngFrom(seed);
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const org = randomOrg(rng);
    const utility = rng.pick(utilities);
    const env = utility.startsWith('staging') || rng.next() < 0.5 ? 'staging' : 'production';
    const [refId, params] = randomFields(rng);
    const query = new URLSearchParams();
    if (refId !== null) query.append('refId', refId);
    if (params.length) query.append('additional_redirect_params', new URLSearchParams(params).toString());
    const search = query.toString();
    const text = `https://${hosts[env]}/${org}/${utility}/getting-started${search ? `?${search}` : ''}`;
    cases.push([org, utility, env, ...caseFields(refId, params), text].join('\t'));
  }
  return `${cases.join('\n')}\n`;
}

function runParse(exe, command, input) {
  try {
    const out = execFileSync(exe, [command], { input, maxBuffer: 1 << 30 });
    return [true, out.toString().trim()];
  } catch (error) {
    process.stderr.write(String(error.stderr ?? error).slice(0, 20000));
    return [false, String(error.stdout ?? '').trim()];
  }
}


// Returns [cases checked, failures, the normalized hrefs as parse-connect input].
function checkLibraryConnectUrls(exe, count, seed) {
  const out = execFileSync(exe, ['generate-connect', String(count), String(seed)], { maxBuffer: 1 << 30 }).toString('ascii');
  const lines = out.split('\n').filter((line) => line.length > 0);
  let failures = 0;
  const normalized = [];
  lines.forEach((line, index) => {
    const fields = line.split('\t');
    const [account, region, variant, program, refHex, paramsField, text] = fields;
    const refId = refHex === '-' ? null : fromHex(refHex);
    const params = paramsField ? paramsField.split(',').map((pair) => pair.split(':').map(fromHex)) : [];
    const problems = [];
    const url = new URL(text);
    if (url.href !== text.replace('?', '/?')) problems.push(`href ${url.href}`);
    if (url.protocol !== 'https:' || url.host !== 'connect.leap.energy' || url.pathname !== '/') problems.push('host/path');
    if (url.username || url.password || url.hash) problems.push('user info or fragment');
    const expected = [['transmissionRegion', region], ...(variant !== '-' ? [['variant', variant]] : []),
      ...(program !== '-' ? [['program', program]] : []), ['account', account]];
    const keys = [...url.searchParams].map(([k]) => k);
    const expectedKeys = [...expected.map(([k]) => k), ...(refId !== null ? ['refId'] : []),
      ...(params.length ? ['additional_redirect_params'] : [])];
    if (!same(keys, expectedKeys)) {
      problems.push(`keys ${JSON.stringify(keys)}`);
    } else {
      for (const [key, value] of expected) if (url.searchParams.get(key) !== value) problems.push(`${key} differs`);
      checkTail(url, refId, params, problems);
    }
    if (problems.length) {
      failures += 1;
      console.error(`library Leap Connect case ${index + 1}: ${problems.join('; ')}\n  ${text}`);
    }
    normalized.push([...fields.slice(0, 6), url.href].join('\t'));
  });
  return [lines.length, failures, `${normalized.join('\n')}\n`];
}

function nodeConnectCases(count, seed) {
  const rng = rngFrom(seed + 1);
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const account = randomOrg(rng);
    let region = rng.pick(regions);
    let variant = '-';
    let program = '-';
    const choice = rng.int(0, 2);
    if (choice === 0) {
      variant = rng.pick(variants);
      if (variant.endsWith('AGREEMENTS_ONLY')) region = 'PJM';
    } else if (choice === 1) {
      program = rng.pick(programs);
    }
    const [refId, params] = randomFields(rng);
    const entries = [['account', account], ['transmissionRegion', region]];
    if (variant !== '-') entries.push(['variant', variant]);
    if (program !== '-') entries.push(['program', program]);
    if (refId !== null) entries.push([rng.next() < 0.9 ? 'refId' : 'ref-id', refId]);
    if (params.length) entries.push(['additional_redirect_params', new URLSearchParams(params).toString()]);
    for (let j = entries.length - 1; j > 0; j -= 1) {  // any order: Fisher-Yates
      const k = rng.int(0, j);
      [entries[j], entries[k]] = [entries[k], entries[j]];
    }
    const url = new URL('https://connect.leap.energy');
    url.search = new URLSearchParams(entries).toString();
    cases.push([account, region, variant, program, ...caseFields(refId, params), url.href].join('\t'));
  }
  return `${cases.join('\n')}\n`;
}

const [exe, countText, seedText] = process.argv.slice(2);
const count = Number(countText);
const seed = Number(seedText);
const [checked, failures] = checkLibraryUrls(exe, count, seed);
console.log(`library Direct URLs -> WHATWG URL: ${checked} cases, ${failures} failed`);
const [ok, summary] = runParse(exe, 'parse', nodeCases(count, seed));
console.log(`URLSearchParams -> DirectUrl::parse: ${summary}`);
const [connectChecked, connectFailures, normalized] = checkLibraryConnectUrls(exe, count, seed);
console.log(`library Leap Connect links -> WHATWG URL: ${connectChecked} cases, ${connectFailures} failed`);
const [normalizedOk, normalizedSummary] = runParse(exe, 'parse-connect', normalized);
console.log(`WHATWG-normalized Leap Connect hrefs -> ConnectUrl::parse: ${normalizedSummary}`);
const [connectOk, connectSummary] = runParse(exe, 'parse-connect', nodeConnectCases(count, seed));
console.log(`URLSearchParams -> ConnectUrl::parse: ${connectSummary}`);
const allGood = failures === 0 && ok && checked === count && connectFailures === 0 && connectChecked === count &&
  normalizedOk && connectOk;
process.exit(allGood ? 0 : 1);
