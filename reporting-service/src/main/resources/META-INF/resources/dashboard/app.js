'use strict';
// The dashboard reads the same bearer-token APIs as any integration. The token arrives in the URL
// fragment (never sent to a server), is kept for the tab's lifetime and removed from the address bar.

const LIGHTS = {
  ON_TRACK: 'I rute', AT_RISK: 'Risiko for avvik', OFF_TRACK: 'Ikke i rute', NO_DATA: 'Mangler data', NO_TARGET: 'Mangler måltall',
  AWAITING_MEASUREMENT: 'Venter på ny måling'
};
const PHASES = ['CONCEPT_MANDATE', 'DEVELOPMENT_LIMITED_TRIAL', 'ADAPTATION_EXTENDED_TRIAL', 'INTRODUCTION', 'NEW_PRACTICE'];
const PHASE_NAMES = {
  CONCEPT_MANDATE: 'Konsept/mandat', DEVELOPMENT_LIMITED_TRIAL: 'Utvikling og begrenset utprøving',
  ADAPTATION_EXTENDED_TRIAL: 'Tilpasning og utvidet utprøving', INTRODUCTION: 'Innføring', NEW_PRACTICE: 'Ny praksis i bruk'
};
const FORUMS = { NUFA: 'NUFA', NUIT: 'NUIT', NASJONALT_EHELSERAD: 'Nasjonalt e-helseråd' };

/** The most points a whole-series chart asks for: one per month for over forty years. */
const SERIES_POINTS = 500;

class Unauthorised extends Error {}

function token() {
  return sessionStorage.getItem('token');
}

function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function takeToken() {
  const match = location.hash.match(/token=([^&]+)/);
  if (match) {
    sessionStorage.setItem('token', decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('token');
}

async function api(path, token) {
  const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' } });
  if (response.status === 401 || response.status === 403) throw new Unauthorised();
  if (!response.ok) throw new Error(path + ': ' + response.status);
  return response;
}

/**
 * First and last day of an ISO-style period: 2024, 2024S1, 2024T2, 2024Q3, 2024-09, 2022-11-29, or an
 * interval of two of these such as 2021-09/2022-09.
 */
function periodBounds(period) {
  const p = String(period);
  const slash = p.indexOf('/');
  if (slash > 0) {
    const from = periodBounds(p.slice(0, slash));
    const to = periodBounds(p.slice(slash + 1));
    return from && to ? [from[0], to[1]] : null;
  }
  let m;
  if ((m = p.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const day = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [day, day];
  }
  if ((m = p.match(/^(\d{4})-(\d{2})$/))) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 0)];
  if ((m = p.match(/^(\d{4})([SQT])(\d)$/))) {
    const months = { S: 6, T: 4, Q: 3 }[m[2]];
    return [Date.UTC(+m[1], months * (+m[3] - 1), 1), Date.UTC(+m[1], months * +m[3], 0)];
  }
  if ((m = p.match(/^(\d{4})$/))) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1], 11, 31)];
  return null;
}

/** Where a period sits on a time axis: its middle, so that 2023 is drawn within 2023. */
function periodMiddle(period) {
  const bounds = periodBounds(period);
  return bounds ? (bounds[0] + bounds[1]) / 2 : null;
}

function number(value) {
  return value == null ? '–' : Number(value).toLocaleString('nb-NO', { maximumFractionDigits: 2 });
}

function lightOf(goal) {
  if (goal.assessment) return goal.assessment.overall;
  const order = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK'];
  const found = order.find(c => goal.indicators.some(i => i.assessment && i.assessment.classification === c));
  return found || 'NO_DATA';
}

function renderGoals(goals) {
  const card = goal => {
    const light = lightOf(goal);
    const a = goal.assessment;
    const initiatives = a ? Object.values(a.initiativesByStatus).reduce((sum, n) => sum + n, 0) : 0;
    const details = a ? `${goal.indicators.length} indikatorer · ${initiatives} initiativ · `
        + `${a.delayedDeliveries} av ${a.deliveries} leveranser forsinket` : `${goal.indicators.length} indikatorer`;
    return `<article class="card ${light}" data-goal="${esc(goal.id)}">
      <h4>${esc(goal.id)}. ${esc(goal.name)}</h4>
      <span class="light ${light}" data-light="${light}">${LIGHTS[light]}</span>
      <p class="details">${esc(details)}</p></article>`;
  };
  document.getElementById('strategic-goals').innerHTML = goals.filter(g => g.kind !== 'OVERARCHING').map(card).join('')
      || '<p class="muted">Ingen strategiske mål i visningen ennå.</p>';
  document.getElementById('overarching-goals').innerHTML = goals.filter(g => g.kind === 'OVERARCHING').map(card).join('')
      || '<p class="muted">Ingen overordnede mål i visningen.</p>';
}

/**
 * Measurements on a time axis, with the baseline and the next target as dashed lines. The status documents
 * carry the last points of each series only; the whole series comes from the series resource.
 */
function indicatorChart(followUp, measurements = followUp.measurements) {
  const W = 640, H = 200, L = 56, R = 16, T = 14, B = 30;
  const points = measurements.map(m => ({ date: periodMiddle(m.period), value: Number(m.value), period: m.period }))
      .filter(p => p.date);
  const a = followUp.assessment || {};
  const baseline = a.baseline != null ? Number(a.baseline) : null;
  const baselineDate = a.baselineDate ? Date.parse(a.baselineDate) : null;
  const target = a.target && a.target.value != null ? Number(a.target.value) : null;
  const due = a.target && a.target.due ? Date.parse(a.target.due) : null;
  const dates = points.map(p => p.date).concat([baselineDate, due].filter(Boolean));
  const values = points.map(p => p.value).concat([baseline, target].filter(v => v != null));
  if (dates.length === 0 || values.length === 0) return '<p class="muted">Ingen målinger ennå.</p>';
  let t0 = Math.min(...dates), t1 = Math.max(...dates);
  if (t1 === t0) { t0 -= 365 * 864e5; t1 += 365 * 864e5; }
  let v0 = Math.min(0, ...values), v1 = Math.max(...values);
  if (v1 === v0) v1 = v0 + 1;
  const x = d => L + (d - t0) / (t1 - t0) * (W - L - R);
  const y = v => T + (1 - (v - v0) / (v1 - v0)) * (H - T - B);
  const parts = [`<line class="axis" x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#999"/>`,
    `<text x="${L - 6}" y="${y(v1) + 4}" text-anchor="end" font-size="11">${number(v1)}</text>`,
    `<text x="${L - 6}" y="${y(v0) + 4}" text-anchor="end" font-size="11">${number(v0)}</text>`];
  // Year boundaries as ticks, the year's name in its middle.
  for (let year = new Date(t0).getUTCFullYear(); year <= new Date(t1).getUTCFullYear(); year++) {
    const boundary = x(Date.UTC(year, 0, 1)), middle = x(Date.UTC(year, 6, 1));
    if (boundary >= L && boundary <= W - R) parts.push(`<line x1="${boundary}" x2="${boundary}" y1="${T}" y2="${H - B}" stroke="#eee"/>`);
    if (middle >= L && middle <= W - R) parts.push(`<text x="${middle}" y="${H - 10}" text-anchor="middle" font-size="11">${year}</text>`);
  }
  if (baseline != null) {
    parts.push(`<line data-line="baseline" x1="${L}" x2="${W - R}" y1="${y(baseline)}" y2="${y(baseline)}" stroke="#777" `
        + `stroke-dasharray="4 3"><title>Utgangspunkt: ${number(baseline)}</title></line>`);
  }
  if (target != null) {
    parts.push(`<line data-line="target" x1="${L}" x2="${W - R}" y1="${y(target)}" y2="${y(target)}" stroke="#06893a" `
        + `stroke-dasharray="6 3" stroke-width="2"><title>Mål: ${number(target)}${due ? ' innen ' + esc(a.target.due) : ''}</title></line>`);
  }
  if (points.length > 1) {
    parts.push(`<polyline fill="none" stroke="#025169" stroke-width="2" points="${points.map(p => x(p.date) + ',' + y(p.value)).join(' ')}"/>`);
  }
  points.forEach(p => parts.push(`<circle data-point="${esc(p.period)}" cx="${x(p.date)}" cy="${y(p.value)}" r="4" fill="#025169">`
      + `<title>${esc(p.period)}: ${number(p.value)}</title></circle>`));
  const label = `Målinger for ${followUp.indicator.id} ${followUp.indicator.name}`;
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}">${parts.join('')}</svg>`;
}

function renderIndicators(goals) {
  const html = goals.flatMap(goal => goal.indicators).map(followUp => {
    const a = followUp.assessment || { classification: 'NO_DATA' };
    const latest = followUp.latest ? `Siste: ${number(followUp.latest.value)} (${esc(followUp.latest.period)})` : 'Ingen måling';
    const share = followUp.roadmapDelayShare ? ` · Fra veikartet: ${number(followUp.roadmapDelayShare.percent)} % `
        + `(${followUp.roadmapDelayShare.significantlyDelayed} av ${followUp.roadmapDelayShare.milestones} milepæler)` : '';
    const more = followUp.measurementCount > followUp.measurements.length
      ? `<button type="button" class="whole-series" data-series="${esc(followUp.indicator.id)}">Vis hele måleserien `
        + `(${followUp.measurementCount} målinger)</button>` : '';
    return `<article class="indicator" data-indicator="${esc(followUp.indicator.id)}">
      <h4>${esc(followUp.indicator.id)} ${esc(followUp.indicator.name)}</h4>
      <p class="summary"><span class="light ${a.classification}">${LIGHTS[a.classification]}</span> · ${latest}${share}</p>
      <div class="chart">${indicatorChart(followUp)}</div>${more}</article>`;
  }).join('');
  const target = document.getElementById('indicator-charts');
  target.innerHTML = html || '<p class="muted">Ingen målindikatorer ennå.</p>';
  const byId = new Map(goals.flatMap(goal => goal.indicators).map(f => [f.indicator.id, f]));
  target.querySelectorAll('button.whole-series').forEach(button => button.addEventListener('click', async () => {
    button.disabled = true;
    const followUp = byId.get(button.dataset.series);
    const series = await (await api(`/api/v1/status/indicators/${encodeURIComponent(followUp.indicator.id)}`
        + `/measurements?aggregate=MONTH&size=${SERIES_POINTS}`, token())).json();
    const measurements = series.points.map(p => p.measurement);
    button.closest('article').querySelector('.chart').innerHTML = indicatorChart(followUp, measurements);
    button.textContent = series.totalPoints > measurements.length
      ? `Viser ${measurements.length} av ${series.totalPoints} måneder` : 'Hele måleserien vises, én verdi per måned';
  }));
}

/** One row per delivery: its planned phases from 2022 to 2030, tentative ones dashed, delays marked. */
function roadmapTimeline(subGoal) {
  const W = 1000, LABEL = 300, ROW = 26, TOP = 22, start = Date.UTC(2022, 0, 1), end = Date.UTC(2031, 0, 1);
  const x = d => LABEL + (d - start) / (end - start) * (W - LABEL - 10);
  const parts = [];
  for (let year = 2022; year <= 2030; year++) {
    parts.push(`<text x="${x(Date.UTC(year, 6, 1))}" y="14" text-anchor="middle" font-size="11">${year}</text>`,
        `<line x1="${x(Date.UTC(year, 0, 1))}" x2="${x(Date.UTC(year, 0, 1))}" y1="18" y2="${TOP + subGoal.deliveries.length * ROW}" stroke="#e3e3e3"/>`);
  }
  subGoal.deliveries.forEach((delivery, row) => {
    const y = TOP + row * ROW;
    const phase = delivery.phase ? ` — ${PHASE_NAMES[delivery.phase]}` : '';
    parts.push(`<text x="0" y="${y + 16}" font-size="12">${esc(delivery.name.length > 34 ? delivery.name.slice(0, 33) + '…' : delivery.name)}`
        + `<title>${esc(delivery.name + phase)}</title></text>`);
    delivery.timeline.filter(s => s.start && s.end).forEach(segment => {
      const x0 = Math.max(LABEL, x(Date.parse(segment.start))), x1 = Math.min(W - 10, x(Date.parse(segment.end) + 864e5));
      if (x1 <= x0) return;
      parts.push(`<rect class="segment ${segment.certainty} phase-${PHASES.indexOf(segment.phase) + 1}" data-certainty="${segment.certainty}" `
          + `x="${x0}" y="${y + 5}" width="${x1 - x0}" height="14" rx="2"><title>${esc(PHASE_NAMES[segment.phase])}: `
          + `${esc(segment.from)}–${esc(segment.to || segment.from)} (${segment.certainty === 'PLANNED' ? 'planlagt' : 'tentativt'})</title></rect>`);
    });
    delivery.milestones.filter(m => m.significantlyDelayed).forEach(m => {
      const at = x(Date.parse(m.actualDate || m.forecastDate));
      parts.push(`<path class="delay" data-delay="${esc(m.id)}" d="M${at} ${y + 3} l6 11 h-12 z"><title>${esc(m.name)}: `
          + `${m.delayDays} dager forsinket (planlagt ${esc(m.baselineDate)})</title></path>`);
    });
  });
  const height = TOP + subGoal.deliveries.length * ROW + 6;
  return `<svg viewBox="0 0 ${W} ${height}" role="img" aria-label="Tidslinje for delmål ${esc(subGoal.id)}">${parts.join('')}</svg>`;
}

function renderRoadmap(roadmap) {
  const html = roadmap.subGoals.filter(s => s.deliveries.length > 0).map(subGoal => {
    const distribution = PHASES.filter(p => subGoal.phaseDistribution[p] > 0)
        .map(p => `${PHASE_NAMES[p]}: ${subGoal.phaseDistribution[p]}`).join(' · ');
    return `<article class="subgoal" data-subgoal="${esc(subGoal.id)}">
      <h4>${esc(subGoal.id)} ${esc(subGoal.name || '')}</h4>
      <p class="muted">${esc(distribution)}</p>${roadmapTimeline(subGoal)}</article>`;
  }).join('');
  const shares = [roadmap.development, roadmap.introduction].filter(Boolean).map(s =>
      `${esc(s.indicatorId)} ${esc(s.indicatorName)}: ${s.percent == null ? '–' : number(s.percent) + ' %'}`).join('<br>');
  document.getElementById('roadmap-timelines').innerHTML = `<p class="summary">${shares}</p>`
      + (html || '<p class="muted">Ingen leveranser i veikartet ennå.</p>');
}

function renderSnapshot(snapshots, token) {
  const target = document.getElementById('latest-snapshot');
  if (snapshots.length === 0) {
    target.innerHTML = '<p class="muted">Ingen rådsunderlag er frosset ennå.</p>';
    return;
  }
  const s = snapshots[0];
  const date = new Date(s.meetingDate).toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
  target.innerHTML = `<p data-snapshot="${esc(s.id)}"><strong>${esc(s.title)}</strong><br>${esc(FORUMS[s.forum] || s.forum)}, `
      + `møte ${esc(date)}</p><button type="button" id="open-briefing">Åpne underlaget</button>`;
  // The briefing needs the token too, so it is fetched and opened from memory rather than linked.
  document.getElementById('open-briefing').addEventListener('click', async () => {
    const html = await (await api(`/api/v1/council/snapshots/${s.id}/briefing`, token)).text();
    window.open(URL.createObjectURL(new Blob([html], { type: 'text/html' })), '_blank');
  });
}

function showLogin(message) {
  sessionStorage.removeItem('token');
  document.querySelectorAll('main > section').forEach(section => { section.hidden = section.id !== 'login'; });
  document.getElementById('login-message').textContent = message;
}

async function show(token) {
  try {
    // The overview is bounded (no deliveries, the last points of each series); the timelines need the whole roadmap.
    const [overview, roadmap, snapshots] = await Promise.all([
      api('/api/v1/status/overview', token).then(r => r.json()),
      api('/api/v1/status/roadmap', token).then(r => r.json()),
      api('/api/v1/council/snapshots', token).then(r => r.json())]);
    renderGoals(overview.goals);
    renderIndicators(overview.goals);
    renderRoadmap(roadmap);
    renderSnapshot(snapshots, token);
    const latest = overview.freshness.map(f => f.lastEventOccurredAt).filter(Boolean).sort().pop();
    document.getElementById('freshness').textContent = latest
        ? 'Sist oppdatert ' + new Date(latest).toLocaleString('nb-NO') : 'Ingen hendelser mottatt ennå.';
    document.querySelectorAll('main > section').forEach(section => { section.hidden = section.id === 'login'; });
  } catch (e) {
    if (e instanceof Unauthorised) {
      showLogin('Tilgangsnøkkelen mangler, er utløpt eller gir ikke lesetilgang. Lim inn en ny.');
    } else {
      document.querySelector('main').insertAdjacentHTML('afterbegin', `<p class="error">Kunne ikke hente status: ${esc(e.message)}</p>`);
    }
  }
}

document.getElementById('token-form').addEventListener('submit', event => {
  event.preventDefault();
  const token = document.getElementById('token-input').value.trim();
  sessionStorage.setItem('token', token);
  show(token);
});

const initial = takeToken();
if (initial) show(initial); else showLogin('Lim inn en tilgangsnøkkel (access token) med lesetilgang.');
