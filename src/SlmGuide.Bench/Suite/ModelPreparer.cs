using System.Security.Cryptography;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Bench.Synthetic;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// Turns planned models into files on disk: generates synthetic models into the cache, quantizes
/// with llama.cpp's quantizer, and for author-supplied files checks (or downloads and checks) the
/// SHA-256. Each file is prepared once per run and its hash computed once.
/// </summary>
public sealed class ModelPreparer(LlamaRuntime runtime, string cacheDirectory, bool download)
{
    private readonly SyntheticModelCache _cache = new(cacheDirectory);
    private readonly Dictionary<string, (string Path, string Sha256)> _prepared = new(StringComparer.Ordinal);

    /// <summary>The model's file and its SHA-256.</summary>
    /// <exception cref="BenchPreparationException">The file cannot be made or found; the message says why and what to do.</exception>
    public (string Path, string Sha256) Prepare(PlannedModel model, IReadOnlyDictionary<string, PlannedModel> byId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(byId);
        if (_prepared.TryGetValue(model.Id, out var done))
        {
            return done;
        }

        string path;
        if (model.Synthetic is { } spec)
        {
            path = _cache.GetOrCreate(spec);
        }
        else if (model.Path is { } file)
        {
            path = Fetch(model, file);
        }
        else
        {
            var (sourcePath, sourceSha) = Prepare(byId[model.QuantizedFrom!], byId);
            var type = ModelQuantizer.DisplayName(model.QuantizationType!.Value);
            var stem = Path.GetFileNameWithoutExtension(sourcePath);
            path = Path.Combine(_cache.Directory, $"{stem}-{sourceSha[..12]}-{type}.gguf");
            if (!File.Exists(path))
            {
                try
                {
                    new ModelQuantizer(runtime).Quantize(sourcePath, path, model.QuantizationType.Value);
                }
                catch (LlamaException exception)
                {
                    throw new BenchPreparationException($"{model.Location}: model `{model.Id}`: {exception.Message}", exception);
                }
            }
        }

        var result = (path, Sha256(path));
        if (model.Path is not null && model.Sha256 is { } expected && expected != result.Item2)
        {
            throw new BenchPreparationException(
                $"{model.Location}: model `{model.Id}`: {path} has SHA-256 {result.Item2}, but the suite expects {expected}; replace the file or correct `sha256`.");
        }

        _prepared[model.Id] = result;
        return result;
    }

    private string Fetch(PlannedModel model, string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (model.Url is null)
        {
            throw new BenchPreparationException($"{model.Location}: model `{model.Id}`: {path} does not exist; put the GGUF file there or fix `path`.");
        }

        if (!download)
        {
            throw new BenchPreparationException($"{model.Location}: model `{model.Id}`: {path} does not exist; run `slmguide bench --download` to fetch it from {model.Url}.");
        }

        if (model.Sha256 is null)
        {
            throw new BenchPreparationException($"{model.Location}: model `{model.Id}`: refusing to download without `sha256`; add the file's SHA-256 to the suite.");
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
                throw new BenchPreparationException($"{model.Location}: model `{model.Id}`: the download from {model.Url} has SHA-256 {actual}, not {model.Sha256}; check the URL and the hash.");
            }

            File.Move(temporary, path, overwrite: false);
            return path;
        }
        catch (HttpRequestException exception)
        {
            throw new BenchPreparationException($"{model.Location}: model `{model.Id}`: could not download {model.Url}: {exception.Message}", exception);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
