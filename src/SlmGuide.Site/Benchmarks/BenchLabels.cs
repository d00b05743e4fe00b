using System.Globalization;
using SlmGuide.Data.Bench;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Benchmarks;

/// <summary>How benchmark numbers read on the page: fixed decimals, invariant digits, synthetic models said so.</summary>
internal static class BenchLabels
{
    public static string Family(BenchRecord record) =>
        record.Model.TwinOf is { } real ? $"{real}（{TwinLabel}）"
        : record.Model.Synthetic ? $"{record.Model.Family}（合成モデル）"
        : record.Model.Family;

    /// <summary>What a twin's figures are: measured, on a model with the real one's shapes and random weights.</summary>
    public const string TwinLabel = "形状同一の合成モデル";

    /// <summary>Memory probes hold one context's peak memory and no speed; they have their own table.</summary>
    public static bool IsProbe(BenchRecord record) => record.ContextSize is not null;

    public static string Engine(BenchRecord record) => record.Key.EngineName();

    public static string Sort(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A measured or computed number with fixed decimals, sorted by its full value.</summary>
    public static Cell Number(double value, string format)
    {
        var text = BenchMetric.Fixed(format)(value);
        return new(text, Html.Escape(text), Sort(value));
    }

    public static string Date(string utc) => utc.Length >= 10 ? utc[..10] : utc;

    public static string Conditions(BenchRecord record) =>
        $"pp{record.Key.PromptTokens} / tg{record.Key.GeneratedTokens} ×{record.Key.Repetitions}、{record.Threads}スレッド";
}
