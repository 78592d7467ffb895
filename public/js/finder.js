// Progressive enhancement of the finder: when a list or a checkbox changes, the results are
// fetched and replaced in place, the address follows (so it can be shared, and the language
// switch keeps the search), and the new count is announced. Without this file, or when anything
// goes wrong, the form is a plain GET form and the full page loads instead.
(() => {
  const form = document.querySelector('form[data-finder]');
  const status = document.getElementById('finder-status');
  if (!(form instanceof HTMLFormElement) || !status || !window.fetch || !window.DOMParser) return;
  let controller;

  const queryOf = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      // The same address the server builds: empty filters left out, `place` always there.
      if (key === 'place' || value !== '') params.append(key, String(value));
    }
    return params.toString();
  };

  const followQuery = (query) => {
    for (const link of document.querySelectorAll('.language-switch a[hreflang], link[rel="alternate"]')) {
      const href = link.getAttribute('href');
      if (href) link.setAttribute('href', `${href.split('?')[0]}?${query}`);
    }
  };

  const update = async () => {
    const query = queryOf();
    const url = `${form.getAttribute('action')}?${query}`;
    controller?.abort();
    controller = new AbortController();
    const current = document.getElementById('results');
    current?.setAttribute('aria-busy', 'true');
    status.textContent = status.dataset.updating ?? '';
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } });
      const next = response.ok
        ? new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('results')
        : null;
      if (!next) {
        window.location.assign(url);
        return;
      }
      const fresh = document.importNode(next, true);
      if (current) current.replaceWith(fresh);
      else status.after(fresh);
      history.replaceState(null, '', url);
      followQuery(query);
      status.textContent = fresh.dataset.count ?? '';
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) window.location.assign(url);
    }
  };

  form.addEventListener('change', (event) => {
    const field = event.target;
    // Text boxes (place, age) wait for the person to send the form; lists and boxes apply at once.
    if (
      field instanceof HTMLSelectElement ||
      (field instanceof HTMLInputElement && field.type === 'checkbox')
    ) {
      void update();
    }
  });
})();
