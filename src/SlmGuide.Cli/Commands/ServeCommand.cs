using System.CommandLine;
using System.Net;
using SlmGuide.Serve;
using SlmGuide.Site.Building;
using SlmGuide.Site.Live;
using SlmGuide.Site.Output;

namespace SlmGuide.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write the site (default: <root>/_site)" };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on; the default keeps the preview on this machine",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port") { Description = "The port to listen on (0 picks a free one)", DefaultValueFactory = _ => 4000 };
        var debounce = new Option<int>("--debounce")
        {
            Description = "Milliseconds without a change before a rebuild starts, so a burst of saves makes one rebuild",
            DefaultValueFactory = _ => 20,
        };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of every rebuild took" };
        var command = new Command("serve", "Preview the site: build it, serve it, and rebuild what changed on every save") { root, output, host, port, debounce, timings };
        command.SetAction(async (parse, cancellation) =>
        {
            if (!IPAddress.TryParse(parse.GetValue(host), out var address))
            {
                await Console.Error.WriteLineAsync($"--host: `{parse.GetValue(host)}` is not an IP address (use 127.0.0.1, ::1 or 0.0.0.0)").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            var rootPath = parse.GetValue(root)!.FullName;
            var options = new ServeOptions(rootPath, new BuildOptions(rootPath, parse.GetValue(output)?.FullName).OutputPath, address, parse.GetValue(port))
            {
                Quiet = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(debounce))),
                StageStarting = BuildCommand.AnnounceLongStage,
                Language = MessageLanguageChoice.Current,
            };
            if (OutputFolderGuard.Refusal(rootPath, options.OutputPath) is { } refusal)
            {
                await Console.Error.WriteLineAsync($"serve: --out: {refusal}").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            var withTimings = parse.GetValue(timings);
            var server = new PreviewServer(options, update => Report(update, withTimings));
            try
            {
                await server.RunAsync(url => Console.Out.WriteLine($"serving {url} (Ctrl+C to stop)"), cancellation).ConfigureAwait(false);
            }
            catch (PreviewException exception)
            {
                await Console.Error.WriteLineAsync($"serve: {exception.Message}{(exception.Hint is null ? string.Empty : $" ({exception.Hint})")}").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Every rebuild prints one line, or its errors in the usual `file:line:col` form, so the
    // console tells the same story as the overlay in the browser.
    private static void Report(LiveUpdate update, bool withTimings)
    {
        var errors = update.Diagnostics.Where(d => d.IsError).ToList();
        foreach (var error in errors)
        {
            Console.Error.WriteLine(MessageLanguageChoice.Localize(error).ToString());
        }

        var time = $"{update.Elapsed.TotalMilliseconds:F0} ms";
        Console.Out.WriteLine(errors.Count > 0
            ? $"rebuild failed: {errors.Count} error(s); the preview keeps the last good pages ({time})"
            : $"rebuilt {update.WrittenUrls.Count} of {update.PageCount} pages, removed {update.RemovedUrls.Count} ({time})");
        if (withTimings)
        {
            Console.Out.WriteLine(string.Join(", ", update.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:F1} ms")));
        }
    }
}
