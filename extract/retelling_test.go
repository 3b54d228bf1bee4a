package extract

import "testing"

// One event told twice in a report, a headline or caption naming a leader
// shortly and the lead in full, is one meeting (with the fuller name).
func TestHeadlineAndBodyOneMeeting(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		// synthetic: a caption before the lead, short name.
		{"caption with the short name (synthetic)", "2023-04-06",
			"新华社北京4月6日电 国家主席习近平6日在人民大会堂会见法国总统埃马纽埃尔·马克龙。\n4月6日，国家主席习近平在北京人民大会堂会见法国总统马克龙。新华社记者 谢环驰 摄\n习近平指出，中法关系保持稳定发展。",
			[]string{"MEETING|2023-04-06|习近平|埃马纽埃尔·马克龙"}},
		// synthetic: a headline left in the text, ending with a full stop.
		{"headline line in the text (synthetic)", "2023-05-09",
			"习近平同马克龙通电话。\n新华社北京5月9日电 国家主席习近平9日晚应约同法国总统埃马纽埃尔·马克龙通电话。\n习近平指出，中法关系保持稳定发展。",
			[]string{"PHONE_CALL|2023-05-09|习近平|埃马纽埃尔·马克龙"}},
		// synthetic: a headline run into the lead after the dateline.
		{"headline run into the lead (synthetic)", "2023-04-06",
			"新华社北京4月6日电 习近平会见马克龙 国家主席习近平6日在人民大会堂会见法国总统埃马纽埃尔·马克龙。\n习近平指出，中法关系保持稳定发展。",
			[]string{"MEETING|2023-04-06|习近平|埃马纽埃尔·马克龙"}},
		// synthetic: a bracketed headline opening the lead's sentence.
		{"bracketed headline in the lead's sentence (synthetic)", "2023-05-09",
			"【习近平同法国总统马克龙通电话】国家主席习近平9日晚应约同法国总统埃马纽埃尔·马克龙通电话。习近平指出，中法关系保持稳定发展。",
			[]string{"PHONE_CALL|2023-05-09|习近平|埃马纽埃尔·马克龙"}},
		// synthetic: a social-media topic tag as the headline.
		{"#topic# headline (synthetic)", "2023-05-09",
			"#习近平同马克龙通电话# 国家主席习近平9日晚应约同法国总统埃马纽埃尔·马克龙通电话。",
			[]string{"PHONE_CALL|2023-05-09|习近平|埃马纽埃尔·马克龙"}},
		// synthetic: the headline in Traditional characters, the body Simplified.
		{"headline in another script (synthetic)", "2023-05-09",
			"習近平同法國總統馬克龍通電話\n\n新华社北京5月9日电 国家主席习近平9日晚应约同法国总统马克龙通电话。\n习近平指出，中法关系保持稳定发展。",
			[]string{"PHONE_CALL|2023-05-09|习近平|马克龙"}},
	})
}

func TestSameLeader(t *testing.T) {
	for _, c := range []struct {
		p, q person
		want bool
	}{
		{person{name: "马克龙"}, person{name: "埃马纽埃尔·马克龙", title: "总统"}, true},
		{person{name: "梅"}, person{name: "特雷莎·梅"}, false}, // one rune: too short to tell
		{person{name: "马克龙"}, person{name: "马克"}, false},
		// Sri Lanka 2009 (testdata 1xx): the president and the speaker.
		{person{name: "拉贾帕克萨", title: "总统"}, person{name: "恰马尔·拉贾帕克萨", title: "议长"}, false},
	} {
		if got := sameLeader(c.p, c.q); got != c.want {
			t.Errorf("sameLeader(%q, %q) = %v, want %v", c.p.name, c.q.name, got, c.want)
		}
	}
}

// A line above the dateline that tells the report's event again (not taken
// for the headline: it has a comma) adds no meeting.
func TestSummaryAboveDatelineAddsNoMeeting(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		// synthetic
		{"summary line with a comma (synthetic)", "2023-05-09",
			"习近平同马克龙通电话，强调中法要加强合作。\n新华社北京5月9日电 国家主席习近平9日晚应约同法国总统埃马纽埃尔·马克龙通电话。\n习近平指出，中法关系保持稳定发展。",
			[]string{"PHONE_CALL|2023-05-09|习近平|埃马纽埃尔·马克龙"}},
		// synthetic: Traditional characters and a Taiwan transliteration.
		{"summary line with another transliteration (synthetic)", "2023-05-09",
			"習近平同馬克宏通電話，強調中法要加強合作\n新华社北京5月9日电 国家主席习近平9日晚应约同法国总统马克龙通电话。",
			[]string{"PHONE_CALL|2023-05-09|习近平|马克龙"}},
		// synthetic: a different event above the dateline stays.
		{"another event above stays (synthetic)", "2023-05-09",
			"国家主席习近平9日同德国总理朔尔茨通电话。\n新华社北京5月9日电 国家主席习近平9日晚应约同法国总统埃马纽埃尔·马克龙通电话。",
			[]string{"PHONE_CALL|2023-05-09|习近平|朔尔茨", "PHONE_CALL|2023-05-09|习近平|埃马纽埃尔·马克龙"}},
	})
}
