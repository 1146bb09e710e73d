// The findings of a run grouped by rule, in the pack's order: traffic light, area in daa and the
// rule's citation; per rule what was checked and found clear and what could not be checked. Every
// finding is a button: it selects the finding, zooms the map to it and opens its details, where
// the planner records a verdict with a reason.
import { t, number } from './i18n.js';
import { api } from './api.js';

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') {
      e.className = v;
    } else if (k.startsWith('data-') || k.startsWith('aria-')) {
      e.setAttribute(k, v);
    } else {
      e[k] = v;
    }
  }
  e.append(...children.filter(c => c !== null && c !== undefined));
  return e;
}

/** "Nyseter (D3)"; a finding about a reference object (R1, R5a) has no plan object id. */
function label(f) {
  const name = f.planObjectName || f.referenceFeatureId || '';
  return f.planObjectId ? name + ' (' + f.planObjectId + ')' : name;
}

function light(status) {
  return el('span', { class: 'light ' + status, role: 'img', 'aria-label': t('status.' + status) });
}

export class FindingsView {
  constructor({ list, detail, run, rules, findings, me, onSelect }) {
    this.list = list;
    this.detail = detail;
    this.run = run;
    this.rules = rules;
    this.findings = findings;
    this.me = me;
    this.onSelect = onSelect;
    this.current = null;
    document.getElementById('verdict-form').addEventListener('submit', e => { e.preventDefault(); this.saveVerdict(); });
  }

  render() {
    this.list.replaceChildren();
    const summaries = new Map((this.run.summary || []).map(s => [s.ruleId, s]));
    const checked = this.run.checked || [];
    for (const rule of this.rules) {
      const s = summaries.get(rule.id);
      if (!s) {
        continue;
      }
      const mine = this.findings.filter(f => f.ruleId === rule.id);
      const shown = mine.filter(f => f.status !== 'NOT_MAPPED');
      const notChecked = mine.filter(f => f.status === 'NOT_MAPPED');
      const clear = checked.filter(c => c.ruleId === rule.id);
      const section = el('section', { class: 'rule', id: 'rule-' + rule.id, 'aria-labelledby': 'rule-h-' + rule.id },
        el('h4', { id: 'rule-h-' + rule.id }, light(s.status), ' ', rule.id + ' ' + rule.title),
        el('p', { class: 'citation' }, t('status.' + s.status) + ' · ' + t('findings.count', shown.length) + ' · '
          + t('findings.area', number(s.areaDaa, 1)) + ' · ' + rule.citation));
      if (shown.length === 0) {
        section.append(el('p', {}, t('findings.none')));
      } else {
        section.append(this.items(shown));
      }
      if (notChecked.length > 0) {
        section.append(el('details', {}, el('summary', {}, t('findings.notChecked', notChecked.length)), this.items(notChecked)));
      }
      if (clear.length > 0) {
        section.append(el('details', {}, el('summary', {}, t('findings.clear', clear.length)),
          el('ul', { class: 'clear' }, ...clear.map(c => el('li', {}, c.message)))));
      }
      this.list.append(section);
    }
  }

  items(findings) {
    return el('ul', {}, ...findings.map(f => el('li', {},
      el('button', { type: 'button', class: 'finding', 'data-key': f.key, 'aria-pressed': String(this.current === f.key),
        onclick: () => this.select(f.key, true) },
      light(f.status), el('span', {}, label(f)),
      f.override ? el('span', { class: 'verdict-tag' }, t('verdict.' + f.override.verdict)) : null,
      el('span', { class: 'area' }, t('findings.area', number(f.areaDaa, 1)))))));
  }

  /** Selects a finding: marks it in the list, shows its details; zoom tells the map to follow. */
  select(key, zoom) {
    const f = this.findings.find(x => x.key === key);
    if (!f) {
      return;
    }
    this.current = key;
    this.list.querySelectorAll('button.finding').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.key === key)));
    const body = document.getElementById('detail-body');
    body.replaceChildren(
      el('p', {}, light(f.status), ' ', el('strong', {}, f.ruleId + ' – ' + t('status.' + f.status))),
      el('p', {}, f.message),
      el('p', {}, t('findings.area', number(f.areaDaa, 1)) + (f.share != null ? ' · ' + number(f.share * 100, 1) + ' %' : '')),
      el('details', {}, el('summary', {}, t('finding.trace')), el('ol', {}, ...(f.trace || []).map(s => el('li', {}, s)))));
    this.showVerdict(f);
    this.detail.hidden = false;
    this.detail.scrollIntoView({ block: 'nearest' });
    if (this.onSelect) {
      this.onSelect(key, zoom);
    }
  }

  showVerdict(f) {
    const current = document.getElementById('verdict-current');
    current.replaceChildren();
    document.getElementById('verdict-msg').textContent = '';
    if (f.override) {
      const o = f.override;
      current.append(el('p', { class: 'verdict-tag' }, t('verdict.current', t('verdict.' + o.verdict), o.by, String(o.at).slice(0, 10), o.reason)));
      if (o.changedSince) {
        current.append(el('p', {}, t('verdict.changed')));
      }
      document.getElementById('verdict-kind').value = o.verdict;
      document.getElementById('verdict-reason').value = o.reason;
    } else {
      document.getElementById('verdict-reason').value = '';
    }
  }

  async saveVerdict() {
    const f = this.findings.find(x => x.key === this.current);
    const msg = document.getElementById('verdict-msg');
    const reason = document.getElementById('verdict-reason').value.trim();
    if (!f) {
      return;
    }
    if (!reason) {
      msg.textContent = t('verdict.needReason');
      return;
    }
    const body = { verdict: document.getElementById('verdict-kind').value, reason };
    if (this.me && this.me.username) {
      body.by = this.me.username;
    }
    try {
      const r = await api('/api/runs/' + this.run.runId + '/findings/' + encodeURIComponent(f.key) + '/override', { method: 'PUT', json: body });
      f.override = r.data;
      msg.textContent = t('verdict.saved');
      this.render();
      this.showVerdict(f);
      msg.textContent = t('verdict.saved');
    } catch (e) {
      msg.textContent = t('error.generic', e.message);
    }
  }
}
