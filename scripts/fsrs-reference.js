#!/usr/bin/env node
// fsrs-reference.js: generates the FSRS-6 reference data in tests/fsrs/ (ref-*-input.jsonl
// and ref-*-expected.jsonl) from the oracle, ts-fsrs 5.4.2, in the `letopis-pack srs replay`
// formats. Not run by CI (the outputs are committed). To rerun, outside the repo:
//
//   mkdir -p /tmp/fsrs-ref && cd /tmp/fsrs-ref && npm init -y && npm install ts-fsrs@5.4.2
//   NODE_PATH=/tmp/fsrs-ref/node_modules node /path/to/repo/scripts/fsrs-reference.js \
//       /path/to/repo/tests/fsrs
//
// The histories come from a fixed-seed PRNG, so a rerun writes the same files. The
// configuration of a file is in its name: st/lt = short-term on (default) / off
// (--no-short-term), r0.90 = --retention 0.90, -fuzz = --fuzz (ts-fsrs default seed).
// "retrievability" is R(t, S) before the review with t = the UTC calendar-day
// difference ts-fsrs uses (log.elapsed_days), null for a New card.
'use strict';

const fs = require('fs');
const path = require('path');
const { fsrs, createEmptyCard, State } = require('ts-fsrs');

const outDir = process.argv[2] || path.join(__dirname, '..', 'tests', 'fsrs');

// mulberry32: a small deterministic PRNG for the histories (not the oracle's).
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60 * 1000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function pick(r, items) {
  return items[Math.floor(r() * items.length)];
}

// A rating: mostly Good, with mixes that exercise every branch.
function rating(r, style) {
  const u = r();
  if (style === 'weak') return u < 0.4 ? 1 : u < 0.65 ? 2 : u < 0.92 ? 3 : 4;
  if (style === 'strong') return u < 0.05 ? 1 : u < 0.15 ? 2 : u < 0.6 ? 3 : 4;
  if (style === 'uniform') return 1 + Math.floor(u * 4);
  return u < 0.15 ? 1 : u < 0.3 ? 2 : u < 0.85 ? 3 : 4;
}

// A gap between two reviews, from seconds to years.
function randomGap(r) {
  const k = r();
  if (k < 0.12) return Math.floor(r() * 5 * MIN);                  // same minutes
  if (k < 0.3) return Math.floor(r() * 60 * MIN);                  // within the hour
  if (k < 0.42) return Math.floor(r() * 20 * HOUR);                // same or next day
  if (k < 0.7) return Math.floor((1 + r() * 14) * DAY);            // days
  if (k < 0.88) return Math.floor((15 + r() * 90) * DAY);          // weeks to months
  if (k < 0.97) return Math.floor((100 + r() * 400) * DAY);        // months to a year
  return Math.floor((400 + r() * 3000) * DAY);                     // years
}

// Times are written in several equivalent ISO forms the tool accepts.
function isoText(r, ms) {
  const d = new Date(ms);
  const u = r();
  if (u < 0.8) return d.toISOString();
  if (u < 0.9) return ms % 1000 === 0 ? d.toISOString().replace('.000Z', 'Z') : d.toISOString();
  // the same instant with a +hh:mm / -hh:mm offset
  const offMin = pick(r, [180, -300, 330, 60, -600, 0]);
  const local = new Date(ms + offMin * MIN).toISOString().slice(0, 23);
  const sign = offMin >= 0 ? '+' : '-';
  const a = Math.abs(offMin);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

function makeHistory(r, f, kind) {
  // start between 2020 and 2030, sometimes just before a UTC midnight
  let t = Date.UTC(2020, 0, 1) + Math.floor(r() * 3650) * DAY;
  t += r() < 0.2 ? DAY - Math.floor(1 + r() * 20) * MIN : Math.floor(r() * DAY);
  if (r() < 0.3) t -= t % 1000; // some whole seconds
  const style = pick(r, ['normal', 'normal', 'weak', 'strong', 'uniform']);
  const n = kind === 'long' ? 30 + Math.floor(r() * 30) : 1 + Math.floor(r() * 20);
  const reviews = [];
  let card = createEmptyCard(new Date(t));
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      let gap;
      if (kind === 'follow' || (kind !== 'random' && r() < 0.5)) {
        // answer around the due time: on time, a bit early or late
        const due = card.due.getTime();
        const jitter = pick(r, [0, 0, 0, MIN, -MIN, HOUR, 3 * HOUR, -3 * HOUR, DAY, 2 * DAY, 7 * DAY]);
        gap = Math.max(0, due + jitter - t);
      } else if (kind === 'extreme') {
        gap = Math.floor((300 + r() * 5000) * DAY);
      } else {
        gap = randomGap(r);
      }
      t += gap;
    }
    const g = kind === 'extreme' ? (r() < 0.8 ? 4 : rating(r, style)) : rating(r, style);
    const text = isoText(r, t);
    if (Date.parse(text) !== t) throw new Error(`time text ${text} is not ${t}`);
    reviews.push({ t: text, rating: g });
    card = f.next(card, new Date(t), g).card;
  }
  return reviews;
}

function replay(f, id, reviews) {
  const results = [];
  let card = null;
  for (const rev of reviews) {
    const now = new Date(Date.parse(rev.t));
    if (card === null) card = createEmptyCard(now);
    const { card: next, log } = f.next(card, now, rev.rating);
    const R = card.state === State.New ? null : f.forgetting_curve(log.elapsed_days, card.stability);
    results.push({
      stability: next.stability,
      difficulty: next.difficulty,
      state: next.state,
      scheduled_days: next.scheduled_days,
      due: next.due.toISOString(),
      retrievability: R,
    });
    card = next;
  }
  return { id, results };
}

const configs = [
  { name: 'st-r0.90', short: true, retention: 0.9, fuzz: false, cards: 160, seed: 1 },
  { name: 'lt-r0.90', short: false, retention: 0.9, fuzz: false, cards: 100, seed: 2 },
  { name: 'st-r0.70', short: true, retention: 0.7, fuzz: false, cards: 40, seed: 3 },
  { name: 'st-r0.80', short: true, retention: 0.8, fuzz: false, cards: 40, seed: 4 },
  { name: 'st-r0.85', short: true, retention: 0.85, fuzz: false, cards: 40, seed: 5 },
  { name: 'st-r0.95', short: true, retention: 0.95, fuzz: false, cards: 40, seed: 6 },
  { name: 'st-r0.97', short: true, retention: 0.97, fuzz: false, cards: 40, seed: 7 },
  { name: 'lt-r0.75', short: false, retention: 0.75, fuzz: false, cards: 40, seed: 8 },
  { name: 'lt-r0.97', short: false, retention: 0.97, fuzz: false, cards: 40, seed: 9 },
  { name: 'st-r0.90-fuzz', short: true, retention: 0.9, fuzz: true, cards: 60, seed: 10 },
  { name: 'lt-r0.85-fuzz', short: false, retention: 0.85, fuzz: true, cards: 50, seed: 11 },
];

let totalCards = 0;
let totalReviews = 0;
for (const c of configs) {
  const f = fsrs({
    request_retention: c.retention,
    enable_short_term: c.short,
    enable_fuzz: c.fuzz,
  });
  const r = rng(0x5eed0000 + c.seed);
  const inputs = [];
  const expected = [];
  for (let i = 0; i < c.cards; i++) {
    const kind = i % 10 === 9 ? 'long' : i % 10 === 8 ? 'extreme' : pick(r, ['random', 'follow', 'mixed']);
    const id = `${c.name}-${i}`;
    const reviews = makeHistory(r, f, kind);
    inputs.push(JSON.stringify({ id, reviews }));
    expected.push(JSON.stringify(replay(f, id, reviews)));
    totalCards++;
    totalReviews += reviews.length;
  }
  fs.writeFileSync(path.join(outDir, `ref-${c.name}-input.jsonl`), inputs.join('\n') + '\n');
  fs.writeFileSync(path.join(outDir, `ref-${c.name}-expected.jsonl`), expected.join('\n') + '\n');
}
// The worked trace of fsrs6.md section 6.2 / 6.3, through the CLI in both modes.
const trace = [
  ['2026-01-01T09:00:00Z', 3], ['2026-01-01T09:10:00Z', 3], ['2026-01-03T09:00:00Z', 3],
  ['2026-01-14T09:00:00Z', 1], ['2026-01-14T09:10:00Z', 3], ['2026-01-20T09:00:00Z', 2],
  ['2026-01-31T09:00:00Z', 4],
].map(([t, rating]) => ({ t, rating }));
for (const short of [true, false]) {
  const f = fsrs({ enable_short_term: short });
  const name = short ? 'st-trace' : 'lt-trace';
  const line = JSON.stringify({ id: `fsrs6-${name}`, reviews: trace });
  fs.writeFileSync(path.join(outDir, `ref-${name}-input.jsonl`), line + '\n');
  fs.writeFileSync(path.join(outDir, `ref-${name}-expected.jsonl`),
    JSON.stringify(replay(f, `fsrs6-${name}`, trace)) + '\n');
  totalCards++;
  totalReviews += trace.length;
}

console.log(`${totalCards} histories, ${totalReviews} reviews written to ${outDir}`);
