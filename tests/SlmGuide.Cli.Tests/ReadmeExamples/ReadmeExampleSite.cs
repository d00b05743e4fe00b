using System.Text.Json;
using SlmGuide.Testing;
using YamlDotNet.Core;

namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>
/// A copy of the repository's site with every README example put in place, checked and built
/// once for all the tests of the class; each problem found is kept with the example it comes from.
/// </summary>
public sealed class ReadmeExampleSite : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slmguide-readme-").FullName;
    private readonly Dictionary<int, List<string>> _problems = [];
    private readonly List<string> _errors = [];

    public ReadmeExampleSite()
    {
        foreach (var folder in new[] { "content", "data", "theme", "schemas" })
        {
            TestRepository.CopyFolder(Path.Combine(TestRepository.Root, folder), Path.Combine(_root, folder));
        }

        var site = new EditedSite(_root);
        var expected = new Dictionary<ReadmeExample, IReadOnlyList<Expectation>>();
        foreach (var example in ReadmeExample.All)
        {
            _problems[example.Line] = [];
            try
            {
                expected[example] = Place(example, site);
            }
            catch (Exception exception) when (exception is InvalidDataException or YamlException)
            {
                Report(example, exception.Message);
            }
        }

        site.Save();

        // The examples' `checked` dates grow old with the calendar; what is checked here is what they say.
        Check = CliRun.Start("check", "--root", _root, "--format", "json", "--max-age", "36500");
        if (Check.ExitCode > 1)
        {
            throw new InvalidOperationException($"check failed as a tool:\n{Check.Stderr}");
        }

        Attribute(site, JsonDocument.Parse(Check.Stdout));
        Build = CliRun.Start("build", "--root", _root);

        // A failed build has no output to look in; the test of the whole run reports it once.
        foreach (var (example, expectations) in Build.ExitCode == 0 ? expected : [])
        {
            foreach (var missing in expectations.Where(expectation => !expectation.IsIn(Path.Combine(_root, "_site"))))
            {
                Report(example, $"{missing.What} is not in the built site");
            }
        }
    }

    internal CliRun Check { get; }

    internal CliRun Build { get; }

    /// <summary>Every error of `check`, each with the example that wrote its line, if one did.</summary>
    internal IReadOnlyList<string> Errors => _errors;

    internal IReadOnlyList<string> ProblemsOf(int line) => _problems[line];

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static IReadOnlyList<Expectation> Place(ReadmeExample example, EditedSite site) =>
        example.Marker?.StartsWith("not an input", StringComparison.Ordinal) == true ? []
        : example.Language == "yaml" ? YamlPlacement.Place(example, site)
        : [MarkdownPlacement.Place(example, site)];

    private void Attribute(EditedSite site, JsonDocument report)
    {
        foreach (var diagnostic in report.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var path = diagnostic.GetProperty("path").GetString()!;
            var line = diagnostic.GetProperty("line").GetInt32();
            var severity = diagnostic.GetProperty("severity").GetString();
            var hint = diagnostic.GetProperty("hint").GetString() is { } text ? $" ({text})" : "";
            var printed = $"{path}:{line}:{diagnostic.GetProperty("column").GetInt32()}: {severity} {diagnostic.GetProperty("code").GetString()}: {diagnostic.GetProperty("message").GetString()}{hint}";
            var example = site.WroteLine(path, line);
            if (example is not null)
            {
                Report(example, printed);
            }

            if (severity == "error")
            {
                _errors.Add(example is null ? printed : $"{example.Place}: {printed}");
            }
        }
    }

    private void Report(ReadmeExample example, string problem) => _problems[example.Line].Add($"{example.Place}: {problem}");
}
