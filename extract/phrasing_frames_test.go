package extract

// Event frames: who meets whom, one meeting or several, messages and calls, events referred to rather than told.
// The sentences are made up after real phrasings (synthetic) unless a
// case says where it was found.

import (
	"reflect"
	"testing"
)

func TestGroupLeadThenOneParagraphPerGuest(t *testing.T) {
	checkPlain(t, "2014-11-22", briefs, []plainCase{
		{"group lead, then one paragraph per guest",
			"新华社北京11月22日电 国家主席习近平22日在斐济楠迪分别会见一些太平洋岛国领导人。\n在会见汤加首相图伊瓦卡诺时，习近平指出，中方愿同汤方加强合作。\n在会见瓦努阿图总理纳图曼时，习近平强调，双方要深化友谊。",
			[]string{"习近平/国家主席/CN,>图伊瓦卡诺/首相/TO|楠迪", "习近平/国家主席/CN,>纳图曼/总理/VU|楠迪"}},
		{"while-paragraph without 在",
			"新华社北京5月14日电 外交部长王毅14日在京分别会见来华出席会议的各国外长。\n会见智利外长范克拉韦伦时，王毅表示，中方愿同智方深化合作。",
			[]string{"王毅/外交部长/CN,>范克拉韦伦/外长/CL|北京"}},
	})
}

func TestPastMeetingReferredToIsNone(t *testing.T) {
	checkPlain(t, "2019-03-22", briefs, []plainCase{
		{"a past meeting referred to is none",
			"新华社北京3月22日电 全国人大常委会委员长栗战书22日在人民大会堂会见美国众议员拉森。\n习近平主席与特朗普总统阿根廷会晤达成的重要共识，为中美关系发展指明了方向。",
			[]string{"栗战书/全国人大常委会委员长/CN,>拉森/众议员/US@人民大会堂|北京"}},
	})
}

func TestCounterpartListsAndForeignHostsPerDay(t *testing.T) {
	checkPlain(t, "2019-03-22", briefs, []plainCase{
		{"foreign hosts, one day each",
			"新华社圣地亚哥3月10日电 即将卸任的智利总统拉戈斯和当选总统巴切莱特分别于9日和10日在圣地亚哥会见了前来参加智利总统权力交接仪式的中国政府特使、农业部长杜青林。",
			[]string{"拉戈斯/总统/CL,>杜青林/农业部长/CN|圣地亚哥", "巴切莱特/当选总统/CL,>杜青林/农业部长/CN|圣地亚哥"}},
		{"a list continued after a comma, the last item with a clause of its own",
			"新华社北京5月14日电 外交部长王毅14日在京分别会见来华出席会议的洪都拉斯外长雷纳、墨西哥外长德拉富恩特，以及即将离任回国的苏丹驻华大使、新任外长萨迪格。",
			[]string{"王毅/外交部长/CN,>雷纳/外长/HN|北京", "王毅/外交部长/CN,>德拉富恩特/外长/MX|北京", "王毅/外交部长/CN,>萨迪格/新任外长/SD|北京"}},
	})
}

func TestGuestAfterClauseWithBing(t *testing.T) {
	e := newT(t)
	for in, want := range map[string][]string{
		"新华社北京10月29日电 国务院总理李克强29日下午在人民大会堂会见来华进行正式访问并出席中国南非国家双边委员会第七次全会的南非副总统马布扎。": {"李克强/国务院总理/CN,>马布扎/副总统/ZA@人民大会堂|北京"},
		"新华社北京6月26日电 国务委员兼外长王毅26日应约同日本外相河野太郎通电话。":                                 {"王毅/国务委员兼外长/CN,>河野太郎/外相/JP"},
	} {
		if got := briefs(e.Extract(in, Options{Date: "2019-10-29"})); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got  %q\n want %q", in, got, want)
		}
	}
}

func TestSeveralHostsMeetOneGuest(t *testing.T) {
	checkPlain(t, "2010-06-05", briefs, []plainCase{
		{"foreign hosts listed with 、 分别会见 one guest: one meeting per host, the country carried",
			"新华社伊斯兰堡6月5日电 巴基斯坦总统扎尔达里、总理吉拉尼、参议院主席布哈里5日分别会见了正在巴基斯坦访问的中国国务委员戴秉国。",
			[]string{"扎尔达里/总统/PK,>戴秉国/国务委员/CN|伊斯兰堡", "吉拉尼/总理/PK,>戴秉国/国务委员/CN|伊斯兰堡", "布哈里/参议院主席/PK,>戴秉国/国务委员/CN|伊斯兰堡"}},
		{"Chinese hosts joined by 和 分别会见 one guest",
			"新华社北京4月9日电 国家主席胡锦涛和国务院总理温家宝9日在人民大会堂分别会见了来访的巴西总统卢拉。",
			[]string{"胡锦涛/国家主席/CN,>卢拉/总统/BR@人民大会堂|北京", "温家宝/国务院总理/CN,>卢拉/总统/BR@人民大会堂|北京"}},
		{"one host 分别会见 two guests stays one host",
			"新华社北京11月7日电 全国人大常委会委员长吴邦国7日在北京分别会见了来华访问的加纳总统库福尔和赞比亚总统姆瓦纳瓦萨。",
			[]string{"吴邦国/全国人大常委会委员长/CN,>库福尔/总统/GH|北京", "吴邦国/全国人大常委会委员长/CN,>姆瓦纳瓦萨/总统/ZM|北京"}},
	})
}

func TestSameDayAndListEnd(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"同日 is no counterpart, and takes the day told before",
			"新华社巴黎3月4日电 外交部长王毅2日在巴黎会见法国总统奥朗德。王毅同日另与法国外长法比尤斯举行会谈。",
			[]string{"王毅/外交部长/CN,>奥朗德/总统/FR|巴黎", "王毅/外交部长/CN,>法比尤斯/外长/FR|巴黎"}},
		{"the 等 closing a list is no part of a name",
			"新华社华盛顿2月15日电 国家副主席习近平15日会见了美国参院少数党领袖麦康奈尔等。",
			[]string{"习近平/国家副主席/CN,>麦康奈尔/参院少数党领袖/US|华盛顿"}},
	} {
		r := e.Extract(c.in, Options{Date: "2015-03-04"})
		got := briefs(r)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
		if c.name[0:6] == "同日" {
			for _, a := range r.Articles {
				for _, m := range a.Meetings {
					if m.Date != "2015-03-02" {
						t.Errorf("%s: date %s", c.name, m.Date)
					}
				}
			}
		}
	}
}

func TestGuestsMetTogether(t *testing.T) {
	e := newT(t)
	in := "新华社华盛顿2月15日电 国家副主席习近平15日分别会见了美国国会众议长博纳和参院多数党领袖里德、少数党领袖麦康奈尔。\n" +
		"在会见博纳时，习近平说，中美关系不断发展。\n在会见里德、麦康奈尔时，习近平表示，双方要加强合作。"
	got := briefs(e.Extract(in, Options{Date: "2012-02-16"}))
	want := []string{"习近平/国家副主席/CN,>博纳/国会众议长/US|华盛顿", "习近平/国家副主席/CN,>里德/参院多数党领袖/US,>麦康奈尔/少数党领袖/US|华盛顿"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("\n got  %q\n want %q", got, want)
	}
}

func TestFurtherMeetingsAndOneTalkEach(t *testing.T) {
	checkPlain(t, "2019-06-04", briefs, []plainCase{
		{"a further meeting of the same host after a comma (会见A，同B举行会谈)",
			"新华社罗马3月9日电 全国人大常委会委员长张德江9日在罗马会见意大利总统马塔雷拉，同众议长菲科举行会谈。",
			[]string{"张德江/全国人大常委会委员长/CN,>菲科/众议长/IT|罗马", "张德江/全国人大常委会委员长/CN,>马塔雷拉/总统/IT|罗马"}},
		{"与A和B分别举行会谈: one talk each, the hosts are not the counterparts",
			"新华社马德里4月2日电 全国人大常委会委员长吴邦国2日在马德里会见西班牙国王胡安·卡洛斯，与参议长罗哈斯和众议长博诺分别举行会谈。",
			[]string{"吴邦国/全国人大常委会委员长/CN,>罗哈斯/参议长/ES|马德里", "吴邦国/全国人大常委会委员长/CN,>博诺/众议长/ES|马德里", "吴邦国/全国人大常委会委员长/CN,>胡安·卡洛斯/国王/ES|马德里"}},
		{"分别与A，以及B通电话: one call each",
			"新华社北京6月4日电 外交部长王毅4日分别与埃及外长舒克里，以及约旦外交大臣萨法迪通电话。",
			[]string{"王毅/外交部长/CN,>舒克里/外长/EG", "王毅/外交部长/CN,>萨法迪/外交大臣/JO"}},
	})
}

func TestInviterIsNotTheHost(t *testing.T) {
	checkPlain(t, "2019-06-04", briefs, []plainCase{
		{"the inviter of 应…邀请 is not the host",
			"新华社雅典5月3日电 应希腊议长帕帕斯邀请，全国人大常委会委员长栗战书3日在雅典会见希腊总统帕夫洛普洛斯。",
			[]string{"栗战书/全国人大常委会委员长/CN,>帕夫洛普洛斯/总统/GR|雅典"}},
	})
}

func TestExchangeOfNewYearMessages(t *testing.T) {
	checkPlain(t, "2019-06-04", briefs, []plainCase{
		{"互致新年贺电 is an exchange of messages",
			"新华社北京12月31日电 在新年来临之际，外交部长王毅与巴基斯坦外长达尔互致新年贺电。",
			[]string{"王毅/外交部长/CN,>达尔/外长/PK"}},
	})
}

func TestRepliesAndLetters(t *testing.T) {
	e := newT(t)
	in := "新华社北京3月12日电 3月5日，国家主席习近平复信美国加利福尼亚州友人约翰·史密斯。\n" +
		"习近平表示，中美关系的希望在人民。\n" +
		"此前，美国加利福尼亚州友人约翰·史密斯致信习近平主席，讲述了自己同中国的交往。"
	r := e.Extract(in, Options{Date: "2020-03-12"})
	want := []string{"习近平/国家主席/CN,>约翰·史密斯/US"}
	if got := briefs(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("a reply opening the report, a week before the dateline, and the letter it answers:\n got  %q\n want %q", got, want)
	}
	if d := r.Articles[0].Meetings[0].Date; d != "2020-03-05" {
		t.Errorf("date %q, want 2020-03-05", d)
	}
	// A past meeting told later in a report is still no meeting.
	in = "新华社北京3月12日电 国家主席习近平12日在人民大会堂会见法国总统马克龙。\n3月1日，习近平还在北京会见了德国总理朔尔茨。"
	if got := briefs(e.Extract(in, Options{Date: "2020-03-12"})); len(got) != 1 {
		t.Errorf("an older meeting later in the report: got %q", got)
	}
}

func TestMessages(t *testing.T) {
	runPhrasings(t, "2023-05-10", []phrasingCase{
		{"致电祝贺X当选Y国总统",
			"新华社北京5月10日电 国家主席习近平10日致电巴拉圭当选总统培尼亚，祝贺他当选巴拉圭总统。",
			[]string{"MESSAGE:习近平/国家主席/CN,>培尼亚/当选总统/PY"}},
		{"致电祝贺 before the name",
			"新华社北京5月10日电 5月10日，国家主席习近平致电祝贺穆伊祖当选马尔代夫总统。",
			[]string{"MESSAGE:习近平/国家主席/CN,>穆伊祖/MV"}},
		{"同X互致贺电",
			"新华社北京5月10日电 5月10日，国家主席习近平同巴基斯坦总统阿尔维互致贺电，庆祝两国建交72周年。",
			[]string{"MESSAGE:习近平/国家主席/CN,>阿尔维/总统/PK"}},
		{"致电X，对…表示慰问",
			"新华社北京5月10日电 国务院总理李强10日致电土耳其总统埃尔多安，对土耳其发生强烈地震表示深切慰问。",
			[]string{"MESSAGE:李强/国务院总理/CN,>埃尔多安/总统/TR"}},
		{"致电 a head of state with a long title",
			"新华社北京5月10日电 国家主席习近平10日致电马来西亚最高元首易卜拉欣，祝贺他就任第十七任最高元首。",
			[]string{"MESSAGE:习近平/国家主席/CN,>易卜拉欣/最高元首/MY"}},
		{"致电X，对Y逝世表示哀悼: the one mourned is no counterpart",
			"新华社北京5月10日电 国家主席习近平10日致电伊朗第一副总统穆赫贝尔，对莱希总统不幸遇难表示深切哀悼。",
			[]string{"MESSAGE:习近平/国家主席/CN,>穆赫贝尔/第一副总统/IR"}},
		{"分别同A、B互致贺电: one exchange each",
			"新华社北京5月10日电 5月10日，国家主席习近平分别同越南国家主席武文赏、老挝国家主席通伦互致贺电。",
			[]string{"MESSAGE:习近平/国家主席/CN,>武文赏/国家主席/VN", "MESSAGE:习近平/国家主席/CN,>通伦/国家主席/LA"}},
		{"分别致电 a president and a prime minister of one country",
			"新华社北京5月10日电 国家主席习近平10日分别致电新加坡总统尚达曼和总理黄循财，祝贺新加坡国庆。",
			[]string{"MESSAGE:习近平/国家主席/CN,>尚达曼/总统/SG", "MESSAGE:习近平/国家主席/CN,>黄循财/总理/SG"}},
		{"复信X",
			"新华社北京5月10日电 国家主席习近平近日复信美国华盛顿州友人史密斯，鼓励他继续为中美友好作出贡献。",
			[]string{"MESSAGE:习近平/国家主席/CN,>史密斯/US"}},
		{"向X致唁电",
			"新华社北京5月10日电 5月10日，国家主席习近平就斯里兰卡前总统拉贾帕克萨逝世向斯里兰卡总统维克拉马辛哈致唁电。",
			[]string{"MESSAGE:习近平/国家主席/CN,>维克拉马辛哈/总统/LK"}},
		{"分别致电 several recipients",
			"新华社北京5月10日电 5月10日，国家主席习近平分别致电印度尼西亚总统佐科和菲律宾总统马科斯，对两国遭受地震灾害表示慰问。",
			[]string{"MESSAGE:习近平/国家主席/CN,>佐科/总统/ID", "MESSAGE:习近平/国家主席/CN,>马科斯/总统/PH"}},
		{"an older form: 今天致电, title of a fellow head of state",
			"新华社北京5月10日电 国家主席胡锦涛今天致电法国当选总统奥朗德，祝贺他当选法兰西共和国总统。",
			[]string{"MESSAGE:胡锦涛/国家主席/CN,>奥朗德/当选总统/FR"}},
		{"向X致贺电",
			"新华社北京5月10日电 国家主席习近平10日向新任菲律宾总统马科斯致贺电。",
			[]string{"MESSAGE:习近平/国家主席/CN,>马科斯/总统/PH"}},
		{"分别致电 three recipients joined by 、 and 和",
			"新华社北京5月10日电 国务院总理李强10日分别致电泰国总理赛塔、老挝总理宋赛和柬埔寨首相洪玛奈，祝贺新春。",
			[]string{"MESSAGE:李强/国务院总理/CN,>赛塔/总理/TH", "MESSAGE:李强/国务院总理/CN,>宋赛/总理/LA", "MESSAGE:李强/国务院总理/CN,>洪玛奈/首相/KH"}},
		{"致信祝贺 an event names no counterpart: no meeting",
			"新华社北京5月10日电 国家主席习近平10日致信祝贺中国—阿拉伯国家博览会开幕。",
			nil},
		{"分别致电祝贺A当选X国总统、B当选Y国总统: each with the country elected to",
			"新华社北京5月10日电 国家主席习近平10日分别致电祝贺托卡耶夫当选哈萨克斯坦总统、米尔济约耶夫当选乌兹别克斯坦总统。",
			[]string{"MESSAGE:习近平/国家主席/CN,>托卡耶夫/KZ", "MESSAGE:习近平/国家主席/CN,>米尔济约耶夫/UZ"}},
		{"祝贺X连任 an international organisation's office",
			"新华社北京5月10日电 国家主席习近平10日致电祝贺古特雷斯连任联合国秘书长。",
			[]string{"MESSAGE:习近平/国家主席/CN,>古特雷斯"}},
		{"a letter to a group of students names no person: no meeting",
			"新华社北京5月10日电 国家主席习近平10日给美国艾奥瓦州马斯卡廷高中学生回信。",
			nil},
		{"a congratulatory letter to a forum names no counterpart: no meeting",
			"新华社北京5月10日电 5月10日，国家主席习近平向2023中国—东盟博览会致贺信。",
			nil},
		{"an earlier reply referred to is no new event",
			"新华社北京5月10日电 国家主席习近平近日复信美国华盛顿州友人史密斯。\n2019年，习近平曾复信美国华盛顿州中学生，在复信中表示欢迎他们来华。",
			[]string{"MESSAGE:习近平/国家主席/CN,>史密斯/US"}},
		{"the reply tells the letter it answers only as background",
			"新华社北京5月10日电 国家主席习近平近日复信美国华盛顿州友人史密斯。\n习近平在复信中表示，很高兴收到你的来信。",
			[]string{"MESSAGE:习近平/国家主席/CN,>史密斯/US"}},
	})
}

func TestPhoneAndVideoCalls(t *testing.T) {
	runPhrasings(t, "2022-03-18", []phrasingCase{
		{"应约同X通电话",
			"新华社北京3月18日电 国家主席习近平18日晚应约同美国总统拜登视频通话。",
			[]string{"VIDEO_CALL:习近平/国家主席/CN,>拜登/总统/US"}},
		{"同X通电话",
			"新华社北京3月18日电 国家主席习近平18日下午同法国总统马克龙通电话。",
			[]string{"PHONE_CALL:习近平/国家主席/CN,>马克龙/总统/FR"}},
		{"an older form: 今天应约与X通电话",
			"新华社北京3月18日电 国家主席胡锦涛今天应约与美国总统奥巴马通电话。",
			[]string{"PHONE_CALL:胡锦涛/国家主席/CN,>奥巴马/总统/US"}},
		{"举行电话会谈 is a phone call",
			"新华社北京3月18日电 外交部长王毅18日同俄罗斯外长拉夫罗夫举行电话会谈。",
			[]string{"PHONE_CALL:王毅/外交部长/CN,>拉夫罗夫/外长/RU"}},
		{"同an international organisation's head通电话",
			"新华社北京3月18日电 外交部长王毅18日应约同联合国秘书长古特雷斯通电话。",
			[]string{"PHONE_CALL:王毅/外交部长/CN,>古特雷斯/秘书长"}},
		{"与X通电话",
			"新华社北京3月18日电 国务院总理李克强18日与德国总理朔尔茨通电话。",
			[]string{"PHONE_CALL:李克强/国务院总理/CN,>朔尔茨/总理/DE"}},
		{"a foreign host calls: X应约同Y通电话",
			"新华社北京3月18日电 3月18日，法国总统马克龙应约同国家主席习近平通电话。",
			[]string{"PHONE_CALL:马克龙/总统/FR,>习近平/国家主席/CN"}},
		{"分别同A、B通电话",
			"新华社北京3月18日电 外交部长王毅18日分别同埃及外长舒克里、约旦外交大臣萨法迪通电话。",
			[]string{"PHONE_CALL:王毅/外交部长/CN,>舒克里/外长/EG", "PHONE_CALL:王毅/外交部长/CN,>萨法迪/外交大臣/JO"}},
		{"通电话时表示 is the same call",
			"新华社北京3月18日电 国家主席习近平18日同法国总统马克龙通电话。\n习近平在同马克龙通电话时表示，中法要加强合作。",
			[]string{"PHONE_CALL:习近平/国家主席/CN,>马克龙/总统/FR"}},
		{"不久前/上个月 a call told as background",
			"新华社北京3月18日电 国家主席习近平18日同法国总统马克龙通电话。\n不久前，习近平同马克龙通电话，就乌克兰局势交换意见。\n上个月，国务院总理李强同法国总理博尔内通电话。",
			[]string{"PHONE_CALL:习近平/国家主席/CN,>马克龙/总统/FR"}},
		{"以视频方式会晤",
			"新华社北京3月18日电 国家主席习近平18日在北京以视频方式同俄罗斯总统普京举行会晤。",
			[]string{"VIDEO_CALL:习近平/国家主席/CN,>普京/总统/RU|北京"}},
		{"视频会晤",
			"新华社北京3月18日电 国家主席习近平18日同德国总理朔尔茨举行视频会晤。",
			[]string{"VIDEO_CALL:习近平/国家主席/CN,>朔尔茨/总理/DE"}},
		{"视频连线",
			"新华社北京3月18日电 国务院总理李强18日同新加坡总理黄循财视频连线。",
			[]string{"VIDEO_CALL:李强/国务院总理/CN,>黄循财/总理/SG"}},
		{"a video summit with two counterparts is one video call",
			"新华社北京3月18日电 国家主席习近平18日应约同德国总理默克尔、法国总统马克龙举行视频峰会。",
			[]string{"VIDEO_CALL:习近平/国家主席/CN,>默克尔/总理/DE,>马克龙/总统/FR"}},
		{"a call written 通话",
			"新华社北京3月18日电 国务院总理温家宝18日与英国首相卡梅伦通话。",
			[]string{"PHONE_CALL:温家宝/国务院总理/CN,>卡梅伦/首相/GB"}},
		{"a past call referred to is no new event",
			"新华社北京3月18日电 国家主席习近平18日同法国总统马克龙通电话。\n习近平指出，去年我同你通电话时，我们就两国合作达成重要共识。",
			[]string{"PHONE_CALL:习近平/国家主席/CN,>马克龙/总统/FR"}},
	})
}

func TestTalksAbroad(t *testing.T) {
	runPhrasings(t, "2019-06-05", []phrasingCase{
		{"当地时间…上午，在X同Y举行会谈",
			"新华社莫斯科6月5日电 当地时间6月5日上午，国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。",
			[]string{"TALKS:习近平/国家主席/CN,>普京/总统/RU@莫斯科克里姆林宫|莫斯科"}},
		{"an older form: 今天在这里同X举行会谈",
			"新华社莫斯科6月5日电 国家主席胡锦涛今天在这里同俄罗斯总统梅德韦杰夫举行会谈。",
			[]string{"TALKS:胡锦涛/国家主席/CN,>梅德韦杰夫/总统/RU|莫斯科"}},
		{"会谈后共同会见记者 is no new meeting",
			"新华社莫斯科6月5日电 国家主席习近平5日在莫斯科同俄罗斯总统普京举行会谈。\n会谈后，习近平和普京共同会见记者。",
			[]string{"TALKS:习近平/国家主席/CN,>普京/总统/RU|莫斯科"}},
		{"在X国首都X同Y会谈",
			"新华社杜尚别6月5日电 国家主席习近平5日在塔吉克斯坦首都杜尚别同塔吉克斯坦总统拉赫蒙会谈。",
			[]string{"TALKS:习近平/国家主席/CN,>拉赫蒙/总统/TJ|杜尚别"}},
		{"会谈后，两国元首共同见证签署: the domains, no second event",
			"新华社莫斯科6月5日电 国家主席习近平5日在莫斯科同俄罗斯总统普京举行会谈。\n会谈后，两国元首共同见证签署了经贸、能源、科技等领域多项合作文件。",
			[]string{"TALKS:习近平/国家主席/CN,>普京/总统/RU|莫斯科"}},
		{"会谈前，X在…为习近平举行隆重欢迎仪式: no new meeting",
			"新华社莫斯科6月5日电 国家主席习近平5日在莫斯科同俄罗斯总统普京举行会谈。\n会谈前，普京在克里姆林宫为习近平举行隆重欢迎仪式。",
			[]string{"TALKS:习近平/国家主席/CN,>普京/总统/RU|莫斯科"}},
	})
}

func TestHostAndCounterpartJoinedAndFurtherMeetings(t *testing.T) {
	checkDated(t, obriefs, []datedCase{
		{"A和B在X举行会谈: host and counterpart joined by 和 before the venue",
			"1997-10-29",
			"本报华盛顿10月29日电 今天上午，国家主席江泽民和美国总统克林顿在白宫举行了会谈。",
			[]string{"TALKS:江泽民/国家主席/CN,>克林顿/总统/US@白宫|华盛顿"}},
		{"A和B在X进行了小范围和大范围的会谈",
			"2001-05-10",
			"新华社莫斯科5月10日电 国家主席胡锦涛和俄罗斯总统普京今天在克里姆林宫先后进行了小范围和大范围的会谈。",
			[]string{"TALKS:胡锦涛/国家主席/CN,>普京/总统/RU@克里姆林宫|莫斯科"}},
		{"a further meeting after '，并与'",
			"2023-05-12",
			"国家副主席韩正于当地时间11日访问荷兰，在海牙会见威廉—亚历山大国王，并与吕特首相举行会谈。",
			[]string{"TALKS:韩正/国家副主席/CN,>吕特/NL|海牙", "MEETING:韩正/国家副主席/CN,>威廉—亚历山大/NL|海牙"}},
		{"同来访的X: the relative clause is no counterpart",
			"1998-05-10",
			"新华社北京5月10日电 朱镕基总理今天上午在人民大会堂同来访的法国总理若斯潘举行会谈。",
			[]string{"TALKS:朱镕基/CN,>若斯潘/总理/FR@人民大会堂|北京"}},
		{"a further meeting with its own place: '，在莫斯科与A、B分别举行会谈'",
			"2022-09-10",
			"新华社莫斯科9月10日电 全国人大常委会委员长栗战书7日至10日访问俄罗斯，在符拉迪沃斯托克会见总统普京，在莫斯科与国家杜马主席沃洛金、联邦委员会主席马特维延科分别举行会谈。",
			[]string{"TALKS:栗战书/全国人大常委会委员长/CN,>沃洛金/国家杜马主席/RU|莫斯科", "TALKS:栗战书/全国人大常委会委员长/CN,>马特维延科/联邦委员会主席/RU|莫斯科", "MEETING:栗战书/全国人大常委会委员长/CN,>普京/总统/RU|符拉迪沃斯托克"}},
	})
}

func TestMutualMessagesPairedInOrder(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"与X相互致电: 相互 belongs to the verb, not to the name",
			"2001-10-02",
			"新华社北京10月1日电 国务院总理朱镕基1日与俄罗斯总理卡西亚诺夫相互致电，祝贺两国建交52周年。",
			[]string{"MESSAGE:朱镕基/国务院总理/CN,>卡西亚诺夫/总理/RU"}},
		{"与X相互致函, a one-word name",
			"2014-06-09",
			"新华社北京6月9日电 外交部长王毅9日与巴基斯坦外长阿齐兹相互致函，祝贺两国建交63周年。",
			[]string{"MESSAGE:王毅/外交部长/CN,>阿齐兹/外长/PK"}},
		{"A、B分别与X和Y相互致电: hosts and counterparts paired in order",
			"2001-10-02",
			"新华社北京10月1日电 国务院总理朱镕基、全国政协主席李瑞环分别与俄罗斯总理卡西亚诺夫和联邦委员会主席斯特罗耶夫相互致电，祝贺两国建交52周年。",
			[]string{"MESSAGE:朱镕基/国务院总理/CN,>卡西亚诺夫/总理/RU", "MESSAGE:李瑞环/全国政协主席/CN,>斯特罗耶夫/联邦委员会主席/RU"}},
	})
}

// 晤 alone is the verb of Hong Kong papers' headlines and leads; within 会晤
// it is 会晤's.
func TestHeadlineVerbWu(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"晤 after the host (after 明报 2015)",
			"2015-03-03",
			"【明报专讯】外交部长王毅周一晤德国外长施泰因迈尔。",
			[]string{"MEETING:王毅/外交部长/CN,>施泰因迈尔/外长/DE"}},
		{"会晤 is one verb (synthetic)",
			"2015-03-03",
			"新华社北京3月2日电 外交部长王毅2日在北京同德国外长施泰因迈尔会晤。",
			[]string{"MEETING:王毅/外交部长/CN,>施泰因迈尔/外长/DE|北京"}},
	})
}
