using Scriban.Parsing;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Theming;

internal static class TemplateLocation
{
    // Scriban counts lines and columns from zero; editors and our diagnostics count from one.
    public static SourceLocation Of(string displayPath, SourceSpan span) =>
        new(displayPath, span.Start.Line + 1, span.Start.Column + 1);
}
