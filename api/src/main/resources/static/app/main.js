// The planners' page: sign in, upload or pick the draft and the adopted plan, choose the rule pack
// and rules, start a check and watch it run, then read the findings on the map and in the list,
// record verdicts and download the report. Plain ES modules, no build step; texts from i18n.js.
import { api, setCsrf } from './api.js';
import * as i18n from './i18n.js';
import { t } from './i18n.js';
import { PlanMap } from './map.js';
import { FindingsView } from './findings.js';

const $ = id => document.getElementById(id);
const state = { me: null, config: null, packs: [], map: null, view: null, polling: null, runId: null };

function say(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

async function boot() {
  const asked = new URLSearchParams(location.search).get('lang');
  await i18n.load(asked || localStorage.getItem('planvakt.lang') || 'nb');
  $('lang').textContent = t('lang.switch');
  $('lang').addEventListener('click', switchLanguage);
  $('signin-form').addEventListener('submit', signIn);
  $('signout').addEventListener('click', signOut);
  $('draft-file').addEventListener('change', () => upload('draft'));
  $('adopted-file').addEventListener('change', () => upload('adopted'));
  $('start').addEventListener('click', start);
  $('cancel').addEventListener('click', cancel);
  state.config = (await api('/api/page/config')).data;
  await who();
}

async function switchLanguage() {
  const next = i18n.language() === 'nb' ? 'en' : 'nb';
  localStorage.setItem('planvakt.lang', next);
  await i18n.load(next);
  $('lang').textContent = t('lang.switch');
  $('lang').lang = next === 'nb' ? 'en' : 'nb';
  showWho();
  if (state.lastRun) {
    progress(state.lastRun);
  }
  if (state.view) {
    state.view.render();
    if (state.view.current) {
      state.view.select(state.view.current, false);
    }
    state.map.controls($('layers'), $('legend-items'));
    $('results-h').textContent = t('results.title', state.runId);
  }
  fillRules();
}

/** Who is signed in (GET /api/me); a service without sign-in answers 404 and the page is open. */
async function who() {
  try {
    state.me = (await api('/api/me')).data;
  } catch (e) {
    if (e.status !== 404) {
      throw e;
    }
    state.me = { signedIn: true, open: true };
  }
  setCsrf(state.me.csrf);
  showWho();
  $('signin').hidden = state.me.signedIn;
  $('setup').hidden = !state.me.signedIn;
  if (!state.me.signedIn) {
    $('username').focus();
    return;
  }
  await loadSetup();
}

function showWho() {
  const me = state.me || {};
  $('who').textContent = me.username ? t('signedin.as', me.username, t('role.' + me.role)) : '';
  $('signout').hidden = !me.username;
}

async function signIn(event) {
  event.preventDefault();
  $('signin-error').textContent = '';
  try {
    const r = await api('/api/login', { method: 'POST', form: { username: $('username').value, password: $('password').value } });
    $('password').value = '';
    state.me = r.data;
    setCsrf(state.me.csrf);
    await who();
  } catch (e) {
    $('password').value = '';
    $('password').focus();
    $('signin-error').textContent = t('signin.failed', e.message);
  }
}

async function signOut() {
  await api('/api/logout', { method: 'POST' }).catch(() => null);
  location.reload();
}

async function loadSetup() {
  const [drafts, adopted, packs] = await Promise.all([
    api('/api/plans/versions?kind=draft'), api('/api/plans/versions?kind=adopted'), api('/api/rule-packs')]);
  fillVersions($('draft-pick'), drafts.data, t('plan.choose'));
  fillVersions($('adopted-pick'), adopted.data, t('plan.none'));
  state.packs = packs.data;
  $('pack').replaceChildren(...state.packs.map((p, i) => new Option(p.title + ' – ' + p.version, String(i))));
  $('pack').onchange = fillRules;
  fillRules();
}

function fillVersions(select, versions, empty) {
  const keep = select.value;
  select.replaceChildren(new Option(empty, ''), ...versions.map(v => new Option(
    (v.name || v.sourceFile) + (v.municipality ? ' (' + v.municipality + ')' : '') + ' – #' + v.versionId, String(v.versionId))));
  select.value = keep;
}

function fillRules() {
  const pack = state.packs[Number($('pack').value || 0)];
  if (!pack) {
    return;
  }
  const box = $('rules');
  const chosen = new Set([...box.querySelectorAll('input[data-rule]')].filter(b => b.checked).map(b => b.dataset.rule));
  const fresh = chosen.size === 0;
  const all = document.createElement('input');
  all.type = 'checkbox';
  all.id = 'rules-all';
  const rules = pack.rules.map(r => {
    const b = document.createElement('input');
    b.type = 'checkbox';
    b.dataset.rule = r.id;
    b.checked = fresh || chosen.has(r.id);
    b.addEventListener('change', () => { all.checked = rules.every(x => x.checked); });
    const label = document.createElement('label');
    label.title = r.citation;
    label.append(b, ' ' + r.id + ' ' + r.title);
    return { box: b, label, get checked() { return b.checked; } };
  });
  all.checked = rules.every(r => r.checked);
  all.addEventListener('change', () => rules.forEach(r => { r.box.checked = all.checked; }));
  const allLabel = document.createElement('label');
  allLabel.className = 'all';
  allLabel.append(all, ' ' + t('rules.all'));
  box.replaceChildren(allLabel, ...rules.map(r => r.label));
}

async function upload(kind) {
  const input = $(kind + '-file');
  const file = input.files[0];
  if (!file) {
    return;
  }
  say(t('plan.uploading', file.name));
  const form = new FormData();
  form.append('file', file);
  form.append('kind', kind);
  try {
    const r = await api('/api/plans', { method: 'POST', multipart: form });
    const select = $(kind + '-pick');
    const versions = (await api('/api/plans/versions?kind=' + kind)).data;
    fillVersions(select, versions, kind === 'draft' ? t('plan.choose') : t('plan.none'));
    select.value = String(r.data.versionId);
    say(t('plan.uploaded', file.name, r.data.features));
  } catch (e) {
    say(t('error.generic', e.message), true);
  } finally {
    input.value = '';
  }
}

async function start() {
  const draft = $('draft-pick').value;
  if (!draft) {
    say(t('run.needDraft'), true);
    return;
  }
  const rules = [...$('rules').querySelectorAll('input[data-rule]')].filter(b => b.checked).map(b => b.dataset.rule);
  if (rules.length === 0) {
    say(t('run.needRules'), true);
    return;
  }
  const request = { draftVersionId: Number(draft), rules };
  if ($('adopted-pick').value) {
    request.adoptedVersionId = Number($('adopted-pick').value);
  }
  $('start').disabled = true;
  $('results').hidden = true;
  say('');
  try {
    const r = await api('/api/runs', { method: 'POST', json: request });
    state.runId = r.data.runId;
    progress(r.data);
    if (r.data.state && r.data.state !== 'DONE') {
      poll();
    } else {
      await finished(r.data);
    }
  } catch (e) {
    say(t('error.generic', e.message), true);
    $('start').disabled = false;
  }
}

/** Shows a run's state; a service without background runs answers with the finished run at once. */
function progress(run) {
  state.lastRun = run;
  $('progress-box').hidden = false;
  const s = run.state || 'DONE';
  $('progress').value = s === 'DONE' ? 100 : (run.percent || 0);
  $('progress').setAttribute('aria-valuetext', (run.percent || 0) + ' %');
  $('run-state').textContent = s === 'RUNNING' ? t('run.state.RUNNING', run.percent || 0, run.currentRule || '')
    : s === 'FAILED' ? t('run.state.FAILED', run.reason || '') : t('run.state.' + s);
  $('run-state').dataset.state = s;
  $('cancel').hidden = s !== 'QUEUED' && s !== 'RUNNING';
}

function poll() {
  clearTimeout(state.polling);
  state.polling = setTimeout(async () => {
    try {
      const run = (await api('/api/runs/' + state.runId)).data;
      progress(run);
      if (run.state === 'QUEUED' || run.state === 'RUNNING') {
        poll();
      } else if (run.state === 'DONE') {
        await finished(run);
      } else {
        $('start').disabled = false;
      }
    } catch (e) {
      say(t('error.generic', e.message), true);
      $('start').disabled = false;
    }
  }, 400);
}

async function cancel() {
  if (state.runId) {
    const run = (await api('/api/runs/' + state.runId + '/cancel', { method: 'POST' }).catch(e => ({ data: null }))).data;
    if (run) {
      progress(run);
    }
  }
}

async function finished(run) {
  $('start').disabled = false;
  const id = run.runId;
  const [full, geojson] = await Promise.all([api('/api/runs/' + id), api('/api/runs/' + id + '/findings.geojson')]);
  const pack = state.packs.find(p => p.id === full.data.pack) || state.packs[0];
  $('results').hidden = false;
  $('results-h').textContent = t('results.title', id);
  $('dl-pdf').href = '/api/runs/' + id + '/report.pdf';
  $('dl-html').href = '/api/runs/' + id + '/report.html';
  $('dl-csv').href = '/api/runs/' + id + '/findings.csv';
  $('dl-gpkg').href = '/api/runs/' + id + '/findings.gpkg';
  if (state.map) {
    state.map.map.setTarget(null);
  }
  $('map').replaceChildren();
  $('info').replaceChildren();
  $('detail').hidden = true;
  const findings = geojson.data.features.map(f => f.properties);
  state.view = new FindingsView({
    list: $('findings'), detail: $('detail'), run: full.data, rules: pack.rules, findings, me: state.me,
    onSelect: (key, zoom) => state.map.select(key, zoom),
  });
  state.map = new PlanMap($('map'), state.config, full.data, geojson.data, key => {
    state.view.select(key, false);
    $('detail').scrollIntoView({ block: 'nearest' });
  });
  state.map.controls($('layers'), $('legend-items'));
  state.view.render();
  $('results').scrollIntoView({ block: 'start' });
  $('results-h').focus({ preventScroll: true });
}

boot().catch(e => say(t('error.generic', e.message), true));
