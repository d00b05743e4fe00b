namespace SlmGuide.Cli.Tests;

/// <summary>A suite of one tiny synthetic model, measured in seconds: for tests that run `bench` end to end.</summary>
internal static class TinyBenchSuite
{
    /// <param name="engines">The suite's `engines` list.</param>
    /// <param name="variants">The model's `variants` list; none by default.</param>
    public static void WriteInto(FixtureSite site, string engines = "[llama.cpp, llamasharp]", string variants = "[]")
    {
        File.WriteAllText(site.Path("data/bench/quality.md"), "二つのエンジンで同じモデルを測るための短い文章です。 A short text for both engines.\n");
        File.WriteAllText(site.Path("data/bench/suite.yaml"), $$"""
            quality_text: data/bench/quality.md
            engines: {{engines}}
            parameters:
              prompt_tokens: 32
              generated_tokens: 8
              repetitions: 1
              threads: 1
              timeout_seconds: 120
            models:
              - id: tiny
                synthetic:
                  embedding_length: 256
                  layer_count: 2
                  head_count: 4
                  key_value_head_count: 2
                  feed_forward_length: 768
                  context_length: 256
                  seed: 7
                variants: {{variants}}
            """);
        var results = site.Path("data/bench/results");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }
    }
}
