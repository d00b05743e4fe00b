using System.Text.Encodings.Web;
using System.Text.Json;
using SlmGuide.Site.Building;
using SlmGuide.Site.Checking;

namespace SlmGuide.Cli;

/// <summary>
/// The machine-readable report of <c>check --format json</c>, version 1. Fields are only ever added,
/// never renamed or removed, so CI scripts that turn it into annotations keep working.
/// </summary>
internal static class DiagnosticJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Plain UTF-8 text for logs and CI, not for embedding in HTML: keep Japanese and backticks as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(BuildResult result, IReadOnlyList<CompletenessRow> completeness) => JsonSerializer.Serialize(
        new
        {
            version = 1,
            ok = result.Succeeded,
            strict = result.Strict,
            summary = new { errors = result.ErrorCount, warnings = result.WarningCount },
            diagnostics = result.Diagnostics.Select(MessageLanguageChoice.Localize).Select(d => new
            {
                path = d.Location.Path,
                line = d.Location.Line,
                column = d.Location.Column,
                severity = d.IsError ? "error" : "warning",
                code = d.Code,
                message = d.Message,
                hint = d.Hint,
            }),
            completeness = completeness.Select(c => new
            {
                table = c.TableId,
                title = c.Title,
                rows = c.Rows,
                minimum = c.Minimum,
                status = CompletenessPrinter.StatusWord(c.Status),
            }),
        },
        Options);
}
