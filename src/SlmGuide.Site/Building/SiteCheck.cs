using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Site.Building;

/// <summary>One check of the validate stage, by name; see <see cref="SiteChecks"/> for the list.</summary>
internal sealed class SiteCheck
{
    private readonly Func<PlannedSite, PlanningCache, IEnumerable<Diagnostic>> _find;

    private SiteCheck(string name, Func<PlannedSite, PlanningCache, IEnumerable<Diagnostic>> find)
    {
        Name = name;
        _find = find;
    }

    public string Name { get; }

    /// <summary>A check of the whole plan, run every time.</summary>
    public static SiteCheck OfPlan(string name, Action<PlannedSite, DiagnosticBag> check) =>
        new(name, (site, _) =>
        {
            var bag = new DiagnosticBag();
            check(site, bag);
            return bag.Sorted;
        });

    /// <summary>A check of each input on its own; findings are kept with the input and found again only for a new object.</summary>
    public static SiteCheck OfEach<TInput>(string name, Func<PlannedSite, IEnumerable<TInput>> inputs, Action<PlannedSite, TInput, DiagnosticBag> check)
        where TInput : class =>
        new(name, (site, cache) => inputs(site).SelectMany(input => cache.Findings(name, input, bag => check(site, input, bag))));

    public IEnumerable<Diagnostic> Find(PlannedSite site, PlanningCache cache) => _find(site, cache);
}
