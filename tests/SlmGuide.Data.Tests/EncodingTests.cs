namespace SlmGuide.Data.Tests;

public sealed class EncodingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Crlf_line_endings_and_a_bom_load_like_plain_lf()
    {
        var crlf = SurveyFixture.Sources.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.Preamble.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(crlf)).ToArray();
        _folder.WriteBytes("data/survey/sources.yaml", bytes);

        var (data, diagnostics) = SurveyFixture.Load(_folder);

        Assert.Empty(diagnostics);
        var source = Assert.Single(data.Sources.Sources);
        Assert.Equal("qwen-card", source.Id);
        Assert.Equal("Qwen2.5-0.5B-Instruct model card", source.Title);
        Assert.Equal(2, source.LocationOf("id").Line);
    }
}
