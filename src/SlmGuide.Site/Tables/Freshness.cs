using SlmGuide.Data;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Validation;

namespace SlmGuide.Site.Tables;

/// <summary>
/// Decides which rows may be out of date. The reference date comes from the data (or the
/// explicit `as_of` setting), never from the clock, so a build is reproducible byte for byte.
/// </summary>
public sealed record Freshness(DateOnly? AsOf, int StaleAfterDays)
{
    public static Freshness For(SiteConfig config, SurveyData data) =>
        new(config.AsOf ?? data.Contents.LatestCheck, config.StaleAfterDays);

    public bool IsStale(DateOnly? checkedOn) =>
        AsOf is { } asOf && checkedOn is { } date && StaleFacts.IsStale(date, asOf, StaleAfterDays);
}
