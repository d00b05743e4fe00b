using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Tests;

/// <summary>Every data diagnostic code, each from a small broken file, checked for code, file and line.</summary>
public sealed class DiagnosticCodeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Diagnostic Single(string code, params (string File, string Text)[] files)
    {
        var (_, diagnostics) = SurveyFixture.Load(_folder, files);
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join('\n', diagnostics)}");
        return matching[0];
    }

    private static void AssertAt(Diagnostic diagnostic, string file, int line)
    {
        Assert.Equal($"data/survey/{file}", diagnostic.Location.Path);
        Assert.Equal(line, diagnostic.Location.Line);
    }

    [Fact]
    public void Yaml_syntax_error_points_at_the_line()
    {
        var d = Single(DiagnosticCodes.YamlSyntax, ("sources.yaml", "sources:\n  - id: a\n    title: [unclosed\n"));
        Assert.Equal("data/survey/sources.yaml", d.Location.Path);
        Assert.InRange(d.Location.Line, 3, 4);
        Assert.True(d.IsError);
    }

    // YamlDotNet threw InvalidOperationException here, which reached the user as an internal error.
    [Fact]
    public void Yaml_ending_inside_an_open_bracket_is_a_syntax_error_at_the_end()
    {
        var d = Single(DiagnosticCodes.YamlSyntax, ("sources.yaml", "sources:\n  - id: a\n    title: [unclosed\n    url: x"));
        AssertAt(d, "sources.yaml", 4);
        Assert.Contains("unclosed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_names_line_and_column_of_the_bad_byte()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("sources:\n  - id: ab")
            .Concat(new byte[] { 0xE3, 0x81 })
            .Concat(System.Text.Encoding.UTF8.GetBytes("\n"))
            .ToArray();
        _folder.WriteBytes("data/survey/sources.yaml", bytes);
        var d = Single(DiagnosticCodes.InvalidUtf8);
        AssertAt(d, "sources.yaml", 2);
        Assert.Equal(11, d.Location.Column);
    }

    [Fact]
    public void Alias_bomb_is_refused_at_the_first_alias_without_expanding_it()
    {
        var bomb = new System.Text.StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'z'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var d = Single(DiagnosticCodes.AliasNotAllowed, ("survey.yaml", bomb.ToString()));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        AssertAt(d, "survey.yaml", 1);
        Assert.True(allocated < 64 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_one()
    {
        var d = Single(DiagnosticCodes.DuplicateKey, ("sources.yaml", SurveyFixture.Sources + "\n    title: again\n"));
        AssertAt(d, "sources.yaml", 7);
    }

    [Fact]
    public void Full_width_colon_in_a_key_gets_its_own_message()
    {
        var text = SurveyFixture.Model.Replace("    license: Apache-2.0", "    ライセンス：Apache-2.0", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.FullWidthColon, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        AssertAt(d, "models.yaml", 8);
        Assert.Contains("：", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_document_is_refused()
    {
        var d = Single(DiagnosticCodes.MultipleDocuments, ("sources.yaml", SurveyFixture.Sources + "\n---\nsources: []\n"));
        AssertAt(d, "sources.yaml", 7);
    }

    [Fact]
    public void Oversized_file_is_refused_without_reading_it()
    {
        var path = _folder.Write("data/survey/sources.yaml", "sources: []\n");
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(Yaml.YamlTreeReader.MaxFileBytes + 1);
        }

        var d = Single(DiagnosticCodes.FileTooLarge);
        AssertAt(d, "sources.yaml", 1);
    }

    [Fact]
    public void Wrong_type_names_what_was_expected()
    {
        var text = SurveyFixture.Model.Replace("parameters_billion: 0.49", "parameters_billion: たくさん", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.WrongType, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        AssertAt(d, "models.yaml", 5);
        Assert.Contains("number", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_field_points_at_the_row()
    {
        var text = SurveyFixture.Model.Replace("    developer: Alibaba Cloud\n", "", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.MissingField, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        AssertAt(d, "models.yaml", 2);
        Assert.Contains("`developer` (開発元)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        var text = SurveyFixture.Model.Replace("    license:", "    licence:", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.UnknownKey, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        AssertAt(d, "models.yaml", 8);
        Assert.Equal("did you mean `license`?", d.Hint);
    }

    [Fact]
    public void Japanese_column_heading_as_key_points_at_the_english_key()
    {
        var text = SurveyFixture.Model.Replace("    license:", "    ライセンス:", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.UnknownKey, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        Assert.Equal("did you mean `license`?", d.Hint);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("YYYY-MM-DD")]
    [InlineData("2025/05/22")]
    public void Bad_date_is_reported(string date)
    {
        var text = SurveyFixture.Sources.Replace("checked: 2026-11-23", $"checked: {date}", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.BadDate, ("sources.yaml", text));
        AssertAt(d, "sources.yaml", 6);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/x")]
    [InlineData("example.com/page")]
    public void Url_must_be_http_or_https(string url)
    {
        var text = SurveyFixture.Sources.Replace("url: https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct", $"url: \"{url}\"", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.BadUrl, ("sources.yaml", text));
        AssertAt(d, "sources.yaml", 5);
    }

    [Fact]
    public void Bad_enumeration_value_lists_the_allowed_ones_and_suggests()
    {
        var text = SurveyFixture.Model.Replace("availability: 公開・商用可", "availability: 公開・商用", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.BadEnumValue, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        AssertAt(d, "models.yaml", 7);
        Assert.Contains("`公開・条件付き`", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("did you mean `公開・商用可`", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_violation_technique_without_difficulty()
    {
        const string techniques = """
            techniques:
              - id: gptq
                category: 量子化
                name: GPTQ
                developer: IST Austria
                summary: 重みを層ごとに量子化する
                scope: 重み
                effect: 4ビットで精度を保つ
                source: qwen-card
                checked: 2026-11-23
            """;
        var d = Single(DiagnosticCodes.InconsistentFields, ("sources.yaml", SurveyFixture.Sources), ("techniques.yaml", techniques));
        AssertAt(d, "techniques.yaml", 3);
    }

    [Fact]
    public void Unknown_data_file_is_a_warning_with_a_suggestion()
    {
        var d = Single(DiagnosticCodes.UnknownDataFile, ("model.yaml", "models: []\n"));
        Assert.False(d.IsError);
        Assert.Equal("did you mean `models.yaml`?", d.Hint);
    }

    [Fact]
    public void Duplicate_id_names_the_first_definition()
    {
        var twice = SurveyFixture.Model + "\n" + SurveyFixture.Model["models:\n".Length..];
        var d = Single(DiagnosticCodes.DuplicateId, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", twice));
        AssertAt(d, "models.yaml", 12);
        Assert.Contains("models.yaml:2:", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_reference_suggests_the_closest_ids()
    {
        var text = SurveyFixture.Model.Replace("source: qwen-card", "source: qwen-crad", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.DanglingReference, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        AssertAt(d, "models.yaml", 10);
        Assert.Equal("did you mean `qwen-card`?", d.Hint);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_just_the_first()
    {
        var text = SurveyFixture.Model
            .Replace("license:", "licence:", StringComparison.Ordinal)
            .Replace("japanese: 公式対応", "japanese: はい", StringComparison.Ordinal)
            .Replace("source: qwen-card", "source: nowhere", StringComparison.Ordinal);
        var (_, diagnostics) = SurveyFixture.Load(_folder, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.BadEnumValue);
    }

    [Fact]
    public void Diagnostic_prints_path_line_column_severity_code_message_and_hint()
    {
        var text = SurveyFixture.Model.Replace("    license:", "    licence:", StringComparison.Ordinal);
        var d = Single(DiagnosticCodes.UnknownKey, ("sources.yaml", SurveyFixture.Sources), ("models.yaml", text));
        Assert.Equal("data/survey/models.yaml:8:5: error D003: unknown key `licence` (did you mean `license`?)", d.ToString());
    }
}
