// The SPARQL editor of the home page: YASGUI against this server's /sparql, one tab per named query.
(function () {
  var examples = JSON.parse(document.getElementById('named-queries').textContent);
  var prefixes = JSON.parse(document.getElementById('prefixes').textContent);
  var endpoint = window.location.origin + '/sparql';
  // Nothing is fetched from other sites: YASQE's own prefix completion asks prefix.cc on every page view, and its
  // property and class completion ask the LOV service as one types. Prefixes come from this graph instead.
  var Yasqe = Yasgui.Yasqe;
  Yasqe.forkAutocompleter('prefixes', {
    name: 'graph-prefixes',
    persistenceId: null,
    get: function () {
      return Promise.resolve(Object.keys(prefixes).sort().map(function (p) { return p + ': <' + prefixes[p] + '>'; }));
    }
  }, false);
  Yasqe.defaults.autocompleters = ['graph-prefixes', 'variables'];
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'GET' },
    copyEndpointOnNewTab: true,
    autofocus: false, // the page starts with what the graph holds; the editor waits below
    persistenceId: null // no tabs kept in the browser between visits: the catalogue is the starting point
  });
  // YASGUI opens an empty tab of its own; the named queries replace it.
  var own = yasgui.persistentConfig.getTabs().slice();
  var tabs = examples.map(function (example) {
    return yasgui.addTab(false, { name: example.name, yasqe: { value: example.query }, requestConfig: { endpoint: endpoint } });
  });
  if (tabs.length > 0) yasgui.selectTabId(tabs[0].getId());
  own.forEach(function (id) { var tab = yasgui.getTab(id); if (tab) tab.close(); });
  window.dcgraphYasgui = yasgui;
})();
