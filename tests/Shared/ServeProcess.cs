using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace SlmGuide.Testing;

/// <summary>
/// `slmguide serve` running as its own process on a free loopback port, as an author starts it.
/// Its console lines are collected; the status endpoint answers only once pending rebuilds are done.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource<Uri> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(ProcessStartInfo info)
    {
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (!_started.Task.Wait(TimeSpan.FromMinutes(2)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("slmguide serve did not start listening:\n" + string.Join('\n', Lines));
        }

        Site = _started.Task.Result;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Site, "/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The site's address, base path included ("http://127.0.0.1:1234/docs/").</summary>
    public Uri Site { get; }

    public HttpClient Http { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    public static ServeProcess Start(string root, params string[] extra) => new(StartInfo(root, extra));

    /// <summary>For a preview that should refuse to start: waits for it to end and returns its exit code and output.</summary>
    public static (int ExitCode, string Output) RunToExit(string root, params string[] extra)
    {
        using var process = Process.Start(StartInfo(root, extra))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("slmguide serve kept running");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static ProcessStartInfo StartInfo(string root, string[] extra)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var port = extra.Contains("--port") ? [] : new[] { "--port", "0" };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "slmguide.dll"), "serve", "--root", root }.Concat(port).Concat(extra))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Remove("SLMGUIDE_DEBUG");

        // The tests read the preview's English messages.
        info.Environment["LANG"] = "en_US.UTF-8";
        return info;
    }

    /// <summary>The preview's state after every change seen so far has been rebuilt.</summary>
    public async Task<Status> StatusAsync() =>
        (await Http.GetFromJsonAsync<Status>("/__slmguide/status").ConfigureAwait(false))!;

    public async Task<HttpResponseMessage> GetAsync(string sitePath) =>
        await Http.GetAsync(new Uri(Site, sitePath.TrimStart('/'))).ConfigureAwait(false);

    public async Task<string> GetTextAsync(string sitePath) =>
        await (await GetAsync(sitePath).ConfigureAwait(false)).Content.ReadAsStringAsync().ConfigureAwait(false);

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            _started.TrySetException(new InvalidOperationException("slmguide serve ended:\n" + string.Join('\n', Lines)));
            return;
        }

        lock (_lock)
        {
            _lines.Add(line);
        }

        if (Serving().Match(line) is { Success: true } match)
        {
            _started.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"^serving (?<url>http://\S+) ")]
    private static partial Regex Serving();

    internal sealed record Status(int Builds, IReadOnlyList<Problem> Errors, string Language);

    internal sealed record Problem(string Location, string Code, string Message, string? Hint);
}
