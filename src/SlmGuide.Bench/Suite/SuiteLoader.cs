using System.Globalization;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Measurement;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Bench.Twins;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Twins;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Bench.Suite;

/// <summary>
/// Reads suite.yaml into a <see cref="BenchSuite"/>, reporting every problem as
/// <c>path:line:col: error CODE: message</c> with the place and the fix.
/// </summary>
public static class SuiteLoader
{
    public static BenchSuite? Load(string suitePath, string rootDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = System.IO.Path.GetFullPath(rootDirectory);
        var fullPath = System.IO.Path.GetFullPath(suitePath, root);
        var display = System.IO.Path.GetRelativePath(root, fullPath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteFileMissing, SourceLocation.StartOf(display), "the benchmark suite file does not exist", "create it, or point --suite at one"));
            return null;
        }

        var errorsBefore = diagnostics.Sorted.Count(d => d.IsError);
        var file = YamlFileBinder.Bind<SuiteFile>(fullPath, display, diagnostics);
        if (file is null)
        {
            return null;
        }

        var parameters = file.Parameters ?? new SuiteParameters();
        CheckParameters(parameters, display, diagnostics);
        var models = Plan(file, root, display, diagnostics);
        models = TwinMemoryProbes.Add(models, parameters, diagnostics);
        var qualityText = System.IO.Path.GetFullPath(file.QualityText, root);
        if (!File.Exists(qualityText))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteQualityTextMissing, At(display, file.LocationOf("quality_text")), $"the quality text '{file.QualityText}' does not exist", "give a path relative to the site root"));
        }

        if (diagnostics.Sorted.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        var speed = new SpeedParameters
        {
            PromptTokens = parameters.PromptTokens,
            GeneratedTokens = parameters.GeneratedTokens,
            Repetitions = parameters.Repetitions,
            Threads = parameters.Threads,
        };
        return new BenchSuite(fullPath, models, qualityText, speed, TimeSpan.FromSeconds(parameters.TimeoutSeconds));
    }

    private static void CheckParameters(SuiteParameters parameters, string display, DiagnosticBag diagnostics)
    {
        void Require(bool ok, string key, string message)
        {
            if (!ok)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteParameterOutOfRange, At(display, parameters.LocationOf(key)), message, "change the value under `parameters:`"));
            }
        }

        Require(parameters.PromptTokens is >= 0 and <= 65536, "prompt_tokens", "prompt_tokens must be from 0 to 65536");
        Require(parameters.GeneratedTokens is >= 0 and <= 65536, "generated_tokens", "generated_tokens must be from 0 to 65536");
        Require(parameters.Repetitions is >= 1 and <= 100, "repetitions", "repetitions must be from 1 to 100");
        Require(parameters.Threads is >= 0 and <= 1024, "threads", "threads must be from 0 (all processors) to 1024");
        Require(parameters.TimeoutSeconds is >= 1 and <= 86400, "timeout_seconds", "timeout_seconds must be from 1 to 86400");
    }

    private static List<PlannedModel> Plan(SuiteFile file, string root, string display, DiagnosticBag diagnostics)
    {
        var planned = new List<PlannedModel>();
        var byId = new Dictionary<string, PlannedModel>(StringComparer.Ordinal);
        var suiteEngines = ParseEngines(file.Engines, At(display, file.LocationOf("engines")), diagnostics) ?? [BenchEngine.LlamaCpp];
        var suiteComparedTypes = ParseTypes(file.CompareEnginesOn, At(display, file.LocationOf("compare_engines_on")), diagnostics);
        var twins = file.Models.Any(entry => entry.TwinOf is not null) ? TwinArchitectureLoader.Load(root, diagnostics) : null;
        void Add(PlannedModel model, SourceLocation location)
        {
            if (!byId.TryAdd(model.Id, model))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, location, $"model id `{model.Id}` is used twice", "give every model (and every variant `<id>-<type>`) its own id"));
                return;
            }

            planned.Add(model);
        }

        foreach (var entry in file.Models)
        {
            var location = At(display, entry.Location);
            var sources = (entry.Synthetic is null ? 0 : 1) + (entry.TwinOf is null ? 0 : 1) + (entry.Path is null ? 0 : 1) + (entry.Quantize is null ? 0 : 1);
            if (sources != 1)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteModelSource, location, $"model `{entry.Id}` needs exactly one of `synthetic`, `twin_of`, `path` or `quantize`", "keep one source per model"));
                continue;
            }

            var engines = ParseEngines(entry.Engines, At(display, entry.LocationOf("engines")), diagnostics) ?? suiteEngines;
            var comparedTypes = ParseTypes(entry.CompareEnginesOn, At(display, entry.LocationOf("compare_engines_on")), diagnostics) ?? suiteComparedTypes;
            IReadOnlyList<BenchEngine> EnginesFor(LlamaFileType? type) =>
                comparedTypes is null || (type is { } known && comparedTypes.Contains(known)) ? engines : [engines[0]];
            var model = new PlannedModel { Id = entry.Id, Family = entry.Id, Location = location, Engines = engines };
            if (entry.Synthetic is { } synthetic)
            {
                var spec = synthetic.ToSpec(entry.Id);
                foreach (var problem in spec.Validate())
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteSyntheticShape, At(display, entry.LocationOf("synthetic")), $"model `{entry.Id}`: {problem}", "fix the synthetic model's shape"));
                }

                model = model with { Synthetic = spec, IsSynthetic = true, Engines = EnginesFor(LlamaFileType.AllF32) };
            }
            else if (entry.TwinOf is { } twinOf)
            {
                if (twins is null)
                {
                    continue;
                }

                if (!twins.TryGetValue(twinOf, out var architecture))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DanglingReference, At(display, entry.LocationOf("twin_of")), $"model `{entry.Id}`: `{twinOf}` has no architecture in {TwinArchitecturesFile.FileName}", "add its shape from the model's config.json, or name a twinned model"));
                    continue;
                }

                var twin = new TwinSpec(architecture, TwinSpec.BaseTypeFor(architecture), TwinSpec.DefaultSeed);
                model = model with { Twin = twin, IsSynthetic = true, Engines = EnginesFor(twin.FileType) };
            }
            else if (entry.Path is { } path)
            {
                if (entry.Sha256 is { } hash && (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit)))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteBadSha256, At(display, entry.LocationOf("sha256")), "sha256 must be 64 hexadecimal digits", "copy the hash from the model's download page"));
                }

                // The type of an author's file is known only once it is read, so it counts as compared only when no list narrows the engines.
                model = model with { Path = System.IO.Path.GetFullPath(path, root), Url = entry.Url, Sha256 = entry.Sha256?.ToLowerInvariant(), Engines = EnginesFor(null) };
            }
            else if (entry.Quantize is { } quantize)
            {
                var type = ParseType(quantize.Type, At(display, quantize.LocationOf("type")), diagnostics);
                model = model with { QuantizedFrom = quantize.From, QuantizationType = type, Engines = EnginesFor(type) };
            }

            Add(model, location);
            foreach (var variant in entry.Variants ?? [])
            {
                var type = ParseType(variant, At(display, entry.LocationOf("variants")), diagnostics);
                if (type is not null && type != model.Twin?.FileType)
                {
                    var name = ModelQuantizer.DisplayName(type.Value);
                    Add(new PlannedModel { Id = $"{entry.Id}-{name.ToLowerInvariant()}", Family = entry.Id, QuantizedFrom = entry.Id, QuantizationType = type, Location = location, Engines = EnginesFor(type) }, location);
                }
            }
        }

        // A quantization's source must be an entry with its own file, so each variant has one F32/F16 reference.
        return [.. planned.Select(model =>
        {
            if (model.QuantizedFrom is not { } from)
            {
                return model;
            }

            if (!byId.TryGetValue(from, out var source) || !source.IsReference)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DanglingReference,
                    model.Location,
                    $"model `{model.Id}` quantizes `{from}`, which is not a `synthetic` or `path` model of this suite",
                    "name the id of the original model"));
                return model;
            }

            return model with { Family = source.Id, IsSynthetic = source.IsSynthetic, Twin = source.Twin };
        })];
    }

    /// <summary>The file types a list names; null when the list is left out (every type is compared) or names a wrong type (then reported).</summary>
    private static HashSet<LlamaFileType>? ParseTypes(IReadOnlyList<string>? names, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (names is null)
        {
            return null;
        }

        var types = names.Select(name => ParseType(name, location, diagnostics)).ToList();
        return types.Contains(null) ? null : [.. types.Select(type => type!.Value)];
    }

    /// <summary>The engines a list names, without repeats; null when the list is left out or wrong (then reported).</summary>
    private static List<BenchEngine>? ParseEngines(IReadOnlyList<string>? names, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (names is null)
        {
            return null;
        }

        var hint = $"use one or more of {BenchEngine.KnownNames}";
        if (names.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadEnumValue, location, "`engines` names no engine", hint));
            return null;
        }

        var engines = new List<BenchEngine>();
        foreach (var name in names)
        {
            if (BenchEngine.Find(name) is not { } engine)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadEnumValue, location, $"`{name}` is not an engine slmguide bench knows", hint));
                return null;
            }

            if (!engines.Contains(engine))
            {
                engines.Add(engine);
            }
        }

        return engines;
    }

    private static LlamaFileType? ParseType(string text, SourceLocation location, DiagnosticBag diagnostics)
    {
        foreach (var type in Enum.GetValues<LlamaFileType>().Where(t => t is not LlamaFileType.Guessed))
        {
            if (string.Equals(ModelQuantizer.DisplayName(type), text, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        var known = string.Join(", ", Enum.GetValues<LlamaFileType>().Where(t => t is not LlamaFileType.Guessed and not LlamaFileType.AllF32).Select(ModelQuantizer.DisplayName));
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadEnumValue, location, string.Create(CultureInfo.InvariantCulture, $"`{text}` is not a quantization type llama.cpp knows"), $"use one of {known}"));
        return null;
    }

    // Entry locations carry the display path already; this keeps one place to adjust it if that changes.
    private static SourceLocation At(string display, SourceLocation location) =>
        string.IsNullOrEmpty(location.Path) ? SourceLocation.StartOf(display) with { Line = location.Line, Column = location.Column } : location;
}
