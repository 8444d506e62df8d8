'use strict';
// Charts drawn as SVG. Each is a picture of figures that the page also shows as a table, so the SVG is
// labelled as an image and never the only place a figure or a status can be read.
const Charts = (() => {
  const t = (key, params) => I18n.t(key, params);

  function esc(text) {
    return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function number(value) {
    return value == null ? '–' : Number(value).toLocaleString(I18n.locale(), { maximumFractionDigits: 2 });
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

  /** Measurements on a time axis, with the baseline and the target as dashed lines of different patterns. */
  function indicator(followUp, measurements) {
    const W = 640, H = 220, L = 56, R = 16, T = 14, B = 30;
    const points = measurements.map(m => ({ date: periodMiddle(m.period), value: Number(m.value), period: m.period }))
        .filter(p => p.date);
    const a = followUp.assessment || {};
    const baseline = a.baseline != null ? Number(a.baseline) : null;
    const baselineDate = a.baselineDate ? Date.parse(a.baselineDate) : null;
    const target = a.target && a.target.value != null ? Number(a.target.value) : null;
    const due = a.target && a.target.due ? Date.parse(a.target.due) : null;
    const dates = points.map(p => p.date).concat([baselineDate, due].filter(Boolean));
    const values = points.map(p => p.value).concat([baseline, target].filter(v => v != null));
    if (dates.length === 0 || values.length === 0) return `<p>${esc(t('indicator.noMeasurements'))}</p>`;
    let t0 = Math.min(...dates), t1 = Math.max(...dates);
    if (t1 === t0) { t0 -= 365 * 864e5; t1 += 365 * 864e5; }
    let v0 = Math.min(0, ...values), v1 = Math.max(...values);
    if (v1 === v0) v1 = v0 + 1;
    const x = d => L + (d - t0) / (t1 - t0) * (W - L - R);
    const y = v => T + (1 - (v - v0) / (v1 - v0)) * (H - T - B);
    const parts = [`<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#595959"/>`,
      `<text x="${L - 6}" y="${y(v1) + 4}" text-anchor="end" font-size="11">${number(v1)}</text>`,
      `<text x="${L - 6}" y="${y(v0) + 4}" text-anchor="end" font-size="11">${number(v0)}</text>`];
    for (let year = new Date(t0).getUTCFullYear(); year <= new Date(t1).getUTCFullYear(); year++) {
      const boundary = x(Date.UTC(year, 0, 1)), middle = x(Date.UTC(year, 6, 1));
      if (boundary >= L && boundary <= W - R) parts.push(`<line x1="${boundary}" x2="${boundary}" y1="${T}" y2="${H - B}" stroke="#e3e3e3"/>`);
      if (middle >= L && middle <= W - R) parts.push(`<text x="${middle}" y="${H - 10}" text-anchor="middle" font-size="11">${year}</text>`);
    }
    if (baseline != null) {
      parts.push(`<line data-line="baseline" x1="${L}" x2="${W - R}" y1="${y(baseline)}" y2="${y(baseline)}" stroke="#595959" `
          + `stroke-dasharray="2 3" stroke-width="2"/>`,
          `<text x="${W - R}" y="${y(baseline) - 4}" text-anchor="end" font-size="11">${esc(t('chart.baseline'))} ${number(baseline)}</text>`);
    }
    if (target != null) {
      parts.push(`<line data-line="target" x1="${L}" x2="${W - R}" y1="${y(target)}" y2="${y(target)}" stroke="#06713a" `
          + `stroke-dasharray="8 4" stroke-width="2"/>`,
          `<text x="${W - R}" y="${y(target) - 4}" text-anchor="end" font-size="11">${esc(t('chart.target'))} ${number(target)}</text>`);
    }
    if (points.length > 1) {
      parts.push(`<polyline fill="none" stroke="#025169" stroke-width="2" points="${points.map(p => x(p.date) + ',' + y(p.value)).join(' ')}"/>`);
    }
    points.forEach(p => parts.push(`<circle data-point="${esc(p.period)}" cx="${x(p.date)}" cy="${y(p.value)}" r="4" fill="#025169"/>`));
    const label = t('chart.indicatorLabel', { id: followUp.indicator.id, name: followUp.indicator.name });
    return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}">${parts.join('')}</svg>`;
  }

  /** The last values of a series as a small line; the figures are in the same table row. */
  function sparkline(measurements) {
    const values = measurements.map(m => Number(m.value));
    if (values.length < 2) return '';
    const W = 90, H = 24, min = Math.min(...values), max = Math.max(...values), span = max - min || 1;
    const points = values.map((v, i) => `${(i / (values.length - 1)) * (W - 4) + 2},${H - 2 - (v - min) / span * (H - 4)}`).join(' ');
    return `<svg class="sparkline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">`
        + `<polyline fill="none" stroke="#025169" stroke-width="1.5" points="${points}"/></svg>`;
  }

  /**
   * One row per delivery from 2022 to 2030: its planned phases (solid) and tentative ones (dashed), and every
   * milestone as a shape that tells its state without colour: a ring planned, a dashed ring tentative, a
   * filled dot reached, a triangle delayed. A delivery without segments still shows its milestones.
   */
  function roadmap(deliveries, label) {
    const W = 1000, LABEL = 300, ROW = 28, TOP = 22, start = Date.UTC(2022, 0, 1), end = Date.UTC(2031, 0, 1);
    const x = d => LABEL + Math.max(0, Math.min(1, (d - start) / (end - start))) * (W - LABEL - 10);
    const parts = [];
    for (let year = 2022; year <= 2030; year++) {
      parts.push(`<text x="${x(Date.UTC(year, 6, 1))}" y="14" text-anchor="middle" font-size="11">${year}</text>`,
          `<line x1="${x(Date.UTC(year, 0, 1))}" x2="${x(Date.UTC(year, 0, 1))}" y1="18" y2="${TOP + deliveries.length * ROW}" stroke="#e3e3e3"/>`);
    }
    deliveries.forEach((delivery, row) => {
      const y = TOP + row * ROW;
      const name = delivery.name.length > 40 ? delivery.name.slice(0, 39) + '…' : delivery.name;
      parts.push(`<text x="0" y="${y + 17}" font-size="12">${esc(name)}</text>`);
      (delivery.timeline || []).filter(s => s.start && s.end).forEach(segment => {
        const x0 = x(Date.parse(segment.start)), x1 = x(Date.parse(segment.end) + 864e5);
        if (x1 <= x0) return;
        parts.push(`<rect class="segment ${segment.certainty} phase-${PHASES.indexOf(segment.phase) + 1}" data-certainty="${segment.certainty}" `
            + `x="${x0}" y="${y + 6}" width="${x1 - x0}" height="14" rx="2"/>`);
      });
      (delivery.milestones || []).forEach(m => {
        const at = x(Date.parse(m.actualDate || m.forecastDate || m.baselineDate));
        const state = milestoneState(m);
        const shape = state === 'DELAYED' ? `<path class="milestone DELAYED" data-delay="${esc(m.id)}" d="M${at} ${y + 4} l7 13 h-14 z"/>`
          : state === 'REACHED' ? `<circle class="milestone REACHED" data-milestone="${esc(m.id)}" cx="${at}" cy="${y + 13}" r="5"/>`
            : `<circle class="milestone ${state}" data-milestone="${esc(m.id)}" cx="${at}" cy="${y + 13}" r="5"/>`;
        parts.push(shape);
      });
    });
    const height = TOP + deliveries.length * ROW + 6;
    return `<svg class="timeline" viewBox="0 0 ${W} ${height}" role="img" aria-label="${esc(label)}">${parts.join('')}</svg>`;
  }

  /**
   * As the service counts it for 5.2 and 5.3 (DeliveryDelays): a planned milestone is delayed when it is
   * significantly late by its dates or the text states a delay; a tentative one is an expectation, never late.
   */
  function milestoneState(m) {
    const tentative = m.certainty === 'TENTATIVE';
    if (!tentative && (m.significantlyDelayed || m.statedDelay)) return 'DELAYED';
    if (m.reached || m.actualDate) return 'REACHED';
    return tentative ? 'TENTATIVE' : 'PLANNED';
  }

  const PHASES = ['CONCEPT_MANDATE', 'DEVELOPMENT_LIMITED_TRIAL', 'ADAPTATION_EXTENDED_TRIAL', 'INTRODUCTION', 'NEW_PRACTICE'];

  return { esc, number, indicator, sparkline, roadmap, milestoneState, PHASES };
})();
