using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SlmGuide.Site.Markdown;

namespace SlmGuide.Site.Tests;

/// <summary>Heading ids: GitHub's rule, the same ids as Markdig's auto-identifiers, found in linear time.</summary>
public sealed class HeadingIdTests
{
    private static readonly MarkdownPipeline MarkdigIds = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    [Fact]
    public void Repeated_headings_take_the_next_free_suffix_even_past_a_literal_one()
    {
        var ids = Ids(MarkdownRenderer.Parse("# a\n\n# a-1\n\n# a\n\n# a\n\n# a-3\n\n# a\n"));

        Assert.Equal(["a", "a-1", "a-2", "a-3", "a-3-1", "a-4"], ids);
    }

    [Fact]
    public void Japanese_headings_keep_their_text_and_markup_is_left_out()
    {
        var ids = Ids(MarkdownRenderer.Parse("## 量子化技術\n\n## **量子化**と[蒸留](/x/)\n\nSetext 見出し\n---\n\n## \n"));

        Assert.Equal(["量子化技術", "量子化と蒸留", "setext-見出し", "section"], ids);
    }

    [Fact]
    public void Ids_equal_markdigs_own_on_a_mix_of_repeats_and_collisions()
    {
        var random = new Random(20261201);
        var markdown = new StringBuilder();
        string[] words = ["概要", "a", "a-1", "a-2", "b", "量子化", "量子化-1", "Q4_K_M", "a-1-1", ""];
        for (var i = 0; i < 2_000; i++)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"## {words[random.Next(words.Length)]}\n\n");
        }

        var text = markdown.ToString();

        Assert.Equal(Ids(Markdig.Markdown.Parse(text, MarkdigIds)), Ids(MarkdownRenderer.Parse(text)));
    }

    [Fact]
    public void A_hundred_thousand_equal_headings_all_get_distinct_ids()
    {
        var text = string.Concat(Enumerable.Repeat("## 同じ見出し\n\n", 100_000));

        var ids = Ids(MarkdownRenderer.Parse(text));

        Assert.Equal(100_000, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("同じ見出し-99999", ids[^1]);
    }

    private static List<string?> Ids(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id)];
}
