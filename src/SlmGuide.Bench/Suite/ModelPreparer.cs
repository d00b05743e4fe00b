using System.Security.Cryptography;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Bench.Synthetic;
using SlmGuide.Bench.Twins;
using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// Turns planned models into files on disk: generates synthetic models into the cache, quantizes
/// with llama.cpp's quantizer, and for author-supplied files checks (or downloads and checks) the
/// SHA-256. Each file is prepared once per run and its hash computed once. A model that cannot be
/// prepared is a coded diagnostic at its suite entry, reported once however many variants need it.
/// </summary>
/// <param name="rootDirectory">The site root: messages name files relative to it, as the suite does.</param>
public sealed class ModelPreparer(LlamaRuntime runtime, string cacheDirectory, bool download, string rootDirectory)
{
    private readonly SyntheticModelCache _cache = new(cacheDirectory);
    private readonly TwinModelCache _twins = new(cacheDirectory);
    private readonly Dictionary<string, (string Path, string Sha256)?> _prepared = new(StringComparer.Ordinal);

    /// <summary>The model's file and its SHA-256, or null when it cannot be made or found; the reason is added to <paramref name="diagnostics"/>.</summary>
    public (string Path, string Sha256)? Prepare(PlannedModel model, IReadOnlyDictionary<string, PlannedModel> byId, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(byId);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!_prepared.TryGetValue(model.Id, out var done))
        {
            done = Make(model, byId, diagnostics);
            _prepared[model.Id] = done;
        }

        return done;
    }

    private (string Path, string Sha256)? Make(PlannedModel model, IReadOnlyDictionary<string, PlannedModel> byId, DiagnosticBag diagnostics)
    {
        void Report(string code, string message, string hint) =>
            diagnostics.Add(Diagnostic.Error(code, model.Location, $"model `{model.Id}`: {message}", hint));

        string? path;
        if (model.ProbeOf is { } probed)
        {
            // A memory probe loads the file of the model it measures.
            return Prepare(byId[probed], byId, diagnostics);
        }

        if (model.Synthetic is { } spec)
        {
            path = _cache.GetOrCreate(spec);
        }
        else if (model is { Twin: { } twin, QuantizedFrom: null })
        {
            path = _twins.GetOrCreate(twin);
        }
        else if (model.Path is { } file)
        {
            path = Fetch(model, file, Report);
        }
        else
        {
            if (Prepare(byId[model.QuantizedFrom!], byId, diagnostics) is not var (sourcePath, sourceSha))
            {
                return null;
            }

            var type = ModelQuantizer.DisplayName(model.QuantizationType!.Value);
            var stem = Path.GetFileNameWithoutExtension(sourcePath);
            path = Path.Combine(_cache.Directory, $"{stem}-{sourceSha[..12]}-{type}.gguf");
            if (!File.Exists(path))
            {
                try
                {
                    // A twin too large for F16 starts as Q8_0, which the quantizer may start from when told so.
                    new ModelQuantizer(runtime).Quantize(sourcePath, path, model.QuantizationType.Value, allowRequantize: model.Twin is not null);
                }
                catch (LlamaException exception)
                {
                    Report(DiagnosticCodes.BenchQuantizationFailed, Shown(exception.Message), "check that the source model is a GGUF file this llama.cpp loads");
                    return null;
                }
            }
        }

        if (path is null)
        {
            return null;
        }

        var sha = Sha256(path);
        if (model.Path is not null && model.Sha256 is { } expected && expected != sha)
        {
            Report(DiagnosticCodes.BenchModelHashMismatch, $"{Shown(path)} has SHA-256 {sha}, but the suite expects {expected}", "replace the file or correct `sha256`");
            return null;
        }

        return (path, sha);
    }

    private string? Fetch(PlannedModel model, string path, Action<string, string, string> report)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (model.Url is null)
        {
            report(DiagnosticCodes.BenchModelFileMissing, $"{Shown(path)} does not exist", "put the GGUF file there or fix `path`");
            return null;
        }

        if (!download)
        {
            report(DiagnosticCodes.BenchModelFileMissing, $"{Shown(path)} does not exist", $"run `slmguide bench --download` to fetch it from {model.Url}");
            return null;
        }

        if (model.Sha256 is null)
        {
            report(DiagnosticCodes.BenchDownloadWithoutHash, "refusing to download without `sha256`", "add the file's SHA-256 to the suite, from the model's download page");
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.download";
        try
        {
            using (var client = new HttpClient { Timeout = TimeSpan.FromHours(2) })
            using (var response = client.GetAsync(model.Url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult())
            {
                response.EnsureSuccessStatusCode();
                using var body = response.Content.ReadAsStream();
                using var output = File.Create(temporary);
                body.CopyTo(output);
            }

            var actual = Sha256(temporary);
            if (actual != model.Sha256)
            {
                report(DiagnosticCodes.BenchModelHashMismatch, $"the download from {model.Url} has SHA-256 {actual}, not {model.Sha256}", "check the URL and the hash");
                return null;
            }

            File.Move(temporary, path, overwrite: false);
            return path;
        }
        catch (HttpRequestException exception)
        {
            report(DiagnosticCodes.BenchDownloadFailed, $"could not download {model.Url}: {exception.Message}", "check the URL and the network, then run again");
            return null;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // Paths as the author wrote them in the suite, relative to the site root.
    private string Shown(string text) => text.Replace(Path.GetFullPath(rootDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
