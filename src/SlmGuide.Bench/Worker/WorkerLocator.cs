using System.Diagnostics;
using SlmGuide.Bench.Engine;

namespace SlmGuide.Bench.Worker;

/// <summary>
/// Finds an engine's worker program: its override variable if set (<see cref="BenchEngine.WorkerOverrideVariable"/>),
/// else its build output beside the running application (the CLI and the tests reference the worker projects).
/// </summary>
public static class WorkerLocator
{
    /// <summary>How to start a worker: the dotnet host running the worker dll, with its three standard streams as pipes.</summary>
    /// <param name="engine">The engine whose worker to start; null is llama.cpp's.</param>
    public static ProcessStartInfo StartInfo(BenchEngine? engine = null)
    {
        engine ??= BenchEngine.LlamaCpp;
        var overridden = Environment.GetEnvironmentVariable(engine.WorkerOverrideVariable);
        var dll = string.IsNullOrWhiteSpace(overridden) ? Path.Combine(AppContext.BaseDirectory, $"{engine.WorkerAssembly}.dll") : overridden;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"the {engine.DisplayName} benchmark worker '{dll}' is missing; build the solution (`dotnet build`) or set {engine.WorkerOverrideVariable} to {engine.WorkerAssembly}.dll.");
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
