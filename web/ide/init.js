// Starts GraphiQL against this server's /query, with one tab per analyst
// example (window.dipgraphExamples, from /ide/assets/examples.js, which
// graph/gql/examples.go generates). Everything it loads is served by
// dipgraph itself (see web/ide and graph/httpapi).
(function () {
  var fallback = [
    "# Recent meetings with their participants",
    "query RecentMeetings {",
    "  meetings(first: 5) {",
    "    totalCount",
    "    edges { node { date kind place participants { role title leader { name } country { name } } } }",
    "    pageInfo { hasNextPage endCursor }",
    "  }",
    "}",
    ""
  ].join("\n");
  var tabs = (window.dipgraphExamples || []).map(function (e) {
    return {
      query: "# " + e.title + "\n" + e.query + "\n",
      variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined
    };
  });
  var fetcher = GraphiQL.createFetcher({ url: new URL("/query", window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    // defaultTabs apply when the browser has no tabs of an earlier visit
    // (GraphiQL keeps them in localStorage).
    defaultTabs: tabs.length ? tabs : undefined,
    defaultQuery: fallback,
    defaultEditorToolsVisibility: true
  }));
})();
