// The language switch of a document page: one version at a time, or two side by side. Without this script the
// page shows every version, one after the other.
(function () {
  const nav = document.querySelector('nav.version-switch');
  if (!nav) return;
  const versions = Array.from(document.querySelectorAll('article.version'));
  const buttons = Array.from(nav.querySelectorAll('button[data-lang]'));
  const sideBySide = nav.querySelector('input.side-by-side');
  const second = nav.querySelector('select.second');
  const wanted = (navigator.languages || []).map(l => l.split('-')[0]);
  let first = buttons.map(b => b.dataset.lang).find(l => wanted.includes(l)) || buttons[0].dataset.lang;

  function show() {
    const shown = sideBySide.checked ? [first, second.value] : [first];
    // the version chosen first stands first (at the start of the line) whatever its place in the page
    versions.forEach(v => { v.hidden = !shown.includes(v.dataset.version); v.style.order = v.dataset.version === first ? '0' : '1'; });
    buttons.forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === first)));
    document.querySelector('div.versions').classList.toggle('side-by-side', sideBySide.checked && first !== second.value);
  }
  buttons.forEach(b => b.addEventListener('click', () => { first = b.dataset.lang; show(); }));
  sideBySide.addEventListener('change', show);
  second.addEventListener('change', show);
  second.value = buttons.map(b => b.dataset.lang).find(l => l !== first);
  show();
})();
