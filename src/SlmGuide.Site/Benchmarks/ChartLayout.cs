namespace SlmGuide.Site.Benchmarks;

/// <summary>
/// A chart's drawing size and text sizes. The page carries a wide and a narrow drawing of each
/// chart and the theme shows the one that fits: one 720-unit drawing scaled down to a phone
/// would shrink 12-unit text to about 5 px.
/// </summary>
internal sealed record ChartLayout(string Name, int Width, int Height, double TitleFontSize, double FontSize, double LabelFontSize, bool LegendBelow)
{
    public static ChartLayout Wide { get; } = new("wide", 720, 420, 15, 12, 11, LegendBelow: false);

    /// <summary>About as wide as a phone's text column, so a unit is close to a CSS pixel there.</summary>
    public static ChartLayout Narrow { get; } = new("narrow", 340, 400, 14, 12, 12, LegendBelow: true);

    public static IReadOnlyList<ChartLayout> Both { get; } = [Wide, Narrow];
}
