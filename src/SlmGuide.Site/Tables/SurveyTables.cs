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
            .Column("調査日", "date", s => Cell.Of(Date(s.Date)))
            .Text("担当者", "team", s => s.Team)
            .Text("調査目的", "purpose", s => s.Purpose)
            .Text("調査方法", "methods", s => string.Join("、", s.Methods));

        yield return new TableSpec<Trend>("trends", "1.1 全体トレンド", d => d.Trends.Trends) { IsList = true }
            .Column("内容", "text", t => new Cell(t.Text, $"<strong>{Html.Escape(EnumLabels.Of(t.Topic))}</strong>: {Html.Escape(t.Text)}"));

        yield return new TableSpec<ResearchResult>("research", "1.2 主要研究成果（直近）", d => d.Trends.Research.OrderByDescending(r => r.Date))
            .Column("発表日", "date", r => Cell.Of(Date(r.Date)))
            .Text("研究者/組織", "organization", r => r.Organization)
            .Text("論文/発表タイトル", "title", r => r.Title)
            .Text("主要な発見/改善点", "finding", r => r.Finding)
            .Column("URL", "source", r => SourceLink(r.Source));

        yield return new TableSpec<Comparison>("slm-vs-llm", "1.3 SLMとLLMの比較", d => d.Trends.Comparison)
            .Text("観点", "aspect", c => c.Aspect)
            .Text("小規模言語モデル（SLM）", "slm", c => c.Slm)
            .Text("大規模言語モデル（LLM）", "llm", c => c.Llm)
            .Text("備考", "note", c => c.Note);

        yield return new TableSpec<Model>("models", "2.1 モデルサイズ別比較（7B以下）", d => d.Models.Models.OrderBy(m => m.ParametersBillion).ThenBy(m => m.Name, StringComparer.Ordinal))
            .Column("モデル名", "name", m => Cell.Link(m.Name, _paths.Href(SitePaths.ModelUrl(m.Id))))
            .Text("開発元", "developer", m => m.Developer)
            .Column("サイズ", "parameters_billion", SizeCell, numeric: true)
            .Text("特徴", "features", m => m.Features)
            .Text("公開/商用", "availability", m => Label(m.Availability))
            .Text("ライセンス", "license", m => m.License)
            .Text("日本語対応", "japanese", m => Label(m.Japanese))
            .Column("URL", "url", m => OfficialPage(m.Url, m.Source));

        yield return JapaneseTable("japanese-models", "2.2 日本語対応SLMの詳細評価", _ => true);
        yield return DomainTable("domain-models", "2.3 ドメイン特化型SLM", _ => true);

        yield return TechniqueTable("quantization", "3.1 量子化技術", TechniqueCategory.Quantization);
        yield return TechniqueTable("pruning", "3.2 プルーニング手法", TechniqueCategory.Pruning);
        yield return new TableSpec<Technique>("other-optimizations", "3.3 その他の最適化アプローチ", d => d.Techniques.Techniques.Where(t => t.Category == TechniqueCategory.Other))
            .Text("分類", "class", t => t.Class)
            .Text("技術名", "name", t => t.Name)
            .Text("開発元", "developer", t => t.Developer)
            .Text("概要", "summary", t => t.Summary)
            .Text("適用範囲", "scope", t => t.Scope)
            .Text("効果", "effect", t => t.Effect)
            .Column("URL", "source", t => SourceLink(t.Source));

        yield return new TableSpec<HardwareRequirement>("hardware-requirements", "4.1 デバイス別必要スペック", d => d.Hardware.Requirements.OrderBy(r => r.SizeClass))
            .Text("モデルサイズ", "size_class", r => EnumLabels.Of(r.SizeClass))
            .Text("CPU要件", "cpu", r => r.Cpu)
            .Text("メモリ要件", "memory", r => r.Memory)
            .Text("GPU/NPU", "accelerator", r => r.Accelerator)
            .Text("ディスク容量", "disk", r => r.Disk)
            .Text("備考", "note", r => r.Note);

        yield return new TableSpec<EdgeDevice>("edge-devices", "4.2 エッジデバイス別対応状況", d => d.Hardware.EdgeDevices.OrderBy(e => e.DeviceType))
            .Text("デバイスタイプ", "device_type", e => EnumLabels.Of(e.DeviceType))
            .Text("製品例", "examples", e => e.Examples)
            .Text("対応SLMサイズ", "model_sizes", e => e.ModelSizes)
            .Text("推論速度", "speed", e => e.Speed)
            .Text("制約事項", "constraints", e => e.Constraints)
            .Column("URL", "source", e => SourceLink(e.Source));

        yield return CaseTable("cases-manufacturing", "5.1 製造業", c => c.Industry == Industry.Manufacturing);
        yield return CaseTable("cases-retail", "5.2 小売業", c => c.Industry == Industry.Retail);
        yield return CaseTable("cases-finance", "5.3 金融業", c => c.Industry == Industry.Finance);
        yield return CaseTable("cases-healthcare", "5.4 医療・ヘルスケア", c => c.Industry == Industry.Healthcare);
        yield return CaseTable("cases-other", "5.5 その他業種", c => c.Industry == Industry.Other);

        yield return new TableSpec<PhasePlan>("phases", "6.1 フェーズ別アプローチ事例", d => d.Adoption.Phases.OrderBy(p => p.Phase))
            .Text("フェーズ", "phase", p => EnumLabels.Of(p.Phase))
            .Text("期間", "duration", p => p.Duration)
            .Text("主要タスク", "tasks", p => p.Tasks)
            .Text("成功基準", "success_criteria", p => p.SuccessCriteria)
            .Text("注意点", "cautions", p => p.Cautions)
            .Column("情報源", "source", p => SourceLink(p.Source));

        yield return new TableSpec<OrganizationModel>("org-models", "6.2 導入組織体制モデル", d => d.Adoption.OrgModels)
            .Text("組織構造", "structure", o => o.Structure)
            .Text("役割構成", "roles", o => o.Roles)
            .Text("必要スキル", "skills", o => o.Skills)
            .Text("適用環境", "environment", o => o.Environment)
            .Text("メリット/デメリット", "tradeoffs", o => o.Tradeoffs)
            .Column("情報源", "source", o => SourceLink(o.Source));

        yield return new TableSpec<DevTool>("dev-tools", "7.1 開発・デプロイメントツール", d => d.Tools.DevTools)
            .Text("ツール名", "name", t => t.Name)
            .Text("開発元", "developer", t => t.Developer)
            .Text("主な機能", "features", t => t.Features)
            .Text("対応モデル", "supported_models", t => t.SupportedModels)
            .Text("成熟度", "maturity", t => Label(t.Maturity))
            .Column("URL", "url", t => OfficialPage(t.Url, t.Source));

        yield return new TableSpec<EvalTool>("eval-tools", "7.2 評価・ベンチマークツール", d => d.Tools.EvalTools)
            .Text("ツール名", "name", t => t.Name)
            .Text("開発元", "developer", t => t.Developer)
            .Text("評価指標", "metrics", t => t.Metrics)
            .Text("日本語対応", "japanese", t => Label(t.Japanese))
            .Text("特記事項", "notes", t => t.Notes)
            .Column("URL", "url", t => OfficialPage(t.Url, t.Source));

        yield return ChallengeTable("tech-challenges", "8.1 技術的課題", ChallengeScope.Technical);
        yield return ChallengeTable("org-challenges", "8.2 組織的課題", ChallengeScope.Organizational);

        yield return new TableSpec<OutlookPoint>("outlook-technology", "9.1 予測される技術進化", d => d.Outlook.Technology) { IsList = true }
            .Text("内容", "text", o => o.Text);
        yield return new TableSpec<OutlookPoint>("outlook-market", "9.2 市場予測", d => d.Outlook.Market) { IsList = true }
            .Text("内容", "text", o => o.Text);

        yield return ReferenceList("references-papers", "10.1 技術論文", SourceKind.Paper);
        yield return ReferenceList("references-company", "10.2 企業情報・プレスリリース", SourceKind.CompanyRelease);
        yield return ReferenceList("references-news", "10.3 ニュース・業界レポート", SourceKind.NewsReport);
        yield return ReferenceList("references-developer", "10.4 開発者リソース", SourceKind.DeveloperResource);

        yield return new TableSpec<MemoItem>("memo", "調査メモ・フォローアップ事項", d => d.Survey.Memo) { IsList = true }
            .Column("内容", "text", m => new Cell(m.Text, $"<strong>{Html.Escape(EnumLabels.Of(m.Kind))}</strong>: {Html.Escape(m.Text)}"));

        yield return new TableSpec<ClaimCheck>("claims", "よくある主張の検証", d => d.Claims.Claims)
        {
            Provenance = c => (c.Source, c.Checked),
        }
            .Text("主張", "claim", c => c.Claim)
            .Column("判定", "status", c => new Cell(EnumLabels.Of(c.Status), $"<span class=\"status status-{c.Status.ToString().ToLowerInvariant()}\">{Html.Escape(EnumLabels.Of(c.Status))}</span>"))
            .Text("検証結果", "finding", c => c.Finding);
    }
}
