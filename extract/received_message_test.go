package extract

import (
	"reflect"
	"testing"
)

// TestReceivedMessageFromAbroad: what China receives. A foreign leader's
// message to a Chinese leader ("X致电Y"): X, the subject, is the host; a
// call or message a Chinese leader receives ("Y接到X打来的电话", "Y收到X的
// 贺电"): Y, the subject, is the host and X the guest, like "应约同X通电话";
// an exchange (互致贺电): the first named is the host.
func TestReceivedMessageFromAbroad(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		// synthetic, after the real 2008 messages on the Wenchuan earthquake
		{"a foreign president's condolences to the Chinese president (致电)",
			"2008-05-13",
			"新华社北京5月13日电 俄罗斯总统梅德韦杰夫13日致电国家主席胡锦涛，对中国四川汶川发生强烈地震表示慰问。",
			[]string{"MESSAGE:梅德韦杰夫/总统/RU,>胡锦涛/国家主席/CN"}},
		// real (中新社 2008-05-12, a stored copy of a chinanews.com page, Traditional)
		{"致電中國國家主席: a foreign sender from a dateline abroad",
			"2008-05-12",
			"中新社莫斯科五月十二日電 (記者 田冰) 俄羅斯總統梅德韋杰夫十二日致電中國國家主席胡錦濤,就中國四川省發生強烈地震,并造成人員傷亡和財產重大損失表示慰問。",
			[]string{"MESSAGE:梅德韦杰夫/总统/RU,>胡锦涛/国家主席/CN"}},
		// real (中新社 2008-05-13, a stored copy of a chinanews.com page, Traditional)
		{"分別致函 two Chinese leaders, offices after their names: one message each",
			"2008-05-13",
			"中新社北京五月十三日電 五月十二日,日本首相福田康夫分別致函胡錦濤主席和溫家寶總理,對四川省汶川縣遭受嚴重地震災害表示誠摯慰問,希望災區人民生活早日恢復穩定,重建家園。",
			[]string{"MESSAGE:福田康夫/首相/JP,>胡锦涛/CN", "MESSAGE:福田康夫/首相/JP,>温家宝/CN"}},
		// real (中新网 2005-10-08, a stored copy of a chinanews.com page, Traditional)
		{"A和B分別向X和Y致電: paired in order",
			"2005-10-08",
			"中新網10月8日電 國家主席胡錦濤就巴基斯坦發生強烈地震造成重大人員傷亡和財產損失向穆沙拉夫總統致慰問電。同日,國務院總理溫家寶和外交部長李肇星分別向巴基斯坦總理阿齊茲和外長卡蘇里致電慰問。",
			[]string{"MESSAGE:胡锦涛/国家主席/CN,>穆沙拉夫/PK", "MESSAGE:温家宝/国务院总理/CN,>阿齐兹/总理/PK", "MESSAGE:李肇星/外交部长/CN,>卡苏里/外长/PK"}},
		// synthetic
		{"致函: the sender is the host whoever is Chinese",
			"2024-10-01",
			"新华社北京10月1日电 俄罗斯总统普京致函国家主席习近平，祝贺中华人民共和国成立75周年。",
			[]string{"MESSAGE:普京/总统/RU,>习近平/国家主席/CN"}},
		// synthetic, after the real 胡锦涛–布什 calls of 2005-2008
		{"接到X打来的电话: the receiver is the host, a phone call",
			"2008-03-26",
			"新华社北京3月26日电 国家主席胡锦涛26日晚接到美国总统布什打来的电话，双方就中美关系交换了意见。",
			[]string{"PHONE_CALL:胡锦涛/国家主席/CN,>布什/总统/US"}},
		// synthetic, Traditional characters
		{"接到…打來的電話 in Traditional characters",
			"2008-03-26",
			"新華社北京3月26日電 國家主席胡錦濤26日晚接到了法國總統薩科齊打來的電話。",
			[]string{"PHONE_CALL:胡锦涛/国家主席/CN,>萨科齐/总统/FR"}},
		// synthetic, 1990s: the office after the host's name
		{"江泽民主席接到…打来的电话 (office after the name)",
			"1998-01-01",
			"新华社北京1月1日电 江泽民主席今天接到俄罗斯总统叶利钦打来的电话，叶利钦向江泽民致以新年问候。",
			[]string{"PHONE_CALL:江泽民/CN,>叶利钦/总统/RU"}},
		// synthetic
		{"收到X发来的慰问电: a message received",
			"1998-08-20",
			"新华社北京8月20日电 国家主席江泽民今天收到美国总统克林顿发来的慰问电，对中国遭受洪灾表示慰问。",
			[]string{"MESSAGE:江泽民/国家主席/CN,>克林顿/总统/US"}},
		// synthetic
		{"收到X的贺电",
			"2024-10-01",
			"新华社北京10月1日电 国家主席习近平收到法国总统马克龙的贺电。",
			[]string{"MESSAGE:习近平/国家主席/CN,>马克龙/总统/FR"}},
		// synthetic
		{"several senders: one message each",
			"2008-05-13",
			"新华社北京5月13日电 国家主席胡锦涛13日收到美国总统布什、法国总统萨科齐等外国领导人发来的慰问电。",
			[]string{"MESSAGE:胡锦涛/国家主席/CN,>布什/总统/US", "MESSAGE:胡锦涛/国家主席/CN,>萨科齐/总统/FR"}},
		// synthetic
		{"接到X的电话 without 打来",
			"2010-09-10",
			"新华社北京9月10日电 国务院总理温家宝今天接到日本首相菅直人的电话。",
			[]string{"PHONE_CALL:温家宝/国务院总理/CN,>菅直人/首相/JP"}},
		// synthetic: a letter quoted in a reply is no event
		{"收到你的来信 in a reply is no event",
			"2024-03-02",
			"新华社北京3月2日电 习近平表示，收到你们的来信，我很高兴。",
			nil},
		// synthetic: no message or call received, no event
		{"接到邀请 is no event",
			"2024-10-01",
			"新华社北京10月1日电 国家主席习近平接到法国总统马克龙的邀请。",
			nil},
		// synthetic
		{"互致贺电: the first named is the host",
			"2009-10-02",
			"新华社北京10月2日电 国家主席胡锦涛同俄罗斯总统梅德韦杰夫互致贺电，热烈祝贺两国建交60周年。",
			[]string{"MESSAGE:胡锦涛/国家主席/CN,>梅德韦杰夫/总统/RU"}},
		// synthetic
		{"several pairs in one sentence, each after a comma",
			"2024-10-01",
			"新华社北京10月1日电 1日，国家主席习近平同塞内加尔总统法耶互致贺电，国务院总理李强同塞内加尔总理松科互致贺电，外长王毅同塞内加尔外长法勒互致贺信。",
			[]string{"MESSAGE:习近平/国家主席/CN,>法耶/总统/SN", "MESSAGE:李强/国务院总理/CN,>松科/总理/SN", "MESSAGE:王毅/外长/CN,>法勒/外长/SN"}},
		// synthetic
		{"同日: a second pair in the next sentence",
			"2024-10-01",
			"新华社北京10月1日电 10月1日，国家主席习近平同俄罗斯总统普京互致贺电，庆祝两国建交75周年。同日，国务院总理李强同俄罗斯总理米舒斯京互致贺电。",
			[]string{"MESSAGE:习近平/国家主席/CN,>普京/总统/RU", "MESSAGE:李强/国务院总理/CN,>米舒斯京/总理/RU"}},
		// synthetic
		{"两国元首互致贺电, the sides named by their words after",
			"2024-10-02",
			"新华社北京10月2日电 今天是中俄建交75周年纪念日，两国元首互致贺电。习近平在贺电中指出，中俄关系发展良好。普京在贺电中表示，俄中关系处于历史最高水平。",
			[]string{"MESSAGE:习近平/CN,>普京/RU"}},
		// synthetic
		{"两国元首互致贺电 with offices in the sentences after",
			"2024-10-02",
			"新华社北京10月2日电 1日，两国元首互致贺电。国家主席习近平在贺电中指出，中哥关系发展良好。哥伦比亚总统佩特罗在贺电中表示，两国关系很好。",
			[]string{"MESSAGE:习近平/国家主席/CN,>佩特罗/总统/CO"}},
		// synthetic: one side only named after: no event
		{"两国元首互致贺电 with one side named: no event",
			"2024-10-02",
			"新华社北京10月2日电 两国元首互致贺电。习近平在贺电中指出，中俄关系发展良好。",
			nil},
		// synthetic: a clause of both sides is no further pair
		{"，双方同意与…: no second event",
			"2024-10-01",
			"新华社北京10月1日电 国家主席习近平同美国总统拜登通电话，双方同意与各方一道努力。",
			[]string{"PHONE_CALL:习近平/国家主席/CN,>拜登/总统/US"}},
	})
}

// TestMessagePairsShareTheDate: further pairs after a comma take the date
// told before.
func TestMessagePairsShareTheDate(t *testing.T) {
	e := newT(t)
	in := "新华社北京10月2日电 1日，国家主席习近平同塞内加尔总统法耶互致贺电，国务院总理李强同塞内加尔总理松科互致贺电。" // synthetic
	r, err := e.ExtractBytes([]byte(in), Options{Date: "2024-10-02"})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			dates = append(dates, m.Date)
		}
	}
	if want := []string{"2024-10-01", "2024-10-01"}; !reflect.DeepEqual(dates, want) {
		t.Errorf("dates %q, want %q", dates, want)
	}
}

// TestJointSidesOlderStyle: the two sides of an exchange, a call or talks
// joined by 和 before the verb, each named before his office (1990s
// style): the first is the host; an office after a name gives no title;
// the guest's country comes from the lexicon, the article or the city
// abroad.
func TestJointSidesOlderStyle(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		// synthetic
		{"江泽民主席和叶利钦总统互致贺电, the country from the article",
			"1994-10-02",
			"新华社北京10月2日电 江泽民主席和叶利钦总统今天互致贺电，祝贺两国建交45周年。俄罗斯人民对此很高兴。",
			[]string{"MESSAGE:江泽民/CN,>叶利钦/RU"}},
		// synthetic, after testdata/reports/128
		{"talks abroad: the guest's country from the dateline's city",
			"1997-10-29",
			"新华社华盛顿10月29日电 江泽民主席和克林顿总统今天在白宫举行会谈。",
			[]string{"TALKS:江泽民/CN,>克林顿/US@白宫|华盛顿"}},
		// synthetic
		{"a name of five characters before 首相",
			"1997-09-05",
			"新华社北京9月5日电 李鹏总理和桥本龙太郎首相今天在人民大会堂举行会谈。日本方面对此表示欢迎。",
			[]string{"TALKS:李鹏/CN,>桥本龙太郎/JP@人民大会堂|北京"}},
		// synthetic
		{"a lexicon leader after 和",
			"2000-10-02",
			"新华社北京10月2日电 江泽民主席和普京总统今天互致贺电。",
			[]string{"MESSAGE:江泽民/CN,>普京/RU"}},
		// synthetic: a spouse is no counterpart
		{"和夫人: no counterpart",
			"1997-09-05",
			"新华社北京9月5日电 李鹏总理和夫人朱琳今天在人民大会堂举行宴会。",
			nil},
	})
}
