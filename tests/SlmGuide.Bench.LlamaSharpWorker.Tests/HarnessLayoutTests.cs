using System.Diagnostics;
using System.Globalization;
using LLama.Native;
using SlmGuide.Testing;

namespace SlmGuide.Bench.LlamaSharpWorker.Tests;

/// <summary>
/// The C reference harness built against LLamaSharp's libllama (bench/harness/build.sh --engine
/// llamasharp) reads the parameter structs through a header derived for b10221. Its defaults must
/// be the ones LLamaSharp reads through its own mirrors of that build: a field out of place would
/// shift every value after it, and a missing or extra field would change the size.
/// </summary>
[Collection(LlamaSharpTestGroup.Name)]
public sealed class HarnessLayoutTests(LlamaSharpFixture fixture)
{
    [Fact]
    public void The_harness_reads_the_same_defaults_as_LLamaSharp_s_own_structs()
    {
        Assert.NotNull(fixture.Engine);
        var defaults = HarnessDefaults();
        var context = LLamaContextParams.Default();
        var model = LLamaModelParams.Default();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["context.size"] = Text(System.Runtime.InteropServices.Marshal.SizeOf<LLamaContextParams>()),
                ["context.n_ctx"] = Text(context.n_ctx),
                ["context.n_batch"] = Text(context.n_batch),
                ["context.n_ubatch"] = Text(context.n_ubatch),
                ["context.n_seq_max"] = Text(context.n_seq_max),
                ["context.n_rs_seq"] = Text(context.n_rs_seq),
                ["context.n_outputs_max"] = Text(context.n_outputs_max),
                ["context.n_threads"] = Text(context.n_threads),
                ["context.n_threads_batch"] = Text(context.n_threads_batch),
                ["context.ctx_type"] = Text((int)context.context_type),
                ["context.rope_scaling_type"] = Text((int)context.rope_scaling_type),
                ["context.pooling_type"] = Text((int)context.llama_pooling_type),
                ["context.attention_type"] = Text((int)context.attention_type),
                ["context.flash_attn_type"] = Text((int)context.llama_flash_attn_type),
                ["context.rope_freq_base"] = Text(context.rope_freq_base),
                ["context.rope_freq_scale"] = Text(context.rope_freq_scale),
                ["context.yarn_ext_factor"] = Text(context.yarn_ext_factor),
                ["context.yarn_attn_factor"] = Text(context.yarn_attn_factor),
                ["context.yarn_beta_fast"] = Text(context.yarn_beta_fast),
                ["context.yarn_beta_slow"] = Text(context.yarn_beta_slow),
                ["context.yarn_orig_ctx"] = Text(context.yarn_orig_ctx),
                ["context.defrag_thold"] = Text(context.defrag_threshold),
                ["context.type_k"] = Text((int)context.type_k),
                ["context.type_v"] = Text((int)context.type_v),
                ["context.embeddings"] = Text(context.embeddings),
                ["context.offload_kqv"] = Text(context.offload_kqv),
                ["context.no_perf"] = Text(context.no_perf),
                ["context.op_offload"] = Text(context.op_offload),
                ["context.swa_full"] = Text(context.swa_full),
                ["context.kv_unified"] = Text(context.kv_unified),
                ["context.n_samplers"] = Text(context.n_samplers),
                ["model.size"] = Text(System.Runtime.InteropServices.Marshal.SizeOf<LLamaModelParams>()),
                ["model.n_gpu_layers"] = Text(model.n_gpu_layers),
                ["model.split_mode"] = Text((int)model.split_mode),
                ["model.load_mode"] = Text((int)model.load_mode),
                ["model.main_gpu"] = Text(model.main_gpu),
                ["model.vocab_only"] = Text(model.vocab_only),
                ["model.check_tensors"] = Text(model.check_tensors),
                ["model.use_extra_bufts"] = Text(model.use_extra_bufts),
                ["model.no_host"] = Text(model.no_host),
                ["model.no_alloc"] = Text(model.no_alloc),
                ["model.load_mtp"] = Text(model.load_mtp),
            },
            defaults);
    }

    // The harness prints with C's %u, %d and %g; these give the same digits for the values at hand.
    private static string Text(IFormattable value) => value switch
    {
        float number => number.ToString("G6", CultureInfo.InvariantCulture),
        _ => value.ToString(null, CultureInfo.InvariantCulture),
    };

    private static string Text(bool value) => value ? "1" : "0";

    private static Dictionary<string, string> HarnessDefaults()
    {
        var build = Path.Combine(TestRepository.Root, "bench", "harness", "build.sh");
        Run(build, "--engine", "llamasharp");
        var binary = Run(build, "--engine", "llamasharp", "--print-binary").Trim();
        return Run(binary, "-d")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Where(fields => fields is ["default", _, _])
            .ToDictionary(fields => fields[1], fields => fields[2], StringComparer.Ordinal);
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {error}");
        return output.Result;
    }
}
