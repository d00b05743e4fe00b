using SlmGuide.Data.Binding;
using SlmGuide.Data.Survey;

namespace SlmGuide.Site.Tables;

/// <summary>
/// Every table and list of the survey template, by id. Authors place them in pages with
/// <c>{{&lt; table "id" &gt;}}</c>; the ids are part of the authoring contract, so keep them stable.
/// </summary>
public sealed partial class SurveyTables
{
    private readonly SitePaths _paths;
    private readonly SurveyData _data;
    private readonly Freshness _freshness;

    public SurveyTables(SitePaths paths, SurveyData data, Freshness freshness)
    {
        _paths = paths;
        _data = data;
        _freshness = freshness;
        All = [.. Specs()];
        ById = All.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ITableSpec> All { get; }

    public IReadOnlyDictionary<string, ITableSpec> ById { get; }

    private IEnumerable<ITableSpec> Specs()
    {
        yield return new TableSpec<SurveyInfo>("survey-info", "調査基本情報", d => d.Survey.Survey is { } info ? [info] : [])
            .Field(s => s.Date)
            .Field(s => s.Team)
            .Field(s => s.Purpose)
            .Field(s => s.Methods);

        yield return new TableSpec<Trend>("trends", "1.1 全体トレンド", d => d.Trends.Trends) { IsList = true }
            .Field(t => t.Text, cell: t => new Cell(t.Text, $"<strong>{Html.Escape(EnumLabels.Of(t.Topic))}</strong>: {Html.Escape(t.Text)}"));

        yield return ResearchTable("research", "1.2 主要研究成果（直近6ヶ月）", d => d.Trends.Research);
        yield return ResearchTable("research-earlier", "1.2 それ以前の主要研究", d => d.Trends.EarlierResearch);

        yield return new TableSpec<Comparison>("slm-vs-llm", "1.3 SLMとLLMの比較", d => d.Trends.Comparison) { KeepsOrder = true }
            .Field(c => c.Aspect)
            .Field(c => c.Slm)
            .Field(c => c.Llm)
            .Field(c => c.Note);

        yield return new TableSpec<Model>("models", "2.1 モデルサイズ別比較", d => d.Models.Models.OrderBy(m => m.ParametersBillion).ThenBy(m => m.Name, StringComparer.Ordinal)) { ModelId = m => m.Id }
            .Field(m => m.Name, cell: m => Cell.Link(m.Name, _paths.Href(SitePaths.ModelUrl(m.Id))))
            .Field(m => m.Developer, facet: true)
            .Field(m => m.ParametersBillion, label: "サイズ", cell: SizeCell, numeric: true, range: true)
            .Field(m => m.Features)
            .Field(m => m.Availability, facet: true)
            .Field(m => m.License, facet: true)
            .Field(m => m.Japanese, facet: true)
            .Field(m => m.ContextLength, cell: ContextCell, numeric: true)
            .Field(m => m.Released)
            .Field(m => m.ModelCard, cell: m => OptionalLink(m.ModelCard, "モデルカード"))
            .Field(m => m.Gguf, cell: m => OptionalLink(m.Gguf, "GGUF"))
            .Field(m => m.Url, cell: m => OfficialPage(m.Url, m.Source));

        yield return JapaneseTable("japanese-models", "2.2 日本語対応SLMの詳細評価", _ => true);
        yield return DomainTable("domain-models", "2.3 ドメイン特化型SLM", _ => true);

        yield return TechniqueTable("quantization", "3.1 量子化技術", TechniqueCategory.Quantization);
        yield return new TableSpec<QuantizationQuality>("quantization-quality", "3.1 量子化の種類ごとの品質（公開された計測）", d => d.Techniques.QuantizationQuality)
            .Field(q => q.Model, facet: true)
            .Field(q => q.QuantType)
            .Field(q => q.Base)
            .Field(q => q.Imatrix, cell: q => Cell.Of(q.Imatrix switch { true => "あり", false => "なし", null => null }))
            .Field(q => q.KlMean, cell: q => Decimal(q.KlMean, "0.000000"), numeric: true)
            .Field(q => q.SameTopPercent, cell: q => Decimal(q.SameTopPercent, "0.000"), numeric: true)
            .Field(q => q.Perplexity, cell: q => Decimal(q.Perplexity, "0.000000"), numeric: true)
            .Field(q => q.FileSizeGib, cell: q => Decimal(q.FileSizeGib, "0.00"), numeric: true)
            .Field(q => q.EvalText)
            .Field(q => q.Context, cell: q => Decimal(q.Context, "0"), numeric: true)
            .Field(q => q.Source, label: "URL");

        yield return TechniqueTable("pruning", "3.2 プルーニング手法", TechniqueCategory.Pruning);
        yield return new TableSpec<Technique>("other-optimizations", "3.3 その他の最適化アプローチ", d => d.Techniques.Techniques.Where(t => t.Category == TechniqueCategory.Other))
            .Field(t => t.Class)
            .Field(t => t.Name)
            .Field(t => t.Developer, facet: true)
            .Field(t => t.Summary)
            .Field(t => t.Scope)
            .Field(t => t.Effect)
            .Field(t => t.Source, label: "URL");

        yield return new TableSpec<HardwareRequirement>("hardware-requirements", "4.1 デバイス別必要スペック", d => d.Hardware.Requirements.OrderBy(r => r.SizeClass))
            .Field(r => r.SizeClass)
            .Field(r => r.Cpu)
            .Field(r => r.Memory)
            .Field(r => r.Accelerator)
            .Field(r => r.Disk)
            .Field(r => r.Note);

        yield return new TableSpec<EdgeDevice>("edge-devices", "4.2 エッジデバイス別対応状況", d => d.Hardware.EdgeDevices.OrderBy(e => e.DeviceType))
            .Field(e => e.DeviceType, facet: true)
            .Field(e => e.Examples)
            .Field(e => e.ModelSizes)
            .Field(e => e.Speed)
            .Field(e => e.Constraints)
            .Field(e => e.Source, label: "URL");

        yield return new TableSpec<Device>("devices", "機器のメモリとメモリ帯域", d => d.Devices.Devices.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
            .Field(e => e.Name)
            .Field(e => e.Kind, facet: true)
            .Field(e => e.Soc)
            .Field(e => e.Cpu)
            .Field(e => e.MemoryGb, cell: e => Cell.Of(string.Join("・", e.MemoryGb)))
            .Field(e => e.MemoryType)
            .Field(e => e.BandwidthGbPerSecond, cell: BandwidthCell, numeric: true)
            .Field(e => e.Note)
            .Field(e => e.Source, label: "URL");

        yield return CaseTable("cases-manufacturing", "5.1 製造業", c => c.Industry == Industry.Manufacturing);
        yield return CaseTable("cases-retail", "5.2 小売業", c => c.Industry == Industry.Retail);
        yield return CaseTable("cases-finance", "5.3 金融業", c => c.Industry == Industry.Finance);
        yield return CaseTable("cases-healthcare", "5.4 医療・ヘルスケア", c => c.Industry == Industry.Healthcare);
        yield return CaseTable("cases-other", "5.5 その他業種", c => c.Industry == Industry.Other);

        yield return new TableSpec<PhasePlan>("phases", "6.1 フェーズ別アプローチ事例", d => d.Adoption.Phases.OrderBy(p => p.Phase))
            .Field(p => p.Phase)
            .Field(p => p.Duration)
            .Field(p => p.Tasks)
            .Field(p => p.SuccessCriteria)
            .Field(p => p.Cautions)
            .Field(p => p.Source);

        yield return new TableSpec<OrganizationModel>("org-models", "6.2 導入組織体制モデル", d => d.Adoption.OrgModels)
            .Field(o => o.Structure)
            .Field(o => o.Roles)
            .Field(o => o.Skills)
            .Field(o => o.Environment)
            .Field(o => o.Tradeoffs)
            .Field(o => o.Source);

        yield return new TableSpec<DevTool>("dev-tools", "7.1 開発・デプロイメントツール", d => d.Tools.DevTools)
            .Field(t => t.Name)
            .Field(t => t.Developer, facet: true)
            .Field(t => t.Features)
            .Field(t => t.SupportedModels)
            .Field(t => t.Maturity, facet: true)
            .Field(t => t.Url, cell: t => OfficialPage(t.Url, t.Source));

        yield return new TableSpec<EvalTool>("eval-tools", "7.2 評価・ベンチマークツール", d => d.Tools.EvalTools)
            .Field(t => t.Name)
            .Field(t => t.Developer, facet: true)
            .Field(t => t.Metrics)
            .Field(t => t.Japanese, facet: true)
            .Field(t => t.Notes)
            .Field(t => t.Url, cell: t => OfficialPage(t.Url, t.Source));

        yield return ChallengeTable("tech-challenges", "8.1 技術的課題", ChallengeScope.Technical);
        yield return ChallengeTable("org-challenges", "8.2 組織的課題", ChallengeScope.Organizational);

        yield return new TableSpec<TechnologyOutlook>("outlook-technology", "9.1 予測される技術進化", d => d.Outlook.Technology) { IsList = true }
            .Field(o => o.Text, cell: o => KindedText(o.Kind, o.Text));
        yield return new TableSpec<MarketOutlook>("outlook-market", "9.2 市場予測", d => d.Outlook.Market) { IsList = true }
            .Field(o => o.Text, cell: o => KindedText(o.Kind, o.Text));

        yield return ReferenceList("references-papers", "10.1 技術論文", SourceKind.Paper);
        yield return ReferenceList("references-company", "10.2 企業情報・プレスリリース", SourceKind.CompanyRelease);
        yield return ReferenceList("references-news", "10.3 ニュース・業界レポート", SourceKind.NewsReport);
        yield return ReferenceList("references-developer", "10.4 開発者リソース", SourceKind.DeveloperResource);

        yield return new TableSpec<MemoItem>("memo", "調査メモ・フォローアップ事項", d => d.Survey.Memo) { IsList = true }
            .Field(m => m.Text, cell: m => new Cell(m.Text, $"<strong>{Html.Escape(EnumLabels.Of(m.Kind))}</strong>: {Html.Escape(m.Text)}"));

        yield return new TableSpec<ClaimCheck>("claims", "よくある主張の検証", d => d.Claims.Claims)
        {
            Provenance = c => (c.Source, c.Checked),
        }
            .Field(c => c.Claim)
            .Field(c => c.Status, facet: true, cell: c => new Cell(EnumLabels.Of(c.Status), $"<span class=\"status status-{c.Status.ToString().ToLowerInvariant()}\">{Html.Escape(EnumLabels.Of(c.Status))}</span>"))
            .Field(c => c.Finding);
    }
}
