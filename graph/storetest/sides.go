package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// SideDocs are four meetings whose attendees sit on both sides:
//
//	sd-m1 (2024-05-16) 习近平 (CN) hosts 普京 (RU); attendees 王毅 (CN, his side)
//	      and 拉夫罗夫 (RU, the guest's side), and 金大使 (JP: neither side).
//	sd-m2 (2024-07-03) 普京 (RU) hosts 王毅 (CN) abroad; attendees 拉夫罗夫
//	      (RU, the host's side) and 张汉晖 (CN, the guest's side).
//	sd-m3 (2024-10-01) 习近平 (CN) meets 李家超 (CN, as listed) with 王毅
//	      (CN): both sides Chinese, so 王毅's side is unknown.
//	sd-m4 (undated)    习近平 (CN) receives 托卡耶夫 (KZ) and 普京 (RU) together.
func SideDocs() []graph.Document {
	countries := []graph.Country{
		{Code: "CN", Name: "中国", NameEn: "China"}, {Code: "RU", Name: "俄罗斯", NameEn: "Russia"},
		{Code: "JP", Name: "日本", NameEn: "Japan"}, {Code: "KZ", Name: "哈萨克斯坦", NameEn: "Kazakhstan"},
	}
	p := func(role graph.Role, name, country string) graph.Participant {
		return graph.Participant{Role: role, Name: name, Country: country}
	}
	doc := func(n, date string, ps ...graph.Participant) graph.Document {
		aid, mid := "sd-a"+n, "sd-m"+n
		text := "新华社北京电 会见。"
		return graph.Document{
			Article: graph.Article{ID: aid, Source: "新华社", Date: date, Text: text, MeetingIDs: []string{mid}},
			Meetings: []graph.Meeting{{
				ID: mid, Kind: graph.KindMeeting, Date: date, Participants: ps, ArticleIDs: []string{aid},
				Evidence: []graph.Evidence{{Field: "kind", Value: "MEETING", Text: text, Start: 0, End: 9, ArticleID: aid}},
			}},
			Countries: countries,
		}
	}
	h, g, a := graph.RoleHost, graph.RoleGuest, graph.RoleAttendee
	return []graph.Document{
		doc("1", "2024-05-16", p(h, "习近平", "CN"), p(g, "普京", "RU"), p(a, "王毅", "CN"), p(a, "拉夫罗夫", "RU"), p(a, "金大使", "JP")),
		doc("2", "2024-07-03", p(h, "普京", "RU"), p(g, "王毅", "CN"), p(a, "拉夫罗夫", "RU"), p(a, "张汉晖", "CN")),
		doc("3", "2024-10-01", p(h, "习近平", "CN"), p(g, "李家超", "CN"), p(a, "王毅", "CN")),
		doc("4", "", p(h, "习近平", "CN"), p(g, "托卡耶夫", "KZ"), p(g, "普京", "RU")),
	}
}

// testCounterpartSides: counterparts are the persons on the other side of
// a meeting (attendees on the side of their country), never those on the
// leader's own side; colleagues are those on his side serving his
// country. An attendee of both sides' country, or of neither, is neither.
func testCounterpartSides(t *testing.T, open Opener) {
	s := open(t)
	mustIngest(t, s, SideDocs())
	ctx := context.Background()
	leaders := []string{"习近平", "王毅", "普京", "拉夫罗夫", "张汉晖", "托卡耶夫", "金大使"}
	cps, err := s.Counterparts(ctx, leaders)
	if err != nil {
		t.Fatal(err)
	}
	cols, err := s.Colleagues(ctx, leaders)
	if err != nil {
		t.Fatal(err)
	}
	type cp = graph.Counterpart
	c := func(name string, n int, last string) cp { return cp{Leader: name, Count: n, LastDate: last} }
	want := map[string][2][]cp{
		"习近平": {
			{c("普京", 2, "2024-05-16"), c("李家超", 1, "2024-10-01"), c("拉夫罗夫", 1, "2024-05-16"), c("托卡耶夫", 1, "")},
			{c("王毅", 1, "2024-05-16")},
		},
		"王毅": {
			{c("普京", 2, "2024-07-03"), c("拉夫罗夫", 2, "2024-07-03")},
			{c("张汉晖", 1, "2024-07-03"), c("习近平", 1, "2024-05-16")},
		},
		"普京": {
			{c("王毅", 2, "2024-07-03"), c("张汉晖", 1, "2024-07-03"), c("习近平", 2, "2024-05-16")},
			{c("拉夫罗夫", 2, "2024-07-03")},
		},
		"拉夫罗夫": {
			{c("王毅", 2, "2024-07-03"), c("张汉晖", 1, "2024-07-03"), c("习近平", 1, "2024-05-16")},
			{c("普京", 2, "2024-07-03")},
		},
		"张汉晖":  {{c("拉夫罗夫", 1, "2024-07-03"), c("普京", 1, "2024-07-03")}, {c("王毅", 1, "2024-07-03")}},
		"托卡耶夫": {{c("习近平", 1, "")}, nil},
		"金大使":  {nil, nil},
	}
	for i, name := range leaders {
		w := want[name]
		graph.SortCounterparts(w[0])
		graph.SortCounterparts(w[1])
		if !equalPeers(cps[i], w[0]) {
			t.Errorf("Counterparts(%s) = %+v\nwant %+v", name, cps[i], w[0])
		}
		if !equalPeers(cols[i], w[1]) {
			t.Errorf("Colleagues(%s) = %+v\nwant %+v", name, cols[i], w[1])
		}
	}
}

func equalPeers(a, b []graph.Counterpart) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}
