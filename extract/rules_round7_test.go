package extract

import (
	"reflect"
	"testing"
)

// Rules added for the seventh round: the kinds of report the rules knew
// least (messages, phone and video calls, talks abroad). The sentences are
// made up after the classes of phrasing Xinhua has used; none is copied
// from a report.

// kbriefs is briefs with each meeting's kind before it.
func kbriefs(r Result) []string {
	var out []string
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			out = append(out, m.Kind+":"+brief(m))
		}
	}
	return out
}

type round7Case struct {
	name, in string
	want     []string
}

func runRound7(t *testing.T, date string, cases []round7Case) {
	t.Helper()
	e := newT(t)
	for _, c := range cases {
		r := e.Extract(c.in, Options{Date: date})
		if got := kbriefs(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
	}
}

func TestRound7Messages(t *testing.T) {
	runRound7(t, "2023-05-10", []round7Case{
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

func TestRound7PhoneCalls(t *testing.T) {
	runRound7(t, "2022-03-18", []round7Case{
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

func TestRound7TalksAbroad(t *testing.T) {
	runRound7(t, "2019-06-05", []round7Case{
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

func TestRound7TalksDomains(t *testing.T) {
	e := newT(t)
	in := "新华社莫斯科6月5日电 国家主席习近平5日在莫斯科同俄罗斯总统普京举行会谈。\n会谈后，两国元首共同见证签署了经贸、能源、科技等领域多项合作文件。"
	r := e.Extract(in, Options{Date: "2019-06-05"})
	if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
		t.Fatalf("want one meeting, got %q", kbriefs(r))
	}
	if got, want := r.Articles[0].Meetings[0].AgreementDomains, []string{"经贸", "能源", "科技"}; !reflect.DeepEqual(got, want) {
		t.Errorf("domains %q, want %q", got, want)
	}
}
