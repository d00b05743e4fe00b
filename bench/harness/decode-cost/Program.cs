// What LLamaSharp's API adds to one generated token, measured inside one process so that the
// machine's slow and fast spells, which move whole runs by more than the cost itself, fall on both
// sides alike. One context decodes tg128 again and again; its tokens are timed in pairs (see
// TokenPairs), one token of each pair the way the LLamaSharp worker decodes it (LLamaBatch.Clear
// and Add, SafeLLamaContextHandle.Decode, Synchronize) and the other through llama_decode of the
// same library. A second comparison does the same through a batch that once held a 512-token
// prompt (every decode pins all the slots a batch has grown to), and a third splits what is left:
// llama_decode with the positions, sequences and output flags a LLamaSharp batch carries, against
// the bare batch of the C harness.
//
//   dotnet run -c Release --project bench/harness/decode-cost -- MODEL.gguf NATIVE_DIR [THREADS] [ROUNDS]
//
// NATIVE_DIR is LLamaSharp's variant folder (bench/harness/build.sh --engine llamasharp --print-lib-dir).
// Prints, for each comparison, the median time per token of each way, the median of the per-pair
// differences with its distribution-free 95 % interval, and the ratio of the mean times.
using System.Globalization;
using LLama.Native;
using SlmGuide.Bench.Measurement;
using SlmGuide.Data.Estimate;

if (args.Length is < 2 or > 4)
{
    Console.Error.WriteLine("usage: decode-cost MODEL.gguf NATIVE_DIR [THREADS=1] [ROUNDS=30]");
    return 2;
}

const int GeneratedTokens = 128;
var modelPath = Path.GetFullPath(args[0]);
var library = Path.Combine(Path.GetFullPath(args[1]), "libllama.so");
var threads = 1;
var rounds = 30;
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
var promptBatch = new LLamaBatch();
for (var slot = 0; slot < 512; slot++)
{
    promptBatch.Add(0, slot, LLamaSeqId.Zero, logits: false);
}

var tokens = BenchTokens.Sequence(GeneratedTokens, model.Vocab.Count, model.Vocab.ShouldAddBOS && model.Vocab.BOS is { } bos ? (int)bos : null);

void ThroughLLamaSharp(LLamaBatch through, int position)
{
    through.Clear();
    through.Add(tokens[position], position, LLamaSeqId.Zero, logits: true);
    if (context.Decode(through) != DecodeResult.Ok)
    {
        throw new InvalidOperationException("LLamaSharp's Decode failed");
    }

    context.Synchronize();
}

void Explicit(int position) => direct.DecodeExplicit(tokens[position], position);

var pairs = new TokenPairs(GeneratedTokens, () => context.MemoryClear(data: true));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{Path.GetFileName(modelPath)}, {threads} thread(s), {rounds} rounds of tg{GeneratedTokens}, {rounds * GeneratedTokens / 2} pairs of tokens per comparison (one process)"));
Report("LLamaSharp Decode(LLamaBatch)", "llama_decode, explicit batch", pairs.Measure(position => ThroughLLamaSharp(batch, position), Explicit, rounds));
Report("LLamaSharp Decode(LLamaBatch) through a batch that held 512 tokens", "llama_decode, explicit batch", pairs.Measure(position => ThroughLLamaSharp(promptBatch, position), Explicit, rounds));
Report("llama_decode, explicit batch", "llama_decode, bare batch", pairs.Measure(Explicit, position => direct.DecodeOne(tokens[position]), rounds));
return 0;

static void Report(string first, string second, (List<double> First, List<double> Second) times)
{
    var differences = times.First.Zip(times.Second, (a, b) => a - b).ToList();
    var (low, high) = Median.Interval(differences);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{first}: {TwinEstimateValidation.Median(times.First):F1} µs a token; {second}: {TwinEstimateValidation.Median(times.Second):F1} µs; " +
        $"difference: median {TwinEstimateValidation.Median(differences):F1} µs (95 % interval {low:F1}–{high:F1}); speed ratio of the means {times.Second.Average() / times.First.Average():F3}"));
}

static bool Positive(string text, out int value) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
