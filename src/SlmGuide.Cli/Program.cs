using System.CommandLine;
using SlmGuide.Cli;
using SlmGuide.Cli.Commands;

var root = new RootCommand("slmguide: builds and checks 小規模言語モデル（SLM）実装ガイド")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    BenchCommand.Create(),
    SchemasCommand.Create(),
    NewCommand.Create(),
    EstimateCommand.Create(),
};
root.Options.Add(MessageLanguageChoice.Option);

try
{
    var parse = root.Parse(args);
    MessageLanguageChoice.Choose(parse);
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (Environment.GetEnvironmentVariable("SLMGUIDE_DEBUG") is null)
{
    // A bug or an environment failure, not the user's input: say so briefly, no stack trace.
    Console.Error.WriteLine($"slmguide: internal error: {exception.GetType().Name}: {exception.Message}");
    Console.Error.WriteLine("set SLMGUIDE_DEBUG=1 to see the stack trace, and please report it");
    return ExitCodes.ToolFailure;
}
