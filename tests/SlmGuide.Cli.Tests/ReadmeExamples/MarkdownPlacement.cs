using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>
/// Puts a ```markdown example into the site: a whole page as the file its marker names, a piece
/// of a page body (an alert, a shortcode) into a page of its own under content/readme-examples/.
/// </summary>
internal static partial class MarkdownPlacement
{
    public static Expectation Place(ReadmeExample example, EditedSite site) => example.Marker switch
    {
        "a page body" => Body(example, site),
        { } marker when PagePath().IsMatch(marker) => Page(example, site, marker),
        _ => throw new InvalidDataException(
            "the block says nowhere where it goes: put `<!-- example: content/<page>.md -->` (a whole page), "
            + "`<!-- example: a page body -->` or `<!-- example: not an input, <why> -->` on the line above it"),
    };

    private static Expectation Body(ReadmeExample example, EditedSite site)
    {
        var url = $"/readme-examples/line-{example.Line}/";
        site.Create(example, $"content{url.TrimEnd('/')}.md", ["---", $"title: README.md line {example.Line}", "---", .. example.Lines]);
        return new($"the page {url} that holds it", output => File.Exists(Path.Combine(output, url.Trim('/'), "index.html")));
    }

    private static Expectation Page(ReadmeExample example, EditedSite site, string path)
    {
        site.Create(example, path, example.Lines);
        var front = FrontMatter(example.Lines);
        var title = front.Children.TryGetValue(new YamlScalarNode("title"), out var value) && value is YamlScalarNode { Value: { } text }
            ? text
            : throw new InvalidDataException("the page has no title");
        var slug = front.Children.TryGetValue(new YamlScalarNode("slug"), out var given) ? ((YamlScalarNode)given).Value! : Path.GetFileNameWithoutExtension(path);
        var folder = Path.Combine(Path.GetDirectoryName(path["content/".Length..])!, slug);
        return new($"the page /{folder}/ titled {title}", output =>
            Path.Combine(output, folder, "index.html") is var page && File.Exists(page) && File.ReadAllText(page).Contains(title, StringComparison.Ordinal));
    }

    private static YamlMappingNode FrontMatter(IReadOnlyList<string> lines)
    {
        var end = lines.Skip(1).ToList().IndexOf("---");
        if (lines[0] != "---" || end < 0)
        {
            throw new InvalidDataException("a page starts with front matter between two `---` lines");
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines.Skip(1).Take(end))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"^content/\S+\.md$")]
    private static partial Regex PagePath();
}
