// The page's texts, from the service's message bundles (bokmål by default, English available).
let messages = {};
let lang = 'nb';

export async function load(language) {
  lang = language === 'en' ? 'en' : 'nb';
  const r = await fetch('/api/page/messages?lang=' + lang, { headers: { Accept: 'application/json' } });
  messages = await r.json();
  document.documentElement.lang = lang;
  apply(document);
}

/** The text for a key, with {0}, {1}, … filled in. */
export function t(key, ...args) {
  let s = messages[key] ?? key;
  args.forEach((a, i) => { s = s.split('{' + i + '}').join(a ?? ''); });
  return s;
}

/** Fills every element marked data-i18n="key" below root. */
export function apply(root) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
}

export function language() {
  return lang;
}

/** Numbers as the reader writes them: 1 234,5 in Norwegian, 1,234.5 in English. */
export function number(x, digits = 1) {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO',
    { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}
