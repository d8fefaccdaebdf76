// SPDX-License-Identifier: MIT
// Differential check of leap-direct-url against Node's WHATWG URL and URLSearchParams.
//
// 1. URLs built by the library (`differential generate`) must parse under `new URL` to the
//    right host and path, serialize back unchanged (href), carry query keys exactly refId and
//    additional_redirect_params, and decode (the inner params twice) to the exact fields.
// 2. URLs written by URLSearchParams (which writes '+' for space) must be read back by
//    DirectUrl::parse (`differential parse`) with the same fields.
//
// usage: node check.mjs DIFFERENTIAL_EXE COUNT SEED
import { execFileSync } from 'node:child_process';

const hosts = { production: 'www.addleap.com', staging: 'staging.addleap.com' };
const utilities = ['pge', 'sce', 'sdge', 'staging-test-utility-caiso', 'staging-test-utility-nyiso'];
const reserved = new Set(['refid', 'ref-id', 'additional_redirect_params']);
const orgChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._';

const fromHex = (hex) => {
  const bytes = Buffer.from(hex, 'hex');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
};
const toHex = (text) => Buffer.from(text, 'utf8').toString('hex');
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

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
      if (refId !== null && url.searchParams.get('refId') !== refId) problems.push('refId differs');
      if (params.length) {
        const inner = [...new URLSearchParams(url.searchParams.get('additional_redirect_params'))];
        if (!same(inner, params)) problems.push(`params ${JSON.stringify(inner)}`);
      }
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

function nodeCases(count, seed) {
  const rng = rngFrom(seed);
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    let org = '';
    const orgSize = rng.int(1, 40);
    for (let j = 0; j < orgSize; j += 1) org += rng.pick([...orgChars]);
    if (org === '.' || org === '..') org += 'x';
    const utility = rng.pick(utilities);
    const env = utility.startsWith('staging') || rng.next() < 0.5 ? 'staging' : 'production';
    const refId = rng.next() < 0.8 ? randomText(rng, 255) || 'r' : null;
    const params = [];
    const paramCount = rng.int(0, 6);
    for (let j = 0; j < paramCount; j += 1) {
      const key = (randomText(rng, 20) || 'k') + String(j);
      if (!reserved.has(key.toLowerCase())) params.push([key, randomText(rng, 100)]);
    }
    const query = new URLSearchParams();
    if (refId !== null) query.append('refId', refId);
    if (params.length) query.append('additional_redirect_params', new URLSearchParams(params).toString());
    const search = query.toString();
    const text = `https://${hosts[env]}/${org}/${utility}/getting-started${search ? `?${search}` : ''}`;
    const refHex = refId === null ? '-' : toHex(refId);
    const paramsField = params.map(([k, v]) => `${toHex(k)}:${toHex(v)}`).join(',');
    cases.push([org, utility, env, refHex, paramsField, text].join('\t'));
  }
  return `${cases.join('\n')}\n`;
}

function checkNodeUrls(exe, count, seed) {
  try {
    const out = execFileSync(exe, ['parse'], { input: nodeCases(count, seed), maxBuffer: 1 << 30 });
    return [true, out.toString().trim()];
  } catch (error) {
    process.stderr.write(String(error.stderr ?? error).slice(0, 20000));
    return [false, String(error.stdout ?? '').trim()];
  }
}

const [exe, countText, seedText] = process.argv.slice(2);
const count = Number(countText);
const seed = Number(seedText);
const [checked, failures] = checkLibraryUrls(exe, count, seed);
console.log(`library -> WHATWG URL: ${checked} cases, ${failures} failed`);
const [ok, summary] = checkNodeUrls(exe, count, seed);
console.log(`URLSearchParams -> DirectUrl::parse: ${summary}`);
process.exit(failures === 0 && ok && checked === count ? 0 : 1);
