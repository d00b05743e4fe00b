using System.Text.RegularExpressions;
using SlmGuide.Fuzz;
using SlmGuide.Testing;

namespace SlmGuide.Fuzz.Tests;

/// <summary>
/// Replays every seed of fuzz/corpus and every input the fuzzers once crashed on (fuzz/regressions)
/// through the fuzz targets, which call the tool's own parsers. An escaping exception fails the
/// test; what a parser reports must be located (a coded diagnostic, or a GGUF byte offset). A
/// regression file's name ends in the code it must now get, as in `global-tag-not-a-uri.Y001.yaml`.
/// </summary>
public sealed partial class FuzzInputTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("slmguide-fuzz-test-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    public static TheoryData<string, string> Seeds() => Inputs("corpus");

    public static TheoryData<string, string> Regressions() => Inputs("regressions");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_is_read_and_any_problem_is_located(string target, string file)
    {
        var problems = new FuzzTargets(_scratch).Run(target, File.ReadAllBytes(InputPath(file)));

        Assert.All(problems, problem => Assert.Matches(Located(), problem));
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void An_input_that_once_crashed_gets_its_located_diagnostic(string target, string file)
    {
        var expected = ExpectedCode().Match(Path.GetFileName(file)).Groups["code"].Value;

        var problems = new FuzzTargets(_scratch).Run(target, File.ReadAllBytes(InputPath(file)));

        Assert.All(problems, problem => Assert.Matches(Located(), problem));
        Assert.Contains(problems, problem => problem.Contains($" {expected}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_target_has_seeds_and_every_regression_names_its_code()
    {
        Assert.All(FuzzTargets.Names, target => Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(FuzzFolder, "corpus", target))));
        Assert.All(Regressions(), row => Assert.Matches(ExpectedCode(), Path.GetFileName((string)row[1])));
    }

    private static string FuzzFolder => Path.Combine(TestRepository.Root, "fuzz");

    private static string InputPath(string relative) => Path.Combine(FuzzFolder, relative);

    private static TheoryData<string, string> Inputs(string kind)
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            var folder = Path.Combine(FuzzFolder, kind, target);
            foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                data.Add(target, Path.GetRelativePath(FuzzFolder, file));
            }
        }

        return data;
    }

    [GeneratedRegex(@"^(fuzz\.gguf: byte \d+: |[^:]+:\d+:\d+: (error|warning) [A-Z]\d{3}: )")]
    private static partial Regex Located();

    [GeneratedRegex(@"\.(?<code>[A-Z]\d{3})\.[^.]+$")]
    private static partial Regex ExpectedCode();
}
