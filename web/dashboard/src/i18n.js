// The dashboard's two languages: its words (STRINGS) and the choice of
// language (?lang=, then what the reader chose before, kept in localStorage,
// then the browser's language). Data labels (names of leaders, countries,
// initiatives, domains, relationships) are chosen in model.js.

/** The languages, in the order the toggle offers them. */
export const LANGS = ["zh", "en"];

/** The localStorage key that remembers the reader's choice. */
export const STORAGE_KEY = "dipgraph.dashboard.lang";

/** normalizeLang maps a language tag ("en-GB", "zh-Hant-TW", "ZH") to "en" or "zh"; "" when neither. */
export function normalizeLang(tag) {
  const t = String(tag || "").trim().toLowerCase();
  if (t === "zh" || t.startsWith("zh-") || t.startsWith("zh_")) return "zh";
  if (t === "en" || t.startsWith("en-") || t.startsWith("en_")) return "en";
  return "";
}

/**
 * initialLang picks the language: the ?lang= parameter when it names one,
 * else the stored choice, else the first of the browser's languages that is
 * Chinese or English, else English (the language most readers outside China
 * share).
 */
export function initialLang({ param, stored, languages } = {}) {
  for (const v of [param, stored, ...(languages || [])]) {
    const l = normalizeLang(v);
    if (l) return l;
  }
  return "en";
}

/** htmlLang is the value of <html lang> for a language. */
export function htmlLang(lang) {
  return lang === "zh" ? "zh-Hans" : "en";
}

const KIND_WORDS = {
  en: { MEETING: "Meeting", TALKS: "Talks", PHONE_CALL: "Phone call", VIDEO_CALL: "Video call", MESSAGE: "Message", OTHER: "Other" },
  zh: { MEETING: "会见", TALKS: "会谈", PHONE_CALL: "通电话", VIDEO_CALL: "视频通话", MESSAGE: "函电", OTHER: "其他" },
};

/** Where a date's year came from (Meeting.yearSource, Article.yearSource), in words. */
const YEAR_WORDS = {
  en: {
    TEXT: "the meeting's own date in the text",
    DATELINE: "the dateline",
    TEXT_DATE: "a full date in the text",
    METADATA: "the document's metadata (publication date or --date)",
    PAGE_STAMP: "the page's time stamp",
    TEXT_YEAR: "a year in the text",
  },
  zh: {
    TEXT: "正文所写的会见日期",
    DATELINE: "电头",
    TEXT_DATE: "正文中的完整日期",
    METADATA: "文档元数据（发布日期或 --date）",
    PAGE_STAMP: "网页时间戳",
    TEXT_YEAR: "正文中的年份",
  },
};

/**
 * STRINGS holds every word the dashboard shows, per language. A value is a
 * string or a function of the arguments t() passes.
 */
export const STRINGS = {
  en: {
    pageTitle: "dipgraph dashboard",
    heading: "dipgraph — diplomatic meetings",
    from: "From",
    to: "To",
    apply: "Apply",
    clear: "Clear",
    language: "Language",
    langName: "English",
    loading: "loading…",
    empty: "no data in this range",
    embed: "embed",
    embedTitle: "open this panel alone (iframe URL)",
    unknownPanel: (name, known) => `Unknown panel "${name}". Known: ${known}.`,
    summaryMeetings: (n) => `${n} meetings`,
    summaryRange: (from, to) => ` from ${from || "…"} to ${to || "…"}`,
    // network
    networkTitle: "Network of countries and leaders",
    country: "country",
    leaderSize: "leader (size: meetings)",
    meetingsOf: (n) => `${n} meeting(s)`,
    networkSummary: (c, l, t) => `${c} countries, ${l} leaders, ${t} ties`,
    networkSummaryTop: (c, shown, all, t) => `${c} countries, ${shown} of ${all} leaders (most meetings), ${t} ties`,
    networkSummaryCountries: (c, t) => `${c} countries, ${t} ties between countries`,
    viewLeaders: "Leaders",
    viewCountries: "Countries",
    countrySize: "country (size: meetings)",
    // timeline
    timelineTitle: "Timeline of meetings per month",
    timelineSummary: (total, months) => `${total} dated meetings in ${months} months`,
    timelinePartial: (n) => `, ${n} dated by month and day only (no year found)`,
    timelineUndated: (n) => `, ${n} undated`,
    // supporters
    supportersTitle: "Supporters of each initiative",
    initiativesN: (n) => `${n} initiatives`,
    // domains
    domainsTitle: "Agreement domains per country",
    colCountry: "Country",
    colCode: "Code",
    colDomains: "Domains",
    colDomainList: "Agreement domains (meetings)",
    countriesN: (n) => `${n} countries`,
    listSep: ", ",
    // evidence
    evidenceTitle: "Meetings and their sources",
    colDate: "Date",
    colKind: "Kind",
    colParticipants: "Participants",
    colRelationship: "Relationship",
    colEvidence: "Evidence",
    sources: "sources",
    noEvidence: "no evidence stored",
    documentN: (id) => `Document ${id}`,
    notFound: "meeting not found",
    undated: "undated",
    shownOf: (shown, all) => `${shown} of ${all} meetings shown`,
    outlet: "Outlet",
    address: "Address",
    file: "File",
    published: "Published",
    dateline: "Dateline",
    yearFrom: "Year from",
    kinds: KIND_WORDS.en,
    yearSources: YEAR_WORDS.en,
  },
  zh: {
    pageTitle: "dipgraph 数据面板",
    heading: "dipgraph — 外交会见",
    from: "起",
    to: "止",
    apply: "应用",
    clear: "清除",
    language: "语言",
    langName: "中文",
    loading: "加载中…",
    empty: "此时段无数据",
    embed: "嵌入",
    embedTitle: "单独打开此面板（iframe 地址）",
    unknownPanel: (name, known) => `未知面板“${name}”。可用：${known}。`,
    summaryMeetings: (n) => `${n} 次会见`,
    summaryRange: (from, to) => `（${from || "…"} 至 ${to || "…"}）`,
    networkTitle: "国家与领导人网络",
    country: "国家",
    leaderSize: "领导人（大小：会见次数）",
    meetingsOf: (n) => `${n} 次会见`,
    networkSummary: (c, l, t) => `${c} 个国家，${l} 位领导人，${t} 条联系`,
    networkSummaryTop: (c, shown, all, t) => `${c} 个国家，${all} 位领导人中会见最多的 ${shown} 位，${t} 条联系`,
    networkSummaryCountries: (c, t) => `${c} 个国家，${t} 条国家间联系`,
    viewLeaders: "领导人",
    viewCountries: "国家",
    countrySize: "国家（大小：会见次数）",
    timelineTitle: "每月会见时间线",
    timelineSummary: (total, months) => `${months} 个月内 ${total} 次有日期的会见`,
    timelinePartial: (n) => `，${n} 次只有月日（未找到年份）`,
    timelineUndated: (n) => `，${n} 次无日期`,
    supportersTitle: "各倡议的支持国",
    initiativesN: (n) => `${n} 项倡议`,
    domainsTitle: "各国协议领域",
    colCountry: "国家",
    colCode: "代码",
    colDomains: "领域数",
    colDomainList: "协议领域（会见次数）",
    countriesN: (n) => `${n} 个国家`,
    listSep: "、",
    evidenceTitle: "会见及其来源",
    colDate: "日期",
    colKind: "类型",
    colParticipants: "参与者",
    colRelationship: "双边关系",
    colEvidence: "证据",
    sources: "来源",
    noEvidence: "未存证据",
    documentN: (id) => `文档 ${id}`,
    notFound: "未找到该会见",
    undated: "无日期",
    shownOf: (shown, all) => `显示 ${all} 次会见中的 ${shown} 次`,
    outlet: "媒体",
    address: "地址",
    file: "文件",
    published: "发布",
    dateline: "电头日期",
    yearFrom: "年份来自",
    kinds: KIND_WORDS.zh,
    yearSources: YEAR_WORDS.zh,
  },
};

/**
 * t returns the word key in lang (English when lang is unknown), applying it
 * to args when it is a function; the key itself when no language has it.
 */
export function t(lang, key, ...args) {
  const table = STRINGS[lang] || STRINGS.en;
  const v = key in table ? table[key] : STRINGS.en[key];
  if (v === undefined) return key;
  return typeof v === "function" ? v(...args) : v;
}

/** kindLabel gives a meeting kind (MEETING, TALKS, …) in words. */
export function kindLabel(kind, lang) {
  const words = t(lang, "kinds");
  return (words && words[kind]) || kind || "";
}

/** yearSourceLabel gives a yearSource code (DATELINE, …) in words; the code when unknown. */
export function yearSourceLabel(code, lang) {
  const words = t(lang, "yearSources");
  return (words && words[code]) || code;
}
