// GraphQL access for the dashboard. Names from the public contract's core
// schema are used, and datePrecision (docs/contract.md, extensions), so the
// dashboard works against either store. Names come with their English forms
// (Leader.nameEn and pinyin, Country.nameEn, Initiative.nameEn,
// AgreementDomain.nameEn, Meeting.relationshipEn) for the English labels.

const MEETINGS = `query DashboardMeetings($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id kind date datePrecision partialDate relationship relationshipEn
      participants { role leader { name nameEn pinyin } country { code name nameEn } }
      agreementDomains { name nameEn }
      supports { country { code name nameEn } initiative { name nameEn } }
    } }
  }
}`;

const OVERVIEW = `query DashboardOverview {
  agreementDomains { name nameEn countryCounts { count country { code name nameEn } } }
  initiatives { name nameEn supporters { code name nameEn } }
}`;

const TIMELINE = `query DashboardTimeline($from: Date, $to: Date, $dated: Boolean!) {
  timeline(from: $from, to: $to) { month count }
  dateCounts @skip(if: $dated) { dated partiallyDated undated }
}`;

const EVIDENCE = `query DashboardEvidence($id: ID!) {
  meeting(id: $id) {
    id date datePrecision partialDate yearSource
    evidence { field value text article { id title source site url file published date yearSource } }
  }
}`;

/** Largest page the API serves. */
export const PAGE_SIZE = 100;

/**
 * apiEndpoint returns the GraphQL URL: same origin /query by default, or the
 * ?api= parameter (an origin, or a full URL ending in /query).
 */
export function apiEndpoint(params) {
  const api = (params.get("api") || "").trim();
  if (!api) return "/query";
  if (/\/query\/?$/.test(api)) return api;
  return api.replace(/\/+$/, "") + "/query";
}

async function gql(endpoint, query, variables, operationName) {
  let res;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables, operationName }),
    });
  } catch (err) {
    throw new Error(`${operationName}: cannot reach ${endpoint}: ${err.message}`);
  }
  if (!res.ok) throw new Error(`${operationName}: HTTP ${res.status} from ${endpoint}`);
  const body = await res.json();
  if (body.errors && body.errors.length) {
    throw new Error(`${operationName}: ${body.errors.map((e) => e.message).join("; ")}`);
  }
  return body.data;
}

/**
 * loadMeetings fetches every meeting in the date range, paging with `after`.
 * range is {from, to} with ISO dates or empty strings.
 */
export async function loadMeetings(endpoint, range) {
  const filter = {};
  if (range.from) filter.from = range.from;
  if (range.to) filter.to = range.to;
  const meetings = [];
  let after = null;
  let totalCount = 0;
  for (let page = 0; page < 10000; page++) {
    const data = await gql(endpoint, MEETINGS, { filter, first: PAGE_SIZE, after }, "DashboardMeetings");
    const conn = data.meetings;
    totalCount = conn.totalCount;
    for (const e of conn.edges) meetings.push(e.node);
    if (!conn.pageInfo.hasNextPage || conn.edges.length === 0 || !conn.pageInfo.endCursor) break;
    after = conn.pageInfo.endCursor;
  }
  return { meetings, totalCount };
}

/** loadEvidence fetches one meeting's evidence with each document's provenance (null when unknown). */
export async function loadEvidence(endpoint, id) {
  return (await gql(endpoint, EVIDENCE, { id }, "DashboardEvidence")).meeting;
}

/** loadOverview fetches the undated relations: agreement domains with their meetings per country, initiatives with their supporters. */
export async function loadOverview(endpoint) {
  return gql(endpoint, OVERVIEW, {}, "DashboardOverview");
}

/**
 * loadTimeline fetches the server's aggregates for the timeline: meetings
 * per month in the range (Query.timeline) and, without a range, how many
 * meetings have no year or no date (Query.dateCounts; a range keeps dated
 * meetings only). Returns {buckets, dateCounts (null with a range)}.
 */
export async function loadTimeline(endpoint, range) {
  const dated = !!(range.from || range.to);
  const data = await gql(endpoint, TIMELINE, { from: range.from || null, to: range.to || null, dated }, "DashboardTimeline");
  return { buckets: data.timeline || [], dateCounts: data.dateCounts || null };
}
