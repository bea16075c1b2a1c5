// The results of /search: the named query "search" asked as JSON, each paragraph with its document and snippet.
(function () {
  var params = new URLSearchParams(window.location.search);
  var words = params.get('q');
  var results = document.getElementById('results');
  var lang = params.get('lang');
  if (lang) document.querySelector('form.search select[name=lang]').value = lang;
  if (!words) return;
  var query = new URLSearchParams({ q: words, format: 'json', limit: '50' });
  if (lang) query.set('lang', lang);
  results.textContent = 'Searching…';
  fetch('/queries/search?' + query.toString()).then(function (response) {
    return response.ok ? response.json() : response.text().then(function (message) { throw new Error(message); });
  }).then(function (answer) {
    var rows = answer.results.bindings;
    results.textContent = '';
    var heading = document.createElement('h2');
    heading.textContent = rows.length === 0 ? 'Nothing matches.' : rows.length + (rows.length === 50 ? '+' : '') + ' matching texts, best first';
    results.appendChild(heading);
    var list = document.createElement('ol');
    list.className = 'hits';
    rows.forEach(function (row) {
      var item = document.createElement('li');
      var snippet = document.createElement('p');
      if (row.snippet['xml:lang']) {
        snippet.lang = row.snippet['xml:lang'];
        snippet.dir = /^(ar|fa|he|ur)\b/.test(snippet.lang) ? 'rtl' : 'ltr';
      }
      // the matching words come between ⟦ and ⟧: marked here, as text nodes, never as HTML
      row.snippet.value.split(/(⟦[^⟧]*⟧)/).forEach(function (part) {
        if (part.charAt(0) === '⟦') {
          var mark = document.createElement('mark');
          mark.textContent = part.slice(1, -1);
          snippet.appendChild(mark);
        } else {
          snippet.appendChild(document.createTextNode(part));
        }
      });
      var where = document.createElement('p');
      where.className = 'source';
      where.appendChild(link(row.paragraph.value));
      where.appendChild(document.createTextNode(' in '));
      where.appendChild(link(row.document.value));
      item.appendChild(snippet);
      item.appendChild(where);
      list.appendChild(item);
    });
    results.appendChild(list);
  }).catch(function (error) {
    results.textContent = error.message;
  });

  // A link to the page of one of the graph's IRIs, on this server.
  function link(iri) {
    var a = document.createElement('a');
    var at = iri.indexOf('/id/');
    a.href = at >= 0 ? '/page/' + iri.slice(at + 4) : iri;
    a.textContent = at >= 0 ? decodeURI(iri.slice(at + 4)).replace(/^doc\//, '') : iri;
    return a;
  }
})();
