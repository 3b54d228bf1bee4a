// Starts GraphiQL against this server's /query. Everything it loads is
// served by dipgraph itself (see graph/gql/ide).
(function () {
  var example = [
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
  var fetcher = GraphiQL.createFetcher({ url: new URL("/query", window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: example,
    defaultEditorToolsVisibility: true
  }));
})();
