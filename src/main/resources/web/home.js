// The SPARQL editor of the home page: YASGUI against this server's /sparql, one tab per named query.
(function () {
  var examples = JSON.parse(document.getElementById('named-queries').textContent);
  var endpoint = window.location.origin + '/sparql';
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
