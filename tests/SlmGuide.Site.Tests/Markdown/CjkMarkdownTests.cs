using System.Text;
using SlmGuide.Site.Markdown;

namespace SlmGuide.Site.Tests.Markdown;

/// <summary>
/// Golden cases of Japanese Markdown, rendered through the site's one pipeline: CJK-friendly
/// emphasis and source line breaks between Japanese characters. Run with UPDATE_GOLDEN=1 to
/// rewrite the expected HTML from the renderer, then review the diff of the spec file.
/// </summary>
public sealed class CjkMarkdownTests
{
    private const string CaseSeparator = "=====";
    private static readonly string SpecPath = Path.Combine(TestSite.RepositoryRoot, "tests", "SlmGuide.Site.Tests", "Markdown", "cjk-markdown.spec.txt");

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var index = 0; index < Spec.Read().Cases.Count; index++)
        {
            data.Add(index);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Japanese_markdown_renders_as_its_golden_html(int index)
    {
        var spec = Spec.Read();
        var (markdown, expected) = spec.Cases[index];
        var actual = Render(markdown);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            spec.Cases[index] = (markdown, actual);
            spec.Write();
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_spec_holds_the_cases_the_issue_names()
    {
        var markdown = Spec.Read().Cases.Select(c => c.Markdown).ToList();
        Assert.Contains(markdown, m => m.Contains("**「未確認」**", StringComparison.Ordinal));
        Assert.Contains(markdown, m => m.Contains("です。\n", StringComparison.Ordinal));
        Assert.True(markdown.Count >= 15, "the spec should cover emphasis and line breaks on both sides");
    }

    private static string Render(string markdown) =>
        MarkdownRenderer.Render(MarkdownRenderer.Parse(markdown), id => string.Empty, url => url).TrimEnd('\n');

    private sealed class Spec(string header, List<(string Markdown, string Html)> cases)
    {
        public List<(string Markdown, string Html)> Cases { get; } = cases;

        public static Spec Read()
        {
            var text = File.ReadAllText(SpecPath).ReplaceLineEndings("\n");
            var headerEnd = 0;
            while (text.AsSpan(headerEnd).StartsWith("//"))
            {
                headerEnd = text.IndexOf('\n', headerEnd) + 1;
            }

            var cases = text[headerEnd..].TrimEnd('\n').Split("\n" + CaseSeparator + "\n")
                .Select(part => part.Split("\n.\n", 2))
                .Select(halves => (halves[0], halves[1]))
                .ToList();
            return new Spec(text[..headerEnd], cases);
        }

        public void Write()
        {
            var text = new StringBuilder(header);
            text.AppendJoin("\n" + CaseSeparator + "\n", Cases.Select(c => c.Markdown + "\n.\n" + c.Html));
            File.WriteAllText(SpecPath, text.Append('\n').ToString());
        }
    }
}
