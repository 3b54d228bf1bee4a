# Querying dipgraph's GraphQL API from R (httr2), the example of
# docs/analysis/r.md: a leader by English name and by pinyin, evidence
# search, meetings of a country per year and kind, and the CSV export.
#
#   Rscript docs/analysis/dipgraph_httr2.R http://127.0.0.1:8080/query [EXPORT_DIR]
#
# CI runs it (scripts/docs-examples.sh) against testdata/reports/: check()
# stops with an error (exit 1) when a leader or hit that corpus holds is
# missing. Needs httr2 (>= 0.2) and jsonlite; Debian: r-cran-httr2.
suppressPackageStartupMessages({
  library(httr2)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
url <- if (length(args) >= 1) args[[1]] else Sys.getenv("DIPGRAPH_URL", "http://127.0.0.1:8080/query")
export_dir <- if (length(args) >= 2) args[[2]] else ""

check <- function(cond, what) if (!isTRUE(cond)) stop("expectation failed: ", what, call. = FALSE)

# gql posts {query, variables} and returns data, stopping on GraphQL errors.
# The variables are named arguments (.query has a dot so that a variable
# such as q is not taken for it by R's partial matching).
gql <- function(.query, ...) {
  body <- request(url) |>
    req_body_json(list(query = .query, variables = list(...))) |>
    req_perform() |>
    resp_body_json()
  if (!is.null(body$errors)) stop("GraphQL errors: ", toJSON(body$errors, auto_unbox = TRUE))
  body$data
}
or_na <- function(x) if (is.null(x)) NA else x

# 1. A leader by part of his English name: leaders(filter: {name:}).
res <- gql('query ($name: String!) {
  leaders(filter: {name: $name}) { edges { node { name nameEn country { code } meetingCount } } } }',
  name = "Putin")
putin <- do.call(rbind, lapply(res$leaders$edges, function(e) data.frame(
  name = e$node$name, nameEn = or_na(e$node$nameEn),
  country = or_na(e$node$country$code), meetings = e$node$meetingCount)))
cat('\n## leaders(filter: {name: "Putin"})\n'); print(putin)
check(identical(putin$nameEn, "Vladimir Putin"), "one leader matches Putin: Vladimir Putin")

# 2. A leader by pinyin (the whole name): leader(name:).
xi <- gql('query ($name: String!) { leader(name: $name) { name nameEn meetingCount } }',
  name = "xi jinping")$leader
cat(sprintf('\nleader(name: "xi jinping") -> %s (%s), %d meetings\n', xi$name, xi$nameEn, xi$meetingCount))
check(identical(xi$name, "习近平"), 'leader(name: "xi jinping") is 习近平')

# 3. Evidence sentences holding a word.
hits <- gql('query ($q: String!) { search(query: $q, kinds: [EVIDENCE]) {
  totalCount edges { node { score snippet ... on EvidenceHit { evidence { field } } } } } }',
  q = "数字经济")$search
cat(sprintf('\n## search(query: "数字经济", kinds: [EVIDENCE]): %d sentences\n', hits$totalCount))
for (e in head(hits$edges, 3)) cat(sprintf("%.4f  %-16s %s\n", e$node$score, e$node$evidence$field, substr(e$node$snippet, 1, 30)))
check(hits$totalCount > 0, "evidence sentences mentioning 数字经济 are found")

# 4. The meetings of a country, every page, as a data frame.
q <- 'query ($country: ID, $after: String) {
  meetings(filter: {country: $country}, first: 100, after: $after) {
    edges { node { id kind date } } pageInfo { hasNextPage endCursor } } }'
rows <- list(); after <- NULL
repeat {
  page <- gql(q, country = "RU", after = after)$meetings
  rows <- c(rows, lapply(page$edges, function(e) data.frame(id = e$node$id, kind = e$node$kind, date = or_na(e$node$date))))
  if (!isTRUE(page$pageInfo$hasNextPage)) break
  after <- page$pageInfo$endCursor
}
ru <- do.call(rbind, rows)
ru$year <- ifelse(is.na(ru$date), "no year", substr(ru$date, 1, 4))
cat("\n## meetings with a Russian participant, by year and kind\n")
by_year <- table(year = ru$year, kind = ru$kind)
print(head(by_year[rev(rownames(by_year)), , drop = FALSE], 8)) # "no year", then newest first
check(nrow(ru) > 0, "Russia has meetings")

# 5. The CSV export (dipgraph export --format csv --out DIR).
if (nzchar(export_dir)) {
  nodes <- read.csv(file.path(export_dir, "nodes.csv"), colClasses = "character", na.strings = character(0), encoding = "UTF-8")
  edges <- read.csv(file.path(export_dir, "edges.csv"), colClasses = "character", na.strings = character(0), encoding = "UTF-8")
  cat("\n## export: nodes per type\n"); print(table(nodes$type))
  leaders <- nodes[nodes$type == "Leader", ]
  top <- head(leaders[order(-as.integer(leaders$meetingCount)), c("name", "nameEn", "meetingCount")], 5)
  cat("\n## export: the leaders with most meetings\n"); print(top, row.names = FALSE)
  check(as.integer(leaders$meetingCount[leaders$name == "普京"]) == putin$meetings,
    "Putin's meetingCount is the same in the export and the API")
}
cat("\nall expectations held\n")
