package neo4j

import (
	"os"
	"strings"
	"testing"
)

// The Browser style names every label and relationship type of the model.
func TestGrassCoversModel(t *testing.T) {
	b, err := os.ReadFile("../../deploy/neo4j/dipgraph.grass")
	if err != nil {
		t.Fatal(err)
	}
	grass := string(b)
	for _, l := range []string{labelMeeting, labelLeader, labelCountry, labelArticle, labelInitiative, labelDomain, labelArea} {
		if !strings.Contains(grass, "node."+l+" {") {
			t.Errorf("dipgraph.grass has no style for :%s", l)
		}
	}
	for _, r := range []string{relHosted, relGuestAt, relAttended, relServes, relSigned, relSupports, relProposed, relMentions, relReportedIn, relCooperation} {
		if !strings.Contains(grass, "relationship."+r+" {") {
			t.Errorf("dipgraph.grass has no style for [:%s]", r)
		}
	}
	for label, caption := range map[string]string{labelMeeting: "{date}", labelLeader: "{name}", labelCountry: "{name}"} {
		i := strings.Index(grass, "node."+label+" {")
		if i < 0 {
			continue
		}
		block := grass[i : i+strings.Index(grass[i:], "}\n")]
		if !strings.Contains(block, `caption: "`+caption+`"`) {
			t.Errorf(":%s caption is not %s", label, caption)
		}
	}
}
