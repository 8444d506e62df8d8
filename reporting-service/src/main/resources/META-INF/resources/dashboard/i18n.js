'use strict';
// Every string of the interface comes from a message bundle, i18n/nb.json (bokmål) or i18n/nn.json
// (nynorsk), which a test keeps complete. Only the chosen language is remembered (localStorage "lang").
const I18n = (() => {
  const LANGUAGES = ['nb', 'nn'];
  let language = LANGUAGES.includes(localStorage.getItem('lang')) ? localStorage.getItem('lang') : 'nb';
  let messages = {};

  async function load(lang) {
    const response = await fetch(`i18n/${lang}.json`, { headers: { Accept: 'application/json' } });
    messages = await response.json();
    language = lang;
    document.documentElement.lang = lang;
  }

  /** The message for key, {name} placeholders filled from params; the key itself when missing. */
  function t(key, params = {}) {
    const text = messages[key];
    if (text == null) return key;
    return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
  }

  /** Fills every element with data-i18n (its text) and data-i18n-label (its aria-label). */
  function apply(root) {
    root.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
    root.querySelectorAll('[data-i18n-label]').forEach(element => element.setAttribute('aria-label', t(element.dataset.i18nLabel)));
    root.querySelectorAll('[data-lang]').forEach(button => button.setAttribute('aria-pressed', String(button.dataset.lang === language)));
  }

  async function use(lang) {
    localStorage.setItem('lang', lang);
    await load(lang);
  }

  return { ready: load(language), t, apply, use, language: () => language, locale: () => (language === 'nn' ? 'nn-NO' : 'nb-NO') };
})();
