package extract

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// meetingKeys lists the meetings extracted from text as the evaluation keys
// them: "KIND|date|host|guests" (guests sorted, joined by ",").
func meetingKeys(t *testing.T, e *Extractor, text, date string) []string {
	t.Helper()
	keys := []string{}
	for _, a := range e.Extract(text, Options{Date: date}).Articles {
		for _, m := range a.Meetings {
			host, guests := "", []string{}
			for _, p := range m.Participants {
				switch p.Role {
				case RoleHost:
					host = p.Name
				case RoleGuest:
					guests = append(guests, p.Name)
				}
			}
			sort.Strings(guests)
			keys = append(keys, string(m.Kind)+"|"+m.Date+"|"+host+"|"+strings.Join(guests, ","))
		}
	}
	return keys
}

type meetingsCase struct {
	name, date, text string
	want             []string
}

func runMeetingsCases(t *testing.T, cases []meetingsCase) {
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingKeys(t, e, c.text, c.date)
			if c.want == nil {
				c.want = []string{}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// A second leader's event told after 同日/当天 is a meeting of its own, with
// its own host, on the day of the event told before it.
func TestFurtherEventSameDayNewHost(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		{"congratulations and premier's message (Xinhua 2024)", "2024-10-02",
			"习近平致电祝贺石破茂当选日本首相\n李强向石破茂致贺电\n\n新华社北京10月2日电 10月1日，国家主席习近平致电石破茂，祝贺他当选日本首相。\n\n习近平指出，中国和日本是一衣带水的邻邦。\n\n同日，国务院总理李强向石破茂致贺电，表示双方应维护两国关系政治基础，加强友好、互信与合作，更好造福两国人民。",
			[]string{"MESSAGE|2024-10-01|习近平|石破茂", "MESSAGE|2024-10-01|李强|石破茂"}},
		{"premier's message to another leader (Xinhua 2021)", "2021-03-23",
			"新华社北京3月23日电 3月23日，中共中央总书记、国家主席习近平致电老挝人民革命党中央总书记通伦，祝贺他当选老挝国家主席。\n\n习近平在贺电中指出，中老是山水相连的友好邻邦。\n\n同日，国务院总理李克强致电祝贺潘坎当选老挝政府总理，表示愿与潘坎总理共同努力。",
			[]string{"MESSAGE|2021-03-23|习近平|通伦", "MESSAGE|2021-03-23|李克强|潘坎"}},
		{"traditional characters, condolences (Xinhua 2022)", "2022-01-19",
			"新華社北京1月19日電 1月19日，國家主席習近平就東加火山爆發造成嚴重災害向東加國王圖普六世致慰問電。\n\n習近平表示，驚悉東加火山爆發並引發海嘯等嚴重災害，造成重大損失。\n\n同日，國務院總理李克強向東加首相索瓦萊尼致慰問電。",
			[]string{"MESSAGE|2022-01-19|习近平|图普六世", "MESSAGE|2022-01-19|李克强|索瓦莱尼"}},
		// synthetic: 当天/当日 after a meeting dated the day before the dateline.
		{"当天 and 当日 take the day told before (synthetic)", "2023-12-13",
			"新华社北京12月13日电 国家主席习近平12日在人民大会堂会见法国总统马克龙。\n\n双方就中法关系交换了意见。\n\n国务院总理李强当天会见了德国总理朔尔茨。\n\n当日，全国人大常委会委员长赵乐际在人民大会堂会见了意大利总统马塔雷拉。",
			[]string{"MEETING|2023-12-12|习近平|马克龙", "MEETING|2023-12-12|李强|朔尔茨", "MEETING|2023-12-12|赵乐际|马塔雷拉"}},
	})
}

// "还会见了X" without a subject is the host's of the report's main event
// (or of the last event of its paragraph); a pronoun subject likewise.
func TestFurtherEventElidedHost(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		{"pronoun and 连续会见 (China News Service 2016)", "2016-09-05",
			"中新社杭州9月5日电 5日下午，中国国家主席习近平刚刚结束记者会，马上转场会见日本首相安倍晋三。在接下来的两个小时里，除安倍外，他还连续会见了德国总理默克尔、英国首相特雷莎·梅和法国总统奥朗德3位外国领导人。",
			[]string{"MEETING|2016-09-05|习近平|安倍晋三", "MEETING|2016-09-05|习近平|默克尔", "MEETING|2016-09-05|习近平|特雷莎·梅", "MEETING|2016-09-05|习近平|奥朗德"}},
		// People's Daily 1994 (the list of guests shortened; its commas
		// between guests are not read yet): the lead's guest meets others.
		{"the lead's guest named bare becomes a host (People's Daily 1994)", "1994-05-06",
			"本报堪培拉五月五日电记者史宗星报道：澳大利亚总督比尔·海登今天上午在总督府会见了正在这里访问的中国全国人大常委会副委员长田纪云。\n海登对田纪云率中国人大代表团来访表示欢迎。\n田纪云今天还先后会见了外交部长埃文斯和初级产品部长科林斯等。晚上，中国驻澳大使华君铎在大使馆为代表团来访举行了招待会。",
			[]string{"MEETING|1994-05-05|比尔·海登|田纪云", "MEETING|1994-05-05|田纪云|埃文斯", "MEETING|1994-05-05|田纪云|科林斯"}},
		// synthetic: the subject named bare, with an office only in the
		// arrival sentence before (no meeting told before).
		{"a bare name written with an office earlier (synthetic)", "1994-05-05",
			"本报堪培拉五月四日电 中国全国人大常委会副委员长田纪云今天下午抵达堪培拉，开始对澳大利亚进行访问。\n田纪云今天还先后会见了外交部长埃文斯和初级产品部长科林斯等。",
			[]string{"MEETING|1994-05-04|田纪云|埃文斯", "MEETING|1994-05-04|田纪云|科林斯"}},
		// synthetic: a tour told paragraph after paragraph.
		{"会谈后 / 访问期间 / 当天 with the subject elided (synthetic)", "2023-12-13",
			"新华社河内12月13日电 中共中央总书记、国家主席习近平13日在河内同越共中央总书记阮富仲举行会谈。\n\n习近平指出，中越两党两国是命运与共的战略伙伴。\n\n会谈后，还会见了越南国家主席武文赏。\n\n访问期间，还分别会见了越南政府总理范明政和国会主席王庭惠。\n\n当天，还会见了越南祖国阵线中央委员会主席杜文战。",
			[]string{"TALKS|2023-12-13|习近平|阮富仲", "MEETING|2023-12-13|习近平|武文赏", "MEETING|2023-12-13|习近平|范明政", "MEETING|2023-12-13|习近平|王庭惠", "MEETING|2023-12-13|习近平|杜文战"}},
		// synthetic: 会见前 names the day of the meeting told before.
		{"会见前 takes the main event's day (synthetic)", "2023-12-13",
			"新华社北京12月13日电 国家主席习近平12日在人民大会堂会见法国总统马克龙。\n\n会见前，习近平还会见了德国总理朔尔茨。",
			[]string{"MEETING|2023-12-12|习近平|马克龙", "MEETING|2023-12-12|习近平|朔尔茨"}},
		// A guest's reported wish ("期待…并同中方开展战略对话") is no
		// elided event of the host (real, 2023, from testdata 139).
		{"reported speech keeps its subject", "2023-08-06",
			"新华社北京8月6日电 中共中央政治局委员、外交部长王毅6日应约同欧盟外交与安全政策高级代表博雷利通电话。\n\n博雷利表示，欧盟的“全球门户”计划同“一带一路”倡议并不对立。期待尽快访华并同中方开展战略对话，共同筹备今年欧中领导人会晤。",
			[]string{"PHONE_CALL|2023-08-06|王毅|博雷利"}},
	})
}

// Guests named together ("还会见了A和B") but whose meetings the report tells
// one by one ("在会见A时…", "在会见B时…") were met one at a time.
func TestGuestsToldApartAreSeparateMeetings(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		// synthetic
		{"会见了A和B, then 在会见A时 and 在会见B时 (synthetic)", "2023-12-13",
			"新华社河内12月13日电 中共中央总书记、国家主席习近平13日在河内同越共中央总书记阮富仲举行会谈。\n\n访问期间，习近平还会见了越南政府总理范明政和国会主席王庭惠。\n\n在会见范明政时，习近平说，双方要加强合作。\n\n在会见王庭惠时，习近平表示，中国全国人大愿同越南国会加强交流。",
			[]string{"TALKS|2023-12-13|习近平|阮富仲", "MEETING|2023-12-13|习近平|范明政", "MEETING|2023-12-13|习近平|王庭惠"}},
		// synthetic: told together, one meeting.
		{"会见了A和B told together (synthetic)", "2023-12-13",
			"新华社河内12月13日电 国家主席习近平13日在河内会见了越南政府总理范明政和国会主席王庭惠。\n\n习近平说，双方要加强合作。",
			[]string{"MEETING|2023-12-13|习近平|王庭惠,范明政"}},
	})
}

// A further event told in the same sentence with its subject elided
// ("…举行会谈，还会见了…", "…会见了A，随后又会见了B") is the same host's, on
// the same day and at the same place.
func TestFurtherEventSameSentenceElidedHost(t *testing.T) {
	runMeetingsCases(t, []meetingsCase{
		// synthetic
		{"会谈，并分别会见了 (synthetic)", "2023-12-13",
			"新华社河内12月13日电 访问期间，习近平13日同越共中央总书记阮富仲举行会谈，并分别会见了越南国家主席武文赏、政府总理范明政和国会主席王庭惠。",
			[]string{"MEETING|2023-12-13|习近平|武文赏", "MEETING|2023-12-13|习近平|范明政", "MEETING|2023-12-13|习近平|王庭惠", "TALKS|2023-12-13|习近平|阮富仲"}},
		// synthetic
		{"会见了A，随后又会见了B (synthetic)", "2023-12-13",
			"新华社北京12月13日电 国家主席习近平12日在人民大会堂会见了法国总统马克龙，随后又会见了德国总理朔尔茨。",
			[]string{"MEETING|2023-12-12|习近平|朔尔茨", "MEETING|2023-12-12|习近平|马克龙"}},
		// Xinhua 2022 (testdata 142): a group's leaders unnamed are no guest.
		{"并会见…五大党团负责人 names nobody", "2022-09-10",
			"新华社莫斯科9月10日电 应俄罗斯国家杜马主席沃洛金邀请，中国全国人大常委会委员长栗战书7日至10日对俄罗斯进行正式友好访问，在莫斯科与国家杜马主席沃洛金举行会谈，并会见国家杜马五大党团负责人。",
			[]string{"TALKS|2022-09-10|栗战书|沃洛金"}},
	})
}
