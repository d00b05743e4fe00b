using System.CommandLine;
using SlmGuide.Site.Building;

namespace SlmGuide.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var strict = CommonOptions.Strict();
        var command = new Command("check", "Validate data, content and theme without writing anything") { root, strict };
        command.SetAction(parse =>
        {
            var result = SiteBuilder.Build(new BuildOptions(parse.GetValue(root)!.FullName, Strict: parse.GetValue(strict), Write: false));
            return DiagnosticPrinter.Report(result, Console.Error, "no problems found");
        });
        return command;
    }
}
