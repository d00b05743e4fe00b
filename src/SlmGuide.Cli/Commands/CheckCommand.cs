using System.CommandLine;
using SlmGuide.Site.Building;

namespace SlmGuide.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var strict = CommonOptions.Strict();
        var format = new Option<string>("--format")
        {
            Description = "text (one line per problem) or json (a stable report for CI annotations)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Validate data, content, links and templates without writing anything") { root, strict, format };
        command.SetAction(parse =>
        {
            var result = SiteBuilder.Build(new BuildOptions(parse.GetValue(root)!.FullName, Strict: parse.GetValue(strict), Write: false));
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(DiagnosticJson.Render(result));
                return result.Succeeded ? ExitCodes.Success : ExitCodes.InputError;
            }

            return DiagnosticPrinter.Report(result, Console.Error, "no problems found");
        });
        return command;
    }
}
