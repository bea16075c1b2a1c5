// Draws the neighbourhood the page embeds (#graph-data) with Cytoscape.js: the resource in the centre, what it links
// to and what links to it around it, coloured by kind as the legend below it says. A click on a node opens that
// resource's page; a link says what it is when the pointer rests on it, so that labels do not pile up.
(function () {
  var data = document.getElementById('graph-data');
  var container = document.getElementById('graph');
  if (!data || !container || typeof cytoscape === 'undefined') return;
  var graph = JSON.parse(data.textContent);
  var elements = graph.nodes.map(function (n) {
    return { data: { id: n.id, label: n.label, href: n.href, colour: n.colour || '#7a8ea3' }, classes: n.centre ? 'centre' : '' };
  }).concat(graph.edges.map(function (e, i) {
    return { data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } };
  }));
  var cy = cytoscape({
    container: container,
    elements: elements,
    maxZoom: 1.3, // a neighbourhood of three nodes is not blown up to fill the frame
    // A ring around the centre reads well up to a dozen or so neighbours; past that a force layout spreads them out.
    layout: graph.nodes.length <= 16
      ? { name: 'concentric', concentric: function (n) { return n.hasClass('centre') ? 2 : 1; }, levelWidth: function () { return 1; }, minNodeSpacing: 60 }
      : { name: 'cose', animate: false, nodeRepulsion: function () { return 40000; }, idealEdgeLength: function () { return 120; } },
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140,
                                   'background-color': 'data(colour)', 'width': 14, 'height': 14, 'color': '#1d2733',
                                   'text-background-color': '#fff', 'text-background-opacity': 0.8, 'min-zoomed-font-size': 7 } },
      { selector: 'node.centre', style: { 'width': 24, 'height': 24, 'font-weight': 'bold', 'border-width': 2, 'border-color': '#1d2733' } },
      { selector: 'edge', style: { 'font-size': 8, 'color': '#5b6673', 'width': 1, 'line-color': '#b9c2cc',
                                   'target-arrow-shape': 'triangle', 'target-arrow-color': '#b9c2cc', 'curve-style': 'bezier' } },
      { selector: 'edge.named', style: { 'label': 'data(label)', 'text-background-color': '#fff', 'text-background-opacity': 1 } }
    ]
  });
  cy.on('tap', 'node', function (event) { window.location.href = event.target.data('href'); });
  cy.on('mouseover', 'edge', function (event) { event.target.addClass('named'); });
  cy.on('mouseout', 'edge', function (event) { event.target.removeClass('named'); });
  window.dcgraphPicture = cy;
})();
