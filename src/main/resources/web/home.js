// The SPARQL editor of the home page: YASGUI against this server's /sparql, one tab per named query.
(function () {
  var examples = JSON.parse(document.getElementById('named-queries').textContent);
  var endpoint = window.location.origin + '/sparql';
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'GET' },
    copyEndpointOnNewTab: true,
    persistenceId: null
  });
  // Start from the named queries alone, not from whatever tab YASGUI opened by itself.
  var opened = Object.keys(yasgui.getTab() ? yasgui._tabs || {} : {});
  examples.forEach(function (example) {
    yasgui.addTab(false, { name: example.name, yasqe: { value: example.query }, requestConfig: { endpoint: endpoint } });
  });
  opened.forEach(function (id) { var tab = yasgui.getTab(id); if (tab) tab.close(); });
  var first = yasgui.persistentConfig.getTabs()[0];
  if (first) yasgui.selectTabId(first);
  window.dcgraphYasgui = yasgui;
})();
