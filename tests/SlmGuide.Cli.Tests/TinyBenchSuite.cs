namespace SlmGuide.Cli.Tests;

/// <summary>A suite of one tiny synthetic model measured by both engines in seconds: for tests that run `bench` end to end.</summary>
internal static class TinyBenchSuite
{
    public static void WriteInto(FixtureSite site)
    {
        File.WriteAllText(site.Path("data/bench/quality.md"), "二つのエンジンで同じモデルを測るための短い文章です。 A short text for both engines.\n");
        File.WriteAllText(site.Path("data/bench/suite.yaml"), """
            quality_text: data/bench/quality.md
            engines: [llama.cpp, llamasharp]
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
            """);
        var results = site.Path("data/bench/results");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }
    }
}
