// Progressive enhancement only: every page works without this file.
// 1. A page with an error summary moves focus to it, so keyboard and screen-reader users
//    hear what went wrong first (GOV.UK practice).
// 2. Links in the summary focus the field itself, not just scroll to it.
(() => {
  const summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.error-summary a[href^="#"]') : null;
    if (!link) return;
    const field = document.getElementById(link.getAttribute('href').slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  });
})();
