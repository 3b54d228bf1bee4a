#!/usr/bin/env python3
"""Querying dipgraph's GraphQL API from Python (requests + pandas).

The example of docs/analysis/python.md. It asks a running `dipgraph serve`
for a leader by English name and by pinyin, searches evidence sentences,
reads a timeline and the meetings of a country, and turns the answers into
pandas DataFrames; with --export DIR it also reads the CSV export
(`dipgraph export --format csv --out DIR`, docs/export.md).

    python3 docs/analysis/dipgraph_pandas.py --url http://127.0.0.1:8080/query
    python3 docs/analysis/dipgraph_pandas.py --url ... --export export/

CI runs it (scripts/docs-examples.sh) against the reports of
testdata/reports/: the `expect` checks make it exit non-zero when a leader or
hit the corpus holds is missing. Against another corpus, pass --no-checks.
"""

import argparse
import os
import sys

import pandas as pd
import requests

FAILURES = []


def expect(cond, what):
    """Records a failed expectation (the script exits 1 at the end)."""
    if not cond:
        FAILURES.append(what)
        print(f"EXPECTATION FAILED: {what}", file=sys.stderr)


def require(cond, what):
    """An expectation the rest of the example builds on: exit 1 at once."""
    if not cond:
        sys.exit(f"EXPECTATION FAILED: {what} (stopping here)")


class GraphQL:
    """A tiny GraphQL client: POST {query, variables}, raise on errors."""

    def __init__(self, url):
        self.url = url
        self.session = requests.Session()

    def __call__(self, query, **variables):
        r = self.session.post(self.url, json={"query": query, "variables": variables}, timeout=30)
        r.raise_for_status()
        body = r.json()
        if body.get("errors"):
            raise RuntimeError(f"GraphQL errors: {body['errors']}")
        return body["data"]

    def pages(self, query, path, **variables):
        """Yields the nodes of a Relay connection, page after page.

        The query takes $after and returns the connection at data[path]
        with edges { node } and pageInfo { hasNextPage endCursor }."""
        after = None
        while True:
            conn = self(query, after=after, **variables)[path]
            for edge in conn["edges"]:
                yield edge["node"]
            if not conn["pageInfo"]["hasNextPage"]:
                return
            after = conn["pageInfo"]["endCursor"]


def show(title, df, rows=10):
    """Prints a small table under a title."""
    print(f"\n## {title}")
    with pd.option_context("display.width", 160, "display.max_columns", 20,
                           "display.max_colwidth", 60, "display.unicode.east_asian_width", True):
        print(df.head(rows).to_string())


# --- 1. A leader by English name: leaders(filter: {name:}) ------------------
# The filter matches part of any of his names (Simplified, Traditional,
# alias, pinyin, English), without case, tone marks or spaces.
LEADERS = """
query ($name: String!) {
  leaders(filter: {name: $name}, first: 10) {
    totalCount
    edges { node { name nameEn pinyin country { code } title meetingCount } }
  }
}"""


def leaders_by_name(gql, name):
    """The leaders whose names contain `name`, one row each."""
    conn = gql(LEADERS, name=name)["leaders"]
    return pd.json_normalize([e["node"] for e in conn["edges"]])


# --- 2. A leader by pinyin: leader(name:) and his counterparts ------------
# leader(name:) takes the whole of one name: "xi jinping", "Xí Jìnpíng",
# "習近平", "Vladimir Putin" (not "Putin": use the filter above for a part).
LEADER = """
query ($name: String!) {
  leader(name: $name) {
    name nameEn pinyin meetingCount
    counterparts(first: 10) { leader { name nameEn country { code } } count lastDate }
  }
}"""


def counterparts(gql, name):
    """The leader named `name` and the leaders he met most, as a DataFrame."""
    leader = gql(LEADER, name=name)["leader"]
    if leader is None:
        return None, pd.DataFrame()
    df = pd.json_normalize(leader["counterparts"])
    df = df.rename(columns={"leader.name": "name", "leader.nameEn": "nameEn",
                            "leader.country.code": "country"})
    return leader, df[["name", "nameEn", "country", "count", "lastDate"]]


# --- 3. Full-text search over evidence sentences --------------------------
SEARCH = """
query ($q: String!) {
  search(query: $q, kinds: [EVIDENCE], first: 20) {
    totalCount
    edges { node {
      score snippet
      ... on EvidenceHit {
        evidence { field value rule confidence }
        meeting { id date kind }
      }
    } }
  }
}"""


def search_evidence(gql, q):
    """The evidence sentences holding every word of q, best first."""
    conn = gql(SEARCH, q=q)["search"]
    df = pd.json_normalize([e["node"] for e in conn["edges"]])
    return conn["totalCount"], df


# --- 4. A timeline: meetings per month of a leader -------------------------
TIMELINE = """
query ($leader: String) {
  timeline(leader: $leader) { month count }
  dateCounts(leader: $leader) { dated partiallyDated undated }
}"""


def timeline_by_year(gql, leader):
    """Meetings per year of a leader (from the monthly timeline), and the
    counts of his meetings with a full date, a date without year, none."""
    data = gql(TIMELINE, leader=leader)
    months = pd.DataFrame(data["timeline"], columns=["month", "count"])
    months["year"] = months["month"].str[:4].astype(int)
    return months.groupby("year", as_index=False)["count"].sum(), data["dateCounts"]


# --- 5. Meetings of a country, and meetings per year per country -----------
MEETINGS = """
query ($country: ID, $after: String) {
  meetings(filter: {country: $country}, first: 100, after: $after) {
    edges { node {
      id kind date datePrecision
      participants { role leader { name nameEn } country { code } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}"""


def meetings_frame(gql, country=None):
    """One row per (meeting, participant): every page of meetings, of one
    country or all. year is None for meetings reported without a year."""
    rows = []
    for m in gql.pages(MEETINGS, "meetings", country=country):
        for p in m["participants"]:
            rows.append({
                "meeting": m["id"], "kind": m["kind"], "date": m["date"],
                "role": p["role"], "leader": p["leader"]["name"],
                "leaderEn": p["leader"]["nameEn"],
                "country": (p["country"] or {}).get("code"),
            })
    df = pd.DataFrame(rows)
    df["year"] = pd.to_datetime(df["date"]).dt.year.astype("Int64")
    return df


def per_year_per_country(df, top=8):
    """Meetings per year (rows) and foreign country (columns): China's
    partners with the most dated meetings; a meeting counts once per
    country however many of its leaders took part."""
    dated = df[df["year"].notna() & df["country"].notna() & (df["country"] != "CN")]
    pairs = dated.drop_duplicates(["meeting", "country"])
    table = pd.crosstab(pairs["year"], pairs["country"])
    keep = table.sum().sort_values(ascending=False).head(top).index
    table = table[keep]
    return table[table.sum(axis=1) > 0].sort_index(ascending=False)


# --- 6. The CSV export ------------------------------------------------------
def read_export(folder):
    """nodes.csv and edges.csv of `dipgraph export --format csv`."""
    nodes = pd.read_csv(os.path.join(folder, "nodes.csv"), dtype=str, keep_default_na=False)
    edges = pd.read_csv(os.path.join(folder, "edges.csv"), dtype=str, keep_default_na=False)
    return nodes, edges


def country_network(nodes, edges):
    """The country pairs that met most: MET edges between countries,
    with the countries' English names from the nodes."""
    countries = nodes[nodes["type"] == "Country"].set_index("id")["nameEn"]
    met = edges[(edges["type"] == "MET") & edges["source"].isin(countries.index)
                & edges["target"].isin(countries.index)].copy()
    met["weight"] = met["weight"].astype(int)
    met["source"] = met["source"].map(countries)
    met["target"] = met["target"].map(countries)
    return met.sort_values("weight", ascending=False)[["source", "target", "weight"]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=os.environ.get("DIPGRAPH_URL", "http://127.0.0.1:8080/query"),
                    help="the GraphQL endpoint (default $DIPGRAPH_URL, else http://127.0.0.1:8080/query)")
    ap.add_argument("--export", help="folder of a CSV export (nodes.csv, edges.csv) to read too")
    ap.add_argument("--no-checks", action="store_true",
                    help="print only: skip the expectations on the testdata/reports corpus")
    args = ap.parse_args()
    gql = GraphQL(args.url)
    checks = not args.no_checks

    # 1. English name, part of it.
    putin = leaders_by_name(gql, "Putin")
    show('leaders(filter: {name: "Putin"})', putin)
    require(not putin.empty, 'leaders(filter: {name: "Putin"}) finds a leader')
    if checks:
        expect(list(putin["nameEn"]) == ["Vladimir Putin"], "one leader matches Putin: Vladimir Putin")
        expect(putin["country.code"].eq("RU").all(), "Putin serves RU")

    # 2. Pinyin, whole name.
    xi, partners = counterparts(gql, "xi jinping")
    require(xi is not None, 'leader(name: "xi jinping") finds a leader')
    print(f'\nleader(name: "xi jinping") -> {xi["name"]} ({xi["nameEn"]}), {xi["meetingCount"]} meetings')
    show("whom he met most (counterparts)", partners, rows=5)
    if checks:
        expect(xi["name"] == "习近平", 'leader(name: "xi jinping") is 习近平')
        expect("Vladimir Putin" in set(partners["nameEn"]), "Putin is among Xi Jinping's counterparts")

    # 3. Search evidence sentences.
    total, hits = search_evidence(gql, "数字经济")
    show(f'search(query: "数字经济", kinds: [EVIDENCE]): {total} sentences',
         hits[["score", "evidence.field", "meeting.date", "snippet"]]
         .assign(snippet=hits["snippet"].str.slice(0, 30)), rows=5)
    if checks:
        expect(total > 0 and hits["snippet"].str.contains("数字经济").all(),
               "evidence sentences mentioning 数字经济 are found")

    # 4. Timeline per year.
    years, counts = timeline_by_year(gql, "Xi Jinping")
    show(f"Xi Jinping's meetings per year (timeline); dateCounts {counts}",
         years.sort_values("year", ascending=False))
    if checks:
        expect(years["count"].sum() == counts["dated"], "the timeline counts every dated meeting")
        expect(counts["dated"] > 0, "Xi Jinping has dated meetings")

    # 5. Meetings of a country; meetings per year per country.
    ru = meetings_frame(gql, "RU")
    ru_meetings = ru.drop_duplicates("meeting")
    show("meetings with a Russian participant, by kind and year",
         pd.crosstab(ru_meetings["year"].astype("string").fillna("no year"), ru_meetings["kind"])
         .sort_index(ascending=False))
    if checks:
        expect(len(ru_meetings) > 0, "Russia has meetings")
        expect("普京" in set(ru["leader"]), "Putin takes part in Russia's meetings")

    everything = meetings_frame(gql)
    table = per_year_per_country(everything)
    show("meetings per year per country (China's partners, dated meetings)", table, rows=12)
    if checks:
        expect(everything["meeting"].nunique() > 100, "more than 100 meetings in all")
        expect("RU" in table.columns, "Russia is among the partners with the most meetings")

    # 6. The CSV export.
    if args.export:
        nodes, edges = read_export(args.export)
        show("export: nodes per type", nodes.groupby("type").size().reset_index(name="nodes"))
        show("export: the country pairs that met most (MET edges)", country_network(nodes, edges), rows=5)
        if checks:
            leaders = nodes[nodes["type"] == "Leader"].set_index("name")
            expect("普京" in leaders.index, "the export has Putin")
            if "普京" in leaders.index:
                expect(int(leaders.loc["普京", "meetingCount"]) == int(putin["meetingCount"].iloc[0]),
                       "Putin's meetingCount is the same in the export and the API")
            expect(nodes.loc[nodes["type"] == "Meeting", "id"].nunique() == everything["meeting"].nunique(),
                   "the export and the API hold the same meetings")

    if FAILURES:
        print(f"\n{len(FAILURES)} expectation(s) failed", file=sys.stderr)
        return 1
    print("\nall expectations held" if checks else "\ndone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
