'use strict';
// The dashboard: one page per thing (goal, indicator, initiative, delivery, organisation, roadmap, council),
// each with its own address (?view=…&id=… plus filters), so it can be shared and the back button works.
// The person is signed in by the server (a backend-for-frontend): the page never holds a token; its calls
// carry the HttpOnly session cookie, and changes repeat the CSRF token in a header.

const { esc, number } = Charts;
const t = (key, params) => I18n.t(key, params);
const main = document.getElementById('main');
let session = null;

class SessionEnded extends Error {}

async function api(path, options = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'JavaScript', ...(options.headers || {}) };
  if (options.method && options.method !== 'GET') headers['X-CSRF-Token'] = session.csrfToken;
  const response = await fetch(path, { ...options, headers, credentials: 'same-origin' });
  // 499: the session has ended (the server does not redirect the page's own calls to the sign-in).
  if (response.status === 499 || response.status === 401) throw new SessionEnded();
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || `${path}: ${response.status}`);
  }
  return response.json();
}

const enc = encodeURIComponent;
const href = (view, params = {}) => '?' + new URLSearchParams({ view, ...params }).toString();
const link = (view, params, text) => `<a href="${esc(href(view, params))}" data-route>${esc(text)}</a>`;
const date = value => (value ? new Date(value).toLocaleDateString(I18n.locale(), { day: 'numeric', month: 'long', year: 'numeric' }) : '–');
const dateTime = value => (value ? new Date(value).toLocaleString(I18n.locale()) : '–');
const percent = share => (share == null ? '–' : number(Number(share) * 100) + ' %');

/** A status as words beside a symbol: the colour is never the only carrier of its meaning. */
function light(kind, value) {
  const v = value || 'NO_DATA';
  return `<span class="light ${esc(kind)}-${esc(v)}" data-light="${esc(v)}"><span class="symbol" aria-hidden="true"></span>${esc(t(kind + '.' + v))}</span>`;
}

function phase(value) {
  return value ? esc(t('phase.' + value)) : esc(t('phase.none'));
}

function table(caption, headings, rows, empty) {
  if (rows.length === 0) return `<p>${esc(empty || t('table.empty'))}</p>`;
  return `<div class="table-wrap"><table><caption>${esc(caption)}</caption><thead><tr>${headings.map(h => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`
      + `<tbody>${rows.map(cells => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</tbody></table></div>`;
}

function goalReason(goal) {
  const a = goal.assessment;
  if (!a) return t('goal.reason.none');
  const c = a.indicatorsByClassification || {};
  const initiatives = Object.values(a.initiativesByStatus || {}).reduce((sum, n) => sum + n, 0);
  return t('goal.reason', {
    onTrack: c.ON_TRACK || 0, atRisk: c.AT_RISK || 0, offTrack: c.OFF_TRACK || 0, awaiting: c.AWAITING_MEASUREMENT || 0,
    noData: (c.NO_DATA || 0) + (c.NO_TARGET || 0), initiatives, red: (a.initiativesByStatus || {}).RED || 0,
    delayed: a.delayedDeliveries, deliveries: a.deliveries
  });
}

// ---- Pages -------------------------------------------------------------------------------------

const pages = {};

pages.overview = async params => {
  const [overview, snapshots] = await Promise.all([api('/api/v1/status/overview'), api('/api/v1/council/snapshots')]);
  const status = params.get('status');
  const shown = overview.goals.filter(g => !status || (g.assessment && g.assessment.overall) === status);
  const card = goal => `<li class="card" data-goal="${esc(goal.id)}">
      <h3>${link('goal', { id: goal.id }, `${goal.id}. ${goal.name}`)}</h3>
      ${light('overall', goal.assessment && goal.assessment.overall)}
      <p class="details">${esc(goalReason(goal))}</p></li>`;
  const list = (goals, empty) => (goals.length ? `<ul class="cards">${goals.map(card).join('')}</ul>` : `<p>${esc(empty)}</p>`);
  const latest = snapshots[0];
  const mine = session.organisation ? `<section aria-labelledby="mine-heading"><h2 id="mine-heading">${esc(t('overview.mine'))}</h2>
      <p>${link('actor', { orgnr: session.organisation }, t('overview.mineLink'))}</p></section>` : '';
  return {
    title: t('overview.title'),
    html: `${overview.strategy ? `<p class="vision">${esc(t('overview.vision', { name: overview.strategy.name, vision: overview.strategy.vision }))}</p>` : ''}
      ${mine}${filterForm('overview', params, ['status'])}
      <section aria-labelledby="strategic-heading"><h2 id="strategic-heading">${esc(t('overview.strategic'))}</h2>
        <div id="strategic-goals">${list(shown.filter(g => g.kind !== 'OVERARCHING'), t('overview.noGoals'))}</div></section>
      <section aria-labelledby="overarching-heading"><h2 id="overarching-heading">${esc(t('overview.overarching'))}</h2>
        <div id="overarching-goals">${list(shown.filter(g => g.kind === 'OVERARCHING'), t('overview.noGoals'))}</div></section>
      <section aria-labelledby="snapshot-heading"><h2 id="snapshot-heading">${esc(t('overview.latestSnapshot'))}</h2>
        <div id="latest-snapshot">${latest ? `<p data-snapshot="${esc(latest.id)}">${link('council', { snapshot: latest.id }, latest.title)}
          – ${esc(t('forum.' + latest.forum))}, ${esc(t('council.meeting', { date: date(latest.meetingDate) }))}</p>` : `<p>${esc(t('council.none'))}</p>`}</div></section>
      <section aria-labelledby="freshness-heading"><h2 id="freshness-heading">${esc(t('overview.freshness'))}</h2>
        ${table(t('overview.freshness'), [t('freshness.topic'), t('freshness.lastEvent'), t('freshness.applied'), t('freshness.lag')],
          overview.freshness.map(f => [esc(f.topic), esc(dateTime(f.lastEventOccurredAt)), esc(number(f.eventsApplied)),
            esc(f.consumerLag == null ? '–' : number(f.consumerLag))]))}</section>`
  };
};

function indicatorRows(indicators) {
  return indicators.map(f => {
    const a = f.assessment || {};
    return [link('indicator', { id: f.indicator.id }, `${f.indicator.id} ${f.indicator.name}`),
      f.latest ? `${esc(number(f.latest.value))} (${esc(f.latest.period)})` : esc(t('indicator.noMeasurement')),
      a.target ? esc(a.target.text || number(a.target.value)) + (a.target.due ? ` (${esc(date(a.target.due))})` : '') : '–',
      light('classification', a.classification), Charts.sparkline(f.measurements || [])
        + `<span class="visually-hidden">${esc((f.measurements || []).map(m => `${m.period}: ${number(m.value)}`).join('; '))}</span>`];
  });
}

function initiativeRows(initiatives) {
  return initiatives.map(i => [link('initiative', { id: i.initiative.id }, `${i.initiative.id} ${i.initiative.name}`),
    light('traffic', i.currentStatus && i.currentStatus.overallStatus),
    esc(i.initiative.owners.map(o => o.name).join(', ') || i.initiative.ownerText || '–'),
    i.reporting && i.reporting.overdue ? `<strong>${esc(t('initiative.overdue'))}</strong>` : esc(t('initiative.notOverdue'))]);
}

function deliveryRows(deliveries) {
  return deliveries.map(d => [link('delivery', { id: d.id }, d.name), phase(d.phase),
    esc((d.milestones || []).filter(m => Charts.milestoneState(m) === 'DELAYED').map(delayText).join('; ')
      || t('delivery.noDelays'))]);
}

/** A delayed milestone in words: the text's own statement of the delay where it gives one, else its days. */
function delayText(m) {
  return m.statedDelay ? t('milestone.statedDelay', { name: m.name, text: m.statedDelay })
    : t('milestone.delayedBy', { name: m.name, days: m.delayDays });
}

pages.goal = async params => {
  const id = params.get('id');
  const [goal, roadmap] = await Promise.all([api(`/api/v1/status/goals/${enc(id)}`), api('/api/v1/status/roadmap')]);
  const subGoals = roadmap.subGoals.filter(s => s.goalId === goal.id);
  return {
    title: `${goal.id}. ${goal.name}`,
    html: `<p>${light('overall', goal.assessment && goal.assessment.overall)}</p><p>${esc(goalReason(goal))}</p>
      ${goal.benefit ? `<p>${esc(t('goal.benefit.' + goal.benefit))}</p>` : ''}
      ${(goal.ambitions || []).length ? `<section aria-labelledby="ambitions-heading"><h2 id="ambitions-heading">${esc(t('goal.ambitions'))}</h2>
        <ul>${goal.ambitions.map(a => `<li>${esc(a)}</li>`).join('')}</ul></section>` : ''}
      <section aria-labelledby="indicators-heading"><h2 id="indicators-heading">${esc(t('goal.indicators'))}</h2>
        ${table(t('goal.indicators'), [t('indicator.name'), t('indicator.latest'), t('indicator.target'), t('indicator.assessment'), t('indicator.sparkline')],
          indicatorRows(goal.indicators))}</section>
      <section aria-labelledby="initiatives-heading"><h2 id="initiatives-heading">${esc(t('goal.initiatives'))}</h2>
        ${table(t('goal.initiatives'), [t('initiative.name'), t('initiative.status'), t('initiative.owners'), t('initiative.reporting')],
          initiativeRows(goal.initiatives || []))}</section>
      <section aria-labelledby="subgoals-heading"><h2 id="subgoals-heading">${esc(t('goal.subGoals'))}</h2>
        ${subGoals.map(s => `<h3>${esc(s.id)} ${esc(s.name || '')}</h3>` + table(t('goal.deliveriesOf', { id: s.id }),
          [t('delivery.name'), t('delivery.phase'), t('delivery.delayedMilestones')], deliveryRows(s.deliveries || []))).join('')
          || `<p>${esc(t('goal.noSubGoals'))}</p>`}</section>`
  };
};

pages.indicator = async params => {
  const id = params.get('id');
  const query = new URLSearchParams({ aggregate: params.get('aggregate') || 'QUARTER', size: '200' });
  ['from', 'to'].forEach(p => params.get(p) && query.set(p, params.get(p)));
  const [followUp, series] = await Promise.all([api(`/api/v1/status/indicators/${enc(id)}`),
    api(`/api/v1/status/indicators/${enc(id)}/measurements?${query}`)]);
  const a = followUp.assessment || { classification: 'NO_DATA' };
  const measurements = series.points.map(p => p.measurement);
  const ind = followUp.indicator;
  const why = t('why.' + a.classification, {
    progress: percent(a.progress), expected: percent(a.expectedProgress),
    gap: a.progress != null && a.expectedProgress != null ? percent(Number(a.expectedProgress) - Number(a.progress)) : '–'
  });
  return {
    title: `${ind.id} ${ind.name}`,
    html: `<p>${light('classification', a.classification)}</p><p>${esc(ind.purpose || '')}</p>
      ${ind.derivedId ? `<p>${esc(t('indicator.derivedId', { id: ind.id }))}</p>` : ''}
      <p>${link('goal', { id: ind.goalId }, t('indicator.goal', { id: ind.goalId }))}</p>
      <section aria-labelledby="why-heading"><h2 id="why-heading">${esc(t('indicator.why'))}</h2><p id="why">${esc(why)}</p>
        <dl><dt>${esc(t('indicator.baseline'))}</dt><dd>${esc(number(a.baseline))} ${a.baselineDate ? '(' + esc(date(a.baselineDate)) + ')' : ''}</dd>
        <dt>${esc(t('indicator.target'))}</dt><dd>${a.target ? esc(a.target.text || number(a.target.value)) + ' ' + esc(date(a.target.due)) : '–'}</dd>
        <dt>${esc(t('indicator.progress'))}</dt><dd>${esc(percent(a.progress))}</dd>
        <dt>${esc(t('indicator.expected'))}</dt><dd>${esc(percent(a.expectedProgress))}</dd>
        <dt>${esc(t('indicator.trend'))}</dt><dd>${esc(t('trend.' + (a.trend || 'UNKNOWN')))}</dd></dl>
        ${ind.baseline && ind.baseline.seriesBreak ? `<p class="series-break"><strong>${esc(t('indicator.seriesBreak'))}</strong>: ${esc(ind.baseline.seriesBreak)}</p>` : ''}
        ${followUp.roadmapDelayShare ? `<p>${esc(t('indicator.fromRoadmap'))} ${esc(delayShareText(followUp.roadmapDelayShare))}</p>` : ''}</section>
      <section aria-labelledby="chart-heading"><h2 id="chart-heading">${esc(t('indicator.chart'))}</h2>
        ${filterForm('indicator', params, ['from', 'to', 'aggregate'], { id })}
        <div class="chart" data-indicator="${esc(ind.id)}">${Charts.indicator(followUp, measurements)}</div>
        <p>${esc(t('indicator.chartNote', { shown: measurements.length, total: series.totalPoints }))}</p>
        ${table(t('indicator.table'), [t('measurement.period'), t('measurement.value'), t('measurement.reportedBy'), t('measurement.revision'), t('measurement.reportedAt')],
          measurements.map(m => [esc(m.period), esc(number(m.value)), link('actor', { orgnr: m.reportedBy }, m.reportedBy),
            esc(String(m.revision)), esc(dateTime(m.reportedAt))]), t('indicator.noMeasurements'))}</section>
      <section aria-labelledby="reporters-heading"><h2 id="reporters-heading">${esc(t('indicator.reporters'))}</h2>
        ${(ind.reporters || []).length ? `<ul>${ind.reporters.map(r => `<li>${link('actor', { orgnr: r }, r)}</li>`).join('')}</ul>` : `<p>${esc(t('indicator.noReporters'))}</p>`}</section>`
  };
};

/** Indicator 5.2 or 5.3 as the plan defines it (share of sub-goals), with the milestones as drill-down. */
function delayShareText(s) {
  const pct = v => (v == null ? '–' : number(v) + ' %');
  return t('roadmap.delayShare', { id: s.indicatorId, name: s.indicatorName, percent: pct(s.subGoalPercent),
    delayed: (s.delayedSubGoals || []).length, subGoals: s.subGoals, milestonePercent: pct(s.percent),
    late: s.significantlyDelayed, milestones: s.milestones });
}

pages.initiative = async params => {
  const status = await api(`/api/v1/status/initiatives/${enc(params.get('id'))}`);
  const i = status.initiative, r = status.reporting || {};
  return {
    title: `${i.id} ${i.name}`,
    html: `<p>${light('traffic', status.currentStatus && status.currentStatus.overallStatus)}</p><p>${esc(i.description || '')}</p>
      <p>${link('goal', { id: i.goalId }, t('indicator.goal', { id: i.goalId }))} · ${esc(t('lifecycle.' + i.lifecycle))}</p>
      <section aria-labelledby="reports-heading"><h2 id="reports-heading">${esc(t('initiative.reports'))}</h2>
        ${table(t('initiative.reports'), [t('initiative.owner'), t('report.period'), t('initiative.status'), t('report.progress'), t('report.counted')],
          (status.currentStatus.latestReports || []).map(l => [l.owner ? link('actor', { orgnr: l.owner }, l.ownerName || l.owner) : esc(l.ownerName),
            esc(l.period), light('traffic', l.overallStatus), esc(l.progressPercent == null ? '–' : l.progressPercent + ' %'),
            esc(t(l.counted ? 'yes' : 'no'))]), t('initiative.noReports'))}</section>
      <section aria-labelledby="schedule-heading"><h2 id="schedule-heading">${esc(t('initiative.schedule'))}</h2>
        <p>${esc(r.expectsReports ? t('initiative.next', { period: r.nextPeriod, date: date(r.nextDeadline) }) : t('initiative.noReportsExpected'))}</p>
        ${table(t('initiative.overdueReports'), [t('initiative.owner'), t('report.period'), t('report.deadline')],
          (r.overdueReports || []).map(o => [esc(o.ownerName || o.owner), esc(o.missingPeriods.join(', ')), esc(date(o.deadline))]), t('initiative.noneOverdue'))}</section>
      <section aria-labelledby="related-heading"><h2 id="related-heading">${esc(t('initiative.related'))}</h2>
        ${i.relatedIndicatorsInferred ? `<p>${esc(t('initiative.inferredLinks'))}</p>` : ''}
        <ul>${(i.relatedIndicatorIds || []).map(id => `<li>${link('indicator', { id }, t('initiative.relatedIndicator', { id }))}</li>`).join('')}
        ${(i.relatedSubGoalIds || []).map(id => `<li>${link('roadmap', { subGoal: id }, t('initiative.relatedSubGoal', { id }))}</li>`).join('')}</ul></section>`
  };
};

pages.delivery = async params => {
  const status = await api(`/api/v1/status/deliveries/${enc(params.get('id'))}`);
  const d = status.delivery;
  const participants = d.participants || [];
  // The majority rule as the service applies it: the highest phase from 3 on that more than half have reached.
  const reached = Charts.PHASES.slice(2).map(p => [p, participants.filter(x => x.progress && Charts.PHASES.indexOf(x.progress.phase) >= Charts.PHASES.indexOf(p)).length]);
  return {
    title: d.name,
    html: `<p>${esc(t('delivery.current'))}: <strong>${phase(d.phase)}</strong>${d.significantlyDelayed ? ` · <strong>${esc(t('delivery.delayed'))}</strong>` : ''}</p>
      ${d.pausedReason ? `<p class="paused"><strong>${esc(t('delivery.paused'))}</strong>: ${esc(d.pausedReason)}</p>` : ''}
      <p>${esc(d.description || '')}</p>
      <p>${esc(ownersText(d))}</p>
      ${(d.alsoUnderSubGoals || []).length ? `<p>${esc(t('delivery.alsoUnder'))}: ${d.alsoUnderSubGoals.map(id => link('roadmap', { subGoal: id }, id)).join(', ')}</p>` : ''}
      ${(d.prerequisites || []).length ? `<p>${esc(t('delivery.prerequisites'))}: ${d.prerequisites.map(id => link('delivery', { id }, id)).join(', ')}</p>` : ''}
      <p>${link('goal', { id: status.goalId }, t('indicator.goal', { id: status.goalId }))} · ${link('roadmap', { subGoal: d.subGoalId }, t('initiative.relatedSubGoal', { id: d.subGoalId }))}</p>
      <section aria-labelledby="majority-heading"><h2 id="majority-heading">${esc(t('delivery.majority'))}</h2>
        <p>${esc(t('delivery.majorityRule', { national: t('phase.' + (d.nationalPhase || 'none')), majority: t('phase.' + (d.majorityPhase || 'none')), count: participants.length }))}</p>
        <ul>${reached.map(([p, n]) => `<li>${esc(t('delivery.reachedCount', { phase: t('phase.' + p), n, total: participants.length }))}</li>`).join('')}</ul>
        ${table(t('delivery.participants'), [t('actor.name'), t('delivery.roles'), t('delivery.phase'), t('report.asOf'), t('report.text')],
          participants.map(p => [link('actor', { orgnr: p.organisationNumber }, p.name || p.organisationNumber),
            esc((p.roles || []).map(r => t('role.' + r)).join(', ')), phase(p.progress && p.progress.phase),
            esc(date(p.progress && p.progress.asOf)), esc((p.progress && p.progress.text) || '')]), t('delivery.noParticipants'))}</section>
      <section aria-labelledby="milestones-heading"><h2 id="milestones-heading">${esc(t('delivery.milestones'))}</h2>
        ${milestoneTable(d.milestones || [])}</section>`
  };
};

/** The national owner (the lead), those in collaboration with it, and who owned it before. */
function ownersText(d) {
  if (!d.nationalOwner) return t('delivery.noOwner');
  const co = (d.coOwners || []).map(o => o.name);
  const former = (d.formerOwners || []).map(o => t('delivery.formerOwner', { name: o.name, until: date(o.until) })
    + (o.successor ? t('delivery.successor', { name: o.successor }) : ''));
  return [t('delivery.owner', { name: d.nationalOwner.name }) + (co.length ? ' ' + t('delivery.coOwners', { names: co.join(', ') }) : ''),
    ...former].join('. ') + '.';
}

function milestoneTable(milestones) {
  return table(t('delivery.milestones'), [t('milestone.name'), t('milestone.state'), t('milestone.certainty'), t('milestone.baseline'), t('milestone.forecast'), t('milestone.actual'), t('milestone.delay')],
    milestones.map(m => [esc(m.name), `<span class="milestone-state ${Charts.milestoneState(m)}">${esc(t('milestone.' + Charts.milestoneState(m)))}</span>`,
      esc(t('certainty.' + (m.certainty || 'PLANNED'))),
      // A period the text gives (earliest–latest) rather than a day.
      esc(m.earliestDate ? t('milestone.range', { from: date(m.earliestDate), to: date(m.baselineDate) }) : date(m.baselineDate)),
      esc(date(m.forecastDate)), esc(m.actualDayUnknown ? t('milestone.reachedBy', { date: date(m.actualDate) }) : date(m.actualDate)),
      esc(t('milestone.days', { days: m.delayDays }) + (m.statedDelay ? ` – «${m.statedDelay}»` : ''))]), t('delivery.noMilestones'));
}

pages.actor = async params => {
  const a = await api(`/api/v1/status/actors/${enc(params.get('orgnr'))}`);
  return {
    title: a.name || a.organisationNumber,
    html: `<p>${esc(t('actor.orgnr', { orgnr: a.organisationNumber }))}</p>
      <section aria-labelledby="overdue-heading"><h2 id="overdue-heading">${esc(t('actor.overdue'))}</h2>
        ${table(t('actor.overdue'), [t('initiative.name'), t('report.period'), t('report.deadline')],
          a.overdueReports.map(o => [link('initiative', { id: o.initiativeId }, `${o.initiativeId} ${o.initiativeName}`), esc(o.missingPeriods.join(', ')), esc(date(o.deadline))]),
          t('initiative.noneOverdue'))}
        ${a.missingProgressReports.length ? `<p>${esc(t('actor.missingProgress'))}</p><ul>${a.missingProgressReports.map(id => `<li>${link('delivery', { id }, id)}</li>`).join('')}</ul>` : ''}</section>
      <section aria-labelledby="owned-heading"><h2 id="owned-heading">${esc(t('actor.initiatives'))}</h2>
        ${table(t('actor.initiatives'), [t('initiative.name'), t('initiative.status'), t('initiative.reporting')],
          a.initiatives.map(i => [link('initiative', { id: i.initiativeId }, `${i.initiativeId} ${i.name}`), light('traffic', i.currentStatus),
            i.overdue ? `<strong>${esc(t('initiative.overdue'))}</strong>` : esc(t('initiative.notOverdue'))]), t('actor.noInitiatives'))}</section>
      <section aria-labelledby="reported-heading"><h2 id="reported-heading">${esc(t('actor.indicators'))}</h2>
        ${table(t('actor.indicators'), [t('indicator.name'), t('actor.latestPeriod'), t('measurement.reportedAt')],
          a.indicators.map(i => [link('indicator', { id: i.indicatorId }, `${i.indicatorId} ${i.name}`), esc(i.latestPeriod || '–'), esc(dateTime(i.latestReportedAt))]),
          t('actor.noIndicators'))}</section>
      <section aria-labelledby="deliveries-heading"><h2 id="deliveries-heading">${esc(t('actor.deliveries'))}</h2>
        ${table(t('actor.deliveries'), [t('delivery.name'), t('actor.role'), t('delivery.phase'), t('actor.reportedPhase')],
          a.deliveries.map(d => [link('delivery', { id: d.deliveryId }, d.name), esc([d.nationalOwner && t('actor.owner'), d.participant && t('actor.participant')].filter(Boolean).join(', ')),
            phase(d.deliveryPhase), d.reportedPhase ? `${phase(d.reportedPhase)} (${esc(date(d.reportedAsOf))})` : esc(t('actor.notReported'))]), t('actor.noDeliveries'))}</section>`
  };
};

pages.roadmap = async params => {
  const roadmap = await api('/api/v1/status/roadmap');
  const goal = params.get('goal'), org = params.get('org'), status = params.get('status'), subGoal = params.get('subGoal');
  const keep = d => (!org || (d.nationalOwner && d.nationalOwner.organisationNumber === org) || (d.participants || []).some(p => p.organisationNumber === org))
      && (!status || (status === 'DELAYED') === Boolean(d.significantlyDelayed));
  const subGoals = roadmap.subGoals.filter(s => (!goal || s.goalId === goal) && (!subGoal || s.id === subGoal))
      .map(s => ({ ...s, deliveries: (s.deliveries || []).filter(keep) })).filter(s => s.deliveries.length > 0);
  const shares = [roadmap.development, roadmap.introduction].filter(Boolean).map(s => `<li>${esc(delayShareText(s))}</li>`).join('');
  return {
    title: t('roadmap.title'),
    html: `${filterForm('roadmap', params, ['goal', 'org', 'status'])}
      <p>${esc(t('roadmap.legend'))}</p><ul class="legend">
        <li><span class="key planned" aria-hidden="true"></span>${esc(t('roadmap.keyPlanned'))}</li>
        <li><span class="key tentative" aria-hidden="true"></span>${esc(t('roadmap.keyTentative'))}</li>
        <li><span class="key m-planned" aria-hidden="true">○</span>${esc(t('milestone.PLANNED'))}</li>
        <li><span class="key m-tentative" aria-hidden="true">◌</span>${esc(t('milestone.TENTATIVE'))}</li>
        <li><span class="key m-reached" aria-hidden="true">●</span>${esc(t('milestone.REACHED'))}</li>
        <li><span class="key m-delayed" aria-hidden="true">▲</span>${esc(t('milestone.DELAYED'))}</li></ul>
      <ul>${shares}</ul>
      ${subGoals.map(s => `<section class="subgoal" data-subgoal="${esc(s.id)}" aria-labelledby="sg-${esc(s.id)}">
        <h2 id="sg-${esc(s.id)}">${esc(s.id)} ${esc(s.name || '')}</h2>
        ${Charts.roadmap(s.deliveries, t('roadmap.chartLabel', { id: s.id }))}
        ${table(t('goal.deliveriesOf', { id: s.id }), [t('delivery.name'), t('delivery.phase'), t('roadmap.segments'), t('delivery.milestones')],
          s.deliveries.map(d => [link('delivery', { id: d.id }, d.name)
              + (d.subGoalId !== s.id ? ` ${esc(t('delivery.homeSubGoal', { id: d.subGoalId }))}` : ''), phase(d.phase),
            esc((d.timeline || []).map(seg => `${t('phase.' + seg.phase)} ${seg.from}–${seg.to || seg.from} (${t('certainty.' + seg.certainty)})`).join('; ') || t('roadmap.noSegments')),
            esc((d.milestones || []).map(m => `${m.name}: ${t('milestone.' + Charts.milestoneState(m))}, ${date(m.actualDate || m.forecastDate)}`).join('; ') || t('delivery.noMilestones'))]))}
        </section>`).join('') || `<p>${esc(t('roadmap.none'))}</p>`}`
  };
};

pages.council = async params => {
  const snapshots = await api('/api/v1/council/snapshots');
  const selected = snapshots.find(s => s.id === params.get('snapshot')) || snapshots[0];
  const previous = selected && snapshots.find(s => s.forum === selected.forum && s.meetingDate < selected.meetingDate);
  const changes = selected && previous ? await api(`/api/v1/council/snapshots/${enc(selected.id)}/changes?since=${enc(previous.id)}`) : null;
  const forums = ['NUFA', 'NUIT', 'NASJONALT_EHELSERAD'];
  const freeze = session.roles.includes('admin') ? `<section aria-labelledby="freeze-heading"><h2 id="freeze-heading">${esc(t('council.freeze'))}</h2>
      <form id="freeze-form" class="filters">
        <label for="freeze-forum">${esc(t('council.forum'))}</label><select id="freeze-forum" name="forum">${forums.map(f => `<option value="${f}">${esc(t('forum.' + f))}</option>`).join('')}</select>
        <label for="freeze-date">${esc(t('council.meetingDate'))}</label><input id="freeze-date" name="meetingDate" type="date" required>
        <label for="freeze-title">${esc(t('council.titleLabel'))}</label><input id="freeze-title" name="title" required>
        <button type="submit">${esc(t('council.freezeButton'))}</button></form><p id="freeze-result" role="status"></p></section>` : '';
  return {
    title: t('council.title'),
    html: `${forums.map(f => `<section aria-labelledby="forum-${f}"><h2 id="forum-${f}">${esc(t('forum.' + f))}</h2>
        ${table(t('council.snapshotsOf', { forum: t('forum.' + f) }), [t('council.titleLabel'), t('council.meetingDate'), t('council.createdBy'), t('council.briefing')],
          snapshots.filter(s => s.forum === f).map(s => [link('council', { snapshot: s.id }, s.title), esc(date(s.meetingDate)), esc(s.createdBy || ''),
            `<a href="/api/v1/council/snapshots/${esc(s.id)}/briefing" target="_blank" rel="noopener">${esc(t('council.openBriefing'))}<span class="visually-hidden"> ${esc(s.title)}</span></a>`]),
          t('council.none'))}</section>`).join('')}
      ${selected ? `<section aria-labelledby="changes-heading" id="changes"><h2 id="changes-heading">${esc(t('council.changes', { title: selected.title }))}</h2>
        ${changes ? changeList(changes) : `<p>${esc(t('council.noPrevious'))}</p>`}</section>` : ''}
      ${freeze}`,
    after: () => {
      const form = document.getElementById('freeze-form');
      if (!form) return;
      form.addEventListener('submit', async event => {
        event.preventDefault();
        const body = Object.fromEntries(new FormData(form));
        const result = document.getElementById('freeze-result');
        try {
          const created = await api('/api/v1/council/snapshots', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
          result.textContent = t('council.frozen', { title: created.title });
        } catch (e) {
          if (e instanceof SessionEnded) throw e;
          result.textContent = t('error', { message: e.message });
        }
      });
    }
  };
};

function changeList(c) {
  const items = [
    ...c.statusChanges.map(s => t('change.status', { id: s.indicatorId, name: s.indicatorName, from: t('classification.' + s.from), to: t('classification.' + s.to) })),
    ...c.newMeasurements.map(m => t('change.measurement', { id: m.indicatorId, period: m.period, value: number(m.value) })),
    ...c.correctedMeasurements.map(m => t('change.corrected', { id: m.indicatorId, period: m.period, from: number(m.previousValue), value: number(m.value) })),
    ...c.initiativeStatusChanges.map(i => t('change.initiative', { id: i.initiativeId, from: t('traffic.' + (i.from || 'NONE')), to: t('traffic.' + (i.to || 'NONE')) })),
    ...c.newlyDelayedMilestones.map(m => t('change.delayed', { name: m.deliveryName, milestone: m.milestoneName, days: m.delayDays })),
    ...c.phaseChanges.map(p => t('change.phase', { name: p.deliveryName, from: t('phase.' + (p.from || 'none')), to: t('phase.' + p.to) }))];
  return items.length ? `<ul>${items.map(i => `<li>${esc(i)}</li>`).join('')}</ul>` : `<p>${esc(t('council.noChanges'))}</p>`;
}

pages.accessibility = async () => ({
  title: t('a11y.title'),
  html: ['a11y.p1', 'a11y.p2', 'a11y.p3', 'a11y.p4'].map(k => `<p>${esc(t(k))}</p>`).join('')
    + `<h2>${esc(t('a11y.contact'))}</h2><p>${esc(t('a11y.contactText'))}</p>`
});

// ---- Filters in the query string ---------------------------------------------------------------

const FILTERS = {
  status: () => ['', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'].map(v => [v, v ? t('overall.' + v) : t('filter.all')]),
  goal: () => [['', t('filter.all')], ...['1', '2', '3', '4', '5'].map(g => [g, t('filter.goalN', { id: g })])],
  aggregate: () => ['YEAR', 'HALF_YEAR', 'TERTIAL', 'QUARTER', 'MONTH'].map(v => [v, t('aggregate.' + v)])
};

function filterForm(view, params, fields, fixed = {}) {
  const control = field => {
    const id = `filter-${field}`;
    const value = params.get(field) || '';
    if (field === 'status' && view === 'roadmap') {
      return `<label for="${id}">${esc(t('filter.status'))}</label><select id="${id}" name="status">`
          + [['', t('filter.all')], ['DELAYED', t('filter.delayed')]].map(([v, l]) => `<option value="${v}"${v === value ? ' selected' : ''}>${esc(l)}</option>`).join('') + '</select>';
    }
    if (FILTERS[field]) {
      return `<label for="${id}">${esc(t('filter.' + field))}</label><select id="${id}" name="${field}">`
          + FILTERS[field]().map(([v, l]) => `<option value="${v}"${v === (value || (field === 'aggregate' ? 'QUARTER' : '')) ? ' selected' : ''}>${esc(l)}</option>`).join('') + '</select>';
    }
    return `<label for="${id}">${esc(t('filter.' + field))}</label><input id="${id}" name="${field}" value="${esc(value)}" size="12">`;
  };
  return `<form class="filters" data-filter="${view}" role="search" aria-label="${esc(t('filter.label'))}">
    ${Object.entries(fixed).map(([k, v]) => `<input type="hidden" name="${k}" value="${esc(v)}">`).join('')}
    ${fields.map(control).join('')}<button type="submit">${esc(t('filter.apply'))}</button></form>`;
}

// ---- Router ------------------------------------------------------------------------------------

async function render() {
  const params = new URLSearchParams(location.search);
  const view = pages[params.get('view')] ? params.get('view') : 'overview';
  document.querySelectorAll('[data-nav]').forEach(a => {
    if (a.dataset.nav === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  try {
    const page = await pages[view](params);
    main.innerHTML = `<h1 id="page-heading">${esc(page.title)}</h1>${page.html}`;
    main.dataset.view = view;
    document.title = `${page.title} – ${t('site.short')}`;
    if (page.after) page.after();
    // The first meaningful paint (User Timing): when a page's content, not only its frame, is on screen.
    if (!performance.getEntriesByName('followup:view-rendered').length) performance.mark('followup:view-rendered');
  } catch (e) {
    if (e instanceof SessionEnded) {
      main.innerHTML = `<h1>${esc(t('session.ended'))}</h1><p><a href="${esc(location.href)}">${esc(t('session.signInAgain'))}</a></p>`;
    } else {
      main.innerHTML = `<h1>${esc(t('error.title'))}</h1><p class="error" role="alert">${esc(t('error', { message: e.message }))}</p>`;
    }
  }
  document.getElementById('announcer').textContent = document.title;
}

function navigate(url) {
  history.pushState(null, '', url);
  render().then(() => main.focus());
}

document.addEventListener('click', event => {
  const a = event.target.closest('a[data-route]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(a.getAttribute('href') || './');
});

document.addEventListener('submit', event => {
  const form = event.target.closest('form[data-filter]');
  if (!form) return;
  event.preventDefault();
  const params = new URLSearchParams({ view: form.dataset.filter });
  new FormData(form).forEach((value, key) => value && params.set(key, value));
  navigate('?' + params);
});

window.addEventListener('popstate', () => render());

document.querySelectorAll('[data-lang]').forEach(button => button.addEventListener('click', async () => {
  await I18n.use(button.dataset.lang);
  I18n.apply(document);
  showSession();
  await render();
}));

function showSession() {
  // Sign-out is a change too: its form repeats the CSRF token (SignOutGuard).
  document.getElementById('sign-out-csrf').value = session.csrfToken;
  document.getElementById('signed-in-as').textContent = t('signedInAs', { name: session.name || '' });
  const mine = document.getElementById('nav-my-organisation');
  mine.hidden = !session.organisation;
  if (session.organisation) mine.querySelector('a').setAttribute('href', href('actor', { orgnr: session.organisation }));
  api('/api/v1/status/overview').then(o => {
    const latest = o.freshness.map(f => f.lastEventOccurredAt).filter(Boolean).sort().pop();
    document.getElementById('freshness').textContent = latest ? t('freshness.updated', { time: dateTime(latest) }) : t('freshness.none');
  }).catch(() => {});
}

(async () => {
  await I18n.ready;
  I18n.apply(document);
  try {
    session = await api('/web/session');
  } catch (e) {
    main.innerHTML = `<h1>${esc(t('session.ended'))}</h1><p><a href="${esc(location.href)}">${esc(t('session.signInAgain'))}</a></p>`;
    return;
  }
  showSession();
  await render();
})();
