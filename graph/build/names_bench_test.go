package build

import (
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

func BenchmarkLeaderNames(b *testing.B) {
	names()
	ms := []graph.Meeting{{ID: "m", Participants: []graph.Participant{
		{Name: "习近平", Country: "CN"}, {Name: "米尔济约耶夫", Country: "UZ"}, {Name: "王毅", Country: "CN"}, {Name: "蔡奇", Country: "CN"},
	}}}
	for b.Loop() {
		names().leaderNames(ms)
	}
}
