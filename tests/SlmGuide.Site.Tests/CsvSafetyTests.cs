using System.Text;

namespace SlmGuide.Site.Tests;

/// <summary>
/// A CSV download is opened in a spreadsheet, which runs cells that look like formulas; every
/// such cell is neutralised with a leading apostrophe, numbers are left alone.
/// </summary>
public sealed class CsvSafetyTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")", "'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")")]
    [InlineData("+1+cmd", "'+1+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\\tTAB", "'\tTAB")]
    public void A_cell_that_would_run_as_a_formula_is_written_as_text(string yamlName, string csvCell)
    {
        _site.Edit("data/survey/models.yaml", "name: テストモデルB", $"name: \"{yamlName.Replace("\"\"", "\\\"", StringComparison.Ordinal)}\"");

        Assert.True(_site.Build().Succeeded);

        Assert.Contains($"\"{csvCell}\",", ModelsCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_and_ordinary_text_are_written_as_they_are()
    {
        _site.Edit("data/survey/models.yaml", "name: テストモデルB", "name: \"-0.35\"");

        Assert.True(_site.Build().Succeeded);
        var csv = ModelsCsv();

        Assert.Contains("\"-0.35\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("'-0.35", csv, StringComparison.Ordinal);
        Assert.Contains("\"テストモデルA <script>alert(1)</script>\",", csv, StringComparison.Ordinal);
    }

    private string ModelsCsv()
    {
        var bytes = File.ReadAllBytes(Path.Combine(_site.Output, "data", "tables", "models.csv"));
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
