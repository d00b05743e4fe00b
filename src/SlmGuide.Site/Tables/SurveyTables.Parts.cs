using System.Globalization;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Concurrency;
using SlmGuide.Data.Survey;

namespace SlmGuide.Site.Tables;

/// <summary>The cell helpers and the table families that differ only by a filter.</summary>
public sealed partial class SurveyTables
{
    /// <summary>Builds every table once; pages that place the same table share the result.</summary>
    public IReadOnlyDictionary<string, TableModel> BuildAll() =>
        ParallelWork.Map(All, t => t.Build(_data, _freshness) with { DownloadHref = Html.Escape(_paths.Href(TableDownloads.Path(t.Id))) })
            .ToDictionary(table => table.Id, StringComparer.Ordinal);

    /// <summary>"0.49B", or "8B（7B超）" for the article's larger picks kept for comparison.</summary>
    internal static string SizeText(Model model)
    {
        if (model.IsPending("parameters_billion"))
        {
            return Cell.PendingText;
        }

        var size = model.SizeLabel ?? model.ParametersBillion.ToString("0.##", CultureInfo.InvariantCulture) + "B";
        return model.IsAboveSevenBillion ? size + "（7B超）" : size;
    }

    /// <summary>The size as written, sorted by the parameter count in billions.</summary>
    internal static Cell SizeCell(Model model) =>
        Cell.Of(SizeText(model)) with { SortKey = model.ParametersBillion.ToString(CultureInfo.InvariantCulture) };

    private static Cell ContextCell(Model model) =>
        model.ContextLength is { } tokens
            ? Cell.Of(tokens.ToString("N0", CultureInfo.InvariantCulture)) with { SortKey = tokens.ToString(CultureInfo.InvariantCulture) }
            : Cell.Of(null);

    private static Cell BandwidthCell(Device device) => Decimal(device.BandwidthGbPerSecond, "0.#");

    /// <summary>A published figure with the decimals its source prints, sorted as a number.</summary>
    private static Cell Decimal(double? value, string format) =>
        value is { } number
            ? Cell.Of(number.ToString(format, CultureInfo.InvariantCulture)) with { SortKey = number.ToString(CultureInfo.InvariantCulture) }
            : Cell.Of(null);

    private static Cell OptionalLink(Uri? url, string text) =>
        url is null ? Cell.Of(null) : Cell.Address(text, url);

    // 9.1 and 9.2 say what kind of point each is (予測, 根拠, …) before the point, as 1.1 does with its topic.
    private static Cell KindedText<TKind>(TKind? kind, string text)
        where TKind : struct, Enum =>
        kind is { } known
            ? new Cell(text, $"<strong>{Html.Escape(EnumLabels.LabelOf(known))}</strong>: {Html.Escape(text)}")
            : Cell.Of(text);

    private static TableSpec<ResearchResult> ResearchTable(string id, string title, Func<SurveyData, IEnumerable<ResearchResult>> rows) =>
        new TableSpec<ResearchResult>(id, title, d => rows(d).OrderByDescending(r => r.Date))
            .Field(r => r.Date)
            .Field(r => r.Organization)
            .Field(r => r.Title)
            .Field(r => r.Finding)
            .Field(r => r.Source, label: "URL");

    // Figures from different benchmarks, judges and measurers do not compare, so each keeps its setting beside it.
    private static Cell ScoresCell(JapaneseEvaluation evaluation) =>
        Cell.Of(string.Join("／", evaluation.Scores.Select(score =>
            $"{score.Benchmark} {score.Score.ToString(CultureInfo.InvariantCulture)}{Setting(score)}")));

    private static string Setting(BenchmarkScore score)
    {
        var parts = new[] { score.Setting, score.MeasuredBy is null ? null : $"測定: {score.MeasuredBy}" }.OfType<string>().ToList();
        return parts.Count == 0 ? string.Empty : $"（{string.Join("、", parts)}）";
    }

    private Model? ModelOf(Ref<Model> reference) => _data.ModelsById.GetValueOrDefault(reference.Id);

    private Cell ModelLink(Ref<Model> reference) =>
        ModelOf(reference) is { } model ? Cell.Link(model.Name, _paths.Href(SitePaths.ModelUrl(model.Id))) : Cell.Of(reference.Id);

    /// <summary>The template's URL column: the official page when the row names one, else its source.</summary>
    private Cell OfficialPage(Uri? url, Ref<Source> source) =>
        url is null ? FieldCells.SourceLink(source, _data) : Cell.Address("公式ページ", url);

    private static TableSpec<Technique> TechniqueTable(string id, string title, TechniqueCategory category) =>
        new TableSpec<Technique>(id, title, d => d.Techniques.Techniques.Where(t => t.Category == category))
            .Field(t => t.Name)
            .Field(t => t.Developer, facet: true)
            .Field(t => t.Summary)
            .Field(t => t.Scope)
            .Field(t => t.Difficulty, facet: true)
            .Field(t => t.Effect)
            .Field(t => t.Source, label: "URL");

    /// <summary>The rows of other tables that are about one model, for its detail page.</summary>
    public IReadOnlyList<TableModel> ForModel(string modelId) =>
        [.. new ITableSpec[]
        {
            JapaneseTable($"model-{modelId}-japanese", "日本語対応の評価", e => e.Model.Id == modelId),
            DomainTable($"model-{modelId}-domain", "ドメイン特化", e => e.Model.Id == modelId),
            CaseTable($"model-{modelId}-cases", "導入事例", c => c.Models.Any(m => m.Id == modelId)),
        }
        .Select(spec => spec.Build(_data, _freshness))
        .Where(table => !table.IsEmpty)];

    private TableSpec<JapaneseEvaluation> JapaneseTable(string id, string title, Func<JapaneseEvaluation, bool> filter) =>
        new TableSpec<JapaneseEvaluation>(id, title, d => d.Models.JapaneseEvaluations.Where(filter)) { ModelId = e => e.Model.Id }
            .Field(e => e.Model, label: "モデル名", cell: e => ModelLink(e.Model))
            .FieldOf(e => ModelOf(e.Model), m => m.Developer, facet: true)
            .FieldOf(e => ModelOf(e.Model), m => m.ParametersBillion, label: "パラメータ数", cell: SizeCell, numeric: true)
            .Field(e => e.Performance)
            .Field(e => e.Scores, label: "スコア（数値）", cell: ScoresCell)
            .Field(e => e.Tasks)
            .Field(e => e.Notes)
            .Field(e => e.Source, label: "URL");

    private TableSpec<DomainModel> DomainTable(string id, string title, Func<DomainModel, bool> filter) =>
        new TableSpec<DomainModel>(id, title, d => d.Models.DomainModels.Where(filter)) { ModelId = e => e.Model.Id }
            .Field(e => e.Model, label: "モデル名", cell: e => ModelLink(e.Model))
            .Field(e => e.Domain)
            .FieldOf(e => ModelOf(e.Model), m => m.Developer, facet: true)
            .FieldOf(e => ModelOf(e.Model), m => m.ParametersBillion, label: "パラメータ数", cell: SizeCell, numeric: true)
            .Field(e => e.Benefits)
            .Field(e => e.Source, label: "URL");

    private TableSpec<AdoptionCase> CaseTable(string id, string title, Func<AdoptionCase, bool> filter) =>
        new TableSpec<AdoptionCase>(id, title, d => d.Cases.Cases.Where(filter))
            .Field(c => c.Company)
            .Field(c => c.Models, cell: CaseModels)
            .Field(c => c.Use)
            .Field(c => c.Scale)
            .Field(c => c.Effect)
            .Field(c => c.Challenges)
            .Field(c => c.Source);

    private Cell CaseModels(AdoptionCase adoption)
    {
        var links = adoption.Models.Select(ModelLink).ToList();
        if (adoption.ModelNote is { } note)
        {
            links.Add(Cell.Of(note));
        }

        return new Cell(string.Join("、", links.Select(l => l.Text)), string.Join("、", links.Select(l => l.Html)));
    }

    private static TableSpec<KnownChallenge> ChallengeTable(string id, string title, ChallengeScope scope) =>
        new TableSpec<KnownChallenge>(id, title, d => d.Challenges.Challenges.Where(c => c.Scope == scope))
            .Field(c => c.Category)
            .Field(c => c.Challenge)
            .Field(c => c.Countermeasure)
            .Field(c => c.JapanNotes)
            .Field(c => c.Source);

    // Section 10 is derived: a source appears once something cites it, never typed twice.
    private static TableSpec<Source> ReferenceList(string id, string title, SourceKind kind) =>
        new TableSpec<Source>(id, title, d =>
        {
            var cited = d.Contents.CitedSourceIds();
            return d.Sources.Sources
                .Where(s => s.Kind == kind && cited.Contains(s.Id))
                .OrderBy(s => s.Title, StringComparer.Ordinal);
        })
        {
            IsList = true,
            Provenance = s => (null, s.Checked),
        }
            .Field(s => s.Title, label: "文献", cell: s => new Cell(
                s.Title,
                Html.Link(s.Title, s.Url.AbsoluteUri, external: true)
                    + (s.Publisher is null ? string.Empty : $"（{Html.Escape(s.Publisher)}）")
                    + (s.Published is { } published ? $" {FieldCells.Date(published)}" : string.Empty)));
}
