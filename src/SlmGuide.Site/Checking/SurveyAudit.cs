using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Validation;
using SlmGuide.Data.Yaml;
using SlmGuide.Site.Building;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Checking;

/// <summary>
/// What `check` adds to a build: is the survey complete, and is it still true? Completeness
/// counts every table of the template against the minimums in data/completeness.yaml; staleness
/// flags facts not checked against their source for longer than the allowed age. Both depend on
/// the day and on editorial targets, not on whether the site can be built, so only `check` runs them.
/// </summary>
public static class SurveyAudit
{
    /// <param name="includeDrafts">Count and age the draft rows too, as `check --drafts` does.</param>
    public static SurveyAuditResult Run(SiteRoot root, DateOnly today, int? maxAgeDays, bool includeDrafts = false)
    {
        var loading = new DiagnosticBag();
        var inputs = SiteInputs.LoadData(root, loading, includeDrafts);
        if (loading.HasErrors)
        {
            // The build has reported these already; counting rows of a broken file would mislead.
            return new SurveyAuditResult([], []);
        }

        var diagnostics = new DiagnosticBag();
        var minimums = LoadMinimums(root, diagnostics);
        var completeness = Completeness(inputs, minimums, diagnostics);
        StaleFacts.Report(inputs.Survey.Contents, today, maxAgeDays ?? inputs.Config.StaleAfterDays, diagnostics);
        return new SurveyAuditResult(diagnostics.Sorted, completeness);
    }

    private static TableMinimums LoadMinimums(SiteRoot root, DiagnosticBag diagnostics)
    {
        var path = root.Resolve(TableMinimums.FileName);
        return File.Exists(path)
            ? YamlFileBinder.Bind<TableMinimums>(path, root.Display(path), diagnostics) ?? new TableMinimums()
            : new TableMinimums();
    }

    private static List<CompletenessRow> Completeness(SiteInputs inputs, TableMinimums minimums, DiagnosticBag diagnostics)
    {
        var tables = new SurveyTables(new SitePaths(inputs.Config), inputs.Survey, Freshness.For(inputs.Config, inputs.Survey)).BuildAll();
        var declared = new Dictionary<string, TableMinimum>(StringComparer.Ordinal);
        foreach (var minimum in minimums.Minimums)
        {
            if (!tables.ContainsKey(minimum.Table))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.UnknownMinimumTable,
                    minimum.LocationOf("table"),
                    $"there is no survey table `{minimum.Table}`",
                    Suggestions.DidYouMean(minimum.Table, tables.Keys) ?? "use a table id from the README"));
                continue;
            }

            if (minimum.Rows < 1)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.OutOfRange,
                    minimum.LocationOf("rows"),
                    $"the minimum of `{minimum.Table}` is {minimum.Rows}, but a minimum must be at least 1 row",
                    "write the fewest rows the table needs, or leave the table out"));
            }

            if (!declared.TryAdd(minimum.Table, minimum))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicateId,
                    minimum.LocationOf("table"),
                    $"the table `{minimum.Table}` already has a minimum at line {declared[minimum.Table].LocationOf("table").Line}",
                    "keep one minimum per table"));
            }
        }

        var rows = new List<CompletenessRow>();
        foreach (var table in tables.Values)
        {
            var minimum = declared.GetValueOrDefault(table.Id);
            var count = table.Rows.Count;
            var status = count == 0 ? CompletenessStatus.Empty
                : minimum is not null && count < minimum.Rows ? CompletenessStatus.BelowMinimum
                : CompletenessStatus.Complete;
            rows.Add(new CompletenessRow(table.Id, table.Title, count, minimum?.Rows, status));
            if (status == CompletenessStatus.Empty)
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.EmptyTable,
                    minimum?.LocationOf("rows") ?? SourceLocation.StartOf("data/survey/"),
                    $"the table `{table.Id}` ({table.Title}) has no rows",
                    "add sourced rows to its data file, or leave the section out of the guide"));
            }
            else if (status == CompletenessStatus.BelowMinimum)
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.TableBelowMinimum,
                    minimum!.LocationOf("rows"),
                    $"the table `{table.Id}` ({table.Title}) has {count} rows, below its minimum of {minimum.Rows}",
                    "add sourced rows to its data file"));
            }
        }

        return rows;
    }
}

public sealed record SurveyAuditResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<CompletenessRow> Completeness);

/// <summary>One table of the template: its rows against its declared minimum.</summary>
public sealed record CompletenessRow(string TableId, string Title, int Rows, int? Minimum, CompletenessStatus Status);

public enum CompletenessStatus
{
    Complete,
    BelowMinimum,
    Empty,
}
