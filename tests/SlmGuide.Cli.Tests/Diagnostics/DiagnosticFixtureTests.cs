using System.Reflection;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests.Diagnostics;

/// <summary>
/// One folder per diagnostic code, in the manner of Scriban's input/expected test files. Each
/// folder's <c>site/</c> holds only the files that differ from the minimal valid site (the "mini"
/// fixture with the repository theme), which is copied first; <c>expected.txt</c> holds exactly
/// what <c>slmguide check --as-of 2026-11-03</c> prints about it: the problem lines from stderr,
/// then the verdict line (stderr when the check fails, the last stdout line when it passes).
///
/// To write the expected files again on purpose, after a deliberate change of wording, run
/// <c>UPDATE_EXPECTED=1 dotnet test tests/SlmGuide.Cli.Tests --filter DiagnosticFixtureTests</c>
/// and review the diff before committing it.
/// </summary>
public sealed class DiagnosticFixtureTests
{
    private const string ExpectedFile = "expected.txt";

    // Codes of the data, content and theme families that have no folder here, and why.
    private static readonly IReadOnlyDictionary<string, string> WithoutFolder = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DiagnosticCodes.FileTooLarge] = "needs a data file over 16 MiB; DiagnosticCodeTests writes one in a temp folder",
    };

    private static readonly string Folder = Path.Combine(TestRepository.Root, "tests", "SlmGuide.Cli.Tests", "Diagnostics");

    public static TheoryData<string> Codes() => [.. CodeFolders()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Check_prints_exactly_the_expected_lines(string code)
    {
        var site = TestRepository.CreateFixtureSite("mini", $"slmguide-{code}-");
        try
        {
            TestRepository.CopyFolder(Path.Combine(Folder, code, "site"), site);
            var run = CliRun.Start("check", "--root", site, "--as-of", FixtureSite.Today);
            var printed = Printed(run);
            var expectedPath = Path.Combine(Folder, code, ExpectedFile);
            if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
            {
                File.WriteAllText(expectedPath, printed);
            }

            Assert.Equal(File.ReadAllText(expectedPath), printed);
            Assert.Contains($" {code}: ", printed, StringComparison.Ordinal);
            Assert.Equal(printed.Split('\n').Any(line => line.StartsWith("failed: ", StringComparison.Ordinal)) ? 1 : 0, run.ExitCode);
            Assert.False(run.ShowsStackTrace, run.Stderr);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void Every_code_of_the_data_content_and_theme_families_has_a_folder()
    {
        var codes = typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(code => code[0] is 'Y' or 'D' or 'R' or 'C' or 'T');

        Assert.Equal(
            codes.Except(WithoutFolder.Keys).Order(StringComparer.Ordinal),
            CodeFolders().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> CodeFolders() =>
        Directory.EnumerateDirectories(Folder)
            .Where(path => File.Exists(Path.Combine(path, ExpectedFile)) || Directory.Exists(Path.Combine(path, "site")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    // The problems and the verdict, in the order a reader of the terminal sees them.
    private static string Printed(CliRun run)
    {
        var lines = run.Stderr.ReplaceLineEndings("\n").TrimEnd('\n');
        if (run.ExitCode == 0)
        {
            var verdict = run.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1];
            lines = lines.Length == 0 ? verdict : $"{lines}\n{verdict}";
        }

        return lines + "\n";
    }
}
