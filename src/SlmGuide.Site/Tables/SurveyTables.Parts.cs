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

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Label<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? EnumLabels.Of(v) : null;

    /// <summary>"0.49B", or "8B（7B超）" for the article's larger picks kept for comparison.</summary>
    internal static string SizeText(Model model)
    {
        var size = model.SizeLabel ?? model.ParametersBillion.ToString("0.##", CultureInfo.InvariantCulture) + "B";
        return model.IsAboveSevenBillion ? size + "（7B超）" : size;
    }

    /// <summary>The size as written, sorted by the parameter count in billions.</summary>
    internal static Cell SizeCell(Model model) =>
        Cell.Of(SizeText(model)) with { SortKey = model.ParametersBillion.ToString(CultureInfo.InvariantCulture) };

    private Model? ModelOf(Ref<Model> reference) => _data.ModelsById.GetValueOrDefault(reference.Id);

    private Cell ModelLink(Ref<Model> reference) =>
        ModelOf(reference) is { } model ? Cell.Link(model.Name, _paths.Href(SitePaths.ModelUrl(model.Id))) : Cell.Of(reference.Id);

    private Cell SourceLink(Ref<Source> reference) =>
        _data.SourcesById.TryGetValue(reference.Id, out var source)
            ? Cell.Link(source.Publisher ?? source.Title, source.Url.AbsoluteUri, external: true)
            : Cell.Of(reference.Id);

    /// <summary>The template's URL column: the official page when the row names one, else its source.</summary>
    private Cell OfficialPage(Uri? url, Ref<Source> source) =>
        url is null ? SourceLink(source) : Cell.Link("公式ページ", url.AbsoluteUri, external: true);

    private TableSpec<Technique> TechniqueTable(string id, string title, TechniqueCategory category) =>
        new TableSpec<Technique>(id, title, d => d.Techniques.Techniques.Where(t => t.Category == category))
            .Text("技術名", "name", t => t.Name)
            .Text("開発元", "developer", t => t.Developer)
            .Text("概要", "summary", t => t.Summary)
            .Text("適用範囲", "scope", t => t.Scope)
            .Text("導入難易度", "difficulty", t => Label(t.Difficulty))
            .Text("効果", "effect", t => t.Effect)
            .Column("URL", "source", t => SourceLink(t.Source));

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
        new TableSpec<JapaneseEvaluation>(id, title, d => d.Models.JapaneseEvaluations.Where(filter))
            .Column("モデル名", "model", e => ModelLink(e.Model))
            .Column("開発元", "developer", e => Cell.Of(ModelOf(e.Model)?.Developer))
            .Column("パラメータ数", "parameters_billion", e => ModelOf(e.Model) is { } m ? SizeCell(m) : Cell.Of(null), numeric: true)
            .Text("日本語性能", "performance", e => e.Performance)
            .Text("対応タスク", "tasks", e => e.Tasks)
            .Text("特記事項", "notes", e => e.Notes)
            .Column("URL", "source", e => SourceLink(e.Source));

    private TableSpec<DomainModel> DomainTable(string id, string title, Func<DomainModel, bool> filter) =>
        new TableSpec<DomainModel>(id, title, d => d.Models.DomainModels.Where(filter))
            .Column("モデル名", "model", e => ModelLink(e.Model))
            .Text("特化領域", "domain", e => e.Domain)
            .Column("開発元", "developer", e => Cell.Of(ModelOf(e.Model)?.Developer))
            .Column("パラメータ数", "parameters_billion", e => ModelOf(e.Model) is { } m ? SizeCell(m) : Cell.Of(null), numeric: true)
            .Text("成果/利点", "benefits", e => e.Benefits)
            .Column("URL", "source", e => SourceLink(e.Source));

    private TableSpec<AdoptionCase> CaseTable(string id, string title, Func<AdoptionCase, bool> filter) =>
        new TableSpec<AdoptionCase>(id, title, d => d.Cases.Cases.Where(filter))
            .Text("企業名/業種", "company", c => c.Company)
            .Column("導入モデル", "models", CaseModels)
            .Text("用途", "use", c => c.Use)
            .Text("導入規模", "scale", c => c.Scale)
            .Text("効果", "effect", c => c.Effect)
            .Text("課題と解決策", "challenges", c => c.Challenges)
            .Column("情報源", "source", c => SourceLink(c.Source));

    private Cell CaseModels(AdoptionCase adoption)
    {
        var links = adoption.Models.Select(ModelLink).ToList();
        if (adoption.ModelNote is { } note)
        {
            links.Add(Cell.Of(note));
        }

        return new Cell(string.Join("、", links.Select(l => l.Text)), string.Join("、", links.Select(l => l.Html)));
    }

    private TableSpec<KnownChallenge> ChallengeTable(string id, string title, ChallengeScope scope) =>
        new TableSpec<KnownChallenge>(id, title, d => d.Challenges.Challenges.Where(c => c.Scope == scope))
            .Text("課題分類", "category", c => c.Category)
            .Text("具体的課題", "challenge", c => c.Challenge)
            .Text("一般的対策", "countermeasure", c => c.Countermeasure)
            .Text("日本企業特有の考慮点", "japan_notes", c => c.JapanNotes)
            .Column("情報源", "source", c => SourceLink(c.Source));

    // Section 10 is derived: a source appears once something cites it, never typed twice.
    private static TableSpec<Source> ReferenceList(string id, string title, SourceKind kind) =>
        new TableSpec<Source>(id, title, d =>
        {
            var cited = d.CitedSourceIds();
            return d.Sources.Sources
                .Where(s => s.Kind == kind && cited.Contains(s.Id))
                .OrderBy(s => s.Title, StringComparer.Ordinal);
        })
        {
            IsList = true,
            Provenance = s => (null, s.Checked),
        }
            .Column("文献", "title", s => new Cell(
                s.Title,
                Html.Link(s.Title, s.Url.AbsoluteUri, external: true)
                    + (s.Publisher is null ? string.Empty : $"（{Html.Escape(s.Publisher)}）")
                    + (s.Published is { } published ? $" {Date(published)}" : string.Empty)));
}
