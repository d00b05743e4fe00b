using Scriban;
using Scriban.Parsing;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Site.Theming;

/// <summary>
/// theme/: Scriban layouts (one per kind of page), partials they include, and static assets.
/// Every template is parsed once, up front, so a syntax error anywhere is reported before any
/// page renders and no page pays for parsing.
/// </summary>
public sealed class Theme
{
    public const string Folder = "theme";

    private Theme(string assetsFolder, ParsedFolder layouts, ParsedFolder partials)
    {
        AssetsFolder = assetsFolder;
        Layouts = layouts.Templates;
        Partials = partials.Templates;
        LayoutSources = layouts.Sources;
        PartialSources = partials.Sources;
        BrokenLayouts = layouts.Broken;
    }

    /// <summary>A theme with nothing in it, the placeholder while the real one loads.</summary>
    public static Theme Empty { get; } = new(string.Empty, ParsedFolder.None, ParsedFolder.None);

    public string AssetsFolder { get; }

    /// <summary>Layouts by name without extension ("page", "model", …).</summary>
    public IReadOnlyDictionary<string, Template> Layouts { get; }

    /// <summary>Partials by the name templates include them with ("table.html").</summary>
    public IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>The text of each layout, by the same names; the live preview compares them.</summary>
    public IReadOnlyDictionary<string, string> LayoutSources { get; }

    /// <summary>The text of each partial, by the same names.</summary>
    public IReadOnlyDictionary<string, string> PartialSources { get; }

    /// <summary>Layouts that exist but failed to parse (reported); pages asking for them are not "missing a layout".</summary>
    public IReadOnlySet<string> BrokenLayouts { get; }

    public static Theme Load(SiteRoot root, DiagnosticBag diagnostics)
    {
        var folder = root.Resolve(Folder);
        return new Theme(
            Path.Combine(folder, "assets"),
            ParseAll(root, Path.Combine(folder, "layouts"), Path.GetFileNameWithoutExtension, diagnostics),
            ParseAll(root, Path.Combine(folder, "partials"), Path.GetFileName, diagnostics));
    }

    private static ParsedFolder ParseAll(SiteRoot root, string folder, Func<string, string> nameOf, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return new ParsedFolder(templates, sources, broken);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var display = root.Display(path);
            var text = StrictUtf8.Decode(display, File.ReadAllBytes(path), diagnostics);
            if (text is null)
            {
                broken.Add(nameOf(path));
                continue;
            }

            var template = Template.Parse(text, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.TemplateSyntax,
                        TemplateLocation.Of(display, message.Span),
                        $"template syntax error: {message.Message}",
                        "check that every `{{` has its `}}` and every block its `end`"));
                }

                broken.Add(nameOf(path));
                continue;
            }

            templates[nameOf(path)] = template;
            sources[nameOf(path)] = text;
        }

        return new ParsedFolder(templates, sources, broken);
    }

    private sealed record ParsedFolder(Dictionary<string, Template> Templates, Dictionary<string, string> Sources, HashSet<string> Broken)
    {
        public static ParsedFolder None { get; } = new([], [], []);
    }
}
