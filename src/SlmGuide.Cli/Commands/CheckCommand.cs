using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SlmGuide.Bench.Suite;
using SlmGuide.Data;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;
using SlmGuide.Site.Checking;

namespace SlmGuide.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var strict = CommonOptions.Strict();
        var drafts = CommonOptions.Drafts();
        var format = new Option<string>("--format")
        {
            Description = "text (one line per problem) or json (a stable report for CI annotations)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "Judge freshness as of this date, YYYY-MM-DD (default: today)",
            CustomParser = ParseDate,
        };
        var maxAge = new Option<int?>("--max-age") { Description = "Days after which a fact's `checked` date is stale (default: stale_after_days in data/site.yaml)" };
        maxAge.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--max-age takes a number of days, 0 or more");
            }
        });
        var command = new Command("check", "Validate data, content, links and templates, and report the survey's completeness and freshness, without writing anything")
        {
            root, strict, drafts, format, asOf, maxAge,
        };
        command.SetAction(parse =>
        {
            var rootPath = parse.GetValue(root)!.FullName;
            var build = SiteBuilder.Build(new BuildOptions(rootPath, Strict: parse.GetValue(strict), Write: false) { Drafts = parse.GetValue(drafts) });
            var today = parse.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Now);
            var audit = build.Diagnostics.Any(d => d.Code == DiagnosticCodes.MissingFolder)
                ? new SurveyAuditResult([], [])
                : SurveyAudit.Run(new SiteRoot(rootPath), today, parse.GetValue(maxAge), parse.GetValue(drafts));
            var all = new DiagnosticBag();
            all.AddRange(build.Diagnostics);
            all.AddRange(audit.Diagnostics);

            // The suite is read only by `bench`; checking it here finds its mistakes before a long run does.
            var suite = BenchOptions.DefaultSuitePath(rootPath);
            if (File.Exists(suite))
            {
                SuiteLoader.Load(suite, rootPath, all);
            }

            var result = build with { Diagnostics = all.Sorted };
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(DiagnosticJson.Render(result, audit.Completeness));
                return result.Succeeded ? ExitCodes.Success : ExitCodes.InputError;
            }

            DiagnosticPrinter.PrintDiagnostics(result, Console.Error);
            CompletenessPrinter.Print(audit.Completeness, Console.Out);
            return DiagnosticPrinter.Verdict(result, Console.Error, "no problems found");
        });
        return command;
    }

    // The data's own date format only, so `--as-of 11/03/2026` cannot mean different days on different machines.
    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--as-of takes a real date written YYYY-MM-DD, not `{text}`");
        return null;
    }
}
