using System.Text.Json;
using SlmGuide.Data.Diagnostics.Languages;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests.Diagnostics;

/// <summary>
/// Messages are Japanese by default and English with <c>--lang en</c> or an English <c>LANG</c>.
/// Every diagnostics case is checked in both: the same codes at the same places, each English
/// message and hint with its Japanese form in the catalog, and that form is what is printed.
/// </summary>
public sealed class JapaneseMessageTests
{
    private static readonly string Folder = Path.Combine(TestRepository.Root, "tests", "SlmGuide.Cli.Tests", "Diagnostics");

    public static TheoryData<string> Codes() =>
        [.. Directory.EnumerateDirectories(Folder).Where(path => Directory.Exists(Path.Combine(path, "site"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_message_of_the_case_has_its_Japanese_form(string code)
    {
        var site = TestRepository.CreateFixtureSite("mini", $"slmguide-ja-{code}-");
        try
        {
            TestRepository.CopyFolder(Path.Combine(Folder, code, "site"), site);
            var english = Report(CliRun.Start("check", "--root", site, "--as-of", FixtureSite.Today, "--format", "json", "--lang", "en"));
            var japanese = Report(CliRun.WithEnvironment(new Dictionary<string, string> { ["LANG"] = "ja_JP.UTF-8" }, "check", "--root", site, "--as-of", FixtureSite.Today, "--format", "json"));

            Assert.Contains(english, d => d.Code == code);
            Assert.Equal(english.Select(d => (d.Path, d.Line, d.Column, d.Code)), japanese.Select(d => (d.Path, d.Line, d.Column, d.Code)));
            foreach (var (en, ja) in english.Zip(japanese))
            {
                Assert.True(MessageTranslator.Translate(en.Message) is not null, $"no Japanese form for the message: {en.Message}");
                Assert.True(en.Hint is null || MessageTranslator.Translate(en.Hint) is not null, $"no Japanese form for the hint: {en.Hint}");
                Assert.Equal(MessageTranslator.Translate(en.Message), ja.Message);
                Assert.Equal(en.Hint is null ? null : MessageTranslator.Translate(en.Hint), ja.Hint);
            }
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Theory]
    [InlineData(new string[0], "ja_JP.UTF-8", "失敗: エラー 1 件、警告 0 件")]
    [InlineData(new string[0], "C.UTF-8", "失敗: エラー 1 件、警告 0 件")]
    [InlineData(new string[0], "en_GB.UTF-8", "failed: 1 error, 0 warnings")]
    [InlineData(new[] { "--lang", "en" }, "ja_JP.UTF-8", "failed: 1 error, 0 warnings")]
    [InlineData(new[] { "--lang", "ja" }, "en_US.UTF-8", "失敗: エラー 1 件、警告 0 件")]
    public void The_language_comes_from_lang_then_LANG(string[] option, string lang, string verdict)
    {
        var site = TestRepository.CreateFixtureSite("mini", "slmguide-lang-");
        try
        {
            TestRepository.CopyFolder(Path.Combine(Folder, "C002", "site"), site);
            var run = CliRun.WithEnvironment(new Dictionary<string, string> { ["LANG"] = lang }, ["check", "--root", site, "--as-of", FixtureSite.Today, .. option]);

            Assert.Equal(1, run.ExitCode);
            Assert.EndsWith(verdict, run.Stderr.TrimEnd(), StringComparison.Ordinal);
            var problem = run.Stderr.Split('\n')[0];
            Assert.StartsWith("content/second.md:18:1: error C002: ", problem, StringComparison.Ordinal);
            Assert.Contains(verdict.StartsWith("failed", StringComparison.Ordinal) ? "there is no survey table `modelz`" : "調査表 `modelz` はありません", problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    private static List<Printed> Report(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        return [.. json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Printed(
            d.GetProperty("path").GetString()!,
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32(),
            d.GetProperty("code").GetString()!,
            d.GetProperty("message").GetString()!,
            d.GetProperty("hint").GetString()))];
    }

    private sealed record Printed(string Path, int Line, int Column, string Code, string Message, string? Hint);
}
