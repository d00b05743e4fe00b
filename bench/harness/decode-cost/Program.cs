// What LLamaSharp's API adds to one generated token, measured inside one process so that the
// machine's slow and fast spells, which move whole runs by more than the cost itself, fall on both
// sides alike. One context decodes tg128 again and again, alternately the way the LLamaSharp worker
// does it (LLamaBatch.Clear and Add, SafeLLamaContextHandle.Decode, Synchronize) and the way the C
// harness does it (llama_decode with a one-token batch, called through the same library's export).
//
//   dotnet run -c Release --project bench/harness/decode-cost -- MODEL.gguf NATIVE_DIR [THREADS] [ROUNDS]
//
// NATIVE_DIR is LLamaSharp's variant folder (bench/harness/build.sh --engine llamasharp --print-lib-dir).
// Prints the mean speed of each way, the median of the per-round differences in time per token with
// its distribution-free 95 % interval, and the median of the per-round speed ratios.
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using LLama.Native;
using SlmGuide.Bench.Measurement;
using SlmGuide.Data.Estimate;

if (args.Length is < 2 or > 4)
{
    Console.Error.WriteLine("usage: decode-cost MODEL.gguf NATIVE_DIR [THREADS=1] [ROUNDS=60]");
    return 2;
}

const int GeneratedTokens = 128;
var modelPath = Path.GetFullPath(args[0]);
var library = Path.Combine(Path.GetFullPath(args[1]), "libllama.so");
var threads = 1;
var rounds = 60;
if ((args.Length > 2 && !Positive(args[2], out threads)) || (args.Length > 3 && !Positive(args[3], out rounds)))
{
    Console.Error.WriteLine("decode-cost: THREADS and ROUNDS are whole numbers from 1");
    return 2;
}

if (!File.Exists(modelPath) || !File.Exists(library))
{
    Console.Error.WriteLine($"decode-cost: {(File.Exists(modelPath) ? library : modelPath)} does not exist");
    return 1;
}

NativeLibraryConfig.All.WithLibrary(library, null).WithLogCallback((level, message) =>
{
    if (level == LLamaLogLevel.Error)
    {
        Console.Error.Write(message);
    }
});
NativeApi.llama_empty_call();

var modelParameters = LLamaModelParams.Default();
modelParameters.n_gpu_layers = 0;
using var model = SafeLlamaModelHandle.LoadFromFile(modelPath, modelParameters);
var contextParameters = LLamaContextParams.Default();
contextParameters.n_ctx = GeneratedTokens;
contextParameters.n_threads = threads;
contextParameters.n_threads_batch = threads;
using var context = model.CreateContext(contextParameters);
var direct = new DirectDecode(library, context);
var batch = new LLamaBatch();
var tokens = BenchTokens.Sequence(GeneratedTokens, model.Vocab.Count, model.Vocab.ShouldAddBOS && model.Vocab.BOS is { } bos ? (int)bos : null);

double ThroughLLamaSharp()
{
    context.MemoryClear(data: true);
    var started = Stopwatch.GetTimestamp();
    for (var i = 0; i < tokens.Length; i++)
    {
        batch.Clear();
        batch.Add(tokens[i], i, LLamaSeqId.Zero, logits: true);
        if (context.Decode(batch) != DecodeResult.Ok)
        {
            throw new InvalidOperationException("LLamaSharp's Decode failed");
        }

        context.Synchronize();
    }

    return Stopwatch.GetElapsedTime(started).TotalSeconds / tokens.Length;
}

double Direct()
{
    context.MemoryClear(data: true);
    var started = Stopwatch.GetTimestamp();
    foreach (var token in tokens)
    {
        direct.DecodeOne(token);
    }

    return Stopwatch.GetElapsedTime(started).TotalSeconds / tokens.Length;
}

ThroughLLamaSharp();
Direct();
var mine = new List<double>(rounds);
var theirs = new List<double>(rounds);
for (var round = 0; round < rounds; round++)
{
    // ABBA, so neither way always runs first after the other.
    if (round % 2 == 0)
    {
        mine.Add(ThroughLLamaSharp());
        theirs.Add(Direct());
    }
    else
    {
        theirs.Add(Direct());
        mine.Add(ThroughLLamaSharp());
    }
}

var costs = mine.Zip(theirs, (m, t) => (m - t) * 1e6).ToList();
var ratios = mine.Zip(theirs, (m, t) => t / m).ToList();
var (costLow, costHigh) = Median.Interval(costs);
var (ratioLow, ratioHigh) = Median.Interval(ratios);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{Path.GetFileName(modelPath)}, {threads} thread(s), {rounds} rounds of tg{GeneratedTokens} (ABBA, one process)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"LLamaSharp Decode(LLamaBatch): {1 / mine.Average():F1} t/s; llama_decode directly: {1 / theirs.Average():F1} t/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"cost per token: median {TwinEstimateValidation.Median(costs):F1} µs (95 % interval {costLow:F1}–{costHigh:F1}); speed ratio: median {TwinEstimateValidation.Median(ratios):F3} ({ratioLow:F3}–{ratioHigh:F3})"));
return 0;

static bool Positive(string text, out int value) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
