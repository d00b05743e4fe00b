using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Tests;

public sealed class PlaceholderTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Template_placeholders_in_content_and_data_are_found_at_their_place()
    {
        _site.Write("content/draft.md", "---\ntitle: 下書き\n---\n- [トレンド概要を記入]\n- 発表日: YYYY-MM-DD\n");
        _site.Edit("data/survey/outlook.yaml", "text: テスト用の技術予測", "text: \"[主要予測ポイントを箇条書きで]\"");
        _site.Write("data/survey/notes-format.yaml", "# date: YYYY-MM-DD is how dates are written\n");

        var result = _site.Build(strict: true);

        var found = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplatePlaceholder).Select(d => d.Location.ToString()).ToList();
        Assert.Equal(["content/draft.md:4:3", "content/draft.md:5:8", "data/survey/outlook.yaml:2:12"], found);
        Assert.False(result.Succeeded);
    }
}
