using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Tests;

/// <summary>`columns=` and `where=` on the table shortcode: part of a survey table, placed by an author, checked against the records.</summary>
public sealed class TableSelectionTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private void Place(string shortcode) =>
        _site.Write("content/part.md", $"---\ntitle: 一部\n---\n本文\n\n{shortcode}\n");

    [Fact]
    public void Columns_and_where_show_the_chosen_columns_of_the_matching_rows_beside_the_whole_table()
    {
        Place("{{< table \"models\" columns=\"name,license\" where=\"japanese=限定的\" >}}");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = _site.Read("part/index.html");
        var id = page[(page.IndexOf("id=\"table-models-", StringComparison.Ordinal) + "id=\"table-".Length)..];
        var part = RenderedTable.Of(page, id[..id.IndexOf('"', StringComparison.Ordinal)]);
        Assert.Equal(["name", "license"], System.Text.RegularExpressions.Regex.Matches(part, "data-key=\"([a-z_]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("テストモデルB", part, StringComparison.Ordinal);
        Assert.DoesNotContain("テストモデルA", part, StringComparison.Ordinal);
        Assert.DoesNotContain("公式対応", part, StringComparison.Ordinal);

        // The whole table, placed elsewhere, keeps every row.
        Assert.Contains("テストモデルA", RenderedTable.Of(_site.Read("tables/index.html"), "models"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_column_is_an_error_at_its_argument_with_the_closest_column()
    {
        Place("{{< table \"models\" columns=\"name,licence\" >}}");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BadTableSelection);
        Assert.Equal("content/part.md:6:20", error.Location.ToString());
        Assert.Equal("the table `models` has no column `licence`", error.Message);
        Assert.Equal("did you mean `license`?", error.Hint);
    }

    [Fact]
    public void A_where_value_no_row_has_is_an_error_naming_the_values_there_are()
    {
        Place("{{< table \"models\" where=\"japanese=公式対\" >}}");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BadTableSelection);
        Assert.Equal("content/part.md:6:20", error.Location.ToString());
        Assert.Contains("公式対応", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_the_table_shortcode_does_not_take_is_refused_with_the_closest()
    {
        Place("{{< table \"models\" colums=\"name\" >}}");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MalformedShortcode);
        Assert.Equal("did you mean `columns`?", error.Hint);
    }
}
