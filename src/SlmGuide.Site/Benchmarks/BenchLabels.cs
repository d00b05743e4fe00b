using System.Globalization;
using SlmGuide.Data.Bench;

namespace SlmGuide.Site.Benchmarks;

/// <summary>How benchmark numbers read on the page: fixed decimals, invariant digits, synthetic models said so.</summary>
internal static class BenchLabels
{
    public static string Family(BenchRecord record) =>
        record.Model.Synthetic ? $"{record.Model.Family}（合成モデル）" : record.Model.Family;

    public static string Engine(BenchRecord record) => record.Key.EngineName();

    public static string Sort(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(string utc) => utc.Length >= 10 ? utc[..10] : utc;

    public static string Conditions(BenchRecord record) =>
        $"pp{record.Key.PromptTokens} / tg{record.Key.GeneratedTokens} ×{record.Key.Repetitions}、{record.Threads}スレッド";
}
