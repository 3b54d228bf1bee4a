package storetest

import (
	"fmt"
	"math/rand/v2"

	"github.com/dipgraph/dipgraph/graph"
)

var (
	genHosts = []struct{ name, title string }{
		{"习近平", "国家主席"}, {"李强", "国务院总理"}, {"赵乐际", "全国人大常委会委员长"},
		{"王沪宁", "全国政协主席"}, {"韩正", "国家副主席"}, {"王毅", "外交部长"},
	}
	genAttendees = []string{"蔡奇", "王毅", "丁薛祥", "李书磊", "何立峰", "王小洪"}
	genCountries = []graph.Country{
		{Code: "UZ", Name: "乌兹别克斯坦", NameEn: "Uzbekistan"}, {Code: "KZ", Name: "哈萨克斯坦", NameEn: "Kazakhstan"},
		{Code: "KG", Name: "吉尔吉斯斯坦", NameEn: "Kyrgyzstan"}, {Code: "TJ", Name: "塔吉克斯坦", NameEn: "Tajikistan"},
		{Code: "RU", Name: "俄罗斯", NameEn: "Russia"}, {Code: "FR", Name: "法国", NameEn: "France"},
		{Code: "BR", Name: "巴西", NameEn: "Brazil"}, {Code: "ZA", Name: "南非", NameEn: "South Africa"},
		{Code: "PK", Name: "巴基斯坦", NameEn: "Pakistan"}, {Code: "EG", Name: "埃及", NameEn: "Egypt"},
		{Code: "VN", Name: "越南", NameEn: "Vietnam"}, {Code: "ID", Name: "印度尼西亚", NameEn: "Indonesia"},
		{Code: "SG", Name: "新加坡", NameEn: "Singapore"}, {Code: "TR", Name: "土耳其", NameEn: "Türkiye"},
		{Code: "RS", Name: "塞尔维亚", NameEn: "Serbia"}, {Code: "HU", Name: "匈牙利", NameEn: "Hungary"},
	}
	genTitles      = []string{"总统", "总理", "国王", "副总统", "外长", "议长"}
	genSurnames    = []string{"米尔", "托卡", "扎帕", "拉赫", "普京", "马克", "卢拉", "拉马", "谢里", "塞西", "苏林", "佐科", "黄循", "埃尔", "武契", "欧尔"}
	genEndings     = []string{"济约耶夫", "耶夫", "罗夫", "蒙", "", "龙", "", "福萨", "夫", "", "", "维", "财", "多安", "奇", "班"}
	genDomains     = []string{"海关", "数字经济", "农业", "交通", "能源", "科技", "教育", "卫生", "金融", "人工智能", "检验检疫", "文化", "旅游", "媒体", "航天", "绿色发展"}
	genInitiatives = []string{"一带一路", "全球发展倡议", "全球安全倡议", "全球文明倡议", "全球治理倡议", "人类命运共同体"}
	genKinds       = []graph.MeetingKind{graph.KindMeeting, graph.KindTalks, graph.KindPhoneCall, graph.KindVideoCall, graph.KindMessage}
	genSources     = []string{"新华社", "人民日报", "中新社"}
	genPlaces      = []string{"北京人民大会堂", "钓鱼台国宾馆", "中南海紫光阁", "上海国际会议中心", ""}
	genTimes       = []graph.TimeOfDay{graph.Morning, graph.Noon, graph.Afternoon, graph.Evening, ""}
	genOccasions   = []string{"上海合作组织峰会", "中国—中亚峰会", "金砖国家领导人会晤", "中非合作论坛", "“一带一路”国际合作高峰论坛"}
)

// GenDocument returns document i of a deterministic generated corpus for
// seed: a dated report of one meeting between a Chinese host and a
// foreign leader (from a pool of 16 countries × 16 names), with attendees,
// agreement domains, initiatives, supports and evidence. About one report
// in ten is a second report (another outlet) of an earlier meeting, so
// the corpus exercises merging. It depends only on (i, seed).
func GenDocument(i int, seed uint64) graph.Document {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	aid := fmt.Sprintf("gen-%d-a%07d", seed, i)
	mi := i
	if i > 10 && r.IntN(10) == 0 {
		mi = r.IntN(i) // a second report of an earlier meeting
	}
	// The meeting's own facts depend only on mi, so every report agrees.
	mr := rand.New(rand.NewPCG(seed^0x5eed, uint64(mi)))
	day := mr.IntN(4000)
	date := fmt.Sprintf("%04d-%02d-%02d", 2014+day/365, 1+day%365/31%12, 1+day%28)
	host := genHosts[mr.IntN(len(genHosts))]
	ci := mr.IntN(len(genCountries))
	c := genCountries[ci]
	gi := mr.IntN(len(genSurnames))
	guest := genSurnames[gi] + genEndings[(gi+ci)%len(genEndings)] + fmt.Sprint("·", ci)
	mid := fmt.Sprintf("gen-%d-m%07d", seed, mi)
	m := graph.Meeting{
		ID: mid, Kind: genKinds[mr.IntN(len(genKinds))], Date: date,
		TimeOfDay: genTimes[mr.IntN(len(genTimes))],
		Place:     genPlaces[mr.IntN(len(genPlaces))], City: "北京",
		Participants: []graph.Participant{
			{Role: graph.RoleHost, Name: host.name, Title: host.title, Country: "CN"},
			{Role: graph.RoleGuest, Name: guest, Title: genTitles[mr.IntN(len(genTitles))], Country: c.Code},
		},
	}
	if mr.IntN(3) == 0 {
		m.Occasions = []string{genOccasions[mr.IntN(len(genOccasions))]}
	}
	// Report-specific facts: each report may name other attendees and domains.
	for k := r.IntN(3); k > 0; k-- {
		a := genAttendees[r.IntN(len(genAttendees))]
		if a != host.name {
			m.Participants = append(m.Participants, graph.Participant{Role: graph.RoleAttendee, Name: a, Country: "CN"})
		}
	}
	for k := r.IntN(4); k > 0; k-- {
		m.AgreementDomains = append(m.AgreementDomains, genDomains[r.IntN(len(genDomains))])
	}
	text := fmt.Sprintf("%s%s在%s会见%s%s%s。", host.title, host.name, m.Place, c.Name, m.Participants[1].Title, guest)
	m.Evidence = append(m.Evidence, graph.Evidence{Field: "participants", Text: text, Start: 0, End: len([]rune(text))})
	if len(m.AgreementDomains) > 0 {
		m.AgreementCount = fmt.Sprintf("%d份", 2+r.IntN(20))
		ev := fmt.Sprintf("双方签署%s等领域合作文件。", m.AgreementDomains[0])
		m.Evidence = append(m.Evidence, graph.Evidence{Field: "agreementDomains", Value: m.AgreementDomains[0], Text: ev, Start: len([]rune(text)), End: len([]rune(text + ev))})
		text += ev
	}
	if r.IntN(2) == 0 {
		in := genInitiatives[r.IntN(len(genInitiatives))]
		m.Initiatives = []string{in}
		ev := fmt.Sprintf("%s方支持%s。", c.Name[:3], in)
		m.Supports = []graph.Support{{Country: c.Code, Initiative: in, MeetingID: mid,
			Evidence: &graph.Evidence{Field: "supports", Value: c.Code + " " + in, Text: ev, Start: len([]rune(text)), End: len([]rune(text + ev))}}}
		text += ev
		if host.name == "习近平" && r.IntN(2) == 0 {
			m.Proposals = []graph.Proposal{{Leader: host.name, Initiative: in, MeetingID: mid}}
		}
	}
	return graph.Document{
		Article: graph.Article{
			ID: aid, Source: genSources[r.IntN(len(genSources))], City: "北京", Date: date,
			Reporters: []string{fmt.Sprintf("记者%d", r.IntN(200))}, Text: text,
		},
		Meetings:  []graph.Meeting{m},
		Countries: []graph.Country{{Code: "CN", Name: "中国", NameEn: "China"}, c},
	}
}

// GenDocuments returns documents 0..n-1 of the generated corpus for seed.
func GenDocuments(n int, seed uint64) []graph.Document {
	out := make([]graph.Document, n)
	for i := range out {
		out[i] = GenDocument(i, seed)
	}
	return out
}
