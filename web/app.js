// The timeline page: variables on the left; for the chosen one, the reconciled chart, its conflicts
// and the source assessments, kept current by the gateway's server-sent events.
import { drawTimeline, partyColour } from '/ui/chart.js';

const $ = id => document.getElementById(id);
let current = null;   // the variable shown
let events = null;    // its EventSource

async function api(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ?? body.title ?? `HTTP ${response.status}`);
  return body;
}

function showError(message) {
  $('error').hidden = !message;
  $('error').textContent = message ?? '';
}

function setStatus(text, kind = '') {
  $('status').textContent = text;
  $('status').className = 'status ' + kind;
}

function text(tag, content, attrs = {}) {
  const node = document.createElement(tag);
  node.textContent = content;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

async function loadVariables() {
  const { variables = [] } = await api('/v1/variables?pageSize=1000');
  const list = $('variables');
  list.replaceChildren(...variables.map(v => {
    const button = text('button', v.variable, { type: 'button', 'data-variable': v.variable });
    button.append(' ', text('span', `${v.claimCount ?? 0} claims`, { class: 'count' }));
    button.setAttribute('aria-current', String(v.variable === current));
    button.addEventListener('click', () => { location.hash = v.variable; });
    return text('li', '').appendChild(button).parentNode;
  }));
  return variables;
}

function showTooltip(evidence, event) {
  const tip = $('tooltip');
  if (!evidence) { tip.hidden = true; return; }
  const q = evidence.quantity ?? {};
  const rows = [
    ['Claimant', evidence.claimantDisplayName || evidence.claimant || 'unknown'],
    ['Reporter', evidence.reporterDisplayName || '—'],
    ['Date', [evidence.asOf?.startDate, evidence.asOf?.endDate].filter((d, i, a) => d && a.indexOf(d) === i).join(' to ')],
    ['Figure', q.text || [q.low, q.point, q.high].filter(x => x !== undefined).join(' – ')],
    ['Qualifier', (q.qualifier ?? 'QUALIFIER_UNSPECIFIED').replace('QUALIFIER_', '').toLowerCase().replace('_', ' ')],
    ['Weight', (evidence.weight ?? 0).toFixed(2) + (evidence.conflicting ? ' · in conflict' : '')],
  ];
  const dl = document.createElement('dl');
  for (const [k, v] of rows) dl.append(text('dt', k), text('dd', v));
  tip.replaceChildren(dl);
  if (evidence.quote) tip.append(text('blockquote', `“${evidence.quote}”`));
  const box = event.target.getBoundingClientRect();
  tip.style.left = `${Math.min(box.right + 8, window.innerWidth - 400)}px`;
  tip.style.top = `${box.top + 8}px`;
  tip.hidden = false;
}

function renderTimeline(timeline) {
  const evidence = timeline.evidence ?? [], points = timeline.points ?? [];
  $('variable-title').textContent = `${timeline.variable} (${timeline.unit ?? ''})`;
  const last = points.at(-1);
  $('summary').textContent = last
    ? `${evidence.length} claims · latest estimate ${Math.round(last.estimate ?? 0).toLocaleString('en')} on ${last.date} (90%: ${Math.round(last.low ?? 0).toLocaleString('en')}–${Math.round(last.high ?? 0).toLocaleString('en')}) · revision ${timeline.revision ?? 0}`
    : `${evidence.length} claims`;
  drawTimeline($('chart'), timeline, showTooltip, explain);
  const parties = [...new Set(evidence.map(e => e.claimantParty ?? ''))].sort();
  $('legend').replaceChildren(...parties.map(p => {
    const item = text('span', p ? `aligned with ${p}` : 'independent', { 'data-legend': p });
    const swatch = text('span', '', { class: 'swatch' });
    swatch.style.background = partyColour(p);
    item.prepend(swatch);
    return item;
  }), text('span', 'line: estimate · band: 90% credible interval'));
}

/** Shows why the estimate of a claim's day is what it is (ExplainEstimate). */
async function explain(evidence) {
  const date = evidence.asOf?.startDate;
  try {
    const { point = {}, evidence: used = [], summary = '' } = await api(`/v1/timelines/${current}:explain?date=${date}`);
    $('explain').replaceChildren(
      text('p', `${date}: estimate ${Math.round(point.estimate ?? 0).toLocaleString('en')} (90%: ${Math.round(point.low ?? 0).toLocaleString('en')}–${Math.round(point.high ?? 0).toLocaleString('en')}). ${summary}`),
      ...used.map(e => text('p', `${e.claimantDisplayName || e.claimant}: ${e.quantity?.text ?? ''} · weight ${(e.weight ?? 0).toFixed(2)}`, { class: 'explain-item' })));
  } catch (e) {
    $('explain').replaceChildren(text('p', e.message));
  }
}

async function loadDetails(variable) {
  const [{ conflicts = [] }, { sourceAssessments = [] }] = await Promise.all([
    api('/v1/conflicts?variable=' + encodeURIComponent(variable)),
    api('/v1/sourceAssessments?pageSize=1000'),
  ]);
  $('conflicts').replaceChildren(...(conflicts.length ? conflicts.map(c =>
    text('li', `${c.startDate}${c.endDate && c.endDate !== c.startDate ? ' to ' + c.endDate : ''}: ${c.description ?? ''} (${(c.separation ?? 0).toFixed(1)} σ apart)`))
    : [text('li', 'No conflicting claims.')]));
  $('assessments').tBodies[0].replaceChildren(...sourceAssessments.map(a => {
    const row = document.createElement('tr');
    row.append(text('td', a.displayName || a.source), text('td', a.alignedParty || '—'), text('td', String(a.statementCount ?? 0)),
      text('td', `${(a.biasFactor ?? 1).toFixed(2)} (${(a.biasFactorLow ?? 0).toFixed(2)}–${(a.biasFactorHigh ?? 0).toFixed(2)})`),
      text('td', (a.noise ?? 0).toFixed(2)), text('td', a.summary ?? ''));
    return row;
  }));
}

function watch(variable) {
  events?.close();
  events = new EventSource(`/v1/timelines/${variable}:watch`);
  events.onopen = () => setStatus('live', 'live');
  events.onmessage = message => {
    const timeline = JSON.parse(message.data);
    if (timeline.variable !== current) return;
    renderTimeline(timeline);
    showError(null);
    loadDetails(variable).catch(e => showError(e.message));
    loadVariables().catch(() => {});
  };
  events.addEventListener('problem', message => {
    setStatus('reconnecting…', 'down');
    showError(JSON.parse(message.data).detail);
  });
  events.onerror = () => {
    setStatus('reconnecting…', 'down');
    // EventSource retries by itself after a dropped stream, but gives up for good when the gateway
    // answers with an error (503 while a service is down): start over a little later.
    if (events.readyState === EventSource.CLOSED) {
      setTimeout(() => { if (current === variable) select(variable); }, 3000);
    }
  };
}

async function select(variable) {
  current = variable;
  document.querySelectorAll('nav button').forEach(b => b.setAttribute('aria-current', String(b.dataset.variable === variable)));
  try {
    renderTimeline(await api(`/v1/timelines/${variable}`));
    await loadDetails(variable);
    showError(null);
  } catch (e) {
    showError(e.message);
  }
  watch(variable);
}

async function start() {
  try {
    const variables = await loadVariables();
    setStatus('connected');
    const wanted = decodeURIComponent(location.hash.slice(1));
    const first = variables.find(v => v.variable === wanted)?.variable ?? variables[0]?.variable;
    if (first) await select(first);
  } catch (e) {
    setStatus('unavailable', 'down');
    showError(e.message);
    setTimeout(start, 3000); // the services may be starting, or restarting
  }
}

window.addEventListener('hashchange', () => select(decodeURIComponent(location.hash.slice(1))));
start();
