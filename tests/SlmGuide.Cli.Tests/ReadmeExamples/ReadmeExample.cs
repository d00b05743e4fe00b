using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>
/// A ```yaml or ```markdown block of the README, which an author copies into a site, with the
/// <c>&lt;!-- example: … --&gt;</c> comment on the line above it, if any, that says where it goes.
/// </summary>
internal sealed partial record ReadmeExample(int Line, string Language, IReadOnlyList<string> Lines, string? Marker)
{
    public static IReadOnlyList<ReadmeExample> All { get; } = Read();

    public string Place => $"README.md:{Line} (```{Language})";

    private static List<ReadmeExample> Read()
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
        var lines = readme.Split('\n');
        return [.. Markdown.Parse(readme).Descendants<FencedCodeBlock>()
            .Where(block => block.Info is "yaml" or "markdown")
            .Select(block => new ReadmeExample(
                block.Line + 1,
                block.Info!,
                [.. block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString())],
                MarkerAbove(lines, block.Line)))];
    }

    private static string? MarkerAbove(string[] lines, int fence) =>
        fence > 0 && MarkerComment().Match(lines[fence - 1].Trim()) is { Success: true } marker ? marker.Groups["where"].Value : null;

    [GeneratedRegex("^<!-- example: (?<where>.+) -->$")]
    private static partial Regex MarkerComment();
}
