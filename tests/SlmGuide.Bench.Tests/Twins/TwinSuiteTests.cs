using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Suite;
using SlmGuide.Bench.Twins;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Twins;
using SlmGuide.Testing;

namespace SlmGuide.Bench.Tests.Twins;

/// <summary>`twin_of` entries of a suite, read by the real loader from files in a temp site root.</summary>
public sealed class TwinSuiteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slmguide-twin-suite-").FullName;

    public TwinSuiteTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data", "bench"));
        File.Copy(Path.Combine(TestRepository.Root, TwinArchitecturesFile.FileName), Path.Combine(_root, TwinArchitecturesFile.FileName));
        File.WriteAllText(Path.Combine(_root, "quality.md"), "text");
    }

    [Fact]
    public void The_repository_s_twins_suite_plans_every_twin_at_its_types_with_memory_probes_and_no_quality()
    {
        var diagnostics = new DiagnosticBag();
        var suite = SuiteLoader.Load(Path.Combine(TestRepository.Root, "data", "bench", "twins-suite.yaml"), TestRepository.Root, diagnostics);

        Assert.Empty(diagnostics.Sorted);
        var twins = suite!.Models.Where(m => m.Twin is not null).ToList();
        Assert.Equal(suite.Models.Count, twins.Count);
        Assert.All(twins, m => Assert.False(m.MeasuresQuality));
        Assert.Equal(TwinData.All.Keys.Order(StringComparer.Ordinal), twins.Select(m => m.Twin!.Architecture.TwinOf).Distinct().Order(StringComparer.Ordinal));

        // Every twin at Q8_0 and Q4_K_M; F16 as well under a billion parameters.
        foreach (var family in twins.Where(m => m.ProbeOf is null).GroupBy(m => m.Family, StringComparer.Ordinal))
        {
            var types = family.Select(m => m.QuantizationType ?? m.Twin!.FileType).ToHashSet();
            Assert.Contains(LlamaFileType.MostlyQ8_0, types);
            Assert.Contains(LlamaFileType.MostlyQ4_K_M, types);
            Assert.Equal(TwinTensorList.ParameterCount(family.First().Twin!.Architecture) < 1_000_000_000, types.Contains(LlamaFileType.MostlyF16));
        }

        var probes = twins.Where(m => m.MemoryContext is not null).ToList();
        Assert.Equal(2 * TwinData.All.Count, probes.Count);
        Assert.All(probes, p => Assert.EndsWith("-q4_k_m", p.ProbeOf, StringComparison.Ordinal));
        Assert.Equal([4096, 32768], probes.Select(p => p.MemoryContext!.Value).Distinct().Order());

        // Both engines on Q4_K_M, llama.cpp alone on every other type and every probe.
        foreach (var model in twins)
        {
            var compared = model.ProbeOf is null && model.QuantizationType == LlamaFileType.MostlyQ4_K_M;
            Assert.Equal(compared ? [BenchEngine.LlamaCpp, BenchEngine.LlamaSharp] : [BenchEngine.LlamaCpp], model.Engines);
        }
    }

    [Fact]
    public void Compare_engines_on_gives_the_listed_types_every_engine_and_the_rest_the_first()
    {
        var suite = Load("""
            - id: t
              twin_of: qwen3-0.6b
              variants: [Q8_0, Q4_K_M]
              engines: [llamasharp, llama.cpp]
              compare_engines_on: [Q8_0]
            """, out var diagnostics, "memory_contexts: [4096]");

        Assert.Empty(diagnostics.Sorted);
        Assert.Equal(
            [("t", "LLamaSharp"), ("t-q8_0", "LLamaSharp"), ("t-q8_0", "llama.cpp"), ("t-q4_k_m", "LLamaSharp"), ("t-q4_k_m-ctx4096", "LLamaSharp")],
            suite!.Models.SelectMany(m => m.Engines.Select(e => (m.Id, e.DisplayName))));
    }

    [Fact]
    public void Compare_engines_on_an_unknown_type_is_an_error_with_the_known_ones()
    {
        var suite = Load("""
            - id: t
              twin_of: qwen3-0.6b
              engines: [llama.cpp, llamasharp]
              compare_engines_on: [Q4_K_X]
            """, out var diagnostics);

        Assert.Null(suite);
        var error = Assert.Single(diagnostics.Sorted);
        Assert.Equal(DiagnosticCodes.BadEnumValue, error.Code);
        Assert.Equal(8, error.Location.Line);
        Assert.Contains("Q4_K_M", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Q8_0_twin_is_not_quantized_to_Q8_0_again()
    {
        var suite = Load("""
            - id: t
              twin_of: llama-3.2-1b-instruct
              variants: [Q8_0, Q4_K_M]
            """, out var diagnostics);

        Assert.Empty(diagnostics.Sorted);
        Assert.Equal(["t", "t-q4_k_m"], suite!.Models.Select(m => m.Id));
        Assert.Equal(LlamaFileType.MostlyQ8_0, suite.Models[0].Twin!.FileType);
    }

    [Fact]
    public void A_twin_of_a_model_without_an_architecture_is_an_error_at_its_line()
    {
        var suite = Load("""
            - id: t
              twin_of: no-such-model
            """, out var diagnostics);

        Assert.Null(suite);
        var error = Assert.Single(diagnostics.Sorted);
        Assert.Equal(DiagnosticCodes.DanglingReference, error.Code);
        Assert.Equal("suite.yaml", error.Location.Path);
        Assert.Equal(6, error.Location.Line);
        Assert.Contains("no-such-model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Memory_probes_need_a_file_of_the_memory_type()
    {
        var suite = Load("""
            - id: t
              twin_of: qwen3-0.6b
            """, out var diagnostics, "memory_contexts: [4096]");

        Assert.Null(suite);
        Assert.Equal(DiagnosticCodes.SuiteModelSource, Assert.Single(diagnostics.Sorted).Code);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private BenchSuite? Load(string models, out DiagnosticBag diagnostics, string parameters = "repetitions: 1")
    {
        var indented = string.Join('\n', models.Split('\n').Select(line => "  " + line));
        File.WriteAllText(Path.Combine(_root, "suite.yaml"), $"quality_text: quality.md\nparameters:\n  {parameters}\nmodels:\n{indented}\n");
        diagnostics = new DiagnosticBag();
        return SuiteLoader.Load(Path.Combine(_root, "suite.yaml"), _root, diagnostics);
    }
}
