using System.Diagnostics;

namespace SlmGuide.Bench.Worker;

/// <summary>
/// Finds the worker program: <see cref="OverrideVariable"/> if set, else the SlmGuide.Bench.Worker
/// build output beside the running application (the CLI and the tests reference the worker project).
/// </summary>
public static class WorkerLocator
{
    public const string OverrideVariable = "SLMGUIDE_BENCH_WORKER";
    public const string AssemblyName = "SlmGuide.Bench.Worker";

    /// <summary>How to start a worker: the dotnet host running the worker dll, with its three standard streams as pipes.</summary>
    public static ProcessStartInfo StartInfo()
    {
        var overridden = Environment.GetEnvironmentVariable(OverrideVariable);
        var dll = string.IsNullOrWhiteSpace(overridden) ? Path.Combine(AppContext.BaseDirectory, $"{AssemblyName}.dll") : overridden;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"the benchmark worker '{dll}' is missing; build the solution (`dotnet build`) or set {OverrideVariable} to SlmGuide.Bench.Worker.dll.");
        }

        // Starting the dll through the dotnet host works the same under `dotnet run`, `dotnet test` and an installed CLI.
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        return start;
    }

    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrWhiteSpace(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrWhiteSpace(root))
        {
            var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "dotnet";
    }
}
