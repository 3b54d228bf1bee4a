package storetest

import "github.com/dipgraph/dipgraph/graph"

// Hostile is a string that breaks string-built Cypher; stores must keep
// it verbatim.
const Hostile = "`}) MATCH (n) DETACH DELETE n //"

// Fixture ids and names, for tests that read the fixture back.
const (
	ArticleA1 = "a1"
	ArticleA2 = "a2"
	ArticleA3 = "a3"
	ArticleA4 = "a4'\"" + Hostile // hostile article id

	MeetingM1 = "m1"               // MEETING 2025-09-02, reported by a1 and a2
	MeetingM2 = "m2"               // TALKS 2025-09-01 (a1)
	MeetingM3 = "m3"               // PHONE_CALL 2025-08-15 (a2)
	MeetingM4 = "m4"               // MESSAGE, no date (a3)
	MeetingM5 = "m5\\\"" + Hostile // OTHER 2024-12-31 (a4), hostile id

	HostileName  = Hostile
	HostileTitle = "O'Brien \"the\" `title` $title {x} \\ 🇨🇳 \u202eRTL\u202c e\u0301"
	HostilePlace = "第一行\n第二行\t🏛️ ${place} '); DROP TABLE x; --"
)

func sp(s string) *graph.Evidence {
	e := graph.Evidence{Field: "supports", Text: s, Start: 0, End: len([]rune(s))}
	return &e
}

// Fixture returns four small hand-built documents:
//
//	a1 (2025-09-02): m1 习近平 meets 米尔济约耶夫 (UZ), 王毅 attends; agreements
//	    in 海关 and 数字经济; UZ supports 全球治理倡议, proposed by 习近平.
//	    m2 李强 holds talks with 扎帕罗夫 (KG); 海关; KG supports 一带一路.
//	a2 (2025-09-03): m1 again (another outlet): 蔡奇 attends, 农业 added,
//	    the relationship named; m3 习近平 phones 马克龙 (FR), 王毅 attends.
//	a3 (no date):    m4 习近平 writes to 古特雷斯 (联合国), no date.
//	a4 (2024-12-31): m5 hostile strings everywhere.
func Fixture() []graph.Document {
	cn := graph.Country{Code: "CN", Name: "中国", NameEn: "China"}
	uz := graph.Country{Code: "UZ", Name: "乌兹别克斯坦", NameEn: "Uzbekistan"}
	kg := graph.Country{Code: "KG", Name: "吉尔吉斯斯坦", NameEn: "Kyrgyzstan"}
	fr := graph.Country{Code: "FR", Name: "法国", NameEn: "France"}

	a1 := graph.Document{
		Article: graph.Article{ID: ArticleA1, Source: "新华社", City: "北京", Date: "2025-09-02",
			Reporters: []string{"白鑫雨", "孙楠"}, Text: "新华社北京9月2日电 国家主席习近平2日下午在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。"},
		Countries: []graph.Country{cn, uz, kg},
		Meetings: []graph.Meeting{{
			ID: MeetingM1, Kind: graph.KindMeeting, Date: "2025-09-02", TimeOfDay: graph.Afternoon,
			Place: "北京人民大会堂", City: "北京",
			Occasions: []string{"2025年上海合作组织峰会"},
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Title: "国家主席", Country: "CN"},
				{Role: graph.RoleGuest, Name: "米尔济约耶夫", Title: "总统", Country: "UZ"},
				{Role: graph.RoleAttendee, Name: "王毅", Country: "CN"},
			},
			AgreementDomains: []string{"数字经济", "海关"},
			CooperationAreas: []string{"人工智能"},
			Initiatives:      []string{"全球治理倡议"},
			Supports:         []graph.Support{{Country: "UZ", Initiative: "全球治理倡议", MeetingID: MeetingM1, Evidence: sp("乌方支持全球治理倡议。")}},
			Proposals:        []graph.Proposal{{Leader: "习近平", Initiative: "全球治理倡议", MeetingID: MeetingM1}},
			Evidence: []graph.Evidence{
				{Field: "participants", Text: "国家主席习近平2日下午在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。", Start: 13, End: 47},
				{Field: "agreementDomains", Value: "海关", Text: "双方签署海关等领域合作文件。", Start: 50, End: 64},
			},
		}, {
			ID: MeetingM2, Kind: graph.KindTalks, Date: "2025-09-01", TimeOfDay: graph.Morning,
			Place: "钓鱼台国宾馆", City: "北京",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "李强", Title: "国务院总理", Country: "CN"},
				{Role: graph.RoleGuest, Name: "扎帕罗夫", Title: "总统", Country: "KG"},
			},
			AgreementDomains: []string{"海关"},
			AgreementCount:   "多份",
			Initiatives:      []string{"一带一路"},
			Supports:         []graph.Support{{Country: "KG", Initiative: "一带一路", MeetingID: MeetingM2}},
		}},
	}
	a2 := graph.Document{
		Article: graph.Article{ID: ArticleA2, Source: "人民日报", City: "北京", Date: "2025-09-03",
			Title: "习近平会见乌兹别克斯坦总统", Text: "本报北京9月2日电 习近平会见米尔济约耶夫。"},
		Countries: []graph.Country{cn, uz, fr},
		Meetings: []graph.Meeting{{
			ID: MeetingM1, Kind: graph.KindMeeting, Date: "2025-09-02",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Title: "国家主席", Country: "CN"},
				{Role: graph.RoleGuest, Name: "米尔济约耶夫", Country: "UZ"},
				{Role: graph.RoleAttendee, Name: "蔡奇", Title: "中共中央政治局常委", Country: "CN"},
			},
			AgreementDomains: []string{"海关", "农业"},
			Initiatives:      []string{"全球治理倡议"},
			Supports:         []graph.Support{{Country: "UZ", Initiative: "全球治理倡议", MeetingID: MeetingM1, Evidence: sp("乌方欢迎全球治理倡议。")}},
			Relationship:     "新时代全天候全面战略伙伴",
			Evidence: []graph.Evidence{
				{Field: "participants", Text: "习近平会见米尔济约耶夫。", Start: 10, End: 22},
			},
		}, {
			ID: MeetingM3, Kind: graph.KindPhoneCall, Date: "2025-08-15",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Title: "中华人民共和国主席", Country: "CN"},
				{Role: graph.RoleGuest, Name: "马克龙", Title: "总统", Country: "FR"},
				{Role: graph.RoleAttendee, Name: "王毅", Title: "外交部长", Country: "CN"},
			},
			Initiatives: []string{"全球发展倡议"},
			Supports:    []graph.Support{{Country: "FR", Initiative: "全球发展倡议", MeetingID: MeetingM3}},
		}},
	}
	a3 := graph.Document{
		Article: graph.Article{ID: ArticleA3, Source: "中新社"},
		Meetings: []graph.Meeting{{
			ID: MeetingM4, Kind: graph.KindMessage,
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Title: "中共中央总书记", Country: "CN"},
				{Role: graph.RoleGuest, Name: "古特雷斯", Title: "秘书长", Organisation: "联合国"},
			},
		}},
	}
	a4 := graph.Document{
		Article: graph.Article{ID: ArticleA4, Source: Hostile, City: "\"'", Date: "2024-12-31",
			Reporters: []string{Hostile, "\\"}, Title: HostileTitle, Text: HostilePlace},
		Meetings: []graph.Meeting{{
			ID: MeetingM5, Kind: graph.KindOther, Date: "2024-12-31", Place: HostilePlace, City: Hostile,
			Occasions: []string{Hostile, "{{.}}"},
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "O'Brien", Title: HostileTitle},
				{Role: graph.RoleGuest, Name: HostileName, Title: "'"},
			},
			AgreementDomains: []string{"域\"'`"},
			Relationship:     HostileTitle,
			Evidence:         []graph.Evidence{{Field: "participants", Value: Hostile, Text: HostilePlace, Start: 0, End: 3}},
		}},
	}
	return []graph.Document{a1, a2, a3, a4}
}
