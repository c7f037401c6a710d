package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"gopkg.in/yaml.v3"
)

// BenchmarkParse2000 is the questionnaire parse of the 2,000-question
// report on its own: the YAML read, the YAML 1.2 workarounds and the
// walk of the tree.
func BenchmarkParse2000(b *testing.B) {
	data := genQuestionnaire(2000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cpuNow()
	for b.Loop() {
		if _, err := questionnaire.Parse("generated.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkYAMLNodes2000 is the floor under BenchmarkParse2000: yaml.v3
// reading the same bytes into a node tree, with no checks and no walk.
func BenchmarkYAMLNodes2000(b *testing.B) {
	data := genQuestionnaire(2000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cpuNow()
	for b.Loop() {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkReportCommand2000 runs the whole `dutycheck report` command on
// the generated 2,000-question assessment, as a user would: process
// start, reading and parsing both files, the render and the atomic write.
// The binary is built once, before the timer starts.
func BenchmarkReportCommand2000(b *testing.B) { benchCommand(b, 2000) }

// BenchmarkReportCommand10000 is the largest report: 10,000 questions,
// about 1,450 pages; its peak-MiB (the command's peak resident memory) is
// held under 200 MB.
func BenchmarkReportCommand10000(b *testing.B) { benchCommand(b, 10000) }

func benchCommand(b *testing.B, n int) {
	if testing.Short() {
		b.Skip("builds the binary")
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "dutycheck")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/dutycheck")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	qpath, apath := writeGenerated(b, dir, n)
	out := filepath.Join(dir, "r.pdf")
	b.ResetTimer()
	var cpu time.Duration
	var peak int64
	for b.Loop() {
		cmd := exec.Command(bin, "report", "-q", qpath, "-a", apath, "-o", out)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1767225600", "NO_COLOR=1")
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("report: %v\n%s", err, msg)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		peak = max(peak, peakKiB(cmd.ProcessState))
	}
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(peak)/1024, "peak-MiB")
}

// writeGenerated writes the generated questionnaire of n questions and its
// answers into dir and returns their paths.
func writeGenerated(t testing.TB, dir string, n int) (qpath, apath string) {
	t.Helper()
	qdata := genQuestionnaire(n)
	q, err := questionnaire.Parse("generated.yaml", qdata)
	if err != nil {
		t.Fatal(err)
	}
	qpath, apath = filepath.Join(dir, "generated.yaml"), filepath.Join(dir, "generated-answers.yaml")
	if err := os.WriteFile(qpath, qdata, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(apath, genAnswers(q), 0o644); err != nil {
		t.Fatal(err)
	}
	return qpath, apath
}

// reportCPU reports the CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op")
}

// TestParse10000 reads the generated 10,000-question questionnaire, about
// 5 MiB: a real large questionnaire fits the questionnaire size limit.
func TestParse10000(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	data := genQuestionnaire(10000)
	q, err := questionnaire.Parse("generated.yaml", data)
	if err != nil {
		t.Fatalf("%d bytes: %v", len(data), err)
	}
	if len(q.Questions) != 10000 {
		t.Fatalf("%d questions, want 10000", len(q.Questions))
	}
}
