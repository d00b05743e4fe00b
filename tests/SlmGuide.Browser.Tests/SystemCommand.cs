using System.ComponentModel;
using System.Diagnostics;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// One program to run with its arguments. The arguments are a list and the working directory is a
/// named property, so an argument can never bind to the folder by mistake (as `Run("apt-get",
/// "update")` once did, which started apt-get in a folder named `update`).
/// </summary>
internal sealed record SystemCommand(string Program, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }

    public override string ToString() => string.Join(' ', [Program, .. Arguments]);

    public ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = WorkingDirectory ?? string.Empty,
        };

        // apt-get must never stop to ask a question: the tests have no terminal.
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs to the end; a non-zero exit throws with everything the program printed.</summary>
    public string Run()
    {
        using var process = Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{this}` failed (exit {process.ExitCode}):\n{errors.Result}{output.Result}");
        }

        return output.Result + errors.Result;
    }

    private Process Start()
    {
        try
        {
            return Process.Start(StartInfo()) ?? throw new InvalidOperationException($"`{this}` could not be started");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"`{this}` could not be started: {exception.Message}", exception);
        }
    }
}
