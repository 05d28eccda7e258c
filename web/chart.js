// Draws a reconciled timeline as SVG: the 90% credible band, the estimate, and every claim as a
// point coloured by its claimant's party. Hand-written, no library: the page needs nothing from npm.
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 900, HEIGHT = 380;
const MARGIN = { top: 16, right: 20, bottom: 34, left: 64 };
const DAY = 86400000;

export const PARTY_COLOURS = { ua: 'var(--ua)', ru: 'var(--ru)', '': 'var(--independent)' };

export function partyColour(party) {
  return PARTY_COLOURS[party ?? ''] ?? 'var(--other)';
}

function day(date) { return Date.parse(date + 'T00:00:00Z'); }

/** The day a claim is drawn on: the middle of its as-of period. */
export function claimDay(evidence) {
  const start = evidence.asOf?.startDate, end = evidence.asOf?.endDate || start;
  return start ? (day(start) + day(end)) / 2 : NaN;
}

/** The value a claim is drawn at, and the interval it states (bounds draw as a half-open line). */
export function claimValue(quantity = {}) {
  const { point, low, high } = quantity;
  if (point !== undefined) return { value: point, low: low ?? point, high: high ?? point };
  if (low !== undefined && high !== undefined) return { value: (low + high) / 2, low, high };
  if (low !== undefined) return { value: low, low, high: undefined };
  if (high !== undefined) return { value: high, low: undefined, high };
  return { value: NaN };
}

function el(name, attrs = {}, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  parent?.appendChild(node);
  return node;
}

function niceStep(span, count) {
  const raw = span / count, power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map(m => m * power).find(s => s >= raw) ?? raw;
}

function scales(timeline) {
  const points = timeline.points ?? [], evidence = timeline.evidence ?? [];
  const days = [...points.map(p => day(p.date)), ...evidence.map(claimDay)].filter(Number.isFinite);
  const values = [...points.flatMap(p => [p.low ?? 0, p.high ?? 0, p.estimate ?? 0]),
    ...evidence.flatMap(e => { const v = claimValue(e.quantity); return [v.value, v.low, v.high]; })].filter(Number.isFinite);
  let x0 = Math.min(...days), x1 = Math.max(...days);
  if (!Number.isFinite(x0)) { x0 = Date.now() - 7 * DAY; x1 = Date.now(); }
  if (x1 - x0 < 2 * DAY) { x0 -= DAY; x1 += DAY; }
  const pad = (x1 - x0) * 0.03;
  x0 -= pad; x1 += pad;
  const yMax = Math.max(1, ...values) * 1.1, yMin = Math.min(0, ...values);
  return {
    x: t => MARGIN.left + (t - x0) / (x1 - x0) * (WIDTH - MARGIN.left - MARGIN.right),
    y: v => HEIGHT - MARGIN.bottom - (v - yMin) / (yMax - yMin) * (HEIGHT - MARGIN.top - MARGIN.bottom),
    x0, x1, yMin, yMax,
  };
}

function drawAxes(svg, s) {
  const axis = el('g', { class: 'axis' }, svg);
  const step = niceStep(s.yMax - s.yMin, 6);
  for (let v = Math.ceil(s.yMin / step) * step; v <= s.yMax; v += step) {
    el('line', { class: 'grid', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: s.y(v), y2: s.y(v) }, axis);
    el('text', { x: MARGIN.left - 6, y: s.y(v) + 4, 'text-anchor': 'end' }, axis).textContent = v.toLocaleString('en');
  }
  const days = (s.x1 - s.x0) / DAY, dayStep = Math.max(1, Math.ceil(days / 8));
  for (let t = Math.ceil(s.x0 / DAY) * DAY; t <= s.x1; t += dayStep * DAY) {
    el('line', { x1: s.x(t), x2: s.x(t), y1: HEIGHT - MARGIN.bottom, y2: HEIGHT - MARGIN.bottom + 4 }, axis);
    el('text', { x: s.x(t), y: HEIGHT - MARGIN.bottom + 17, 'text-anchor': 'middle' }, axis).textContent = new Date(t).toISOString().slice(0, 10);
  }
  el('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: HEIGHT - MARGIN.bottom, y2: HEIGHT - MARGIN.bottom }, axis);
}

function drawBand(svg, s, points) {
  if (points.length === 0) return;
  const upper = points.map(p => `${s.x(day(p.date))},${s.y(p.high ?? p.estimate ?? 0)}`);
  const lower = points.slice().reverse().map(p => `${s.x(day(p.date))},${s.y(p.low ?? p.estimate ?? 0)}`);
  el('polygon', { class: 'band', points: [...upper, ...lower].join(' ') }, svg);
  el('polyline', { class: 'estimate', points: points.map(p => `${s.x(day(p.date))},${s.y(p.estimate ?? 0)}`).join(' ') }, svg);
}

function drawClaim(svg, s, evidence, onHover, onSelect) {
  const t = claimDay(evidence), v = claimValue(evidence.quantity);
  if (!Number.isFinite(t) || !Number.isFinite(v.value)) return;
  const colour = partyColour(evidence.claimantParty), x = s.x(t);
  const top = v.high !== undefined ? s.y(v.high) : MARGIN.top, bottom = v.low !== undefined ? s.y(v.low) : HEIGHT - MARGIN.bottom;
  if (v.low !== v.high) el('line', { class: 'claim-range', x1: x, x2: x, y1: top, y2: bottom, stroke: colour }, svg);
  const dot = el('circle', {
    class: 'claim' + (evidence.conflicting ? ' conflicting' : ''), cx: x, cy: s.y(v.value), r: 6, fill: colour,
    'data-claim': evidence.claim ?? '', 'data-party': evidence.claimantParty ?? '', tabindex: 0,
  }, svg);
  el('title', {}, dot).textContent = `${evidence.claimantDisplayName ?? 'unknown'}: ${evidence.quantity?.text ?? v.value}`;
  dot.addEventListener('mouseenter', e => onHover(evidence, e));
  dot.addEventListener('focus', e => onHover(evidence, e));
  dot.addEventListener('mouseleave', () => onHover(null));
  dot.addEventListener('blur', () => onHover(null));
  dot.addEventListener('click', () => onSelect(evidence));
  dot.addEventListener('keydown', e => { if (e.key === 'Enter') onSelect(evidence); });
}

/** Replaces the container's content with the chart of one timeline. */
export function drawTimeline(container, timeline, onHover = () => {}, onSelect = () => {}) {
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `Timeline of ${timeline.variable}` });
  const s = scales(timeline);
  drawAxes(svg, s);
  drawBand(svg, s, timeline.points ?? []);
  for (const evidence of timeline.evidence ?? []) drawClaim(svg, s, evidence, onHover, onSelect);
  container.replaceChildren(svg);
  return svg;
}
