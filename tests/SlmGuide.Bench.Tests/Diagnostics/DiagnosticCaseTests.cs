using SlmGuide.Bench.Machine;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Suite;
using SlmGuide.Testing;

namespace SlmGuide.Bench.Tests.Diagnostics;

/// <summary>
/// One folder per diagnostic code of the benchmark suite: the folder is a site root holding
/// <c>suite.yaml</c> and whatever else the case needs, <c>expected.txt</c> the exact lines the run
/// reports, and an optional <c>args.txt</c> the <c>slmguide bench</c> flags it runs with. Two
/// names stand for what differs between machines: <c>MACHINE</c> for this machine's fingerprint
/// (a results file named <c>MACHINE.json</c> is this machine's file) and <c>ENGINE</c> for the
/// folder of the llama.cpp engine.
/// </summary>
[Collection(EngineTestGroup.Name)]
public sealed class DiagnosticCaseTests(TinyModelFixture fixture)
{
    private const string Machine = "MACHINE";

    private static string CasesFolder => Path.Combine(TestRepository.Root, "tests", "SlmGuide.Bench.Tests", "Diagnostics");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateDirectories(CasesFolder).Select(folder => Path.GetFileName(folder)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_case_reports_exactly_its_expected_lines(string code)
    {
        var folder = Path.Combine(CasesFolder, code);
        var root = Directory.CreateTempSubdirectory($"slmguide-bench-{code}-").FullName;
        try
        {
            var fingerprint = MachineInfo.Current().Fingerprint;
            TestRepository.CopyFolder(folder, root);
            foreach (var results in Directory.EnumerateFiles(root, $"{Machine}.json", SearchOption.AllDirectories))
            {
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(results)!, $"{fingerprint}.json"), File.ReadAllText(results).Replace(Machine, fingerprint, StringComparison.Ordinal));
                File.Delete(results);
            }

            var arguments = File.Exists(Path.Combine(folder, "args.txt")) ? File.ReadAllLines(Path.Combine(folder, "args.txt")) : [];
            var result = await BenchRunner.RunAsync(
                new BenchOptions
                {
                    RootDirectory = root,
                    SuitePath = Path.Combine(root, "suite.yaml"),
                    ModelCacheDirectory = fixture.Cache.Directory,
                    Download = arguments.Contains("--download"),
                },
                new SilentProgress());

            var engine = LlamaRuntime.Initialize().LibraryDirectory;
            var actual = result.Diagnostics.Select(d => d.ToString()
                .Replace(fingerprint, Machine, StringComparison.Ordinal)
                .Replace(engine, "ENGINE", StringComparison.Ordinal));
            var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"));
            Assert.Equal(expected, actual);
            Assert.All(expected, line => Assert.Contains($": error {code}: ", line, StringComparison.Ordinal));
            Assert.False(result.Succeeded);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class SilentProgress : IBenchProgress
    {
        public void Planned(IReadOnlyList<string> modelIds, int stepsPerJob)
        {
        }

        public void Status(string text)
        {
        }

        public void StepDone(string modelId, string stepName, int repetition)
        {
        }

        public void JobFinished(JobResult result)
        {
        }
    }
}
