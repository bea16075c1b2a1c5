// The language switch of a document page: one version at a time, or two side by side. The page holds the words of
// the versions it was asked for (?lang=, ?second=); each other version is a placeholder whose words are fetched
// (?version=) the first time it is shown. Without this script the page shows the versions it holds, and a link to
// the page of each other one.
(function () {
  const nav = document.querySelector('nav.version-switch');
  if (!nav) return;
  const versions = Array.from(document.querySelectorAll('article.version'));
  const buttons = Array.from(nav.querySelectorAll('button[data-lang]'));
  const sideBySide = nav.querySelector('input.side-by-side');
  const second = nav.querySelector('select.second');
  const offered = buttons.map(b => b.dataset.lang);
  const asked = new URLSearchParams(location.search);
  const wanted = (navigator.languages || []).map(l => l.split('-')[0]);
  // the version the address asks for, else the browser's language, else the one the page holds first
  let first = asked.get('lang') && offered.includes(asked.get('lang')) ? asked.get('lang')
    : offered.find(l => wanted.includes(l)) || nav.dataset.first;

  function load(version) {
    const src = version.dataset.src;
    if (!src) return;
    delete version.dataset.src;
    version.setAttribute('aria-busy', 'true');
    fetch(src, { headers: { Accept: 'text/html' } })
      .then(r => { if (!r.ok) throw new Error(r.status + ' ' + r.statusText); return r.text(); })
      .then(html => {
        const fetched = new DOMParser().parseFromString(html, 'text/html').querySelector('article.version');
        version.replaceChildren(...Array.from(fetched.childNodes).map(n => document.adoptNode(n)));
        version.classList.remove('elsewhere');
      })
      .catch(() => { version.dataset.src = src; })
      .finally(() => version.removeAttribute('aria-busy'));
  }

  function show() {
    const shown = sideBySide.checked ? [first, second.value] : [first];
    // the version chosen first stands first (at the start of the line) whatever its place in the page
    versions.forEach(v => {
      v.hidden = !shown.includes(v.dataset.version);
      v.style.order = v.dataset.version === first ? '0' : '1';
      if (!v.hidden) load(v);
    });
    buttons.forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === first)));
    document.querySelector('div.versions').classList.toggle('side-by-side', sideBySide.checked && first !== second.value);
    // the address names what is shown, so that it can be kept or passed on
    const address = new URL(location.href);
    address.searchParams.set('lang', first);
    if (sideBySide.checked) address.searchParams.set('second', second.value); else address.searchParams.delete('second');
    history.replaceState(null, '', address);
  }
  buttons.forEach(b => b.addEventListener('click', () => { first = b.dataset.lang; show(); }));
  sideBySide.addEventListener('change', show);
  second.addEventListener('change', show);
  if (!nav.dataset.second) second.value = offered.find(l => l !== first);
  show();
})();
