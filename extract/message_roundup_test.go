package extract

import "testing"

// A round-up of messages names its senders one paragraph each, after a lead
// whose subject is a collective.
func TestMessageRoundupGivesEachSender(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"congratulations: one message per sender paragraph (found: 新华社 2018)",
			"2018-03-21",
			"新华社北京3月21日电 一些国家领导人、政党领导人以及国际和地区组织负责人陆续致电致函习近平，热烈祝贺习近平当选中华人民共和国主席。\n" +
				"巴西总统特梅尔表示，欣悉您当选中国国家主席，我谨表示衷心祝贺。\n" +
				"阿根廷总统马克里表示，在您的领导下，中国正在朝着中华民族伟大复兴的目标坚定前进。\n",
			[]string{"MESSAGE:特梅尔/总统/BR,>习近平/CN", "MESSAGE:马克里/总统/AR,>习近平/CN"}},
		{"condolences: the sender says it in his message (synthetic)",
			"2008-05-14",
			"新华社北京5月14日电 各国领导人纷纷致电国家主席胡锦涛，对四川汶川地震造成重大人员伤亡表示慰问。\n" +
				"巴基斯坦总统穆沙拉夫在慰问电中说，巴基斯坦人民同中国人民站在一起。\n" +
				"俄罗斯总统梅德韦杰夫表示，俄方愿提供一切必要的帮助。\n" +
				"他们表示，相信中国人民一定能够战胜灾害。\n",
			[]string{"MESSAGE:穆沙拉夫/总统/PK,>胡锦涛/国家主席/CN", "MESSAGE:梅德韦杰夫/总统/RU,>胡锦涛/国家主席/CN"}},
		{"a round-up that names no sender is no event (synthetic)",
			"2018-03-21",
			"新华社北京3月21日电 一些国家领导人陆续致电习近平，热烈祝贺习近平当选中华人民共和国主席。\n他们表示，愿同中方共同努力。\n",
			nil},
		{"a named sender's message is no round-up (synthetic)",
			"2018-03-21",
			"新华社北京3月21日电 巴西总统特梅尔致电习近平，热烈祝贺习近平当选中华人民共和国主席。\n阿根廷总统马克里表示，愿同中方共同努力。\n",
			[]string{"MESSAGE:特梅尔/总统/BR,>习近平/CN"}},
	})
}

// Senders of a round-up named by a chain of offices, saying it with other
// verbs (致以, 祝贺).
func TestMessageRoundupSendersOfEveryPhrasing(t *testing.T) {
	checkDated(t, kbriefs, []datedCase{
		{"offices in a chain, 向中方致以, 祝贺 (found: 新华社 2024)",
			"2024-10-01",
			"新华社北京10月1日电 近日，许多国家、政党领导人和国际组织负责人纷纷致电或致函中共中央总书记、国家主席习近平，热烈祝贺中华人民共和国成立75周年。\n" +
				"俄罗斯总统普京向中方致以最热烈的祝贺，祝愿中国人民幸福安康。\n" +
				"朝鲜劳动党总书记、朝鲜民主主义人民共和国国务委员长金正恩表示，在中国共产党领导下，中国人民取得巨大成就。\n" +
				"老挝人民革命党中央总书记、国家主席通伦祝贺75年来中国共产党带领中国取得全面跨越式进步。\n",
			[]string{"MESSAGE:普京/总统/RU,>习近平/国家主席/CN", "MESSAGE:金正恩/国务委员长/KP,>习近平/国家主席/CN", "MESSAGE:通伦/国家主席/LA,>习近平/国家主席/CN"}},
		{"a paragraph about a sender is no message of his (synthetic)",
			"2024-10-01",
			"新华社北京10月1日电 近日，许多国家领导人纷纷致电国家主席习近平，热烈祝贺中华人民共和国成立75周年。\n" +
				"分析人士表示，俄罗斯总统普京的贺电意义重大。\n",
			nil},
	})
}
