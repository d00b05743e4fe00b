using System.Text;
using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Suite;
using SlmGuide.Data;
using SlmGuide.Data.Bench;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;
using SlmGuide.Site.Content;
using SlmGuide.Site.Markdown;

namespace SlmGuide.Fuzz;

/// <summary>
/// One fuzz target per parser, each through the same public entry point the tool uses. A target
/// returns what the parser reported; any exception that escapes it is a finding. Parsers that
/// read files get them from <paramref name="scratch"/>, a folder laid out as a site root.
/// </summary>
public sealed class FuzzTargets(string scratch)
{
    /// <summary>The target names, as fuzz/run and the corpus folders spell them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["yaml", "front-matter", "markdown", "gguf", "results", "suite"];

    private readonly SiteRoot _root = new(scratch);

    /// <summary>
    /// Runs <paramref name="target"/> on one input; the answer is every problem the parser reported,
    /// one line each: diagnostics as `file:line:col: error CODE: message`, a GGUF refusal as
    /// `fuzz.gguf: byte N: problem`. An input that is read whole gives no lines.
    /// </summary>
    public IReadOnlyList<string> Run(string target, byte[] input) => target switch
    {
        "yaml" => Yaml(input),
        "front-matter" => FrontMatter(input),
        "markdown" => Markdown(input),
        "gguf" => Gguf(input),
        "results" => Lines(ResultsFileReader.Parse(input, "fuzz.json").Diagnostics),
        "suite" => Suite(input),
        _ => throw new ArgumentException($"no fuzz target named `{target}` (targets: {string.Join(", ", Names)})", nameof(target)),
    };

    private static string[] Yaml(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        if (StrictUtf8.Decode("fuzz.yaml", input, diagnostics) is { } text)
        {
            YamlTreeReader.ReadText("fuzz.yaml", text, diagnostics);
        }

        return Lines(diagnostics.Sorted);
    }

    private string[] FrontMatter(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        ContentLoader.LoadPage(_root, Place("content/fuzz.md", input), diagnostics);
        return Lines(diagnostics.Sorted);
    }

    // The body alone, behind a fixed front matter, parsed and rendered as a page of the site.
    private static string[] Markdown(byte[] input)
    {
        var body = Encoding.UTF8.GetString(input);
        var page = new ContentPage("content/fuzz.md", new FrontMatter { Title = "fuzz" }, body, 4, "/fuzz/");
        var parsed = ParsedPage.Parse(page);
        if (parsed.Problem is { } problem)
        {
            return [problem.ToString()];
        }

        // Everything the build reads from a parsed page, so that each of its walks is fuzzed too.
        MarkdownRenderer.Render(parsed.Document, id => $"<table id=\"{id}\"></table>", link => link);
        _ = (parsed.Toc.Count, parsed.Links.Count, parsed.Anchors.Count, parsed.PlacedTables.Count);
        return [];
    }

    private static string[] Gguf(byte[] input)
    {
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            var file = GgufReader.Read(stream, "fuzz.gguf");
            _ = file.Metadata.Select(GgufFile.Describe).Count();
            return [];
        }
        catch (GgufFormatException exception)
        {
            return [exception.Message];
        }
    }

    private string[] Suite(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        SuiteLoader.Load(Place("data/bench/suite.yaml", input), _root.FullPath, diagnostics);
        return Lines(diagnostics.Sorted);
    }

    private string Place(string relative, byte[] input)
    {
        var path = _root.Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, input);
        return path;
    }

    private static string[] Lines(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];
}
